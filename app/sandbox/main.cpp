// marketdesk-sandbox: a local server speaking the console API, for demos, tests and benchmarks.
#include "common/save_file.h"
#include "sandbox/fault_injector.h"
#include "sandbox/sandbox_host.h"
#include "sandbox/sandbox_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {

bool readInt(const QCommandLineParser &p, const QString &name, int min, int max, int *out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        std::fprintf(
            stderr, "marketdesk-sandbox: --%s: expected a whole number from %d to %d, got \"%s\"\n",
            qPrintable(name), min, max, qPrintable(p.value(name)));
        return false;
    }
    *out = int(v);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marketdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A local KooGallery console API server seeded with a realistic enterprise. Listens on "
        "127.0.0.1 only. See docs/api.md."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("port"),
         QStringLiteral("Port to listen on; 0 picks a free one and prints it."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("members"), QStringLiteral("Members to seed (default 3000)."),
         QStringLiteral("N")},
        {QStringLiteral("departments"), QStringLiteral("Departments to seed (default 200)."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed for the generated enterprise."),
         QStringLiteral("S")},
        {QStringLiteral("apps"),
         QStringLiteral("Apps the enterprise bought, with their seats and history (default 50)."),
         QStringLiteral("N")},
        {QStringLiteral("today"),
         QStringLiteral("The sandbox's today, YYYY-MM-DD, which the seed counts back from "
                        "(default: the real one, UTC+8)."),
         QStringLiteral("DATE")},
        {QStringLiteral("data"),
         QStringLiteral("Keep the state in this SQLite file (default: in memory). An existing file "
                        "is reused as it is."),
         QStringLiteral("FILE")},
        {QStringLiteral("auto-approve"),
         QStringLiteral("Approve every sign-in as this account without showing the sign-in page "
                        "(zhang.min, chen.jie@huadong-tech, chen.jie@beifang-cloud, li.na, "
                        "wang.fang; sellers liu.yang, zhou.qiang)."),
         QStringLiteral("ACCOUNT")},
        {QStringLiteral("access-ttl"),
         QStringLiteral("Access token lifetime in seconds (default 7200)."), QStringLiteral("S")},
        {QStringLiteral("refresh-ttl"),
         QStringLiteral("Refresh token lifetime in seconds (default 30 days)."),
         QStringLiteral("S")},
        {QStringLiteral("tls"),
         QStringLiteral("Serve HTTPS with a CA and certificate generated at start (OpenSSL).")},
        {QStringLiteral("tls-mode"),
         QStringLiteral("With --tls: valid (default), self-signed, expired, wrong-host or "
                        "extra-cert."),
         QStringLiteral("MODE")},
        {QStringLiteral("tls-ca-out"),
         QStringLiteral("With --tls: write the generated CA certificate (PEM) to FILE, for "
                        "clients to trust."),
         QStringLiteral("FILE")},
        {QStringLiteral("faults"),
         QStringLiteral("Fault injection as JSON, e.g. '{\"rate503\":0.1,\"latencyMs\":20}' (see "
                        "docs/api.md)."),
         QStringLiteral("JSON")},
    });
    p.process(app);
    if (!p.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "marketdesk-sandbox: unexpected argument \"%s\"; see --help\n",
                     qPrintable(p.positionalArguments().constFirst()));
        return 2;
    }
    SandboxOptions options;
    int port = 0;
    int seed = int(options.seed.seed);
    if (!readInt(p, QStringLiteral("port"), 0, 65535, &port) ||
        !readInt(p, QStringLiteral("members"), 0, 2'000'000, &options.seed.members) ||
        !readInt(p, QStringLiteral("departments"), 1, 200'000, &options.seed.departments) ||
        !readInt(p, QStringLiteral("seed"), 0, INT_MAX, &seed) ||
        !readInt(p, QStringLiteral("apps"), 0, 1000, &options.apps))
        return 2;
    if (p.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            std::fprintf(stderr,
                         "marketdesk-sandbox: --today: expected a date as YYYY-MM-DD, "
                         "got \"%s\"\n",
                         qPrintable(p.value(QStringLiteral("today"))));
            return 2;
        }
    }
    options.port = quint16(port);
    options.seed.seed = quint32(seed);
    if (p.isSet(QStringLiteral("data")))
        options.dataPath = p.value(QStringLiteral("data"));
    options.autoApprove = p.value(QStringLiteral("auto-approve"));
    options.tls = p.isSet(QStringLiteral("tls"));
    if (!SandboxTls::parseMode(p.value(QStringLiteral("tls-mode")), &options.tlsMode)) {
        std::fprintf(stderr,
                     "marketdesk-sandbox: --tls-mode: expected valid, self-signed, expired, "
                     "wrong-host or extra-cert, got \"%s\"\n",
                     qPrintable(p.value(QStringLiteral("tls-mode"))));
        return 2;
    }
    int accessTtl = 0, refreshTtl = 0;
    if (!readInt(p, QStringLiteral("access-ttl"), 1, 34'560'000, &accessTtl) ||
        !readInt(p, QStringLiteral("refresh-ttl"), 1, 34'560'000, &refreshTtl))
        return 2;
    QString error;
    QByteArray caPem;
    auto server = createSandbox(options, &error, &caPem);
    if (!server) {
        std::fprintf(stderr, "marketdesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (p.isSet(QStringLiteral("faults"))) {
        QJsonParseError pe;
        const QJsonDocument doc =
            QJsonDocument::fromJson(p.value(QStringLiteral("faults")).toUtf8(), &pe);
        const QString e = !doc.isObject()
                              ? QStringLiteral("not a JSON object (%1)").arg(pe.errorString())
                              : server->faults().configure(doc.object());
        if (!e.isEmpty()) {
            std::fprintf(stderr, "marketdesk-sandbox: --faults: %s\n", qPrintable(e));
            return 2;
        }
    }
    QJsonObject ttl;
    if (accessTtl > 0)
        ttl.insert(QStringLiteral("accessTtl"), accessTtl);
    if (refreshTtl > 0)
        ttl.insert(QStringLiteral("refreshTtl"), refreshTtl);
    if (const QString e = server->auth().configure(ttl); !e.isEmpty()) {
        std::fprintf(stderr, "marketdesk-sandbox: %s\n", qPrintable(e));
        return 2;
    }
    if (p.isSet(QStringLiteral("tls-ca-out"))) {
        QSaveFile f(p.value(QStringLiteral("tls-ca-out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(caPem) != caPem.size() ||
            !SaveFile::commit(f)) {
            std::fprintf(stderr, "marketdesk-sandbox: --tls-ca-out: cannot write %s: %s\n",
                         qPrintable(f.fileName()), qPrintable(f.errorString()));
            return 1;
        }
    }
    std::printf("marketdesk-sandbox listening on %s://127.0.0.1:%u\n",
                options.tls ? "https" : "http", unsigned(server->serverPorts().value(0)));
    std::fflush(stdout);
    return app.exec();
}
