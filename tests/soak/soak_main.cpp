// marketdesk-soak: the bounded soak of issue 11 §4 (docs/reliability.md, "A soak"). Starts a
// sandbox (or uses --server), runs SoakRun and exits 0 when every check held.
#include "soak/process_sampler.h"
#include "soak/soak_run.h"
#include "support/sandbox_fixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

namespace {

int bad(const QString &message)
{
    QTextStream(stderr) << "marketdesk-soak: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Thousands of operations: the services' progress lines would bury the soak's own; their
    // warnings still show. QT_LOGGING_RULES, when set, decides instead.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("marketdesk.*.debug=false\nmarketdesk.*.info=false"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A bounded soak: mixed operations through marketdesk's services against a sandbox with "
        "injected faults; then no change pending, none executed twice or lost, journals intact, "
        "memory and descriptors flat."));
    p.addHelpOption();
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("How long (default 30)."), QStringLiteral("M"),
                                     QStringLiteral("30"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption faults(
        QStringLiteral("fault-rate"),
        QStringLiteral("Share of API requests given a fault (default 0.05)."), QStringLiteral("R"),
        QStringLiteral("0.05"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("The accounts' files (default: a temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption samples(
        QStringLiteral("samples"),
        QStringLiteral("CSV of RSS, descriptors and threads (default soak-samples.csv)."),
        QStringLiteral("FILE"), QStringLiteral("soak-samples.csv"));
    const QCommandLineOption sampleSeconds(QStringLiteral("sample-seconds"),
                                           QStringLiteral("Seconds between samples (default 5)."),
                                           QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Write the outcome as JSON."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Use this running sandbox instead of starting one."), QStringLiteral("URL"));
    const QCommandLineOption members(
        QStringLiteral("members"), QStringLiteral("Members of the sandbox started (default 3000)."),
        QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption duplicate(
        QStringLiteral("inject-duplicate"),
        QStringLiteral("Test of the soak: send one change behind the services' back, which the "
                       "run must report as a duplicate."));
    const QCommandLineOption judge(QStringLiteral("judge"),
                                   QStringLiteral("Judge the samples of an earlier run (its "
                                                  "--samples file) and exit: 0 flat, 1 grew."),
                                   QStringLiteral("FILE"));
    p.addOptions({minutes, seed, faults, dataDir, samples, sampleSeconds, report, server, members,
                  duplicate, judge});
    if (!p.parse(app.arguments()))
        return bad(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (p.isSet(judge)) {
        ProcessSampler sampler;
        QString error, verdict;
        bool judged = false;
        if (!sampler.load(p.value(judge), &error))
            return bad(QStringLiteral("--judge: ") + error);
        const bool flat = sampler.flat(&verdict, &judged);
        QTextStream(stdout) << (flat ? (judged ? "flat: " : "") : "grew: ") << verdict << Qt::endl;
        return flat ? 0 : 1;
    }
    if (!p.positionalArguments().isEmpty())
        return bad(
            QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().first()));

    SoakOptions o;
    bool ok = false;
    o.minutes = p.value(minutes).toDouble(&ok);
    if (!ok || !std::isfinite(o.minutes) || o.minutes <= 0 || o.minutes > 24 * 60)
        return bad(
            QStringLiteral("--minutes: expected a number above 0 and at most 1440, got \"%1\"")
                .arg(p.value(minutes)));
    o.seed = p.value(seed).toUInt(&ok);
    if (!ok)
        return bad(
            QStringLiteral("--seed: expected a whole number, got \"%1\"").arg(p.value(seed)));
    o.faultRate = p.value(faults).toDouble(&ok);
    if (!ok || !std::isfinite(o.faultRate) || o.faultRate < 0 || o.faultRate > 0.5)
        return bad(
            QStringLiteral("--fault-rate: expected 0 to 0.5, got \"%1\"").arg(p.value(faults)));
    const int seconds = p.value(sampleSeconds).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600)
        return bad(QStringLiteral("--sample-seconds: expected 1 to 600, got \"%1\"")
                       .arg(p.value(sampleSeconds)));
    o.sampleMs = seconds * 1000;
    const int memberCount = p.value(members).toInt(&ok);
    if (!ok || memberCount < 1000 || memberCount > 200'000)
        return bad(
            QStringLiteral("--members: expected 1000 to 200000, got \"%1\"").arg(p.value(members)));
    o.samplesPath = p.value(samples);
    o.reportPath = p.value(report);
    o.injectDuplicate = p.isSet(duplicate);
    QTemporaryDir temporary;
    o.dataDir = p.isSet(dataDir) ? p.value(dataDir) : temporary.path();
    // An earlier run's outboxes would send their changes into this run's counts.
    if (p.isSet(dataDir) && QDir(o.dataDir).exists() &&
        !QDir(o.dataDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return bad(QStringLiteral("--data-dir: %1 is not empty; the soak starts from nothing")
                       .arg(o.dataDir));
    if (p.isSet(server) && p.isSet(members))
        return bad(
            QStringLiteral("--members: only for the sandbox the soak starts, not with --server"));

    // The sandbox program is built beside this one (tests/soak → app/sandbox).
    if (qEnvironmentVariableIsEmpty("MARKETDESK_BIN"))
        qputenv(
            "MARKETDESK_BIN",
            QDir(app.applicationDirPath() + QStringLiteral("/../../app")).absolutePath().toUtf8());
    QProcess sandbox;
    if (p.isSet(server)) {
        o.server = QUrl(p.value(server));
        if (!o.server.isValid() || o.server.scheme() != u"http" || o.server.host() != u"127.0.0.1")
            return bad(QStringLiteral("--server: expected http://127.0.0.1:PORT, got \"%1\"")
                           .arg(p.value(server)));
    } else {
        sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        o.server = TestSupport::startSandboxProcess(
            sandbox, {QStringLiteral("--members"), QString::number(memberCount)});
        if (!o.server.isValid())
            return bad(QStringLiteral("the sandbox (%1) did not start")
                           .arg(TestSupport::program(QStringLiteral("sandbox"),
                                                     QStringLiteral("marketdesk-sandbox"))));
    }
    int code = 0;
    {
        SoakRun run(o);
        code = run.run();
    }
    if (sandbox.state() != QProcess::NotRunning) {
        sandbox.terminate();
        if (!sandbox.waitForFinished(10'000))
            sandbox.kill();
    }
    return code;
}
