// The replay cache on a clock the test sets: a nonce passes once per TTL, comes back after
// it, a full cache refuses new nonces rather than forgetting live ones, and expired entries
// make room again.
#include "seller/nonce_cache.h"

#include <QTest>

class TestNonceCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replayRefusedWithinTtl();
    void boundedAndFailsClosed();
    void malformed_data();
    void malformed();
};

void TestNonceCache::replayRefusedWithinTtl()
{
    qint64 now = 1'000'000;
    NonceCache cache(10, 120'000, [&now] { return now; });
    QVERIFY(cache.admit("n1").ok());
    QVERIFY(cache.admit("n2").ok());
    now += 30'000;
    const auto replay = cache.admit("n1");
    QVERIFY(!replay.ok());
    QVERIFY2(replay.error().contains(u"used 30 s ago: a replayed request"),
             qPrintable(replay.error()));
    now += 89'999; // 1 ms before n1 expires
    QVERIFY(!cache.admit("n1").ok());
    now += 1;
    QVERIFY(cache.admit("n1").ok());
    QCOMPARE(cache.size(), 1); // n2 expired with n1's first entry
    // The default TTL covers a timestamp up to 60 s ahead and 60 s old.
    QVERIFY(NonceCache::kDefaultTtlMs >= 120'000);
}

void TestNonceCache::boundedAndFailsClosed()
{
    qint64 now = 0;
    NonceCache cache(3, 1'000, [&now] { return now; });
    QVERIFY(cache.admit("a").ok());
    now += 10;
    QVERIFY(cache.admit("b").ok());
    QVERIFY(cache.admit("c").ok());
    const auto full = cache.admit("d");
    QVERIFY(!full.ok());
    QVERIFY2(full.error().contains(u"too many requests"), qPrintable(full.error()));
    // "a" is still remembered: a full cache forgets nothing live.
    QVERIFY(!cache.admit("a").ok());
    now = 1'000; // "a" expires
    QVERIFY(cache.admit("d").ok());
    QVERIFY(!cache.admit("b").ok());
    QCOMPARE(cache.size(), 3);
}

void TestNonceCache::malformed_data()
{
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "no nonce";
    QTest::newRow("too long") << QByteArray(257, 'n') << "longer than 256 bytes";
}

void TestNonceCache::malformed()
{
    QFETCH(QByteArray, nonce);
    QFETCH(QString, message);
    NonceCache cache;
    const auto result = cache.admit(nonce);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    QCOMPARE(cache.size(), 0);
    QVERIFY(cache.admit(QByteArray(256, 'n')).ok());
}

QTEST_APPLESS_MAIN(TestNonceCache)
#include "tst_nonce_cache.moc"
