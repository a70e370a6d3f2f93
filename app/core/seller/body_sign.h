#pragma once
// V1 `Body-Sign` (protocol reference §3.2): every V1 response carries
//   Body-Sign: sign_type="HMAC-SHA256", signature= "<Base64 HMAC-SHA256(accessKey, body)>"
// over the exact bytes sent, with the accessKey alone as the key (no timeStamp).
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>

class BodySign
{
    Q_DECLARE_TR_FUNCTIONS(BodySign)

public:
    // Base64 HMAC-SHA256 of the exact body bytes.
    static QByteArray signature(QByteArrayView accessKey, QByteArrayView body);
    // The header's value for a body, spelt exactly as Huawei's samples spell it (the space
    // after "signature=" included).
    static QByteArray headerValue(QByteArrayView accessKey, QByteArrayView body);
    // The signature a header value carries. Spaces around "=" and "," are tolerated; a missing
    // or unquoted part, another sign_type, a signature that is not the Base64 of 32 bytes, or
    // text after it is refused with what is wrong and where. A leading "Body-Sign:" is allowed.
    static SellerResult<QByteArray> parse(QByteArrayView header);
    // Checks a header value against the body, in constant time.
    static SellerResult<void> verify(QByteArrayView accessKey, QByteArrayView body,
                                     QByteArrayView header);
};
