#include "ui/apps/utilisation_chart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

qreal msAt(QDate day)
{
    return qreal(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

UtilisationChart::UtilisationChart(QWidget *parent)
    : QChartView(parent)
    , m_assigned(new QLineSeries)
    , m_boughtLine(new QLineSeries)
    , m_trend(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_seats(new QValueAxis)
{
    setObjectName(QStringLiteral("utilisationChart"));
    setRenderHint(QPainter::Antialiasing);
    auto *c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    m_assigned->setName(tr("Seats assigned"));
    m_boughtLine->setName(tr("Seats bought"));
    m_trend->setName(tr("Trend"));
    QPen dashed = m_trend->pen();
    dashed.setStyle(Qt::DashLine);
    m_trend->setPen(dashed);
    for (QLineSeries *s : {m_assigned, m_boughtLine, m_trend})
        c->addSeries(s);
    m_time->setFormat(QStringLiteral("yyyy-MM"));
    m_time->setTitleText(tr("Date"));
    m_seats->setTitleText(tr("Seats"));
    m_seats->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_seats, Qt::AlignLeft);
    for (QLineSeries *s : {m_assigned, m_boughtLine, m_trend}) {
        s->attachAxis(m_time);
        s->attachAxis(m_seats);
    }
    connect(m_assigned, &QLineSeries::hovered, this, &UtilisationChart::showValues);
}

void UtilisationChart::setHistory(const QList<DailySeats> &history, int seatsBought,
                                  const SeatForecast &forecast)
{
    m_history = history;
    m_seatsBought = seatsBought;
    QList<QPointF> points, bought;
    points.reserve(history.size());
    int most = seatsBought;
    for (const DailySeats &d : history) {
        points.append({msAt(d.date), qreal(d.assigned)});
        // What was bought that day: a renewal that bought more shows as a step.
        const int b = d.bought > 0 ? d.bought : seatsBought;
        if (bought.isEmpty() || bought.constLast().y() != b) {
            if (!bought.isEmpty())
                bought.append({msAt(d.date), bought.constLast().y()});
            bought.append({msAt(d.date), qreal(b)});
        }
        most = std::max({most, d.assigned, b});
    }
    m_assigned->replace(points);
    if (history.isEmpty()) {
        m_boughtLine->clear();
        m_trend->clear();
        return;
    }
    QDate first = history.constFirst().date, last = history.constLast().date;
    QList<QPointF> trend;
    if (forecast.outcome == SeatForecast::Outcome::RunsOut) {
        // From the first day the trend was fitted on to the day it reaches the seats bought.
        const qreal x = qreal(forecast.from.daysTo(forecast.runOut));
        trend = {{msAt(forecast.from), forecast.intercept},
                 {msAt(forecast.runOut), forecast.intercept + forecast.seatsPerDay * x}};
        last = std::max(last, forecast.runOut);
        m_trend->setName(tr("Trend: seats run out on %1")
                             .arg(QLocale().toString(forecast.runOut, QLocale::ShortFormat)));
    } else {
        m_trend->setName(tr("Trend"));
    }
    m_trend->replace(trend);
    // Today's count carries on to the end of the range (the trend's run-out day).
    if (bought.constLast().y() != seatsBought)
        bought.append({msAt(history.constLast().date), qreal(seatsBought)});
    bought.append({msAt(last), qreal(seatsBought)});
    m_boughtLine->replace(bought);
    m_time->setRange(first.startOfDay(Qt::UTC), last.startOfDay(Qt::UTC));
    m_seats->setRange(0, most + std::max(1, most / 10));
    m_seats->applyNiceNumbers();
}

QString UtilisationChart::describe(const QPointF &point) const
{
    if (m_history.isEmpty())
        return {};
    // The nearest day: half a day on, then the day it falls in.
    const QDate day =
        QDateTime::fromMSecsSinceEpoch(qint64(point.x()) + 12 * 3600 * 1000, Qt::UTC).date();
    // The nearest day on record (the history may have gaps).
    auto it = std::lower_bound(m_history.cbegin(), m_history.cend(), day,
                               [](const DailySeats &d, QDate x) { return d.date < x; });
    if (it == m_history.cend())
        --it;
    else if (it != m_history.cbegin() && std::prev(it)->date.daysTo(day) < day.daysTo(it->date))
        --it;
    if (qAbs(it->date.daysTo(day)) > 1)
        return {};
    const int bought = it->bought > 0 ? it->bought : m_seatsBought;
    return tr("%1: %2 of %3 seats assigned (%4 free)")
        .arg(QLocale().toString(it->date, QLocale::ShortFormat))
        .arg(it->assigned)
        .arg(bought)
        .arg(std::max(0, bought - it->assigned));
}

void UtilisationChart::showValues(const QPointF &point, bool entering)
{
    if (!entering) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), describe(point), this);
}
