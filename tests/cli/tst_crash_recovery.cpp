// kill -9 of marketdesk-cli in the middle of a sync and of a 5,000-member batch, then a
// restart: every SQLite file of the account passes PRAGMA integrity_check, the sync completes,
// and the server (a separate marketdesk-sandbox process) applied each change exactly once.
// The kill point is deterministic: the test waits for the program's own progress line, then
// makes the server hold its next answers, so the program cannot finish before the kill.
#include "support/sandbox_fixture.h"
#include "support/sqlite_integrity.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killDuringSync_data();
    void killDuringSync();
    void killDuringBatch();
    void killDuringImport();

private:
    int cli(const QStringList &args, QByteArray *output = nullptr, int timeoutMs = 60000);
    // Starts the CLI, waits until its stderr has shown `marker` `times` times, makes the server
    // hold its answers, and SIGKILLs it. False when the program ended before (or never
    // showed the marker).
    bool killAfter(const QStringList &args, const QByteArray &marker, int times);
    // Signs the CLI in (account "crash") under `dir`, playing the browser.
    bool login(const QString &dir);

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
};

void TestCrashRecovery::initTestCase()
{
    m_url = TestSupport::startSandboxProcess(
        m_sandbox,
        {QStringLiteral("--members"), QStringLiteral("6000"), QStringLiteral("--departments"),
         QStringLiteral("300"), QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY2(m_url.isValid(), m_sandbox.readAllStandardError().constData());
    qputenv("MARKETDESK_PASSPHRASE", "crash test passphrase");
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
}

bool TestCrashRecovery::login(const QString &dir)
{
    QByteArray out;
    const int code = TestSupport::cliLogin(
        {QStringLiteral("--data-dir"), dir, QStringLiteral("login"), QStringLiteral("--server"),
         m_url.toString(), QStringLiteral("--account"), QStringLiteral("crash"),
         QStringLiteral("--secret-store"), QStringLiteral("file")},
        &out);
    if (code != 0)
        qWarning() << "login failed:" << out;
    return code == 0;
}

void TestCrashRecovery::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

int TestCrashRecovery::cli(const QStringList &args, QByteArray *output, int timeoutMs)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(TestSupport::patience(timeoutMs))) {
        p.kill();
        return -1;
    }
    if (output)
        *output = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

bool TestCrashRecovery::killAfter(const QStringList &args, const QByteArray &marker, int times)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted())
        return false;
    QByteArray seen;
    QElapsedTimer t;
    t.start();
    while (p.state() == QProcess::Running && seen.count(marker) < times &&
           t.elapsed() < TestSupport::patience(60000)) {
        p.waitForReadyRead(5);
        seen += p.readAllStandardError();
    }
    bool killedMidway = false;
    if (p.state() == QProcess::Running && seen.count(marker) >= times) {
        // Answers already on their way arrive; the next ones wait 30 s: the kill lands first.
        TestSupport::setFaults(m_url, {{QStringLiteral("latencyMs"), 30000}});
        killedMidway = p.state() == QProcess::Running;
    }
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    TestSupport::setFaults(m_url, {});
    if (!killedMidway)
        qWarning() << "the program ended before the kill; it printed:" << seen;
    return killedMidway;
}

void TestCrashRecovery::killDuringSync_data()
{
    QTest::addColumn<int>("pages"); // progress reports seen before the kill
    for (int pages : {1, 2, 4})
        QTest::addRow("after %d page(s)", pages) << pages;
}

void TestCrashRecovery::killDuringSync()
{
    QFETCH(int, pages);
    const QString dir = m_dir.filePath(QStringLiteral("sync-%1").arg(pages));
    const QStringList common{QStringLiteral("--data-dir"), dir};
    QVERIFY(login(dir));
    // Slow pages leave the test time to make the server hold before the sync ends.
    TestSupport::setFaults(m_url, {{QStringLiteral("latencyMs"), 60}});
    QVERIFY(killAfter(common + QStringList{QStringLiteral("sync")}, "sync: ", pages));
    QCOMPARE(TestSupport::integrityCheck(dir + QStringLiteral("/accounts/crash/cache.sqlite")),
             QStringLiteral("ok"));
    QByteArray out;
    QCOMPARE(cli(common + QStringList{QStringLiteral("sync")}, &out), 0);
    const int members = TestSupport::stats(m_url).value(u"members").toInt();
    QVERIFY2(out.contains(QByteArray(QByteArray::number(members) + " members in the cache")),
             out.constData());
    QCOMPARE(TestSupport::integrityCheck(dir + QStringLiteral("/accounts/crash/cache.sqlite")),
             QStringLiteral("ok"));
}

void TestCrashRecovery::killDuringBatch()
{
    const QString dir = m_dir.filePath(QStringLiteral("batch"));
    const QStringList common{QStringLiteral("--data-dir"), dir};
    QVERIFY(login(dir));
    QCOMPARE(cli(common + QStringList{QStringLiteral("sync")}), 0);
    // Exactly 5,000 enabled members, straight from the server (two pages of the listing).
    QStringList names;
    QString cursor;
    do {
        const QJsonObject page = TestSupport::httpJson(m_url.resolved(
            QUrl(QStringLiteral("/api/v1/org/members?limit=5000&cursor=") + cursor)));
        for (const QJsonValue &v : page.value(u"items").toArray()) {
            const QJsonObject m = v.toObject();
            if (names.size() < 5000 && m.value(u"enabled").toBool() &&
                m.value(u"role").toString() == u"user")
                names << m.value(u"userName").toString();
        }
        cursor = page.value(u"nextCursor").toString();
    } while (!cursor.isEmpty() && names.size() < 5000);
    QCOMPARE(names.size(), 5000);
    const QString csvPath = m_dir.filePath(QStringLiteral("batch.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("userName\n" + names.join(u'\n').toUtf8() + '\n');
    csv.close();
    const QJsonObject before = TestSupport::stats(m_url);
    // Killed once the first chunk's outcome is recorded, with calls in flight and chunks
    // still pending; slow answers leave the test time to make the server hold.
    TestSupport::setFaults(m_url, {{QStringLiteral("latencyMs"), 120}});
    QVERIFY(killAfter(common + QStringList{QStringLiteral("members"), QStringLiteral("disable"),
                                           QStringLiteral("--from-csv"), csvPath,
                                           QStringLiteral("--yes")},
                      " done, ", 1));
    for (const char *f : {"cache", "outbox", "audit"})
        QCOMPARE(TestSupport::integrityCheck(dir + QStringLiteral("/accounts/crash/") +
                                             QLatin1String(f) + QStringLiteral(".sqlite")),
                 QStringLiteral("ok"));
    QByteArray out;
    const int code =
        cli(common + QStringList{QStringLiteral("outbox"), QStringLiteral("run")}, &out);
    QVERIFY2(code == 0, out.constData());
    QVERIFY2(out.contains("pending changes"), out.constData()); // there was work left
    const QJsonObject after = TestSupport::stats(m_url);
    const int applied =
        after.value(u"appliedChanges").toInt() - before.value(u"appliedChanges").toInt();
    const int executed =
        after.value(u"executedTargets").toInt() - before.value(u"executedTargets").toInt();
    QCOMPARE(applied, int(names.size()));
    QCOMPARE(executed, int(names.size())); // not one member executed twice
    QVERIFY(after.value(u"replays").toInt() >= before.value(u"replays").toInt());
    QCOMPARE(cli(common + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
    QCOMPARE(cli(common + QStringList{QStringLiteral("outbox"), QStringLiteral("status")}, &out),
             0);
    QVERIFY2(
        out.contains(QByteArray(QByteArray::number(names.size()) + " done, 0 failed, 0 pending")),
        out.constData());
}

// Adding members goes through the outbox like a batch: killed in the middle of a 2,000-row
// import, the rest goes out with the same keys, and the server adds each member once (a
// replayed add answers as the first time; a second add would be refused as a duplicate).
void TestCrashRecovery::killDuringImport()
{
    const QString dir = m_dir.filePath(QStringLiteral("import"));
    const QStringList common{QStringLiteral("--data-dir"), dir};
    QVERIFY(login(dir));
    QCOMPARE(cli(common + QStringList{QStringLiteral("sync")}), 0);
    const QJsonObject departments = TestSupport::httpJson(
        m_url.resolved(QUrl(QStringLiteral("/api/v1/org/departments?limit=5"))));
    const QString orgCode =
        departments.value(u"items").toArray().first().toObject().value(u"orgCode").toString();
    QVERIFY(!orgCode.isEmpty());
    QByteArray csv = "userName,name,email,mobile,orgCode,role\n";
    const int rows = 2000;
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("import.%1,导入 %1,import.%1@example.com,,%2,user\n")
                   .arg(i)
                   .arg(orgCode)
                   .toUtf8();
    const QString csvPath = m_dir.filePath(QStringLiteral("import.csv"));
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const int membersBefore = TestSupport::stats(m_url).value(u"members").toInt();
    TestSupport::setFaults(m_url, {{QStringLiteral("latencyMs"), 20}});
    QVERIFY(killAfter(common + QStringList{QStringLiteral("members"), QStringLiteral("import"),
                                           csvPath, QStringLiteral("--yes")},
                      "import: ", 50));
    const int membersMidway = TestSupport::stats(m_url).value(u"members").toInt();
    QVERIFY2(membersMidway > membersBefore && membersMidway < membersBefore + rows,
             qPrintable(QString::number(membersMidway - membersBefore)));
    for (const char *file : {"cache", "outbox", "audit"})
        QCOMPARE(TestSupport::integrityCheck(dir + QStringLiteral("/accounts/crash/") +
                                             QLatin1String(file) + QStringLiteral(".sqlite")),
                 QStringLiteral("ok"));
    QByteArray out;
    QVERIFY2(cli(common + QStringList{QStringLiteral("outbox"), QStringLiteral("run")}, &out) == 0,
             out.constData());
    QVERIFY2(out.contains("pending changes"), out.constData());
    QCOMPARE(TestSupport::stats(m_url).value(u"members").toInt(), membersBefore + rows);
    QCOMPARE(cli(common + QStringList{QStringLiteral("outbox"), QStringLiteral("status")}, &out),
             0);
    const QByteArray expected = "member.add  " + QByteArray::number(rows) +
                                " done, 0 failed, 0 pending of " + QByteArray::number(rows);
    QVERIFY2(out.contains(expected), out.constData());
    QCOMPARE(cli(common + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
