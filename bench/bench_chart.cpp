// The License inventory's utilisation chart: two years of daily seat history (730 points)
// handed to the chart and drawn, beside two baselines drawn the same size in the same run:
// the same QChart filled the way most examples fill one (append() point by point), and a
// plain QPainter polyline of the same points (the least a chart can cost).
#include "apps/seat_forecast.h"
#include "bench_common.h"
#include "ui/apps/utilisation_chart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace Bench {

namespace {

constexpr QSize kSize(900, 500);

QList<DailySeats> history()
{
    QList<DailySeats> out;
    const QDate first = QDate::currentDate().addDays(-729);
    for (int d = 0; d < 730; ++d)
        out.append({first.addDays(d), 120 + d / 8 - (d % 7 == 6 ? 3 : 0), d < 365 ? 208 : 260});
    return out;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Data in, then one picture out of the view (what the first paint costs).
double ours(const QList<DailySeats> &days)
{
    QElapsedTimer t;
    t.start();
    UtilisationChart chart;
    chart.resize(kSize);
    chart.setHistory(days, 260, SeatForecaster::forecast(days, 260));
    const QImage picture = chart.grab().toImage();
    return picture.isNull() ? -1 : t.nsecsElapsed() / 1e6;
}

double appended(const QList<DailySeats> &days)
{
    QElapsedTimer t;
    t.start();
    QChartView view;
    view.resize(kSize);
    auto *series = new QLineSeries;
    auto *x = new QDateTimeAxis;
    auto *y = new QValueAxis;
    view.chart()->addSeries(series);
    view.chart()->addAxis(x, Qt::AlignBottom);
    view.chart()->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    for (const DailySeats &d : days)
        series->append(qreal(d.date.startOfDay(Qt::UTC).toMSecsSinceEpoch()), d.assigned);
    x->setRange(days.constFirst().date.startOfDay(Qt::UTC),
                days.constLast().date.startOfDay(Qt::UTC));
    y->setRange(0, 300);
    const QImage picture = view.grab().toImage();
    return picture.isNull() ? -1 : t.nsecsElapsed() / 1e6;
}

double polyline(const QList<DailySeats> &days)
{
    QElapsedTimer t;
    t.start();
    QImage picture(kSize, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::white);
    QPainter p(&picture);
    p.setRenderHint(QPainter::Antialiasing);
    QPolygonF line;
    line.reserve(days.size());
    for (qsizetype i = 0; i < days.size(); ++i)
        line << QPointF(40 + i * (kSize.width() - 80.0) / days.size(),
                        kSize.height() - 40 - days[i].assigned);
    p.drawPolyline(line);
    p.end();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

void chart(int runs)
{
    heading("utilisation chart: two years of daily seat history (730 points), drawn 900x500");
    const QList<DailySeats> days = history();
    std::vector<double> a, b, c;
    ours(days); // the first chart in a process loads fonts and styles: not counted
    for (int r = 0; r < runs; ++r) {
        a.push_back(ours(days));
        b.push_back(appended(days));
        c.push_back(polyline(days));
    }
    line(QStringLiteral("marketdesk UtilisationChart (data in, one picture out): median %1 ms "
                        "(%2 runs)")
             .arg(medianOf(a), 0, 'f', 1)
             .arg(runs));
    line(QStringLiteral("the same QChart filled by append() point by point: median %1 ms; a "
                        "QPainter polyline of the points: median %2 ms")
             .arg(medianOf(b), 0, 'f', 1)
             .arg(medianOf(c), 0, 'f', 2));
    line(QStringLiteral("ratio: %1x faster than the append() chart, %2x the bare polyline "
                        "(target: <= 50 ms)")
             .arg(medianOf(b) / medianOf(a), 0, 'f', 2)
             .arg(medianOf(a) / medianOf(c), 0, 'f', 0));
}

} // namespace Bench
