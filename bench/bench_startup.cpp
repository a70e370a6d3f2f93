// Cold start: from starting the console on a saved account with a large cache to its first
// painted window, and to the first paint that shows members, beside a bare QMainWindow program
// started the same way. Needs a Secret Service (run under tests/with_keychain.sh, as
// scripts/bench.sh does): the account's tokens live in the keychain, as for most users.
#include "bench_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Bench {

namespace {

QString binary(const QString &relative)
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../") + relative;
}

// Runs `program` and returns the milliseconds until each line starting with "startup: " came,
// keyed by the rest of the line; the event loop keeps running (the sandbox lives here).
QHash<QString, double> timeLines(const QString &program, const QStringList &args,
                                 const QProcessEnvironment &env)
{
    QHash<QString, double> at;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(program);
    p.setArguments(args);
    QElapsedTimer t;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, &loop, [&] {
        while (p.canReadLine()) {
            const QString lineText = QString::fromUtf8(p.readLine()).trimmed();
            if (lineText.startsWith(u"startup: "))
                at.insert(lineText.mid(9), t.nsecsElapsed() / 1e6);
        }
    });
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    t.start();
    p.start();
    loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return at;
}

bool runCli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    p.start(binary(QStringLiteral("app/cli/marketdesk-cli")), args);
    loop.exec();
    if (p.exitCode() != 0 || p.exitStatus() != QProcess::NormalExit) {
        line(QStringLiteral("marketdesk-cli %1 failed: %2")
                 .arg(args.join(u' '), QString::fromUtf8(p.readAll()).trimmed()));
        return false;
    }
    return true;
}

} // namespace

void startup(const QUrl &server, const QString &dir, int members)
{
    heading(qPrintable(
        QStringLiteral("cold start on a saved account with %1 members cached").arg(members)));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        line(QStringLiteral("skipped: needs a Secret Service; run under tests/with_keychain.sh "
                            "(scripts/bench.sh does)"));
        return;
    }
    const QString data = QDir(dir).filePath(QStringLiteral("startup"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The CLI signs in through the sandbox's approving page, fetched by curl as the browser.
    const QString browser = QDir(dir).filePath(QStringLiteral("browser.sh"));
    QFile script(browser);
    script.open(QIODevice::WriteOnly);
    script.write("#!/bin/sh\nexec curl -s -L -o /dev/null \"$1\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("BROWSER"), browser);
    const QStringList common{QStringLiteral("--data-dir"), data};
    if (!runCli(common + QStringList{QStringLiteral("login"), QStringLiteral("--server"),
                                     server.toString(), QStringLiteral("--browser")},
                env) ||
        !runCli(common + QStringList{QStringLiteral("sync")}, env))
        return;
    env.insert(QStringLiteral("MARKETDESK_STARTUP_PROBE"), QStringLiteral("1"));
    std::vector<double> paint, shown, bare, bareMain, bareApp, chrome, text;
    QHash<QString, std::vector<double>> stages; // where the time before the first paint goes
    for (int round = 0; round < 7; ++round) {
        const auto ours =
            timeLines(binary(QStringLiteral("app/console/marketdesk")),
                      common + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, env);
        const auto base = timeLines(binary(QStringLiteral("bench/bare-window")), {}, env);
        const auto withChrome = timeLines(binary(QStringLiteral("bench/bare-window")),
                                          {QStringLiteral("--chrome")}, env);
        const auto withText =
            timeLines(binary(QStringLiteral("bench/bare-window")), {QStringLiteral("--text")}, env);
        if (!ours.contains(QStringLiteral("first paint")) ||
            !ours.contains(QStringLiteral("members shown")) ||
            !base.contains(QStringLiteral("first paint")) ||
            !withChrome.contains(QStringLiteral("first paint")) ||
            !withText.contains(QStringLiteral("first paint"))) {
            line(QStringLiteral("a start did not report its paints; skipped"));
            return;
        }
        for (auto it = ours.begin(); it != ours.end(); ++it)
            stages[it.key()].push_back(it.value());
        paint.push_back(ours.value(QStringLiteral("first paint")));
        shown.push_back(ours.value(QStringLiteral("members shown")));
        bare.push_back(base.value(QStringLiteral("first paint")));
        bareMain.push_back(base.value(QStringLiteral("main")));
        bareApp.push_back(base.value(QStringLiteral("application")));
        chrome.push_back(withChrome.value(QStringLiteral("first paint")));
        text.push_back(withText.value(QStringLiteral("first paint")));
    }
    line(QStringLiteral("marketdesk: first paint median %1 ms, members shown median %2 ms "
                        "(7 starts)")
             .arg(median(paint), 0, 'f', 1)
             .arg(median(shown), 0, 'f', 1));
    line(QStringLiteral("bare QMainWindow: main median %1 ms, application %2 ms, first paint "
                        "median %3 ms")
             .arg(median(bareMain), 0, 'f', 1)
             .arg(median(bareApp), 0, 'f', 1)
             .arg(median(bare), 0, 'f', 1));
    // The least a window showing any text pays: Fontconfig's configuration and the first font,
    // which the bare window never loads (docs/performance.md, session 12).
    line(QStringLiteral("the same QMainWindow with one line of status bar text (--text): first "
                        "paint median %1 ms, %2x the bare one")
             .arg(median(text), 0, 'f', 1)
             .arg(median(text) / median(bare), 0, 'f', 2));
    line(QStringLiteral("the same QMainWindow with menus, a tool bar, a list and status bar text "
                        "(--chrome): first paint median %1 ms")
             .arg(median(chrome), 0, 'f', 1));
    QList<std::pair<double, QString>> order;
    for (auto it = stages.begin(); it != stages.end(); ++it)
        order.append({median(it.value()), it.key()});
    std::sort(order.begin(), order.end());
    QStringList parts;
    for (const auto &[ms, stage] : order)
        parts << QStringLiteral("%1 %2").arg(stage).arg(ms, 0, 'f', 1);
    line(QStringLiteral("stages (median ms from exec): ") + parts.join(QStringLiteral(", ")));
    line(QStringLiteral("ratio: %1x to the first paint, %2x to members shown (target: <= 1.5x "
                        "to the first paint); %3x the window with text")
             .arg(median(paint) / median(bare), 0, 'f', 2)
             .arg(median(shown) / median(bare), 0, 'f', 2)
             .arg(median(paint) / median(chrome), 0, 'f', 2));
}

} // namespace Bench
