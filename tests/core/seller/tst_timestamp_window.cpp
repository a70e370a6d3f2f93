// The 60 s freshness window on signed calls, on a clock the test sets: both edges accepted,
// one millisecond beyond refused on either side, and malformed timestamps named.
#include "seller/timestamp_window.h"

#include <QTest>

class TestTimestampWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void window_data();
    void window();
    void clockIsReadEachTime();
};

namespace {
constexpr qint64 kNow = 1680508066618;
}

void TestTimestampWindow::window_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QString>("error"); // empty: accepted
    const auto ms = [](qint64 v) { return QByteArray::number(v); };
    QTest::newRow("now") << ms(kNow) << QString();
    QTest::newRow("60 s old, the edge") << ms(kNow - 60'000) << QString();
    QTest::newRow("60 s ahead, the edge") << ms(kNow + 60'000) << QString();
    QTest::newRow("1 ms too old") << ms(kNow - 60'001) << "the timestamp is 60 s old";
    QTest::newRow("1 ms too far ahead") << ms(kNow + 60'001) << "ahead of this clock";
    QTest::newRow("an hour old") << ms(kNow - 3'600'000) << "3600 s old";
    QTest::newRow("seconds, not ms") << ms(kNow / 1000) << "in seconds";
    QTest::newRow("empty") << QByteArray() << "no timestamp";
    QTest::newRow("not a number") << QByteArray("1680508066618x") << "not a number";
    QTest::newRow("negative") << QByteArray("-1") << "not a number";
    QTest::newRow("too many digits") << QByteArray(20, '9') << "has 20 digits";
}

void TestTimestampWindow::window()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(QString, error);
    const TimestampWindow window(60'000, [] { return kNow; });
    const auto result = window.check(timestamp);
    QCOMPARE(result.ok(), error.isEmpty());
    QVERIFY2(result.error().contains(error), qPrintable(result.error()));
}

void TestTimestampWindow::clockIsReadEachTime()
{
    qint64 now = kNow;
    const TimestampWindow window(TimestampWindow::kDefaultWindowMs, [&now] { return now; });
    const QByteArray ts = QByteArray::number(kNow);
    QVERIFY(window.check(ts).ok());
    now += 60'000;
    QVERIFY(window.check(ts).ok());
    now += 1;
    QVERIFY(!window.check(ts).ok());
    // The system clock by default: a timestamp of now passes.
    QVERIFY(TimestampWindow().check(QByteArray::number(QDateTime::currentMSecsSinceEpoch())).ok());
}

QTEST_APPLESS_MAIN(TestTimestampWindow)
#include "tst_timestamp_window.moc"
