#pragma once
// The License inventory's utilisation chart for one app: seats assigned day by day against
// the seats bought, and the current trend drawn on to the day the seats run out, with the
// values of the day under the pointer. Two years of daily history are 730 points: the series
// are filled in one replace() each, never point by point.
#include "apps/seat_forecast.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

class UtilisationChart : public QChartView
{
    Q_OBJECT
public:
    explicit UtilisationChart(QWidget *parent = nullptr);

    // `history` in date order; `forecast` from SeatForecaster over the same history.
    void setHistory(const QList<DailySeats> &history, int seatsBought,
                    const SeatForecast &forecast);
    // What the pointer shows at a point of the chart (x in ms since the epoch): the nearest
    // day's seats, or an empty string outside the history.
    QString describe(const QPointF &point) const;

    QLineSeries *assignedSeries() const { return m_assigned; }
    QLineSeries *boughtSeries() const { return m_boughtLine; }
    QLineSeries *trendSeries() const { return m_trend; }
    QDateTimeAxis *timeAxis() const { return m_time; }
    QValueAxis *seatAxis() const { return m_seats; }

private:
    void showValues(const QPointF &point, bool entering);

    QList<DailySeats> m_history;
    int m_seatsBought = 0;
    QLineSeries *m_assigned;
    QLineSeries *m_boughtLine;
    QLineSeries *m_trend;
    QDateTimeAxis *m_time;
    QValueAxis *m_seats;
};
