#pragma once
// When an app's seats run out at the current trend: a least-squares line through the last
// days of its daily seat history (the utilisation chart draws the same line), extended to the
// seats bought. Pure, so that the chart, the CLI and the tests agree to the day.
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// One day of an app's seat history: the seats held that day and the seats bought then (a
// renewal may have bought more). Not the members who signed in that day: the API's "used".
struct DailySeats
{
    QDate date;
    int assigned = 0;
    int bought = 0; // 0: not known; the chart then draws today's count
};

struct SeatForecast
{
    enum class Outcome
    {
        RunsOut,     // runOut is the first day the trend reaches the seats bought
        AlreadyFull, // the last day used them all
        NotGrowing,  // the trend is flat or falling: no date
        TooFewDays   // fewer than two days to draw a line through
    };
    Outcome outcome = Outcome::TooFewDays;
    QDate runOut;
    double seatsPerDay = 0; // the trend's slope
    double intercept = 0;   // the trend's value on `from`
    QDate from;             // the first day the line was fitted on
    QString text() const;   // one line for a tooltip or the CLI
};

class SeatForecaster
{
    Q_DECLARE_TR_FUNCTIONS(SeatForecaster)
public:
    // `history` in date order (days may be missing). The line is fitted on the days within
    // `windowDays` of the last one.
    static SeatForecast forecast(const QList<DailySeats> &history, int seatsBought,
                                 int windowDays = 90);
};
