// SyncEngine against the real sandbox into a real SQLite cache: full, incremental with
// deletions, resumable after a cancel, restarted when the server's data set changed, and
// untouched by a malformed page.
#include "net/api_client.h"
#include "org/cache.h"
#include "org/sync_engine.h"
#include "support/sandbox_fixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fullThenIncremental();
    void cancelledSyncResumesWhereItStopped();
    void newServerDataSetStartsOver();
    void malformedPageChangesNothing();
    void survivesFlakyServer();

private:
    bool sync(Cache &cache, const QUrl &url, QString *message = nullptr, int pageSize = 100);
    SandboxHost m_host;
    // Signs in to the sandbox at `url` once (through the real flow) and keeps the result.
    SignInResult signedIn(const QUrl &url);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    QHash<QUrl, SignInResult> m_signIns;
};

SignInResult TestSyncEngine::signedIn(const QUrl &url)
{
    if (!m_signIns.contains(url)) {
        SignInResult r;
        const QString e = TestSupport::signIn(url, QStringLiteral("zhang.min"), &r);
        if (!e.isEmpty())
            qWarning() << "sign-in failed:" << e;
        m_signIns.insert(url, r);
    }
    return m_signIns.value(url);
}

void TestSyncEngine::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 1500;
    o.seed.departments = 60;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    QVERIFY(!signedIn(m_host.url()).tokens.isEmpty());
    TestSupport::useBearer(signedIn(m_host.url()).tokens.accessToken);
}

void TestSyncEngine::init()
{
    TestSupport::setFaults(m_host.url(), {});
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_cache = Cache::open(m_dir->filePath(QStringLiteral("cache.sqlite")), &error);
    QVERIFY2(m_cache, qPrintable(error));
}

bool TestSyncEngine::sync(Cache &cache, const QUrl &url, QString *message, int pageSize)
{
    ApiClient client(url);
    TestSupport::attachSession(&client, signedIn(url));
    RetryPolicy fast;
    fast.baseDelayMs = 5;
    fast.maxDelayMs = 20;
    client.setRetryPolicy(fast);
    SyncEngine engine(&client, &cache);
    engine.setPageSize(pageSize);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (!done.wait(30000))
        return false;
    if (message)
        *message = done.first().at(1).toString();
    return done.first().at(0).toBool();
}

void TestSyncEngine::fullThenIncremental()
{
    QString message;
    QVERIFY2(sync(*m_cache, m_host.url(), &message), qPrintable(message));
    const int serverMembers = TestSupport::stats(m_host.url()).value(u"members").toInt();
    QCOMPARE(m_cache->memberCount(), serverMembers);
    QString error;
    QCOMPARE(m_cache->loadSnapshot(&error)->departmentCount(), 60);

    // Another administrator changes things on the server.
    const QUrl base = m_host.url();
    const QJsonArray items =
        TestSupport::httpJson(base.resolved(QUrl(QStringLiteral("/api/v1/org/members?limit=20"))))
            .value(u"items")
            .toArray();
    QString toDisable, toDelete;
    for (const QJsonValue &v : items) {
        const QJsonObject m = v.toObject();
        if (m.value(u"role").toString() != u"user" || !m.value(u"enabled").toBool())
            continue;
        (toDisable.isEmpty() ? toDisable : toDelete) = m.value(u"userName").toString();
        if (!toDelete.isEmpty())
            break;
    }
    auto post = [&](const QString &path) {
        int status = 0;
        TestSupport::httpJson(base.resolved(QUrl(path)), "POST", {}, &status,
                              QUuid::createUuid().toByteArray());
        QCOMPARE(status, 200);
    };
    post(QStringLiteral("/api/v1/org/members/%1/disable").arg(toDisable));
    post(QStringLiteral("/api/v1/org/members/%1/disable").arg(toDelete));
    post(QStringLiteral("/api/v1/org/members/%1/delete").arg(toDelete));

    QVERIFY2(sync(*m_cache, m_host.url(), &message), qPrintable(message));
    QVERIFY2(message.contains(u"2 change"), qPrintable(message)); // one update, one deletion
    QCOMPARE(m_cache->memberCount(), serverMembers - 1);
    QVERIFY(!m_cache->member(toDelete));
    QVERIFY(!m_cache->member(toDisable)->enabled);
    QVERIFY(m_cache->lastSync().isValid());
}

void TestSyncEngine::cancelledSyncResumesWhereItStopped()
{
    TestSupport::setFaults(m_host.url(), {{QStringLiteral("latencyMs"), 30}});
    {
        ApiClient client(m_host.url());
        TestSupport::attachSession(&client, signedIn(m_host.url()));
        SyncEngine engine(&client, m_cache.get());
        engine.setPageSize(100);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        // Cancel once the member listing is under way.
        QTRY_VERIFY_WITH_TIMEOUT(m_cache->syncState(Cache::Kind::Members).inProgress(), 20000);
        engine.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(done.first().at(1).toString().contains(u"continues"));
    }
    // A first listing's members wait apart until its last page: none is shown half-listed.
    QCOMPARE(m_cache->memberCount(), 0);
    const int partial = m_cache->incomingMemberCount();
    QVERIFY(partial > 0);
    QVERIFY(partial < 1500);
    QVERIFY(m_cache->syncState(Cache::Kind::Members).inProgress());
    const qint64 requestsBefore = TestSupport::stats(m_host.url()).value(u"requests").toInteger();
    TestSupport::setFaults(m_host.url(), {});
    QString message;
    QVERIFY2(sync(*m_cache, m_host.url(), &message), qPrintable(message));
    QCOMPARE(m_cache->memberCount(), TestSupport::stats(m_host.url()).value(u"members").toInt());
    QCOMPARE(m_cache->incomingMemberCount(), 0);
    // Resumed, not restarted: only the remaining pages were fetched.
    const qint64 pages =
        TestSupport::stats(m_host.url()).value(u"requests").toInteger() - requestsBefore;
    QVERIFY2(pages <= (1500 - partial) / 100 + 2, qPrintable(QString::number(pages)));
    QCOMPARE(m_cache->integrityCheck(), QStringLiteral("ok"));
}

void TestSyncEngine::newServerDataSetStartsOver()
{
    QString message;
    QVERIFY(sync(*m_cache, m_host.url(), &message));
    // Same cache, another server with other data: its change tokens are foreign.
    SandboxHost other;
    SandboxOptions o;
    o.seed.members = 30;
    o.seed.departments = 5;
    o.seed.seed = 99;
    QString error;
    QVERIFY(other.start(o, &error));
    QVERIFY2(sync(*m_cache, other.url(), &message), qPrintable(message));
    QCOMPARE(m_cache->memberCount(), 30);
    QCOMPARE(m_cache->loadSnapshot(&error)->departmentCount(), 5);
}

void TestSyncEngine::malformedPageChangesNothing()
{
    QString message;
    TestSupport::setFaults(m_host.url(), {{QStringLiteral("rateMalformed"), 1.0}});
    QVERIFY(!sync(*m_cache, m_host.url(), &message));
    QVERIFY2(message.contains(u"not valid JSON"), qPrintable(message));
    QCOMPARE(m_cache->memberCount(), 0);
    QCOMPARE(m_cache->integrityCheck(), QStringLiteral("ok"));
}

void TestSyncEngine::survivesFlakyServer()
{
    TestSupport::setFaults(m_host.url(), {{QStringLiteral("rate503"), 0.15},
                                          {QStringLiteral("rateDrop"), 0.1},
                                          {QStringLiteral("rateTruncate"), 0.1},
                                          {QStringLiteral("retryAfterSeconds"), 0},
                                          {QStringLiteral("seed"), 5}});
    QString message;
    QVERIFY2(sync(*m_cache, m_host.url(), &message, 200), qPrintable(message));
    QCOMPARE(m_cache->memberCount(), TestSupport::stats(m_host.url()).value(u"members").toInt());
    QVERIFY(TestSupport::stats(m_host.url()).value(u"faults").toInt() > 0);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
