#pragma once
// Checks that a call really comes from the marketplace before anything is done for it: V2's
// basic `signature` and Kit `x-sign` over the canonical body (protocol reference §3.4, §3.5)
// with a fresh timestamp (60 s) and a nonce not seen before, or V1's `authToken` over the
// query parameters or the Kit body (§3.1). Each check can be switched off by its fault
// (acceptAnySignature, acceptOldTimestamp, acceptReplayedNonce). A nonce is remembered only
// once the signature holds, so forged calls cannot use up nonces.
#include "sandbox/reference/reference_faults.h"
#include "seller/nonce_cache.h"
#include "seller/timestamp_window.h"
#include "seller/v2_signature.h"

#include <QByteArray>
#include <QString>

#include <memory>

class RequestCheck
{
public:
    explicit RequestCheck(SellerClock clock = systemClock());

    // Each returns an empty string when the call may proceed, or why not (for a 000001).
    QString v2(V2Signature::Scheme scheme, QByteArrayView accessKey, QByteArrayView signature,
               QByteArrayView timestamp, QByteArrayView nonce, QByteArrayView canonicalPayload,
               const ReferenceFaults &faults);
    // `query`: the raw query string of a V1 basic call, authToken among the parameters.
    QString v1Query(QByteArrayView accessKey, QByteArrayView query, const ReferenceFaults &faults);
    // A V1 Kit call: `authToken` from its header, over the body's top-level fields.
    QString v1Body(QByteArrayView accessKey, QByteArrayView body, QByteArrayView authToken,
                   const ReferenceFaults &faults);
    // Forgets every nonce (POST /_reference/reset).
    void clear();

private:
    SellerClock m_clock;
    TimestampWindow m_window;
    std::unique_ptr<NonceCache> m_nonces;
};
