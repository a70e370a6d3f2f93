#include "cli/seller_debug.h"

#include "cli/cli_output.h"
#include "cli/seller_inputs.h"
#include "net/tls_policy.h"
#include "seller/debugger/debug_report.h"
#include "seller/debugger/debug_run.h"
#include "seller/public_key_check.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>

using CliOutput::err;
using CliOutput::out;

QString SellerDebug::line(const DebugCheck &c)
{
    QString verdict;
    switch (c.verdict) {
    case DebugCheck::Verdict::Pass:
        verdict = QStringLiteral("PASS");
        break;
    case DebugCheck::Verdict::Fail:
        verdict = QStringLiteral("FAIL");
        break;
    default:
        verdict = QStringLiteral("SKIP");
        break;
    }
    QString detail;
    if (c.hasExchange) {
        detail = c.exchange.resultCode.isEmpty() ? QStringLiteral("------")
                                                 : c.exchange.resultCode.left(8);
        detail += QStringLiteral(" %1 ms").arg(c.exchange.elapsedMs, 5);
    }
    return QStringLiteral("%1  %2  %3  %4\n      %5 — %6")
        .arg(verdict, c.id.leftJustified(36), detail.leftJustified(16), c.rule, c.title, c.reason);
}

bool SellerDebug::parseListen(const QString &text, QHostAddress *host, quint16 *port)
{
    QString name = text;
    QString portText = QStringLiteral("0");
    const qsizetype colon = text.lastIndexOf(u':');
    if (text.startsWith(u'[')) { // [v6]:port
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || (close + 1 < text.size() && text.at(close + 1) != u':'))
            return false;
        name = text.mid(1, close - 1);
        if (close + 1 < text.size())
            portText = text.mid(close + 2);
    } else if (colon >= 0 && text.indexOf(u':') == colon) { // host:port, not a bare v6
        name = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (name == u"localhost")
        *host = QHostAddress(QHostAddress::LocalHost);
    else if (!host->setAddress(name))
        return false;
    *port = quint16(number);
    return true;
}

int SellerDebug::readLogin(const QCommandLineParser &p, DebugRun::Suite suite, DebugTarget *target)
{
    if (p.isSet(QStringLiteral("callback")))
        target->loginCallback = QUrl(p.value(QStringLiteral("callback")), QUrl::StrictMode);
    if (p.isSet(QStringLiteral("login-listen")) &&
        !parseListen(p.value(QStringLiteral("login-listen")), &target->loginListenHost,
                     &target->loginListenPort))
        return SellerInputs::refuse(tr("--login-listen: expected an IP address and a port such "
                                       "as 127.0.0.1:8765, 0.0.0.0:8765 or [::1]:0, got \"%1\"")
                                        .arg(p.value(QStringLiteral("login-listen"))));
    if (p.isSet(QStringLiteral("login-url")))
        target->loginUrl = QUrl(p.value(QStringLiteral("login-url")), QUrl::StrictMode);
    target->appId = p.value(QStringLiteral("app-id"));
    if (target->appId.size() > 64)
        return SellerInputs::refuse(tr("--app-id: at most 64 characters (§4.2)"));
    const bool login = suite == DebugRun::Suite::Login ||
                       (suite == DebugRun::Suite::All && !target->loginCallback.isEmpty());
    if (!login)
        return 0;
    // The URLs first, each named by its option; then how they fit together (the message
    // names the options).
    if (const QString problem = DebugTarget::callbackProblem(target->loginCallback);
        !target->loginCallback.isEmpty() && !problem.isEmpty())
        return SellerInputs::refuse(QStringLiteral("--callback: ") + problem);
    if (!target->loginUrl.isEmpty() &&
        (!target->loginUrl.isValid() || target->loginUrl.host().isEmpty() ||
         (target->loginUrl.scheme() != u"https" && target->loginUrl.scheme() != u"http")))
        return SellerInputs::refuse(tr("--login-url: \"%1\" is not an http(s) URL")
                                        .arg(p.value(QStringLiteral("login-url"))));
    if (const QString problem = target->loginProblem(); !problem.isEmpty())
        return SellerInputs::refuse(problem);
    if (suite == DebugRun::Suite::Login && target->publicKey.isNull())
        return SellerInputs::refuse(
            tr("--suite login needs --public-key: applicationSync delivers the client_secret "
               "encrypted with it (§3.6)"));
    return 0;
}

int SellerDebug::run(const QCommandLineParser &p)
{
    DebugRun::Suite suite;
    if (!DebugRun::parseSuite(p.value(QStringLiteral("suite")), &suite))
        return SellerInputs::refuse(
            tr("--suite: expected basic, kit, license, login or all, got \"%1\"")
                .arg(p.value(QStringLiteral("suite"))));
    DebugTarget target;
    const QString mode =
        p.isSet(QStringLiteral("mode")) ? p.value(QStringLiteral("mode")) : QStringLiteral("v2");
    if (!DebugTarget::parseMode(mode, &target.mode))
        return SellerInputs::refuse(tr("--mode: expected v1 or v2, got \"%1\"").arg(mode));
    const QString address = p.value(QStringLiteral("address"));
    target.address = QUrl(address, QUrl::StrictMode);
    if (!target.address.isValid() || target.address.host().isEmpty() ||
        (target.address.scheme() != u"https" && target.address.scheme() != u"http"))
        return SellerInputs::refuse(tr("--address: \"%1\" is not an http(s) URL such as "
                                       "https://saas.example.com/isv/produce")
                                        .arg(address));
    if (p.isSet(QStringLiteral("encrypt-type")))
        target.encryptType = p.value(QStringLiteral("encrypt-type"));
    // The address is checked before any file is read: an http address elsewhere is refused
    // whatever the keys.
    {
        DebugTarget probe = target;
        probe.basicKey = "b";
        probe.kitKey = "k";
        probe.encryptType = QStringLiteral("1");
        if (const QString problem = probe.problem(); !problem.isEmpty())
            return SellerInputs::refuse(QStringLiteral("--address: ") + problem);
        probe.encryptType = target.encryptType;
        if (const QString problem = probe.problem(); !problem.isEmpty())
            return SellerInputs::refuse(QStringLiteral("--encrypt-type: ") + problem);
    }
    const auto basic = SellerInputs::accessKey(p, QStringLiteral("basic-key-file"));
    if (!basic)
        return 2;
    const auto kit = SellerInputs::accessKey(p, QStringLiteral("kit-key-file"));
    if (!kit)
        return 2;
    target.basicKey = *basic;
    target.kitKey = *kit;
    if (target.basicKey == target.kitKey)
        return SellerInputs::refuse(
            tr("--basic-key-file and --kit-key-file hold the same key; KooGallery binds the "
               "basic and the Kit interfaces to different keys (§3.1)"));
    if (p.isSet(QStringLiteral("public-key"))) {
        const QString path = p.value(QStringLiteral("public-key"));
        const auto text = SellerInputs::readFile(QStringLiteral("--public-key"), path, 64 * 1024);
        if (!text)
            return 2;
        const auto key = PublicKeyCheck::check(QString::fromUtf8(*text));
        if (!key)
            return SellerInputs::refuse(
                QStringLiteral("--public-key: %1: %2").arg(path, key.error()));
        target.publicKey = key.value();
    }
    if (p.isSet(QStringLiteral("ca-file"))) {
        TlsPolicy tls;
        QString error;
        if (!tls.loadCaFile(p.value(QStringLiteral("ca-file")), &error))
            return SellerInputs::refuse(QStringLiteral("--ca-file: ") + error);
        target.caCertificates = tls.caCertificates;
    }
    target.referenceAware = p.isSet(QStringLiteral("reference-state"));
    if (const int refused = readLogin(p, suite, &target))
        return refused;
    const QString report = p.value(QStringLiteral("report"));
    if (!report.isEmpty()) {
        const QString suffix = QFileInfo(report).suffix().toLower();
        if (suffix != u"html" && suffix != u"htm" && suffix != u"json")
            return SellerInputs::refuse(tr("--report: %1 must end in .html or .json").arg(report));
        if (!QFileInfo(QFileInfo(report).absolutePath()).isDir())
            return SellerInputs::refuse(
                tr("--report: the folder of %1 does not exist").arg(report));
    }

    DebugRun run(target, suite);
    QEventLoop loop;
    QObject::connect(&run, &DebugRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();
    if (!run.error().isEmpty())
        return SellerInputs::refuse(
            (target.problem().isEmpty() ? QString() : QStringLiteral("--address: ")) + run.error());

    const DebugReport result(run);
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)));
    } else {
        for (const DebugCheck &c : run.checks())
            out(line(c));
        const DebugTally t = DebugTally::of(run.checks());
        out(tr("%1 passed, %2 failed, %3 skipped of %4 checks in %5 ms (%6, %7, run %8)")
                .arg(t.passed)
                .arg(t.failed)
                .arg(t.skipped)
                .arg(run.checks().size())
                .arg(run.elapsedMs())
                .arg(DebugTarget::modeName(target.mode), DebugRun::suiteName(suite), run.runId()));
    }
    if (!report.isEmpty()) {
        if (const auto written = result.write(report); !written)
            return SellerInputs::refuse(QStringLiteral("--report: ") + written.error());
        if (!p.isSet(QStringLiteral("json")))
            out(tr("Report written to %1").arg(QDir::toNativeSeparators(report)));
    }
    const DebugTally tally = DebugTally::of(run.checks());
    if (tally.allPassed() && tally.passed == 0) {
        // Every check skipped: nothing was shown to work, which a CI must not take for a pass.
        err(tr("No check of this suite could run against %1; nothing was shown to work.")
                .arg(run.target().address.toDisplayString()));
        return 1;
    }
    return tally.allPassed() ? 0 : 1;
}
