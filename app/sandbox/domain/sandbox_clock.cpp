#include "sandbox/domain/sandbox_clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

constexpr int kUtcPlus8 = 8 * 3600;

} // namespace

namespace SandboxClock {

QDate realToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(kUtcPlus8).date();
}

qint64 startOfDayMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(kUtcPlus8)).toMSecsSinceEpoch();
}

qint64 nowMs(const QDate &today)
{
    if (today == realToday())
        return QDateTime::currentMSecsSinceEpoch();
    return startOfDayMs(today) + 12 * 3600 * 1000;
}

} // namespace SandboxClock
