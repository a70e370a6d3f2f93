// marketdesk-bench: the figures of docs/performance.md, each beside its baseline measured in the
// same run. Usage: marketdesk-bench
// [sync|model|batch|export|auth|startup|signing|debugger|chart|apps|all, or several joined by
// '+': batch+apps] [--members N] [--rows N] [--bodies N] [--runs N]
#include "bench_common.h"
#include "identity/sign_in_flow.h"
#include "sandbox/browser_stand_in.h"
#include "sandbox/sandbox_host.h"

#include <QApplication>
#include <QEventLoop>
#include <QTemporaryDir>

namespace Bench {
void sync(const QUrl &server, const SignInResult &auth, const QString &workDir, QString *cachePath);
void modelAndSearch(const QString &cachePath);
void startup(const QUrl &server, const QString &dir, int members);
void batch(const QUrl &server, const SignInResult &auth, const QString &workDir);
void exportAudit(const QString &workDir, int rows);
void auth(const QUrl &server);
void signing(const QString &workDir, int count);
void debugger(int runs);
void chart(int runs);
void apps(const QUrl &server, const SignInResult &auth, const QString &workDir, int runs,
          const QString &orgCachePath);

// Signs in through the real flow; the sandbox must approve without its page (the embedded one
// is started that way; start a separate one with --auto-approve zhang.min).
SignInResult signIn(const QUrl &server)
{
    const SignInResult result = BrowserStandIn::signIn(server);
    if (!result.ok)
        std::fprintf(stderr, "sign-in: %s\n", qPrintable(result.message));
    return result;
}
} // namespace Bench

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    qputenv("QT_LOGGING_RULES", "marketdesk.*.info=false");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int members = option(QStringLiteral("--members"), 100'000);
    const int rows = option(QStringLiteral("--rows"), 1'000'000);
    const int bodies = option(QStringLiteral("--bodies"), 10'000);
    const int runs = option(QStringLiteral("--runs"), 7);
    const QString what =
        args.size() > 1 && !args.at(1).startsWith(u"--") ? args.at(1) : QStringLiteral("all");
    QTemporaryDir dir;
    std::printf("marketdesk-bench %s: %d members, %d departments, %d audit rows\n",
                MARKETDESK_VERSION, members, members / 10, rows);
    // "batch+apps" measures the apps after a batch, as the full run does.
    const QStringList parts = what.split(u'+');
    auto want = [&](const char *n) { return what == u"all" || parts.contains(QLatin1String(n)); };
    const QStringList known{"sync",    "model",    "batch", "export", "auth", "startup",
                            "signing", "debugger", "chart", "apps",   "all"};
    for (const QString &p : parts)
        if (!known.contains(p)) {
            std::fprintf(stderr,
                         "marketdesk-bench: no part named \"%s\" (one of %s, or several "
                         "joined by '+')\n",
                         qPrintable(p), qPrintable(known.join(u'|')));
            return 2;
        }
    const bool needOrg = want("sync") || want("model") || want("batch") || want("apps");
    const bool needServer = needOrg || want("auth") || want("startup");
    // --server URL: measure against a marketdesk-sandbox started separately instead.
    const qsizetype serverArg = args.indexOf(QStringLiteral("--server"));
    QUrl server =
        serverArg >= 0 && serverArg + 1 < args.size() ? QUrl(args.at(serverArg + 1)) : QUrl();
    SandboxHost host;
    if (needServer && server.isEmpty()) {
        SandboxOptions o;
        o.seed.members = members;
        o.seed.departments = members / 10;
        o.autoApprove = QStringLiteral("zhang.min");
        QString error;
        if (!host.start(o, &error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
        server = host.url();
    }
    SignInResult auth;
    if (needServer) {
        auth = Bench::signIn(server);
        if (!auth.ok)
            return 1;
    }
    QString cachePath;
    // The apps figures need the organisation too (the authorisation editor shows it).
    if (needOrg)
        Bench::sync(server, auth, dir.path(), &cachePath);
    if (want("model"))
        Bench::modelAndSearch(cachePath);
    if (want("batch"))
        Bench::batch(server, auth, dir.path());
    if (want("export"))
        Bench::exportAudit(dir.path(), rows);
    if (want("auth"))
        Bench::auth(server);
    if (want("startup"))
        Bench::startup(server, dir.path(), members);
    if (want("signing"))
        Bench::signing(dir.path(), bodies);
    if (want("debugger"))
        Bench::debugger(runs);
    if (want("chart"))
        Bench::chart(runs);
    if (want("apps"))
        Bench::apps(server, auth, dir.path(), runs, cachePath);
    return 0;
}
