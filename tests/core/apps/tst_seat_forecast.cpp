// The run-out date of an app's seats, against cases computed by hand: a straight line, a
// noisy one (least squares worked out on paper below), gaps in the history, the window, and
// the cases with no date.
#include "apps/seat_forecast.h"

#include <QTest>

class TestSeatForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byHand_data();
    void byHand();
    void slopeAndIntercept();
};

namespace {

const QDate kStart(2026, 1, 1);

// Days from kStart: {offset, assigned} pairs.
QList<DailySeats> history(const QList<std::pair<int, int>> &days)
{
    QList<DailySeats> out;
    for (const auto &[offset, used] : days)
        out.append({kStart.addDays(offset), used, 0});
    return out;
}

} // namespace

void TestSeatForecast::byHand_data()
{
    using O = SeatForecast::Outcome;
    QTest::addColumn<QList<DailySeats>>("days");
    QTest::addColumn<int>("bought");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QDate>("runOut");
    // 100, 102, …, 118 over ten days: 2 a day from 100 on day 0; 150 on day 25.
    QList<std::pair<int, int>> straight;
    for (int d = 0; d < 10; ++d)
        straight.append({d, 100 + 2 * d});
    QTest::newRow("a straight line")
        << history(straight) << 150 << 90 << int(O::RunsOut) << kStart.addDays(25);
    // 1, 3, 2, 4 on days 0–3: mean x 1.5, mean y 2.5, Sxy 4, Sxx 5, so 0.8 a day from 1.3;
    // 10 seats on day (10 − 1.3) / 0.8 = 10.875, so day 11.
    QTest::newRow("least squares") << history({{0, 1}, {1, 3}, {2, 2}, {3, 4}}) << 10 << 90
                                   << int(O::RunsOut) << kStart.addDays(11);
    // Days 0, 2, 4 only, 10, 14, 18: 2 a day from 10; 30 on day 10. The gaps keep their width.
    QTest::newRow("days missing") << history({{0, 10}, {2, 14}, {4, 18}}) << 30 << 90
                                  << int(O::RunsOut) << kStart.addDays(10);
    // Falling for a year, then 5 a day over the last 10 days (window 10): only those count.
    QList<std::pair<int, int>> turned;
    for (int d = 0; d < 365; ++d)
        turned.append({d, 500 - d});
    for (int d = 0; d < 10; ++d)
        turned.append({365 + d, 200 + 5 * d});
    // Fitted on days 365–374 from x = 0: 200 + 5x; 300 at x = 20, day 385.
    QTest::newRow("the window") << history(turned) << 300 << 10 << int(O::RunsOut)
                                << kStart.addDays(385);
    QTest::newRow("flat") << history({{0, 50}, {1, 50}, {2, 50}}) << 60 << 90 << int(O::NotGrowing)
                          << QDate();
    QTest::newRow("falling") << history({{0, 50}, {1, 40}}) << 60 << 90 << int(O::NotGrowing)
                             << QDate();
    QTest::newRow("every seat in use")
        << history({{0, 50}, {1, 60}}) << 60 << 90 << int(O::AlreadyFull) << kStart.addDays(1);
    QTest::newRow("one day") << history({{0, 50}}) << 60 << 90 << int(O::TooFewDays) << QDate();
    QTest::newRow("no history") << QList<DailySeats>{} << 60 << 90 << int(O::TooFewDays) << QDate();
    // The line has crossed already (a spike, then a drop) but the last day had seats free:
    // the earliest run-out is the next day. Fitted: 10, 100, 40 → mean x 1, mean y 50, Sxy 30,
    // Sxx 2, so 15 a day from 35; 59 at x = 1.6, before the last day (2); so day 3.
    QTest::newRow("crossed in the past") << history({{0, 10}, {1, 100}, {2, 40}}) << 59 << 90
                                         << int(O::RunsOut) << kStart.addDays(3);
    // 1 seat in 1,000 days: beyond a century is no date.
    QTest::newRow("a century away")
        << history({{0, 0}, {1000, 1}}) << 1000 << 2000 << int(O::NotGrowing) << QDate();
}

void TestSeatForecast::byHand()
{
    QFETCH(QList<DailySeats>, days);
    QFETCH(int, bought);
    QFETCH(int, window);
    QFETCH(int, outcome);
    QFETCH(QDate, runOut);
    const SeatForecast f = SeatForecaster::forecast(days, bought, window);
    QCOMPARE(int(f.outcome), outcome);
    QCOMPARE(f.runOut, runOut);
    QVERIFY(!f.text().isEmpty());
}

void TestSeatForecast::slopeAndIntercept()
{
    const SeatForecast f =
        SeatForecaster::forecast(history({{0, 1}, {1, 3}, {2, 2}, {3, 4}}), 10, 90);
    QCOMPARE(f.seatsPerDay, 0.8);
    QVERIFY(qAbs(f.intercept - 1.3) < 1e-12);
    QCOMPARE(f.from, kStart);
    QVERIFY2(f.text().contains(u"0.80"), qPrintable(f.text()));
}

QTEST_GUILESS_MAIN(TestSeatForecast)
#include "tst_seat_forecast.moc"
