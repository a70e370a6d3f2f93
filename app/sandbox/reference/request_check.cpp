#include "sandbox/reference/request_check.h"

#include "seller/v1_auth_token.h"

RequestCheck::RequestCheck(SellerClock clock)
    : m_clock(clock)
    , m_window(TimestampWindow::kDefaultWindowMs, clock)
    , m_nonces(std::make_unique<NonceCache>(NonceCache::kDefaultCapacity, NonceCache::kDefaultTtlMs,
                                            clock))
{
}

void RequestCheck::clear()
{
    m_nonces = std::make_unique<NonceCache>(NonceCache::kDefaultCapacity, NonceCache::kDefaultTtlMs,
                                            m_clock);
}

QString RequestCheck::v2(V2Signature::Scheme scheme, QByteArrayView accessKey,
                         QByteArrayView signature, QByteArrayView timestamp, QByteArrayView nonce,
                         QByteArrayView canonicalPayload, const ReferenceFaults &faults)
{
    const bool kit = scheme == V2Signature::Scheme::Kit;
    const QString sigName = kit ? QStringLiteral("x-sign") : QStringLiteral("signature");
    const QString tsName = kit ? QStringLiteral("x-timestamp") : QStringLiteral("timestamp");
    const QString nonceName = kit ? QStringLiteral("x-nonce") : QStringLiteral("nonce");
    if (signature.isEmpty())
        return sigName + QStringLiteral(": missing");
    if (timestamp.isEmpty())
        return tsName + QStringLiteral(": missing");
    if (nonce.isEmpty())
        return nonceName + QStringLiteral(": missing");
    if (!faults.acceptOldTimestamp) {
        if (const auto fresh = m_window.check(timestamp); !fresh)
            return tsName + QStringLiteral(": ") + fresh.error();
    }
    if (!faults.acceptAnySignature) {
        if (!V2Signature::verify(scheme, accessKey, nonce, timestamp, canonicalPayload, signature))
            return sigName + QStringLiteral(": does not match the body signed with the %1 "
                                            "accessKey")
                                 .arg(kit ? QStringLiteral("Kit") : QStringLiteral("basic"));
    }
    if (!faults.acceptReplayedNonce) {
        if (const auto admitted = m_nonces->admit(nonce); !admitted)
            return nonceName + QStringLiteral(": ") + admitted.error();
    }
    return {};
}

QString RequestCheck::v1Query(QByteArrayView accessKey, QByteArrayView query,
                              const ReferenceFaults &faults)
{
    QByteArray token;
    for (const QByteArray &pair : query.toByteArray().split('&')) {
        if (pair.startsWith("authToken="))
            token = QByteArray::fromPercentEncoding(pair.mid(10));
    }
    if (token.isEmpty())
        return QStringLiteral("authToken: missing");
    const auto params = V1AuthToken::fromQuery(query);
    if (!params)
        return QStringLiteral("query: ") + params.error();
    if (faults.acceptAnySignature)
        return {};
    if (const auto verified = V1AuthToken::verify(accessKey, params.value(), token); !verified)
        return QStringLiteral("authToken: ") + verified.error();
    return {};
}

QString RequestCheck::v1Body(QByteArrayView accessKey, QByteArrayView body,
                             QByteArrayView authToken, const ReferenceFaults &faults)
{
    if (authToken.isEmpty())
        return QStringLiteral("authToken: missing (a header of V1 Kit calls)");
    if (faults.acceptAnySignature)
        return {};
    const auto params = V1AuthToken::fromBody(body);
    if (!params)
        return QStringLiteral("body: ") + params.error();
    if (const auto verified = V1AuthToken::verify(accessKey, params.value(), authToken); !verified)
        return QStringLiteral("authToken: ") + verified.error();
    return {};
}
