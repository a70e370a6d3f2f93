// SellerService against the real sandbox, on a thread of its own as the console runs it: a
// sync reads every seller record, an enterprise administrator is refused (403), a stale edit
// comes back as a conflict carrying the server's current record, refusals name the field they
// belong to, a debugging run's verdict is read back, and the secrets answered once (a key's,
// an app secret, a test account's password) reach the caller and none of the account's files.
#include "seller/client/seller_cache.h"
#include "seller/client/seller_service.h"
#include "seller/rsa_key.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

namespace {
constexpr int kWaitMs = 20'000;
} // namespace

class TestSellerService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void syncReadsEverySellerRecord();
    void enterpriseAdministratorIsRefused();
    void secretsReachTheCallerOnlyOnce();
    void staleEditIsAConflictWithTheCurrentRecord();
    void refusalsNameTheField_data();
    void refusalsNameTheField();
    void debuggingRunIsReadBack();
    void snapshotKeepsEachAddressNewestRuns();

private:
    // Starts a service for `account` in a new folder, opened (and synced when asked).
    SellerService *startService(const QString &account, bool sync = true);
    // Waits for the outcome of `ticket`.
    SellerOutcome outcomeOf(QueuedSpy &spy, quint64 ticket);
    SellerSnapshotPtr latestSnapshot();
    // Every byte of every file in the service's folder.
    QByteArray filesBytes() const;
    CredentialForm form(const QString &addressId, const QString &loginUrl) const;

    SandboxHost m_host;
    QByteArray m_publicKey;
    QThread m_thread;
    std::unique_ptr<QTemporaryDir> m_dir;
    SellerService *m_service = nullptr;
    std::unique_ptr<QueuedSpy> m_snapshots;
};

void TestSellerService::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 20;
    o.seed.departments = 3;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    const auto key = RsaKey::generate(3072);
    QVERIFY(key);
    m_publicKey = key.value().publicKeyBase64();
    m_thread.start();
}

void TestSellerService::cleanup()
{
    if (m_service)
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_service = nullptr;
    m_snapshots.reset();
    m_dir.reset();
    TestSupport::httpJson(m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/seller"))), "POST",
                          {{QStringLiteral("debugVerdict"), QString()}});
}

void TestSellerService::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

SellerService *TestSellerService::startService(const QString &account, bool sync)
{
    SignInResult signedIn;
    if (const QString e = TestSupport::signIn(m_host.url(), account, &signedIn); !e.isEmpty()) {
        qWarning() << e;
        return nullptr;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    SellerServiceConfig c;
    c.server = m_host.url();
    c.dataDir = m_dir->filePath(QStringLiteral("account"));
    c.actor = account + QStringLiteral("@test");
    c.endpoints = signedIn.endpoints;
    c.tokens = signedIn.tokens;
    m_service = new SellerService(c);
    m_service->moveToThread(&m_thread);
    m_snapshots = std::make_unique<QueuedSpy>(m_service, &SellerService::snapshotReady);
    QueuedSpy opened(m_service, &SellerService::opened);
    QueuedSpy synced(m_service, &SellerService::syncFinished);
    QMetaObject::invokeMethod(m_service, [s = m_service, sync] {
        s->open();
        if (sync)
            s->sync();
    });
    if (!opened.waitFor(1, kWaitMs) || !opened.last().first().toBool())
        return nullptr;
    if (sync && !synced.waitFor(1, kWaitMs))
        return nullptr;
    return m_service;
}

SellerOutcome TestSellerService::outcomeOf(QueuedSpy &spy, quint64 ticket)
{
    SellerOutcome found;
    const bool answered = QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < spy.count(); ++i) {
                const auto o = spy.at(i).first().value<SellerOutcome>();
                if (o.ticket == ticket && o.state != SellerOutcome::State::Kept) {
                    found = o;
                    return true;
                }
            }
            return false;
        },
        kWaitMs);
    if (!answered)
        qWarning() << "no outcome for ticket" << ticket;
    return found;
}

SellerSnapshotPtr TestSellerService::latestSnapshot()
{
    return m_snapshots->count() ? m_snapshots->last().first().value<SellerSnapshotPtr>() : nullptr;
}

QByteArray TestSellerService::filesBytes() const
{
    QByteArray all;
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

CredentialForm TestSellerService::form(const QString &addressId, const QString &loginUrl) const
{
    CredentialForm f;
    f.appName = QStringLiteral("测试应用 Test App");
    f.authMethod = QStringLiteral("OAuth2.0");
    f.callbackUrl = QStringLiteral("https://app.example/sso/callback");
    f.addressId = addressId;
    f.loginType = QStringLiteral("shared");
    f.loginUrl = loginUrl;
    f.publicKey = QString::fromLatin1(m_publicKey);
    return f;
}

void TestSellerService::syncReadsEverySellerRecord()
{
    QVERIFY(startService(QStringLiteral("liu.yang")));
    QTRY_VERIFY_WITH_TIMEOUT(latestSnapshot() && latestSnapshot()->syncedAt.isValid(), kWaitMs);
    const auto s = latestSnapshot();
    QVERIFY(s->keys.size() >= 2);
    QCOMPARE(s->addresses.size(), 1);
    const ProductionAddress &a = s->addresses.first();
    QVERIFY(a.ready);
    QCOMPARE(a.basicDebug, QStringLiteral("passed"));
    QCOMPARE(s->runs.value(a.addressId).size(), 2);
    QVERIFY(s->credentials.size() >= 1);
    QVERIFY(!s->credentials.first().form.publicKey.isEmpty());
    QVERIFY(s->keys.first().secretMasked.startsWith(u"****"));
}

void TestSellerService::enterpriseAdministratorIsRefused()
{
    QVERIFY(startService(QStringLiteral("zhang.min"), false));
    QueuedSpy synced(m_service, &SellerService::syncFinished);
    QueuedSpy finished(m_service, &SellerService::changeFinished);
    QMetaObject::invokeMethod(m_service, &SellerService::sync);
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, kWaitMs);
    QCOMPARE(synced.last().first().toBool(), false);
    const quint64 ticket = SellerService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket] { s->createKey(ticket, "x"); });
    const SellerOutcome o = outcomeOf(finished, ticket);
    QCOMPARE(o.state, SellerOutcome::State::Refused);
    QCOMPARE(o.code, QStringLiteral("010012"));
}

void TestSellerService::secretsReachTheCallerOnlyOnce()
{
    QVERIFY(startService(QStringLiteral("liu.yang")));
    QueuedSpy finished(m_service, &SellerService::changeFinished);
    QueuedSpy secrets(m_service, &SellerService::secretIssued);
    const QString addressId = latestSnapshot()->addresses.first().addressId;
    const quint64 keyTicket = SellerService::newTicket();
    const quint64 appTicket = SellerService::newTicket();
    const CredentialForm f = form(addressId, QStringLiteral("https://secrets.example/login"));
    QMetaObject::invokeMethod(m_service, [=, s = m_service] {
        s->createKey(keyTicket, QStringLiteral("rotation"), QStringLiteral("file:/tmp/k"));
        s->applyCredential(appTicket, f);
    });
    QCOMPARE(outcomeOf(finished, keyTicket).state, SellerOutcome::State::Done);
    const SellerOutcome applied = outcomeOf(finished, appTicket);
    QCOMPARE(applied.state, SellerOutcome::State::Done);
    QVERIFY(applied.target.startsWith(u"app-"));
    const quint64 accountTicket = SellerService::newTicket();
    QMetaObject::invokeMethod(
        m_service, [=, s = m_service] { s->requestTestAccount(accountTicket, applied.target); });
    QCOMPARE(outcomeOf(finished, accountTicket).state, SellerOutcome::State::Done);
    QTRY_COMPARE_WITH_TIMEOUT(secrets.count(), 3, kWaitMs);
    QList<QByteArray> values;
    for (qsizetype i = 0; i < secrets.count(); ++i) {
        const auto s = secrets.at(i).at(1).value<SellerSecret>();
        QVERIFY(!s.value.isEmpty());
        QVERIFY(!s.recovered);
        values.append(s.value);
    }
    const auto key = secrets.at(0).at(1).value<SellerSecret>();
    QCOMPARE(secrets.at(0).first().toULongLong(), keyTicket);
    QCOMPARE(key.kind, SellerSecret::Kind::KeySecret);
    QCOMPARE(key.note, QStringLiteral("file:/tmp/k"));
    QCOMPARE(secrets.at(1).at(1).value<SellerSecret>().kind, SellerSecret::Kind::AppSecret);
    const auto password = secrets.at(2).at(1).value<SellerSecret>();
    QCOMPARE(password.kind, SellerSecret::Kind::TestAccountPassword);
    QVERIFY(password.account && !password.account->domain.isEmpty());
    // Nowhere in seller.sqlite, seller-outbox.sqlite or audit.sqlite (nor their -wal files).
    const QByteArray bytes = filesBytes();
    QVERIFY(bytes.contains("seller.credential.test-account")); // the journal is there
    for (const QByteArray &v : values)
        QVERIFY2(!bytes.contains(v), "a secret reached the account's files");
}

void TestSellerService::staleEditIsAConflictWithTheCurrentRecord()
{
    QVERIFY(startService(QStringLiteral("liu.yang")));
    QueuedSpy finished(m_service, &SellerService::changeFinished);
    const Credential c = latestSnapshot()->credentials.first();
    CredentialForm first = c.form;
    first.loginUrl = QStringLiteral("https://first.example/login");
    const quint64 t1 = SellerService::newTicket();
    QMetaObject::invokeMethod(m_service,
                              [=, s = m_service] { s->editCredential(t1, c.appId, first); });
    QCOMPARE(outcomeOf(finished, t1).state, SellerOutcome::State::Done);
    // Someone working from the version read before that edit:
    CredentialForm stale = c.form;
    stale.loginUrl = QStringLiteral("https://second.example/login");
    const quint64 t2 = SellerService::newTicket();
    QMetaObject::invokeMethod(m_service,
                              [=, s = m_service] { s->editCredential(t2, c.appId, stale); });
    const SellerOutcome o = outcomeOf(finished, t2);
    QCOMPARE(o.state, SellerOutcome::State::Conflict);
    QCOMPARE(o.code, QStringLiteral("010003"));
    QCOMPARE(o.current.value(u"loginUrl").toString(), first.loginUrl);
    QCOMPARE(o.current.value(u"version").toInteger(), c.version() + 1);
    // The cache holds theirs now, for the form to show.
    QTRY_VERIFY_WITH_TIMEOUT(
        latestSnapshot() && latestSnapshot()->credentials.first().form.loginUrl == first.loginUrl,
        kWaitMs);
}

void TestSellerService::refusalsNameTheField_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("address not https") << "ftp-address"
                                       << "000002"
                                       << "url";
    QTest::newRow("one key for both") << "same-key"
                                      << "020005"
                                      << "kitKeyId";
    QTest::newRow("public key not a key") << "not-a-key"
                                          << "000002"
                                          << "publicKey";
    QTest::newRow("unknown platform") << "platform"
                                      << "000002"
                                      << "platforms[1]";
    QTest::newRow("address of nobody") << "no-address"
                                       << "020002"
                                       << "addressId";
}

void TestSellerService::refusalsNameTheField()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QVERIFY(startService(QStringLiteral("liu.yang")));
    QueuedSpy finished(m_service, &SellerService::changeFinished);
    const auto snapshot = latestSnapshot();
    const ProductionAddress a = snapshot->addresses.first();
    CredentialForm f = form(a.addressId, QStringLiteral("https://field.example/") + change);
    const quint64 t = SellerService::newTicket();
    QMetaObject::invokeMethod(m_service, [=, s = m_service]() mutable {
        if (change == u"ftp-address") {
            s->addAddress(t, QStringLiteral("ftp://isv.example/produce"));
        } else if (change == u"same-key") {
            s->bindKeys(t, a.addressId, a.kitKeyId, a.kitKeyId);
        } else if (change == u"not-a-key") {
            f.publicKey = QStringLiteral("bm90IGEga2V5"); // "not a key"
            s->applyCredential(t, f);
        } else if (change == u"platform") {
            f.platforms = QStringList{QStringLiteral("WeLink"), QStringLiteral("Nope")};
            s->applyCredential(t, f);
        } else {
            f.addressId = QStringLiteral("addr-000000000000");
            s->applyCredential(t, f);
        }
    });
    const SellerOutcome o = outcomeOf(finished, t);
    QCOMPARE(o.state, SellerOutcome::State::Refused);
    QCOMPARE(o.code, code);
    QCOMPARE(o.field, field);
    QVERIFY2(o.message.contains(field + u':'), qPrintable(o.message));
}

void TestSellerService::debuggingRunIsReadBack()
{
    QVERIFY(startService(QStringLiteral("liu.yang")));
    TestSupport::httpJson(m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/seller"))), "POST",
                          {{QStringLiteral("debugVerdict"), QStringLiteral("failed")}});
    QueuedSpy finished(m_service, &SellerService::changeFinished);
    QueuedSpy runs(m_service, &SellerService::debugRunsReady);
    const ProductionAddress a = latestSnapshot()->addresses.first();
    const quint64 t = SellerService::newTicket();
    QMetaObject::invokeMethod(m_service, [=, s = m_service] {
        s->startDebugRun(t, a.addressId, QStringLiteral("basic"));
    });
    const SellerOutcome o = outcomeOf(finished, t);
    QCOMPARE(o.state, SellerOutcome::State::Done);
    QCOMPARE(o.record.value(u"verdict").toString(), QStringLiteral("failed"));
    QCOMPARE(o.address.value(u"basicDebug").toString(), QStringLiteral("failed"));
    QCOMPARE(o.address.value(u"ready").toBool(), false);
    const quint64 r = SellerService::newTicket();
    QMetaObject::invokeMethod(m_service, [=, s = m_service] { s->readDebugRuns(r, a.addressId); });
    QTRY_COMPARE_WITH_TIMEOUT(runs.count(), 1, kWaitMs);
    QCOMPARE(runs.last().first().toULongLong(), r);
    QVERIFY(runs.last().at(2).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(latestSnapshot() &&
                                 latestSnapshot()->runs.value(a.addressId).size() == 3 &&
                                 !latestSnapshot()->addresses.first().ready,
                             kWaitMs);
}

void TestSellerService::snapshotKeepsEachAddressNewestRuns()
{
    // An address debugged more often than the snapshot keeps runs for, and one debugged twice.
    QTemporaryDir dir;
    QString error;
    const auto cache = SellerCache::open(dir.filePath(QStringLiteral("seller.sqlite")), &error);
    QVERIFY2(cache, qPrintable(error));
    const QDateTime start(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
    const int many = SellerCache::kRunsKept + 30;
    auto run = [&](const QString &address, int i) {
        SellerDebugRun r;
        r.runId = QStringLiteral("run-%1-%2").arg(address).arg(i, 4, 10, QLatin1Char('0'));
        r.addressId = address;
        r.url = QStringLiteral("https://isv.example.com/produce");
        r.suite = QStringLiteral("basic");
        r.keyId = QStringLiteral("key-1");
        r.verdict = QStringLiteral("passed");
        r.runner = QStringLiteral("test-harness");
        r.at = start.addSecs(60 * i);
        return r;
    };
    // Written out of order: the newest are chosen by time, not by when they were written.
    for (int i = many - 1; i >= 0; --i)
        QVERIFY2(cache->addRun(run(QStringLiteral("addr-a"), i), &error), qPrintable(error));
    for (int i : {1, 0})
        QVERIFY2(cache->addRun(run(QStringLiteral("addr-b"), i), &error), qPrintable(error));
    const auto snapshot = cache->snapshot(&error);
    QVERIFY2(snapshot, qPrintable(error));
    const QList<SellerDebugRun> a = snapshot->runs.value(QStringLiteral("addr-a"));
    QCOMPARE(a.size(), SellerCache::kRunsKept);
    QCOMPARE(a.first().at, start.addSecs(60 * 30)); // the oldest of the newest
    QCOMPARE(a.last().at, start.addSecs(60 * (many - 1)));
    for (qsizetype i = 1; i < a.size(); ++i)
        QVERIFY(a.at(i - 1).at < a.at(i).at);
    const QList<SellerDebugRun> b = snapshot->runs.value(QStringLiteral("addr-b"));
    QCOMPARE(b.size(), 2);
    QCOMPARE(b.first().runId, QStringLiteral("run-addr-b-0000"));
}

QTEST_GUILESS_MAIN(TestSellerService)
#include "tst_seller_service.moc"
