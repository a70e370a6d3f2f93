// The saved accounts: a round trip keeps every field and no secret; a damaged accounts.json is
// refused with the file and the entry named, and nothing is half-loaded; the console and the
// CLI changing the list at the same time keep each other's accounts.
#include "identity/account_manager.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void damagedFiles_data();
    void damagedFiles();
    void twoProgramsKeepEachOthersAccounts();
    void mostRecentFirst();
    void listIsSavedOffTheCallersThread();
    void aLockHeldTooLongIsReported();
};

namespace {

Account sample(const QString &name, int minutesAgo = 0)
{
    Account a;
    a.name = name;
    a.server = QUrl(QStringLiteral("https://tenant.example.com"));
    a.tenant = QStringLiteral("huadong-tech");
    a.tenantName = QStringLiteral("示例科技有限公司");
    a.userName = QStringLiteral("zhang.min");
    a.displayName = QStringLiteral("张敏");
    a.role = QStringLiteral("admin");
    a.lastUsed = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return a;
}

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

} // namespace

void TestAccountStore::roundTrip()
{
    QTemporaryDir dir;
    AccountStore store(dir.path());
    Account a = sample(QStringLiteral("zhang.min@huadong-tech"));
    a.secretStore = SecretStore::Kind::EncryptedFile;
    a.caFile = QStringLiteral("/etc/ssl/ca.pem");
    a.pins = {QByteArray(32, '\x01').toBase64()};
    a.customEndpoints = true;
    a.endpoints = OAuthEndpoints::forServer(a.server);
    a.endpoints.token = QUrl(QStringLiteral("https://idp.example.com/token"));
    a.endpoints.clientId = QStringLiteral("custom-client");
    store.upsert(a);
    QString error;
    QVERIFY2(store.save(&error), qPrintable(error));
    AccountStore back(dir.path());
    QVERIFY2(back.load(&error), qPrintable(error));
    const auto b = back.find(a.name);
    QVERIFY(b);
    QCOMPARE(b->server, a.server);
    QCOMPARE(b->tenantName, a.tenantName);
    QCOMPARE(b->secretStore, SecretStore::Kind::EncryptedFile);
    QCOMPARE(b->pins, a.pins);
    QCOMPARE(b->endpoints.token, a.endpoints.token);
    QCOMPARE(b->endpoints.clientId, QStringLiteral("custom-client"));
    QCOMPARE(b->lastUsed.toMSecsSinceEpoch(), a.lastUsed.toMSecsSinceEpoch());
    QCOMPARE(back.accountDir(a.name), dir.path() + QStringLiteral("/accounts/") + a.name);
}

void TestAccountStore::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"accounts\": [") << "is damaged";
    QTest::newRow("bad name")
        << QByteArray(R"({"accounts":[{"name":"../etc","server":"https://a.example"}]})")
        << "account 1: \"../etc\" is not a usable account name";
    // "$" alone also matches before a final line break: the name must be all of the text.
    QTest::newRow("name ending in a line break")
        << QByteArray(R"({"accounts":[{"name":"a\n","server":"https://a.example"}]})")
        << "account 1: \"a\n\" is not a usable account name";
    QTest::newRow("no server") << QByteArray(R"({"accounts":[{"name":"a"}]})")
                               << "account 1: account \"a\" has no valid server";
    QTest::newRow("unknown secret store")
        << QByteArray(R"({"accounts":[{"name":"a","server":"https://a.example"},)"
                      R"({"name":"b","server":"https://b.example","secretStore":"plaintext"}]})")
        << "account 2: account \"b\": unknown secret store \"plaintext\"";
}

void TestAccountStore::damagedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("accounts.json")), content);
    AccountStore store(dir.path());
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(dir.filePath(QStringLiteral("accounts.json"))), qPrintable(error));
    QVERIFY(store.accounts().isEmpty()); // nothing half-loaded
}

void TestAccountStore::twoProgramsKeepEachOthersAccounts()
{
    QTemporaryDir dir;
    AccountManager console(dir.path());
    AccountManager cli(dir.path());
    AccountStore seed(dir.path());
    // Used five minutes ago: "now", touched within the same millisecond, would not be later
    // (a fresh machine's run once was).
    seed.upsert(sample(QStringLiteral("first"), 5));
    QString error;
    QVERIFY(seed.save(&error));
    QVERIFY(console.load(&error));
    // The CLI adds an account while the console runs with the list it read at start...
    AccountStore meanwhile(dir.path());
    QVERIFY(meanwhile.load(&error));
    meanwhile.upsert(sample(QStringLiteral("added-by-cli")));
    QVERIFY(meanwhile.save(&error));
    // ...and the console records that it used "first": the CLI's account stays.
    const QDateTime before = console.store().find(QStringLiteral("first"))->lastUsed;
    console.touch(QStringLiteral("first"));
    bool saved = false;
    console.whenSaved([&saved] { saved = true; });
    QTRY_VERIFY(saved);
    QVERIFY(cli.load(&error));
    QVERIFY(cli.store().find(QStringLiteral("added-by-cli")));
    QVERIFY(cli.store().find(QStringLiteral("first"))->lastUsed > before);
    // The console's own copy follows what was saved, the CLI's account included.
    QVERIFY(console.store().find(QStringLiteral("added-by-cli")));
}

// The console reads and writes the list on a pool thread: while the CLI holds the list's lock,
// a read still answers (the list is replaced whole, never written in place), a change waits
// for the lock off the caller's thread, and the caller's event loop goes on.
void TestAccountStore::listIsSavedOffTheCallersThread()
{
    QTemporaryDir dir;
    AccountStore seed(dir.path());
    seed.upsert(sample(QStringLiteral("first")));
    QString error;
    QVERIFY(seed.save(&error));
    AccountManager console(dir.path());
    QLockFile held(dir.filePath(QStringLiteral("accounts.lock")));
    QVERIFY(held.tryLock(0)); // as the CLI would, saving its own change
    int loaded = 0;
    bool ok = false;
    console.loadAsync([&](bool success, const QString &) {
        ++loaded;
        ok = success;
    });
    QCOMPARE(loaded, 0); // answered on the caller's thread later, never at once
    QTRY_COMPARE_WITH_TIMEOUT(loaded, 1, 10000);
    QVERIFY(ok);
    QVERIFY(console.store().find(QStringLiteral("first")));
    const QDateTime before = console.store().find(QStringLiteral("first"))->lastUsed;
    console.touch(QStringLiteral("first"));
    bool saved = false;
    console.whenSaved([&saved] { saved = true; });
    bool ticked = false;
    QTimer::singleShot(0, this, [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked); // the event loop runs while the change waits for the lock
    QVERIFY(!saved);
    held.unlock();
    QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
    AccountStore after(dir.path());
    QVERIFY(after.load(&error));
    QVERIFY(after.find(QStringLiteral("first"))->lastUsed > before);
}

// Held for longer than the wait allowed, the lock is reported, and the list is left alone.
void TestAccountStore::aLockHeldTooLongIsReported()
{
    QTemporaryDir dir;
    AccountStore seed(dir.path());
    Account first = sample(QStringLiteral("first"));
    first.secretStore = SecretStore::Kind::Memory; // no keychain needed to forget its tokens
    seed.upsert(first);
    QString error;
    QVERIFY(seed.save(&error));
    AccountManager console(dir.path());
    bool loaded = false;
    console.loadAsync([&loaded](bool ok, const QString &) { loaded = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 10000);
    QLockFile held(dir.filePath(QStringLiteral("accounts.lock")));
    QVERIFY(held.tryLock(0));
    QString message;
    bool answered = false;
    console.removeAccount(QStringLiteral("first"), false, [&](bool success, const QString &why) {
        answered = true;
        QVERIFY(!success);
        message = why;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    QVERIFY2(message.contains(u"locked by another program"), qPrintable(message));
    AccountStore after(dir.path());
    QVERIFY(after.load(&error));
    QVERIFY(after.find(QStringLiteral("first")));
}

void TestAccountStore::mostRecentFirst()
{
    QTemporaryDir dir;
    AccountStore store(dir.path());
    store.upsert(sample(QStringLiteral("old"), 90));
    store.upsert(sample(QStringLiteral("new"), 1));
    store.upsert(sample(QStringLiteral("middle"), 30));
    QCOMPARE(store.mostRecent()->name, QStringLiteral("new"));
    QCOMPARE(store.accounts().last().name, QStringLiteral("old"));
    QVERIFY(store.remove(QStringLiteral("middle")));
    QVERIFY(!store.remove(QStringLiteral("middle")));
    QCOMPARE(store.accounts().size(), 2);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_account_store.moc"
