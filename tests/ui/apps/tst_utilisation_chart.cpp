// The utilisation chart offscreen: two years of daily history in one series, the seats bought
// across the whole range, the trend drawn to the run-out date (and only when there is one),
// the values under the pointer, and a picture with the lines in it.
#include "ui/apps/utilisation_chart.h"

#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

class TestUtilisationChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoYears_data();
    void twoYears();
    void valuesUnderThePointer_data();
    void valuesUnderThePointer();
    void aRenewalShowsAsAStep();
    void drawsTheLines();
    void emptyHistory();
};

namespace {

const QDate kFirst(2024, 12, 2);

// 730 days: 120 seats rising by one every 8 days, with a weekly dip.
QList<DailySeats> seeded(int slopeEvery = 8)
{
    QList<DailySeats> out;
    for (int d = 0; d < 730; ++d)
        out.append(
            {kFirst.addDays(d), 120 + (slopeEvery ? d / slopeEvery : 0) - (d % 7 == 6 ? 3 : 0), 0});
    return out;
}

qreal ms(QDate day)
{
    return qreal(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

void TestUtilisationChart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestUtilisationChart::twoYears_data()
{
    QTest::addColumn<int>("slopeEvery"); // 0: flat
    QTest::addColumn<int>("bought");
    QTest::addColumn<bool>("runsOut");
    QTest::newRow("growing") << 8 << 260 << true;
    QTest::newRow("flat") << 0 << 260 << false;
}

void TestUtilisationChart::twoYears()
{
    QFETCH(int, slopeEvery);
    QFETCH(int, bought);
    QFETCH(bool, runsOut);
    const QList<DailySeats> history = seeded(slopeEvery);
    const SeatForecast f = SeatForecaster::forecast(history, bought);
    QCOMPARE(f.outcome == SeatForecast::Outcome::RunsOut, runsOut);
    UtilisationChart chart;
    chart.resize(900, 500);
    chart.setHistory(history, bought, f);
    QCOMPARE(chart.assignedSeries()->count(), 730);
    QCOMPARE(chart.assignedSeries()->at(0), QPointF(ms(kFirst), 120));
    QCOMPARE(chart.boughtSeries()->count(), 2);
    QCOMPARE(chart.boughtSeries()->at(0).y(), qreal(bought));
    QCOMPARE(chart.timeAxis()->min().date(), kFirst);
    QVERIFY(chart.seatAxis()->max() >= bought);
    if (runsOut) {
        QCOMPARE(chart.trendSeries()->count(), 2);
        // The trend ends on the run-out day at the seats bought, and the axis reaches it.
        QCOMPARE(chart.trendSeries()->at(1).x(), ms(f.runOut));
        QVERIFY(qAbs(chart.trendSeries()->at(1).y() - bought) < 1.0);
        QCOMPARE(chart.timeAxis()->max().date(), f.runOut);
        QVERIFY(chart.trendSeries()->name().contains(u"run out"));
    } else {
        QCOMPARE(chart.trendSeries()->count(), 0);
        QCOMPARE(chart.timeAxis()->max().date(), kFirst.addDays(729));
    }
}

void TestUtilisationChart::valuesUnderThePointer_data()
{
    QTest::addColumn<qreal>("x");
    QTest::addColumn<QString>("expected"); // a part; empty: nothing shown
    QTest::newRow("the first day")
        << ms(kFirst) << QStringLiteral(": 120 of 260 seats assigned (140 free)");
    // Day 87 has 130, day 88 131: 13:00 on day 87 is nearer day 88.
    QTest::newRow("the nearest day")
        << ms(kFirst.addDays(87)) + 13 * 3600 * 1000.0 << QStringLiteral(": 131 of 260");
    QTest::newRow("the morning stays")
        << ms(kFirst.addDays(87)) + 11 * 3600 * 1000.0 << QStringLiteral(": 130 of 260");
    QTest::newRow("a dip") << ms(kFirst.addDays(6)) << QStringLiteral(": 117 of 260");
    QTest::newRow("far before") << ms(kFirst.addDays(-30)) << QString();
    QTest::newRow("far after") << ms(kFirst.addDays(800)) << QString();
}

void TestUtilisationChart::valuesUnderThePointer()
{
    QFETCH(qreal, x);
    QFETCH(QString, expected);
    UtilisationChart chart;
    const QList<DailySeats> history = seeded();
    chart.setHistory(history, 260, SeatForecaster::forecast(history, 260));
    const QString shown = chart.describe({x, 150});
    if (expected.isEmpty())
        QVERIFY2(shown.isEmpty(), qPrintable(shown));
    else
        QVERIFY2(shown.contains(expected), qPrintable(shown));
}

// 208 seats bought the first year, 260 after the renewal: the bought line steps up on the
// renewal's day, and the pointer says what was bought on the day under it.
void TestUtilisationChart::aRenewalShowsAsAStep()
{
    QList<DailySeats> history = seeded(0);
    for (qsizetype d = 0; d < history.size(); ++d)
        history[d].bought = d < 365 ? 208 : 260;
    UtilisationChart chart;
    chart.setHistory(history, 260, SeatForecaster::forecast(history, 260));
    const QList<QPointF> expected{{ms(kFirst), 208},
                                  {ms(kFirst.addDays(365)), 208},
                                  {ms(kFirst.addDays(365)), 260},
                                  {ms(kFirst.addDays(729)), 260}};
    QCOMPARE(chart.boughtSeries()->points(), expected);
    QVERIFY(chart.describe({ms(kFirst.addDays(10)), 0}).contains(u": 120 of 208"));
    QVERIFY(chart.describe({ms(kFirst.addDays(400)), 0}).contains(u": 120 of 260"));
}

void TestUtilisationChart::drawsTheLines()
{
    UtilisationChart chart;
    chart.resize(900, 500);
    const QList<DailySeats> history = seeded();
    chart.setHistory(history, 260, SeatForecaster::forecast(history, 260));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage picture = chart.grab().toImage();
    if (!qEnvironmentVariableIsEmpty("MARKETDESK_CHART_PNG"))
        picture.save(qEnvironmentVariable("MARKETDESK_CHART_PNG"));
    // The assigned line's colour appears in the plot area, many times over.
    const QColor line = chart.assignedSeries()->color();
    const QRectF plot = chart.chart()->plotArea();
    int hits = 0;
    for (int y = int(plot.top()); y < int(plot.bottom()); ++y)
        for (int x = int(plot.left()); x < int(plot.right()); ++x)
            hits += picture.pixelColor(x, y) == line;
    QVERIFY2(hits > 300, qPrintable(QString::number(hits)));
}

void TestUtilisationChart::emptyHistory()
{
    UtilisationChart chart;
    chart.setHistory({}, 10, SeatForecaster::forecast({}, 10));
    QCOMPARE(chart.assignedSeries()->count(), 0);
    QCOMPARE(chart.boughtSeries()->count(), 0);
    QCOMPARE(chart.describe({0, 0}), QString());
}

QTEST_MAIN(TestUtilisationChart)
#include "tst_utilisation_chart.moc"
