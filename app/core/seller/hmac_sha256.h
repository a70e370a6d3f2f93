#pragma once
// HMAC-SHA256, the primitive under every KooGallery signature (V1 authToken and Body-Sign, V2
// signature and x-sign), and the comparisons that go with it: both in constant time, hex
// without regard to case (Huawei's demo writes lower case, its documents upper case).
#include <QByteArray>
#include <QByteArrayView>

namespace HmacSha256 {

// The 32-byte MAC (OpenSSL EVP_MAC).
QByteArray mac(QByteArrayView key, QByteArrayView data);
// The MAC as 64 lower-case hex digits.
QByteArray hex(QByteArrayView key, QByteArrayView data);
// The MAC in standard Base64 with padding (44 characters).
QByteArray base64(QByteArrayView key, QByteArrayView data);

// True when `given` is `expectedHex` in either case. The time taken does not depend on where
// they first differ; only the lengths may show, and they are no secret (64 digits).
bool hexEquals(QByteArrayView expectedHex, QByteArrayView given);
// True when the two hold the same bytes, in constant time (a Base64 token compared exactly).
bool equals(QByteArrayView expected, QByteArrayView given);

} // namespace HmacSha256
