#pragma once
// The V2 signatures the marketplace puts on its calls (protocol reference §3.4, §3.5):
//   basic: signature = hex HMAC(key, key + nonce + timestamp + hex HMAC(key, payload))
//   Kit:   x-sign    = hex HMAC(key, key + nonce + timestamp + payload)
// where payload is the canonical JSON of the body (CanonicalJson). The client, the sandbox
// and the debugger all sign and verify here, so they cannot drift apart.
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>

class V2Signature
{
    Q_DECLARE_TR_FUNCTIONS(V2Signature)

public:
    enum class Scheme
    {
        Basic, // `signature` URL parameter, production (basic) interfaces
        Kit    // `x-sign` header, joint-operation Kit interfaces
    };

    // The basic scheme's inner value: lower-case hex HMAC(key, payload).
    static QByteArray inner(QByteArrayView accessKey, QByteArrayView payload);
    // Lower-case hex signatures over a payload that is canonical already.
    static QByteArray sign(Scheme scheme, QByteArrayView accessKey, QByteArrayView nonce,
                           QByteArrayView timestamp, QByteArrayView payload);
    // Canonicalises `body` first; fails when it is not a JSON object.
    static SellerResult<QByteArray> signBody(Scheme scheme, QByteArrayView accessKey,
                                             QByteArrayView nonce, QByteArrayView timestamp,
                                             QByteArrayView body);
    // Checks a received signature (either case) over a canonical payload, in constant time.
    // Only the signature: the timestamp window and replays are TimestampWindow's and
    // NonceCache's.
    static SellerResult<void> verify(Scheme scheme, QByteArrayView accessKey, QByteArrayView nonce,
                                     QByteArrayView timestamp, QByteArrayView payload,
                                     QByteArrayView signature);
    static SellerResult<void> verifyBody(Scheme scheme, QByteArrayView accessKey,
                                         QByteArrayView nonce, QByteArrayView timestamp,
                                         QByteArrayView body, QByteArrayView signature);
    // A fresh nonce in the form of the documents' example: 64 upper-case hex digits (32 bytes
    // from the CSPRNG).
    static QByteArray makeNonce();
};
