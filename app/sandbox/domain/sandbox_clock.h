#pragma once
// The sandbox's calendar: KooGallery counts days in China Standard Time (UTC+8). A sandbox is
// seeded relative to its "today" (the day it started, or --today), so that its data — seat
// history, periods, expiring images — is the same for the same seed and day, and what depends
// on the time (an image past expiry, a License order's validity) is judged against that day.
#include <QDate>

namespace SandboxClock {

QDate realToday();
// 00:00 of `day` in UTC+8, in ms since the epoch.
qint64 startOfDayMs(const QDate &day);
// Now, on the sandbox's `today`: the real time when today is the real day, else noon of it.
qint64 nowMs(const QDate &today);

} // namespace SandboxClock
