// kill -9 of marketdesk-cli at every durable state change of a batch (the operation recorded,
// a chunk marked as attempted, the journal written, inside and after the outcome's
// transaction) and inside a schema migration, at deterministic points
// (MARKETDESK_TEST_CRASH_AT, app/core/common/crash_point.h) rather than by timing. Then the
// recovery a person would see: every SQLite file passes integrity_check, `outbox run` sends
// what is pending, the server (a separate marketdesk-sandbox process) applied each change
// exactly once, the audit chain verifies, and a migration interrupted is done again in full.
#include "support/copy_tree.h"
#include "support/sandbox_fixture.h"
#include "support/sqlite_integrity.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    bool crashed = false;
    int exitCode = -1;
    QByteArray output;
};

int schemaVersion(const QString &file)
{
    return TestSupport::readNumber(
        file, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
}

} // namespace

class TestCrashPoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void batchKilledAtEachState_data();
    void batchKilledAtEachState();
    void migrationKilledIsDoneAgain();

private:
    Run cli(const QStringList &args, const QByteArray &crashAt = {});
    bool login(const QString &dir);

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
    QStringList m_enabled; // enabled plain members, each row takes its own
    int m_taken = 0;
};

void TestCrashPoints::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_url = TestSupport::startSandboxProcess(
        m_sandbox,
        {QStringLiteral("--members"), QStringLiteral("12000"), QStringLiteral("--departments"),
         QStringLiteral("100"), QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY2(m_url.isValid(), m_sandbox.readAllStandardError().constData());
    qputenv("MARKETDESK_PASSPHRASE", "crash points passphrase");
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
    QString cursor;
    do {
        const QJsonObject page = TestSupport::httpJson(m_url.resolved(
            QUrl(QStringLiteral("/api/v1/org/members?limit=5000&cursor=") + cursor)));
        for (const QJsonValue &v : page.value(u"items").toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(u"enabled").toBool() && m.value(u"role").toString() == u"user")
                m_enabled << m.value(u"userName").toString();
        }
        cursor = page.value(u"nextCursor").toString();
    } while (!cursor.isEmpty());
    QVERIFY(m_enabled.size() >= 8 * 1100);
}

void TestCrashPoints::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

Run TestCrashPoints::cli(const QStringList &args, const QByteArray &crashAt)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MARKETDESK_TEST_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("MARKETDESK_TEST_CRASH_AT"), QString::fromLatin1(crashAt));
    p.setProcessEnvironment(env);
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(args);
    p.start();
    Run run;
    if (!p.waitForFinished(TestSupport::patience(120000))) {
        p.kill();
        p.waitForFinished();
        run.output = "timed out";
        return run;
    }
    run.crashed = p.exitStatus() == QProcess::CrashExit;
    run.exitCode = p.exitCode();
    run.output = p.readAllStandardOutput() + p.readAllStandardError();
    return run;
}

bool TestCrashPoints::login(const QString &dir)
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

void TestCrashPoints::batchKilledAtEachState_data()
{
    // 1,100 members: chunks of 500, 500 and 100.
    QTest::addColumn<QByteArray>("point");
    QTest::newRow("operation recorded, nothing sent") << QByteArray("outbox.enqueued");
    QTest::newRow("first chunk marked, not sent") << QByteArray("outbox.attempted:1");
    QTest::newRow("second chunk marked, not sent") << QByteArray("outbox.attempted:2");
    QTest::newRow("first answer journaled, outbox not") << QByteArray("journal.appended:1");
    QTest::newRow("inside the first outcome's transaction") << QByteArray("outbox.completing:1");
    QTest::newRow("first outcome recorded") << QByteArray("outbox.completed:1");
    QTest::newRow("second outcome recorded") << QByteArray("outbox.completed:2");
    QTest::newRow("last outcome recorded") << QByteArray("outbox.completed:3");
}

void TestCrashPoints::batchKilledAtEachState()
{
    QFETCH(QByteArray, point);
    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    const QStringList common{QStringLiteral("--data-dir"), dir};
    QVERIFY(login(dir));
    const Run synced = cli(common + QStringList{QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0 && !synced.crashed, synced.output.constData());

    const QStringList names = m_enabled.mid(m_taken, 1100);
    m_taken += int(names.size());
    QCOMPARE(names.size(), 1100);
    const QString csvPath = dir + QStringLiteral("/batch.csv");
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("userName\n" + names.join(u'\n').toUtf8() + '\n');
    csv.close();
    const QJsonObject before = TestSupport::stats(m_url);

    const QStringList disable =
        common + QStringList{QStringLiteral("members"), QStringLiteral("disable"),
                             QStringLiteral("--from-csv"), csvPath, QStringLiteral("--yes")};
    const Run killed = cli(disable, point);
    QVERIFY2(killed.crashed, killed.output.constData());
    const QByteArray said = "crash point reached: " + point.left(point.indexOf(':'));
    QVERIFY2(killed.output.contains(said), killed.output.constData());
    for (const char *f : {"cache", "outbox", "audit"})
        QCOMPARE(TestSupport::integrityCheck(dir + QStringLiteral("/accounts/crash/") +
                                             QLatin1String(f) + QStringLiteral(".sqlite")),
                 QStringLiteral("ok"));

    const Run resumed = cli(common + QStringList{QStringLiteral("outbox"), QStringLiteral("run")});
    QVERIFY2(resumed.exitCode == 0 && !resumed.crashed, resumed.output.constData());
    const QJsonObject after = TestSupport::stats(m_url);
    const int applied =
        after.value(u"appliedChanges").toInt() - before.value(u"appliedChanges").toInt();
    const int executed =
        after.value(u"executedTargets").toInt() - before.value(u"executedTargets").toInt();
    QCOMPARE(applied, int(names.size()));  // every member disabled
    QCOMPARE(executed, int(names.size())); // and not one twice
    const Run verified =
        cli(common + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.output.constData());
    // Every member's change is in the journal (once or, after a replay, twice: never missing).
    QCOMPARE(TestSupport::readNumber(
                 dir + QStringLiteral("/accounts/crash/audit.sqlite"),
                 QStringLiteral("SELECT COUNT(DISTINCT target) FROM entries WHERE action = "
                                "'member.disable' AND result = 'done'")),
             int(names.size()));
    const Run status =
        cli(common + QStringList{QStringLiteral("outbox"), QStringLiteral("status")});
    QVERIFY2(status.output.contains("1100 done, 0 failed, 0 pending"), status.output.constData());
}

void TestCrashPoints::migrationKilledIsDoneAgain()
{
    // The previous release's files (tests/fixtures/previous_release): its cache is at schema 2,
    // today's at a later one, so opening the account migrates it.
    const QString dir = m_dir.filePath(QStringLiteral("migration"));
    QVERIFY(TestSupport::copyTree(qEnvironmentVariable("MARKETDESK_FIXTURES") +
                                      QStringLiteral("/previous_release/data"),
                                  dir));
    QDirIterator it(dir + QStringLiteral("/accounts"), {QStringLiteral("cache.sqlite")},
                    QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString cache = it.next();
    const int before = schemaVersion(cache);
    QCOMPARE(before, 2);
    qputenv("MARKETDESK_PASSPHRASE", "previous release passphrase");
    const QStringList status{QStringLiteral("--data-dir"), dir, QStringLiteral("outbox"),
                             QStringLiteral("status")};
    const Run killed = cli(status, "database.migrating");
    qputenv("MARKETDESK_PASSPHRASE", "crash points passphrase");
    QVERIFY2(killed.crashed, killed.output.constData());
    QVERIFY2(killed.output.contains("crash point reached: database.migrating"),
             killed.output.constData());
    QCOMPARE(TestSupport::integrityCheck(cache), QStringLiteral("ok"));
    QCOMPARE(schemaVersion(cache), before); // the migration's transaction rolled back

    qputenv("MARKETDESK_PASSPHRASE", "previous release passphrase");
    const Run again = cli(status);
    qputenv("MARKETDESK_PASSPHRASE", "crash points passphrase");
    QVERIFY2(again.exitCode == 0 && !again.crashed, again.output.constData());
    QVERIFY(schemaVersion(cache) > before);
    QCOMPARE(TestSupport::integrityCheck(cache), QStringLiteral("ok"));
    // The batch that release left pending is still there, as it was.
    QVERIFY2(again.output.contains("pending"), again.output.constData());
}

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "tst_crash_points.moc"
