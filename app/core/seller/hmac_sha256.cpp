#include "seller/hmac_sha256.h"

#include "common/secure_compare.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdio>
#include <cstdlib>

namespace HmacSha256 {

namespace {

// Fetched once: looking the algorithm up in the provider for every signature would cost more
// than the MAC itself on a short body. EVP_MAC objects are safe to share between threads.
EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const algorithm = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return algorithm;
}

} // namespace

QByteArray mac(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    EVP_MAC_CTX *ctx = hmacAlgorithm() ? EVP_MAC_CTX_new(hmacAlgorithm()) : nullptr;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    // An empty key is legal HMAC; OpenSSL wants a non-null pointer for it.
    static const unsigned char empty = 0;
    const auto *keyBytes =
        key.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(key.data());
    size_t written = 0;
    const bool ok = ctx && EVP_MAC_init(ctx, keyBytes, size_t(key.size()), params) == 1 &&
                    EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(data.data()),
                                   size_t(data.size())) == 1 &&
                    EVP_MAC_final(ctx, reinterpret_cast<unsigned char *>(out.data()), &written,
                                  size_t(out.size())) == 1 &&
                    written == 32;
    EVP_MAC_CTX_free(ctx);
    if (!ok) {
        // Only a broken OpenSSL installation gets here; a wrong MAC would let anything through
        // or refuse everything, so stop instead.
        std::fputs("marketdesk: OpenSSL cannot compute HMAC-SHA256\n", stderr);
        std::abort();
    }
    return out;
}

QByteArray hex(QByteArrayView key, QByteArrayView data)
{
    return mac(key, data).toHex();
}

QByteArray base64(QByteArrayView key, QByteArrayView data)
{
    return mac(key, data).toBase64();
}

bool hexEquals(QByteArrayView expectedHex, QByteArrayView given)
{
    if (expectedHex.size() != given.size())
        return false;
    // Lower-case both without branching on the secret: OR-ing 0x20 folds A-F onto a-f and
    // leaves digits alone; a non-hex character in `given` still differs afterwards unless it
    // is the case-folded twin of a letter, which only the hex letters are allowed to be.
    QByteArray a(expectedHex.size(), Qt::Uninitialized);
    QByteArray b(given.size(), Qt::Uninitialized);
    bool wellFormed = true;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const char g = given[i];
        wellFormed &= (g >= '0' && g <= '9') || (g >= 'a' && g <= 'f') || (g >= 'A' && g <= 'F');
        a[i] = char(expectedHex[i] | 0x20);
        b[i] = char(g | 0x20);
    }
    return SecureCompare::equal(a, b) && wellFormed;
}

bool equals(QByteArrayView expected, QByteArrayView given)
{
    return SecureCompare::equal(expected, given);
}

} // namespace HmacSha256
