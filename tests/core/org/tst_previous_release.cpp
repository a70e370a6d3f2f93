// Files written by the previous release (0.1.0, commit 04c8312; made by
// tests/fixtures/previous_release/generate.sh with that release's own programs) open with
// today's code and mean what they meant: the accounts list, the encrypted secret store, the
// cache, the outbox with a batch still pending, and the journal (hash format 1). The pending
// batch then goes out once, under the keys that release wrote.
#include "identity/account_store.h"
#include "identity/file_secret_store.h"
#include "identity/token_set.h"
#include "org/cache.h"
#include "org/org_service.h"
#include "storage/audit_journal.h"
#include "storage/outbox.h"
#include "support/copy_tree.h"
#include "support/sandbox_fixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAccount = QStringLiteral("zhang.min@huadong-tech");

QString fixtures()
{
    return qEnvironmentVariable("MARKETDESK_FIXTURES") + QStringLiteral("/previous_release");
}

QStringList csvNames(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.removeFirst(); // the header
    return lines;
}

} // namespace

class TestPreviousRelease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void theAccountsListLoads();
    void theSecretStoreStillOpens();
    void journalOutboxAndCacheOpenAndThePendingBatchGoesOutOnce();

private:
    QTemporaryDir m_dir;
    QString m_root;
};

void TestPreviousRelease::init()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
    QVERIFY2(TestSupport::copyTree(fixtures() + QStringLiteral("/data"), m_root),
             qPrintable(fixtures()));
}

void TestPreviousRelease::theAccountsListLoads()
{
    AccountStore store(m_root);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    QCOMPARE(store.accounts().size(), 1);
    const Account a = *store.find(kAccount);
    QCOMPARE(a.userName, QStringLiteral("zhang.min"));
    QCOMPARE(a.tenant, QStringLiteral("huadong-tech"));
    QCOMPARE(a.displayName, QStringLiteral("张敏"));
    QCOMPARE(a.secretStore, SecretStore::Kind::EncryptedFile);
    QCOMPARE(a.server.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(a.problem(), QString());
    // Its folder is where that release kept the account's databases.
    QVERIFY(QFile::exists(store.accountDir(kAccount) + QStringLiteral("/cache.sqlite")));
}

void TestPreviousRelease::theSecretStoreStillOpens()
{
    AccountStore store(m_root);
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    FileSecretStore secrets(store.secretFilePath());
    QVERIFY(!secrets.unlock("not the passphrase", &error));
    QVERIFY2(secrets.unlock("previous release passphrase", &error), qPrintable(error));
    QByteArray value;
    QVERIFY2(secrets.readNow(store.find(kAccount)->secretKey(), &value, &error), qPrintable(error));
    TokenSet tokens;
    QVERIFY2(TokenSet::deserialize(value, &tokens, &error), qPrintable(error));
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
}

void TestPreviousRelease::journalOutboxAndCacheOpenAndThePendingBatchGoesOutOnce()
{
    const QString dir = AccountStore(m_root).accountDir(kAccount);
    const QStringList done = csvNames(fixtures() + QStringLiteral("/done.csv"));
    const QStringList pending = csvNames(fixtures() + QStringLiteral("/pending.csv"));
    QCOMPARE(done.size(), 3);
    QCOMPARE(pending.size(), 2);
    QString error;
    qint64 entriesBefore = 0;
    {
        // As that release left them: five journal entries in format 1, intact; one batch of
        // two still pending.
        auto journal = AuditJournal::open(dir + QStringLiteral("/audit.sqlite"), &error);
        QVERIFY2(journal, qPrintable(error));
        entriesBefore = journal->count();
        QCOMPARE(entriesBefore, 5);
        QVERIFY(journal->verify(&error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto outbox = Outbox::open(dir + QStringLiteral("/outbox.sqlite"), &error);
        QVERIFY2(outbox, qPrintable(error));
        QCOMPARE(outbox->pendingCount(), 2);
        const QList<Outbox::Chunk> chunks = outbox->pendingChunks();
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks.first().targets, pending);
        QCOMPARE(chunks.first().action, QStringLiteral("disable"));
        QVERIFY(!chunks.first().idempotencyKey.isEmpty());
    }

    // The same enterprise as that release's sandbox served (same seed and sizes).
    SandboxHost host;
    SandboxOptions o;
    o.seed.members = 60;
    o.seed.departments = 6;
    o.seed.seed = 7;
    QVERIFY2(host.start(o, &error), qPrintable(error));
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(host.url(), QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);

    const auto open = [&] {
        auto service = std::make_unique<OrgService>(
            TestSupport::serviceConfig(host.url(), dir, QStringLiteral("tester"), signedIn));
        QSignalSpy opened(service.get(), &OrgService::opened);
        service->open();
        return std::make_pair(std::move(service),
                              opened.count() == 1 && opened.first().first().toBool());
    };
    {
        auto [service, ok] = open();
        QVERIFY(ok);
        // The cache: the enterprise as last synced, the first batch already applied to it.
        const OrgSnapshotPtr cached = service->cache()->loadSnapshot(&error);
        QVERIFY2(cached, qPrintable(error));
        QCOMPARE(cached->memberCount(), 60);
        QHash<QString, bool> enabled;
        for (int i = 0; i < cached->memberCount(); ++i)
            enabled.insert(cached->text(i, OrgSnapshot::UserName), cached->memberEnabled(i));
        for (const QString &name : done)
            QCOMPARE(enabled.value(name, true), false);
        for (const QString &name : pending)
            QCOMPARE(enabled.value(name, false), true);
        // Opening resumes the outbox: the pending batch goes out.
        QTRY_COMPARE_WITH_TIMEOUT(service->outbox()->pendingCount(), 0, 20000);
        QCOMPARE(service->outbox()->failedTargets(2), QStringList());
    }
    QCOMPARE(TestSupport::stats(host.url()).value(u"executedTargets").toInt(), 2);
    for (const QString &name : pending) {
        const QJsonObject m = TestSupport::httpJson(
            host.url().resolved(QUrl(QStringLiteral("/api/v1/org/members/") + name)));
        QCOMPARE(m.value(u"member").toObject().value(u"enabled").toBool(true), false);
    }
    {
        // A second start sends nothing again.
        auto [service, ok] = open();
        QVERIFY(ok);
        QCOMPARE(service->outbox()->pendingCount(), 0);
    }
    QCOMPARE(TestSupport::stats(host.url()).value(u"executedTargets").toInt(), 2);

    // The journal goes on from the old chain: old entries kept, new ones appended, all intact.
    auto journal = AuditJournal::open(dir + QStringLiteral("/audit.sqlite"), &error);
    QVERIFY2(journal, qPrintable(error));
    QCOMPARE(journal->count(), entriesBefore + pending.size());
    QVERIFY(journal->verify(&error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Files of personal data that release made 0644 in 0755 folders are closed now.
    QCOMPARE(QFile::permissions(dir) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    for (const QString &f : {QStringLiteral("cache.sqlite"), QStringLiteral("outbox.sqlite"),
                             QStringLiteral("audit.sqlite")})
        QCOMPARE(QFile::permissions(dir + u'/' + f) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestPreviousRelease)
#include "tst_previous_release.moc"
