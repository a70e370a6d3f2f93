// RetryPolicy: full-jitter bounds and Retry-After in both forms.
#include "net/retry_policy.h"

#include <QRandomGenerator>
#include <QTest>

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffStaysWithinTheJitterWindow_data();
    void backoffStaysWithinTheJitterWindow();
    void backoffUsesTheWholeWindow();
    void retryAfter_data();
    void retryAfter();
    void httpDateRoundTrips();
    void retryableStatuses_data();
    void retryableStatuses();
};

void TestRetryPolicy::backoffStaysWithinTheJitterWindow_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("ceiling");
    QTest::newRow("first") << 1 << 500;
    QTest::newRow("second") << 2 << 1000;
    QTest::newRow("fourth") << 4 << 4000;
    QTest::newRow("capped") << 10 << 30000;
    QTest::newRow("huge attempt stays capped") << 1000 << 30000;
}

void TestRetryPolicy::backoffStaysWithinTheJitterWindow()
{
    QFETCH(int, attempt);
    QFETCH(int, ceiling);
    RetryPolicy policy;
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        const int d = policy.backoffMs(attempt, random);
        QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QString::number(d)));
    }
}

void TestRetryPolicy::backoffUsesTheWholeWindow()
{
    // Full jitter, not "base plus a little": the spread covers most of [0, ceiling].
    RetryPolicy policy;
    QRandomGenerator random(11);
    int low = INT_MAX, high = 0;
    for (int i = 0; i < 2000; ++i) {
        const int d = policy.backoffMs(3, random);
        low = std::min(low, d);
        high = std::max(high, d);
    }
    QVERIFY(low < 200);
    QVERIFY(high > 1800);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected"); // -1 = not usable
    QTest::newRow("seconds") << QByteArray("2") << 2000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray("  3 ") << 3000;
    QTest::newRow("date in 5 s") << QByteArray("Sun, 29 Nov 2026 10:00:05 GMT") << 5000;
    QTest::newRow("date in the past") << QByteArray("Sun, 29 Nov 2026 09:59:00 GMT") << 0;
    QTest::newRow("clamped to 10 min") << QByteArray("86400") << 600000;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("rfc 2822 zone") << QByteArray("Sun, 29 Nov 2026 10:00:07 +0000") << 7000;
    QTest::newRow("date garbage") << QByteArray("Sun, 99 Nov 2026 10:00:05 GMT") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 29), QTime(10, 0, 0), Qt::UTC);
    const auto ms = RetryPolicy().retryAfterMs(header, now);
    if (expected < 0) {
        QVERIFY(!ms.has_value());
    } else {
        QVERIFY(ms.has_value());
        QCOMPARE(*ms, expected);
    }
}

void TestRetryPolicy::httpDateRoundTrips()
{
    const QDateTime t(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(RetryPolicy::formatHttpDate(t), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    QCOMPARE(RetryPolicy::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), t);
    // Four-digit years only: Qt's RFC 2822 reader took "2 Dec 290616 10:00" (fuzz_stored_files).
    QVERIFY(!RetryPolicy::parseHttpDate("2 Dec 290616 10:00").isValid());
    QVERIFY(RetryPolicy::parseHttpDate("2 Dec 2026 10:00 +0800").isValid());
}

void TestRetryPolicy::retryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    for (int s : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", s) << s << true;
    for (int s : {200, 400, 401, 403, 404, 409, 410, 422})
        QTest::addRow("%d", s) << s << false;
}

void TestRetryPolicy::retryableStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
