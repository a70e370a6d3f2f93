#include "seller/v2_signature.h"

#include "common/secure_random.h"
#include "seller/canonical_json.h"
#include "seller/hmac_sha256.h"

#include <cctype>

QByteArray V2Signature::inner(QByteArrayView accessKey, QByteArrayView payload)
{
    return HmacSha256::hex(accessKey, payload);
}

QByteArray V2Signature::sign(Scheme scheme, QByteArrayView accessKey, QByteArrayView nonce,
                             QByteArrayView timestamp, QByteArrayView payload)
{
    // Plain concatenation, no separators: that is what Huawei's demo signs.
    QByteArray canonical;
    canonical.reserve(accessKey.size() + nonce.size() + timestamp.size() +
                      (scheme == Scheme::Basic ? 64 : payload.size()));
    canonical.append(accessKey).append(nonce).append(timestamp);
    if (scheme == Scheme::Basic)
        canonical.append(inner(accessKey, payload));
    else
        canonical.append(payload);
    return HmacSha256::hex(accessKey, canonical);
}

SellerResult<QByteArray> V2Signature::signBody(Scheme scheme, QByteArrayView accessKey,
                                               QByteArrayView nonce, QByteArrayView timestamp,
                                               QByteArrayView body)
{
    const auto payload = CanonicalJson::fromBody(body);
    if (!payload)
        return payload.failure();
    return sign(scheme, accessKey, nonce, timestamp, payload.value());
}

SellerResult<void> V2Signature::verify(Scheme scheme, QByteArrayView accessKey,
                                       QByteArrayView nonce, QByteArrayView timestamp,
                                       QByteArrayView payload, QByteArrayView signature)
{
    if (signature.isEmpty())
        return SellerError{tr("no signature was given")};
    if (signature.size() != 64)
        return SellerError{tr("the signature has %1 characters; an HMAC-SHA256 in hex has 64")
                               .arg(signature.size())};
    for (const char c : signature) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return SellerError{tr("the signature is not hexadecimal")};
    }
    if (!HmacSha256::hexEquals(sign(scheme, accessKey, nonce, timestamp, payload), signature))
        return SellerError{tr("the signature does not match: another key, body, nonce or "
                              "timestamp was signed")};
    return {};
}

SellerResult<void> V2Signature::verifyBody(Scheme scheme, QByteArrayView accessKey,
                                           QByteArrayView nonce, QByteArrayView timestamp,
                                           QByteArrayView body, QByteArrayView signature)
{
    const auto payload = CanonicalJson::fromBody(body);
    if (!payload)
        return payload.failure();
    return verify(scheme, accessKey, nonce, timestamp, payload.value(), signature);
}

QByteArray V2Signature::makeNonce()
{
    return SecureRandom::bytes(32).toHex().toUpper();
}
