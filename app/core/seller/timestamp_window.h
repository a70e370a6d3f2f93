#pragma once
// The freshness check on a signed call (protocol reference §3.4, §11.2): its `timestamp` /
// `x-timestamp` is UNIX milliseconds and must lie within 60 s of now, on either side (Huawei's
// demo only refuses old ones; a clock far ahead is refused too, so a request cannot be
// prepared now and replayed later).
#include "seller/seller_clock.h"
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>

class TimestampWindow
{
    Q_DECLARE_TR_FUNCTIONS(TimestampWindow)

public:
    static constexpr qint64 kDefaultWindowMs = 60'000;

    explicit TimestampWindow(qint64 windowMs = kDefaultWindowMs, SellerClock clock = systemClock());

    qint64 windowMs() const { return m_windowMs; }
    // Refuses a timestamp that is not 1 to 16 decimal digits (seconds would be 10 digits and
    // always look 55 years old, so they get their own message), or that lies more than the
    // window from now. The boundary itself is accepted.
    SellerResult<void> check(QByteArrayView timestamp) const;

private:
    qint64 m_windowMs;
    SellerClock m_clock;
};
