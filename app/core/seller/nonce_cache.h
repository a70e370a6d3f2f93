#pragma once
// Refuses a nonce seen before (protocol reference §3.4: "cache it to block replays"). Each
// nonce is remembered for a TTL; the default of 120 s covers the ±60 s timestamp window, so a
// request cannot be replayed while its timestamp is still accepted. The cache is bounded: when
// it is full of live nonces it refuses new ones instead of forgetting live ones, because a
// forgotten nonce could be replayed.
#include "seller/seller_clock.h"
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <deque>

class NonceCache
{
    Q_DECLARE_TR_FUNCTIONS(NonceCache)

public:
    static constexpr qint64 kDefaultTtlMs = 120'000;
    static constexpr qsizetype kDefaultCapacity = 100'000;

    explicit NonceCache(qsizetype capacity = kDefaultCapacity, qint64 ttlMs = kDefaultTtlMs,
                        SellerClock clock = systemClock());

    // Remembers `nonce` and succeeds the first time within the TTL; refuses an empty nonce,
    // one longer than 256 bytes, a replay, and any new nonce while the cache is full.
    SellerResult<void> admit(QByteArrayView nonce);
    // Live entries (expired ones are dropped on the next admit()).
    qsizetype size() const { return m_expiry.size(); }

private:
    void dropExpired(qint64 now);

    qsizetype m_capacity;
    qint64 m_ttlMs;
    SellerClock m_clock;
    QHash<QByteArray, qint64> m_expiry; // nonce → when it may be used again
    // Insertion order is expiry order (one TTL for all), so expired entries leave the front.
    std::deque<std::pair<qint64, QByteArray>> m_order;
};
