#pragma once
// The clock the seller domain's time checks read (timestamp window, nonce cache): UNIX
// milliseconds, injectable so that tests step through time instead of sleeping.
#include <QDateTime>

#include <functional>

using SellerClock = std::function<qint64()>;

inline SellerClock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}
