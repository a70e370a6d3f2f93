#include "apps/seat_forecast.h"

#include <QLocale>

#include <cmath>

SeatForecast SeatForecaster::forecast(const QList<DailySeats> &history, int seatsBought,
                                      int windowDays)
{
    SeatForecast f;
    if (history.isEmpty())
        return f;
    const QDate last = history.constLast().date;
    if (history.constLast().assigned >= seatsBought) {
        f.outcome = SeatForecast::Outcome::AlreadyFull;
        f.runOut = last;
        return f;
    }
    const QDate from = last.addDays(-(windowDays - 1));
    // x is days since the window's first day on record, so that gaps in the history keep
    // their width.
    QList<std::pair<double, double>> points;
    QDate first;
    for (const DailySeats &d : history) {
        if (d.date < from)
            continue;
        if (!first.isValid())
            first = d.date;
        points.append({double(first.daysTo(d.date)), double(d.assigned)});
    }
    if (points.size() < 2) {
        f.from = first;
        return f;
    }
    double meanX = 0, meanY = 0;
    for (const auto &[x, y] : points) {
        meanX += x;
        meanY += y;
    }
    meanX /= points.size();
    meanY /= points.size();
    double sxy = 0, sxx = 0;
    for (const auto &[x, y] : points) {
        sxy += (x - meanX) * (y - meanY);
        sxx += (x - meanX) * (x - meanX);
    }
    f.from = first;
    f.seatsPerDay = sxx > 0 ? sxy / sxx : 0;
    f.intercept = meanY - f.seatsPerDay * meanX;
    // A slope that would take longer than a century to matter is flat for an administrator.
    if (f.seatsPerDay <= 1e-9) {
        f.outcome = SeatForecast::Outcome::NotGrowing;
        return f;
    }
    const double x = (seatsBought - f.intercept) / f.seatsPerDay;
    // The last day on record still had a seat free, so the earliest run-out is the day after,
    // whatever the line says of the past.
    const qint64 day = std::max<qint64>(qint64(std::ceil(x - 1e-9)), first.daysTo(last) + 1);
    if (day > 36'500) {
        f.outcome = SeatForecast::Outcome::NotGrowing;
        return f;
    }
    f.outcome = SeatForecast::Outcome::RunsOut;
    f.runOut = first.addDays(day);
    return f;
}

QString SeatForecast::text() const
{
    switch (outcome) {
    case Outcome::RunsOut:
        return SeatForecaster::tr("At the current trend (%1 seats a day), seats run out on %2.")
            .arg(seatsPerDay, 0, 'f', 2)
            .arg(QLocale().toString(runOut, QLocale::ShortFormat));
    case Outcome::AlreadyFull:
        return SeatForecaster::tr("Every seat is in use.");
    case Outcome::NotGrowing:
        return SeatForecaster::tr("Seat use is not growing; no run-out date.");
    case Outcome::TooFewDays:
        return SeatForecaster::tr("Not enough history for a trend.");
    }
    return {};
}
