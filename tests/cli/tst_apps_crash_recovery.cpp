// kill -9 of `marketdesk-cli apps grant` in the middle of a 5,000-member grant, then
// `marketdesk-cli apps outbox`: every SQLite file of the account passes PRAGMA integrity_check,
// every member holds a seat, the server (a separate marketdesk-sandbox process) executed each
// target exactly once, and the audit chain verifies. The kill point is deterministic: the test
// waits for the program's first progress line, then makes the server hold its next answers, so
// the program cannot finish before the kill.
#include "support/sandbox_fixture.h"
#include "support/sqlite_integrity.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
constexpr int kMembers = 5000;
}

class TestAppsCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killDuringGrant();

private:
    int cli(const QStringList &args, QByteArray *output = nullptr, int timeoutMs = 120000);
    bool killAfter(const QStringList &args, const QByteArray &marker, int times);
    QList<QJsonObject> listAll(const QString &path);

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
};

void TestAppsCrashRecovery::initTestCase()
{
    m_url = TestSupport::startSandboxProcess(
        m_sandbox,
        {QStringLiteral("--members"), QStringLiteral("6000"), QStringLiteral("--departments"),
         QStringLiteral("300"), QStringLiteral("--apps"), QStringLiteral("8"),
         QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY2(m_url.isValid(), m_sandbox.readAllStandardError().constData());
    qputenv("MARKETDESK_PASSPHRASE", "apps crash test passphrase");
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
}

void TestAppsCrashRecovery::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

int TestAppsCrashRecovery::cli(const QStringList &args, QByteArray *output, int timeoutMs)
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

bool TestAppsCrashRecovery::killAfter(const QStringList &args, const QByteArray &marker, int times)
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

QList<QJsonObject> TestAppsCrashRecovery::listAll(const QString &path)
{
    QList<QJsonObject> out;
    QString cursor;
    do {
        const QJsonObject page = TestSupport::httpJson(
            m_url.resolved(QUrl(path + QStringLiteral("?limit=5000&cursor=") + cursor)));
        for (const QJsonValue &v : page.value(u"items").toArray())
            out.append(v.toObject());
        cursor = page.value(u"nextCursor").toString();
    } while (!cursor.isEmpty());
    return out;
}

void TestAppsCrashRecovery::killDuringGrant()
{
    const QString dir = m_dir.filePath(QStringLiteral("grant"));
    const QStringList common{QStringLiteral("--data-dir"), dir};
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin({QStringLiteral("--data-dir"), dir, QStringLiteral("login"),
                                    QStringLiteral("--server"), m_url.toString(),
                                    QStringLiteral("--account"), QStringLiteral("crash"),
                                    QStringLiteral("--secret-store"), QStringLiteral("file")},
                                   &out),
             0);
    // The app that may be granted with the fewest seats held, with seats bought for 5,000
    // more members.
    QJsonObject app;
    for (const QJsonObject &a : listAll(QStringLiteral("/api/v1/apps")))
        if (a.value(u"agreementAccepted").toBool() && a.value(u"loginDomainSet").toBool() &&
            a.value(u"enabled").toBool() &&
            (app.isEmpty() ||
             a.value(u"seatsAssigned").toInt() < app.value(u"seatsAssigned").toInt()))
            app = a;
    QVERIFY(!app.isEmpty());
    const QString appId = app.value(u"appId").toString();
    int status = 0;
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/apps"))), "POST",
                          {{QStringLiteral("seats"),
                            QJsonObject{{QStringLiteral("tenant"), QStringLiteral("huadong-tech")},
                                        {QStringLiteral("appId"), appId},
                                        {QStringLiteral("bought"),
                                         app.value(u"seatsAssigned").toInt() + kMembers + 10}}}},
                          &status);
    QCOMPARE(status, 200);
    // 5,000 enabled members who hold no seat of it, straight from the server.
    QSet<QString> holding;
    for (const QJsonObject &s : listAll(QStringLiteral("/api/v1/apps/%1/seats").arg(appId)))
        holding.insert(s.value(u"userName").toString());
    QStringList names;
    for (const QJsonObject &m : listAll(QStringLiteral("/api/v1/org/members")))
        if (names.size() < kMembers && m.value(u"enabled").toBool() &&
            !holding.contains(m.value(u"userName").toString()))
            names << m.value(u"userName").toString();
    QCOMPARE(names.size(), kMembers);
    const QString csvPath = m_dir.filePath(QStringLiteral("grant.csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("userName\n" + names.join(u'\n').toUtf8() + '\n');
    csv.close();

    const QJsonObject before = TestSupport::stats(m_url);
    // Killed once the first chunk's outcome is recorded, with a call in flight and chunks
    // still pending; slow answers leave the test time to make the server hold.
    TestSupport::setFaults(m_url, {{QStringLiteral("latencyMs"), 120}});
    QVERIFY(killAfter(common + QStringList{QStringLiteral("apps"), QStringLiteral("grant"),
                                           QStringLiteral("--app"), appId,
                                           QStringLiteral("--from-csv"), csvPath},
                      "of 5000 done", 1));
    const QJsonObject killed = TestSupport::stats(m_url);
    const int executedBeforeRestart =
        killed.value(u"executedTargets").toInt() - before.value(u"executedTargets").toInt();
    QVERIFY2(executedBeforeRestart < kMembers, "the kill came after the last chunk");
    const QString account = dir + QStringLiteral("/accounts/crash/");
    for (const char *f : {"apps", "apps-outbox", "audit"})
        QCOMPARE(
            TestSupport::integrityCheck(account + QLatin1String(f) + QStringLiteral(".sqlite")),
            QStringLiteral("ok"));

    // The restart sends what was left, each chunk with the key it was written with.
    const int code =
        cli(common + QStringList{QStringLiteral("apps"), QStringLiteral("outbox")}, &out);
    QVERIFY2(code == 0, out.constData());
    QVERIFY2(out.contains(QByteArray(QByteArray::number(kMembers) + " done, 0 failed")),
             out.constData());
    const QJsonObject after = TestSupport::stats(m_url);
    QCOMPARE(after.value(u"executedTargets").toInt() - before.value(u"executedTargets").toInt(),
             kMembers); // not one member executed twice, none lost
    QSet<QString> seated;
    for (const QJsonObject &s : listAll(QStringLiteral("/api/v1/apps/%1/seats").arg(appId)))
        if (s.value(u"seated").toBool())
            seated.insert(s.value(u"userName").toString());
    for (const QString &u : names)
        QVERIFY2(seated.contains(u), qPrintable(u));
    // Nothing is left, and the journal's chain holds.
    QCOMPARE(cli(common + QStringList{QStringLiteral("apps"), QStringLiteral("outbox")}, &out), 0);
    QVERIFY2(out.contains("Nothing was pending."), out.constData());
    QCOMPARE(cli(common + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out), 0);
}

QTEST_GUILESS_MAIN(TestAppsCrashRecovery)
#include "tst_apps_crash_recovery.moc"
