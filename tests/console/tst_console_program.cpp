// The marketdesk program as a person starts it: the program shows the saved account's window
// while a thread loads the console module, and the console in the module takes that window
// over; whatever is unusual (unknown account, damaged account list, --help, a bad option, no
// module) goes to the module's own start or a clear error. Runs the built program against
// the sandbox program, with tokens in a real Secret Service (tests/with_keychain.sh).
#include "support/sandbox_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QStringList stages; // "startup: <stage>" lines, in order
    QByteArray out;     // all it printed
};

} // namespace

class TestConsoleProgram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void starts_data();
    void screenshotActionNamesTheCommands();
    void starts();
    void withoutItsModuleItSaysSo();
    void withoutADisplay_data();
    void withoutADisplay();
    void aSecondStartBringsTheFirstForward();

private:
    // Starts `program` with MARKETDESK_STARTUP_PROBE=`probe`, its output merged.
    void launch(QProcess &p, const QString &program, const QStringList &arguments,
                const QString &probe);
    Run start(const QString &program, const QStringList &arguments);
    QString dataDir(const QString &kind);
    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
    QString m_account;
};

void TestConsoleProgram::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a Secret Service: run under tests/with_keychain.sh (CTest does)");
    m_url = TestSupport::startSandboxProcess(
        m_sandbox,
        {QStringLiteral("--members"), QStringLiteral("200"), QStringLiteral("--departments"),
         QStringLiteral("12"), QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY(m_url.isValid());
    const QStringList data{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("saved"))};
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin(data + QStringList{QStringLiteral("login"),
                                                      QStringLiteral("--server"), m_url.toString()},
                                   &out),
             0);
    m_account = QStringLiteral("zhang.min@huadong-tech");
    QVERIFY2(out.contains(m_account.toUtf8()), out.constData());
    QProcess sync;
    sync.start(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")),
               data + QStringList{QStringLiteral("sync")});
    QVERIFY(sync.waitForFinished(TestSupport::patience(60'000)));
    QCOMPARE(sync.exitCode(), 0);
}

void TestConsoleProgram::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

QString TestConsoleProgram::dataDir(const QString &kind)
{
    const QString saved = m_dir.filePath(QStringLiteral("saved"));
    if (kind == u"saved")
        return saved;
    const QString dir = m_dir.filePath(kind);
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/accounts.json"));
    if (kind == u"damaged") {
        f.open(QIODevice::WriteOnly);
        f.write("{\"version\": 1, \"accounts\": [{\"name\": \"x\", ");
    } else if (kind == u"two") {
        // The saved account, and a newer one that is not it: naming the older one must open
        // that one, early window included.
        QFile in(saved + QStringLiteral("/accounts.json"));
        in.open(QIODevice::ReadOnly);
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray list = doc.value(u"accounts").toArray();
        QJsonObject newer = list.first().toObject();
        newer.insert(QStringLiteral("name"), QStringLiteral("newer@elsewhere"));
        newer.insert(QStringLiteral("lastUsed"), QStringLiteral("2099-01-01T00:00:00.000Z"));
        list.append(newer);
        doc.insert(QStringLiteral("accounts"), list);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(doc).toJson());
        f.close();
        // The named account's own folder (its cache), as the console keeps it.
        QProcess::execute(QStringLiteral("cp"),
                          {QStringLiteral("-r"), saved + QStringLiteral("/accounts"), dir});
    }
    return dir;
}

void TestConsoleProgram::launch(QProcess &p, const QString &program, const QStringList &arguments,
                                const QString &probe)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MARKETDESK_STARTUP_PROBE"), probe);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
}

Run TestConsoleProgram::start(const QString &program, const QStringList &arguments)
{
    QProcess p;
    // Quits once the window shows members (or at once for what ends early).
    launch(p, program, arguments, QStringLiteral("1"));
    Run run;
    if (!p.waitForFinished(TestSupport::patience(60'000))) {
        p.kill();
        p.waitForFinished();
        run.out = p.readAll();
        return run;
    }
    run.out = p.readAll();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    for (const QByteArray &line : run.out.split('\n'))
        if (line.startsWith("startup: "))
            run.stages << QString::fromUtf8(line.mid(9));
    return run;
}

void TestConsoleProgram::starts_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("early"); // the program's window, taken over by the console
    QTest::addColumn<QString>("says");

    const QString name = QStringLiteral("zhang.min@huadong-tech");
    QTest::newRow("most recent account") << "saved" << QStringList() << 0 << true << QString();
    QTest::newRow("named account, older of two")
        << "two" << QStringList{QStringLiteral("--account"), name} << 0 << true << QString();
    QTest::newRow("unknown account")
        << "saved" << QStringList{QStringLiteral("--account"), QStringLiteral("nobody")} << 2
        << false << QStringLiteral("there is no account \"nobody\"");
    QTest::newRow("damaged account list")
        << "damaged" << QStringList() << 1 << false << QStringLiteral("accounts.json is damaged");
    QTest::newRow("help") << "saved" << QStringList{QStringLiteral("--help")} << 0 << false
                          << QStringLiteral("--account <NAME>");
    // With Qt's own options; it used to open the console (and hold its lock) instead.
    QTest::newRow("help with Qt's options") << "saved" << QStringList{QStringLiteral("--help-all")}
                                            << 0 << false << QStringLiteral("-platform");
    // A page that is not there is said, naming those that are; the console still opens.
    QTest::newRow("unknown page")
        << "saved" << QStringList{QStringLiteral("--page"), QStringLiteral("Nowhere")} << 0 << true
        << QStringLiteral("--page: there is no page \"Nowhere\"; the pages are 1 Organisation");
    QTest::newRow("screenshot action without a screenshot")
        << "saved"
        << QStringList{QStringLiteral("--screenshot-action"), QStringLiteral("aboutAction")} << 2
        << false << QStringLiteral("--screenshot-action: only with --demo and --screenshot");
    // Never on a real account: the command would run unattended.
    QTest::newRow("screenshot action without the demo")
        << "saved"
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/shot.png"),
                       QStringLiteral("--screenshot-action"), QStringLiteral("switchOnAction")}
        << 2 << false << QStringLiteral("--screenshot-action: only with --demo and --screenshot");
    QTest::newRow("unknown option") << "saved" << QStringList{QStringLiteral("--frobnicate")} << 2
                                    << false << QStringLiteral("Unknown option 'frobnicate'");
    QTest::newRow("bad secret store")
        << "saved" << QStringList{QStringLiteral("--secret-store"), QStringLiteral("vault")} << 2
        << false << QStringLiteral("--secret-store: expected keychain or file, got \"vault\"");
}

void TestConsoleProgram::starts()
{
    QFETCH(QString, data);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, early);
    QFETCH(QString, says);
    const Run run =
        start(TestSupport::program(QStringLiteral("console"), QStringLiteral("marketdesk")),
              QStringList{QStringLiteral("--data-dir"), dataDir(data), QStringLiteral("--lang"),
                          QStringLiteral("en")} +
                  arguments);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.out)));
    if (!says.isEmpty())
        QVERIFY2(run.out.contains(says.toUtf8()), run.out.constData());
    const qsizetype shown = run.stages.indexOf(QStringLiteral("shown"));
    const qsizetype loaded = run.stages.indexOf(QStringLiteral("module loaded"));
    if (early) {
        // Shown by the program before the module was in use, painted once, taken over by the
        // console (not a second window), which then filled it with members.
        QVERIFY2(shown >= 0 && loaded > shown, qPrintable(run.stages.join(u", ")));
        QCOMPARE(run.stages.count(QStringLiteral("first paint")), 1);
        QVERIFY2(run.stages.contains(QStringLiteral("window adopted")),
                 qPrintable(run.stages.join(u", ")));
        QCOMPARE(run.stages.count(QStringLiteral("shell built")), 1);
        QVERIFY2(run.stages.contains(QStringLiteral("members shown")),
                 qPrintable(run.stages.join(u", ")));
    } else {
        // No window before the module: it alone decides, as before the split.
        QVERIFY2(shown < 0 || shown > loaded, qPrintable(run.stages.join(u", ")));
        QVERIFY(!run.stages.contains(QStringLiteral("window adopted")));
    }
}

void TestConsoleProgram::screenshotActionNamesTheCommands()
{
    // A command the window does not have is said with those it has (exit 2); no picture.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString shot = m_dir.filePath(QStringLiteral("unmade.png"));
    p.start(TestSupport::program(QStringLiteral("console"), QStringLiteral("marketdesk")),
            {QStringLiteral("--demo"), QStringLiteral("--demo-members"), QStringLiteral("30"),
             QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("shot")),
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), shot,
             QStringLiteral("--screenshot-action"), QStringLiteral("frobnicateAction")});
    QVERIFY(p.waitForFinished(TestSupport::patience(60'000)));
    const QByteArray out = p.readAll();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(out.contains("--screenshot-action: this window has no command \"frobnicateAction\"; "
                          "it has aboutAction, addAccountAction,"),
             out.constData());
    QVERIFY(!QFile::exists(shot));
}

void TestConsoleProgram::withoutItsModuleItSaysSo()
{
    // The program copied away from its module (and not installed): the saved account's window
    // shows, then a clear error (on stderr; in a message box too, but not with --screenshot,
    // as here, where nobody could answer it) and exit 1.
    const QString copy = m_dir.filePath(QStringLiteral("alone/marketdesk"));
    QDir().mkpath(QFileInfo(copy).path());
    QVERIFY(QFile::copy(
        TestSupport::program(QStringLiteral("console"), QStringLiteral("marketdesk")), copy));
    const Run run =
        start(copy, {QStringLiteral("--data-dir"), dataDir(QStringLiteral("saved")),
                     QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                     m_dir.filePath(QStringLiteral("no.png"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("marketdesk: cannot load ") &&
                 run.out.contains("marketdesk-console.so"),
             run.out.constData());
    QVERIFY(!run.stages.contains(QStringLiteral("module loaded")));
    QVERIFY2(run.stages.contains(QStringLiteral("shown")), qPrintable(run.stages.join(u", ")));
}

void TestConsoleProgram::withoutADisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    // What only prints works over ssh and in scripts; it used to abort in Qt's xcb plug-in.
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("marketdesk " MARKETDESK_VERSION "\n");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("--account <NAME>");
    QTest::newRow("help with Qt's options")
        << QStringList{QStringLiteral("--help-all")} << 0 << QStringLiteral("-platform");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2
                                    << QStringLiteral("Unknown option 'frobnicate'");
    // Qt's own options are Qt's: beside --version, and beside a start that wants the window
    // (which once ran on, offscreen, with nothing shown, holding the data folder).
    QTest::newRow("Qt's option and version")
        << QStringList{QStringLiteral("-reverse"), QStringLiteral("--version")} << 0
        << QStringLiteral("marketdesk " MARKETDESK_VERSION "\n");
    QTest::newRow("Qt's option, a window")
        << QStringList{QStringLiteral("-style"), QStringLiteral("Fusion")} << 1
        << QStringLiteral("There is no display to show the window on");
    // A window with nowhere to show it is said in words, in the language asked for.
    QTest::newRow("a window") << QStringList() << 1
                              << QStringLiteral("marketdesk: There is no display to show the "
                                                "window on (neither DISPLAY nor WAYLAND_DISPLAY");
    QTest::newRow("a window, in Chinese")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} << 1
        << QStringLiteral("marketdesk: 没有可显示窗口的显示器");
    // A picture needs no display: it is made offscreen.
    QTest::newRow("a picture") << QStringList{QStringLiteral("--screenshot"),
                                              m_dir.filePath(QStringLiteral("headless.png"))}
                               << 0 << QStringLiteral("saved ");
}

void TestConsoleProgram::withoutADisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList common{QStringLiteral("--data-dir"), dataDir(QStringLiteral("saved"))};
    if (!arguments.contains(QStringLiteral("--lang")))
        common << QStringLiteral("--lang") << QStringLiteral("en");
    p.start(TestSupport::program(QStringLiteral("console"), QStringLiteral("marketdesk")),
            common + arguments);
    QVERIFY(p.waitForFinished(TestSupport::patience(60'000)));
    const QByteArray out = p.readAll();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(out)));
    QVERIFY2(out.contains(says.toUtf8()), out.constData());
    const qsizetype shot = arguments.indexOf(QStringLiteral("--screenshot"));
    if (shot >= 0) {
        QFile picture(arguments.at(shot + 1));
        QVERIFY2(picture.open(QIODevice::ReadOnly), qPrintable(picture.fileName()));
        QCOMPARE(picture.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    }
}

void TestConsoleProgram::aSecondStartBringsTheFirstForward()
{
    const QString program =
        TestSupport::program(QStringLiteral("console"), QStringLiteral("marketdesk"));
    const QStringList args{QStringLiteral("--data-dir"), dataDir(QStringLiteral("saved")),
                           QStringLiteral("--lang"), QStringLiteral("en")};
    // The first console, left running (the probe prints its stages and stays).
    QProcess first;
    launch(first, program, args, QStringLiteral("stay"));
    QByteArray seen;
    QTRY_VERIFY2_WITH_TIMEOUT((seen += first.readAll()).contains("startup: members shown"),
                              seen.constData(), 60'000);
    // A second start on the same data folder opens nothing of its own: it asks the first to
    // come forward, and ends.
    const Run second = start(program, args);
    QVERIFY2(second.exitCode == 0, second.out.constData());
    QVERIFY2(second.out.contains("already open on") && second.out.contains("come forward"),
             second.out.constData());
    QVERIFY2(!second.stages.contains(QStringLiteral("shown")),
             qPrintable(second.stages.join(u", ")));
    QTRY_VERIFY2_WITH_TIMEOUT((seen += first.readAll()).count("startup: came forward") == 1,
                              seen.constData(), 20'000);
    // Asking for more than that (another account) still brings the first forward, and says
    // that the rest was not done.
    const Run another = start(
        program, args + QStringList{QStringLiteral("--account"), QStringLiteral("someone@else")});
    QCOMPARE(another.exitCode, 1);
    QVERIFY2(another.out.contains("--account was not applied"), another.out.constData());
    QTRY_VERIFY2_WITH_TIMEOUT((seen += first.readAll()).count("startup: came forward") == 2,
                              seen.constData(), 20'000);
    QCOMPARE(first.state(), QProcess::Running);
    // The first one killed, its lock names a process that is gone: the next start is a
    // console of its own (and lets go of the lock when it ends), not a request to nobody.
    first.kill();
    first.waitForFinished();
    const QString lockFile = dataDir(QStringLiteral("saved")) + QStringLiteral("/marketdesk.lock");
    QVERIFY(QFile::exists(lockFile));
    const Run third = start(program, args);
    QVERIFY2(third.exitCode == 0, third.out.constData());
    QVERIFY2(third.stages.contains(QStringLiteral("members shown")), third.out.constData());
    QVERIFY2(!third.out.contains("already open"), third.out.constData());
    QVERIFY(!QFile::exists(lockFile));
}

QTEST_GUILESS_MAIN(TestConsoleProgram)
#include "tst_console_program.moc"
