#include "seller/timestamp_window.h"

TimestampWindow::TimestampWindow(qint64 windowMs, SellerClock clock)
    : m_windowMs(windowMs)
    , m_clock(std::move(clock))
{
}

SellerResult<void> TimestampWindow::check(QByteArrayView timestamp) const
{
    if (timestamp.isEmpty())
        return SellerError{tr("no timestamp was given")};
    for (const char c : timestamp) {
        if (c < '0' || c > '9')
            return SellerError{tr("the timestamp is not a number of milliseconds")};
    }
    if (timestamp.size() > 16)
        return SellerError{
            tr("the timestamp has %1 digits; UNIX milliseconds have 13").arg(timestamp.size())};
    const qint64 ts = timestamp.toLongLong();
    const qint64 now = m_clock();
    // Ten digits is a time in seconds; the reference's doc copies disagree, the demo uses ms.
    if (timestamp.size() <= 10 && now - ts * 1000 <= m_windowMs && ts * 1000 - now <= m_windowMs)
        return SellerError{tr("the timestamp is in seconds; the marketplace sends milliseconds")};
    if (now - ts > m_windowMs)
        return SellerError{tr("the timestamp is %1 s old; at most %2 s are accepted")
                               .arg((now - ts) / 1000)
                               .arg(m_windowMs / 1000)};
    if (ts - now > m_windowMs)
        return SellerError{tr("the timestamp is %1 s ahead of this clock; at most %2 s are "
                              "accepted")
                               .arg((ts - now) / 1000)
                               .arg(m_windowMs / 1000)};
    return {};
}
