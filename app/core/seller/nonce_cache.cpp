#include "seller/nonce_cache.h"

NonceCache::NonceCache(qsizetype capacity, qint64 ttlMs, SellerClock clock)
    : m_capacity(capacity)
    , m_ttlMs(ttlMs)
    , m_clock(std::move(clock))
{
}

void NonceCache::dropExpired(qint64 now)
{
    while (!m_order.empty() && m_order.front().first <= now) {
        m_expiry.remove(m_order.front().second);
        m_order.pop_front();
    }
}

SellerResult<void> NonceCache::admit(QByteArrayView nonce)
{
    if (nonce.isEmpty())
        return SellerError{tr("no nonce was given")};
    if (nonce.size() > 256)
        return SellerError{tr("the nonce is longer than 256 bytes")};
    const qint64 now = m_clock();
    dropExpired(now);
    const QByteArray key = nonce.toByteArray();
    if (m_expiry.contains(key))
        return SellerError{tr("this nonce was used %1 s ago: a replayed request")
                               .arg((now - (m_expiry.value(key) - m_ttlMs)) / 1000)};
    if (m_expiry.size() >= m_capacity)
        return SellerError{tr("too many requests: %1 nonces of the last %2 s are remembered "
                              "already")
                               .arg(m_capacity)
                               .arg(m_ttlMs / 1000)};
    m_expiry.insert(key, now + m_ttlMs);
    m_order.emplace_back(now + m_ttlMs, key);
    return {};
}
