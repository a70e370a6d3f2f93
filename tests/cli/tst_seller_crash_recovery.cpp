// kill -9 of `marketdesk-cli seller credentials apply|edit` after the server applied the
// change and before its answer arrived, then a restart: the next seller command sends the
// change again with the same Idempotency-Key, the server (a separate marketdesk-sandbox
// process) counts one execution and answers the replay from its idempotency store, the app
// secret of the apply still reaches the --secret-out file named before the crash, and every
// SQLite file of the account passes PRAGMA integrity_check.
// The kill point is deterministic: the server holds the answers of the credential routes for
// 30 s (a slow fault), and the test waits until the server's own count shows the change applied.
#include "seller/rsa_key.h"
#include "support/sandbox_fixture.h"
#include "support/sqlite_integrity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

class TestSellerCrashRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killDuringApply();
    void killDuringEdit();

private:
    int cli(const QStringList &args, QByteArray *output = nullptr);
    // Starts the CLI, waits until the seller tenant has executed one more change than
    // `executedBefore` while the answer is held, and SIGKILLs it. False when it ended first.
    bool killAfterApplied(const QStringList &args, qint64 executedBefore);
    QJsonObject sellerStats();

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
    QStringList m_common;
    QByteArray m_publicKey;
};

void TestSellerCrashRecovery::initTestCase()
{
    qputenv("MARKETDESK_PASSPHRASE", "seller crash test passphrase");
    m_url = TestSupport::startSandboxProcess(
        m_sandbox, {QStringLiteral("--members"), QStringLiteral("20"),
                    QStringLiteral("--auto-approve"), QStringLiteral("liu.yang")});
    QVERIFY(m_url.isValid());
    m_common = {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))};
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin(
                 m_common + QStringList{QStringLiteral("login"), QStringLiteral("--server"),
                                        m_url.toString(), QStringLiteral("--account"),
                                        QStringLiteral("crash"), QStringLiteral("--secret-store"),
                                        QStringLiteral("file")},
                 &out),
             0);
    const auto key = RsaKey::generate(3072);
    QVERIFY(key);
    m_publicKey = key.value().publicKeyBase64();
}

void TestSellerCrashRecovery::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

int TestSellerCrashRecovery::cli(const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(m_common + args);
    p.start();
    p.closeWriteChannel();
    if (!p.waitForFinished(TestSupport::patience(60000))) {
        p.kill();
        return -1;
    }
    if (output)
        *output = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitCode();
}

QJsonObject TestSellerCrashRecovery::sellerStats()
{
    return TestSupport::httpJson(
        m_url.resolved(QUrl(QStringLiteral("/_sandbox/stats?tenant=isv-demo"))));
}

bool TestSellerCrashRecovery::killAfterApplied(const QStringList &args, qint64 executedBefore)
{
    // The next answer of a credential route waits 30 s: the change is made, its answer held.
    // ("slow" rather than latencyMs, which would hold the test's own /_sandbox/stats too.)
    TestSupport::setFaults(
        m_url, {{QStringLiteral("slowMs"), 30000},
                {QStringLiteral("script"), QJsonArray{QStringLiteral("slow")}},
                {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/seller/credentials")}});
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(m_common + args);
    p.start();
    if (!p.waitForStarted())
        return false;
    const bool applied = QTest::qWaitFor(
        [&] {
            return p.state() != QProcess::Running ||
                   sellerStats().value(u"executedTargets").toInteger() > executedBefore;
        },
        TestSupport::patience(20000));
    const bool killedMidway = applied && p.state() == QProcess::Running;
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    TestSupport::setFaults(m_url, {});
    if (!killedMidway)
        qWarning() << "the program ended before the kill:" << p.readAllStandardError();
    return killedMidway;
}

void TestSellerCrashRecovery::killDuringApply()
{
    QByteArray out;
    QCOMPARE(cli({"seller", "addresses", "list", "--json"}, &out), 0);
    const QString addressId = QJsonDocument::fromJson(out.left(out.lastIndexOf(']') + 1))
                                  .array()
                                  .first()["addressId"]
                                  .toString();
    QVERIFY(!addressId.isEmpty());
    const QJsonObject form{{"appName", "断电测试 Crash Test"},
                           {"authMethod", "SDK"},
                           {"addressId", addressId},
                           {"loginType", "shared"},
                           {"loginUrl", "https://crash.example/login"},
                           {"publicKey", QString::fromLatin1(m_publicKey)}};
    const QString formPath = m_dir.filePath(QStringLiteral("apply.json"));
    QFile f(formPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(form).toJson());
    f.close();
    const QString secretPath = m_dir.filePath(QStringLiteral("app.secret"));
    const QJsonObject before = sellerStats();
    QVERIFY(killAfterApplied(
        {"seller", "credentials", "apply", "--from", formPath, "--secret-out", secretPath},
        before.value(u"executedTargets").toInteger()));
    QVERIFY(!QFile::exists(secretPath)); // the answer never arrived
    const QString dir = m_dir.filePath(QStringLiteral("data/accounts/crash/"));
    for (const char *file : {"seller.sqlite", "seller-outbox.sqlite", "audit.sqlite"})
        QCOMPARE(TestSupport::integrityCheck(dir + QLatin1String(file)), QStringLiteral("ok"));
    // Any seller command sends what is pending first.
    QCOMPARE(cli({"seller", "credentials", "list"}, &out), 0);
    QVERIFY2(out.contains("answered now to a change sent before an interruption"), out.constData());
    const QJsonObject after = sellerStats();
    QCOMPARE(after.value(u"executedTargets").toInteger(),
             before.value(u"executedTargets").toInteger() + 1);
    QCOMPARE(after.value(u"sellerCredentials").toInteger(),
             before.value(u"sellerCredentials").toInteger() + 1);
    QVERIFY(after.value(u"replays").toInteger() > before.value(u"replays").toInteger());
    // The secret, recovered from the server's stored answer, in the file named before.
    QFile secret(secretPath);
    QVERIFY(secret.open(QIODevice::ReadOnly));
    const QByteArray value = secret.readAll().trimmed();
    QVERIFY(value.size() >= 32);
    QVERIFY(!out.contains(value));
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(secretPath).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QVERIFY2(out.contains("Crash Test"), out.constData());
    // Nothing left to send: a second run sends nothing and the count stays.
    QCOMPARE(cli({"seller", "credentials", "list", "--offline"}, &out), 0);
    QCOMPARE(sellerStats().value(u"executedTargets"), after.value(u"executedTargets"));
}

void TestSellerCrashRecovery::killDuringEdit()
{
    QByteArray out;
    QCOMPARE(cli({"seller", "credentials", "list", "--json"}, &out), 0);
    const QJsonArray list = QJsonDocument::fromJson(out.left(out.lastIndexOf(']') + 1)).array();
    QVERIFY(!list.isEmpty());
    QJsonObject shown = list.first().toObject();
    const QString appId = shown.value(u"appId").toString();
    const qint64 version = shown.value(u"version").toInteger();
    shown.insert(QStringLiteral("loginUrl"), QStringLiteral("https://edited-once.example/login"));
    const QString formPath = m_dir.filePath(QStringLiteral("edit.json"));
    QFile f(formPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(shown).toJson());
    f.close();
    const QJsonObject before = sellerStats();
    QVERIFY(killAfterApplied({"seller", "credentials", "edit", appId, "--from", formPath},
                             before.value(u"executedTargets").toInteger()));
    QCOMPARE(cli({"seller", "credentials", "show", appId, "--json"}, &out), 0);
    const QJsonObject now = QJsonDocument::fromJson(out.mid(out.indexOf('{'))).object();
    QCOMPARE(now.value(u"loginUrl").toString(),
             QStringLiteral("https://edited-once.example/login"));
    QCOMPARE(now.value(u"version").toInteger(), version + 1); // once, not twice
    const QJsonObject after = sellerStats();
    QCOMPARE(after.value(u"executedTargets").toInteger(),
             before.value(u"executedTargets").toInteger() + 1);
    QVERIFY(after.value(u"replays").toInteger() > before.value(u"replays").toInteger());
}

QTEST_GUILESS_MAIN(TestSellerCrashRecovery)
#include "tst_seller_crash_recovery.moc"
