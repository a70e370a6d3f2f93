#include "common/secure_compare.h"

#include <openssl/crypto.h>

namespace SecureCompare {

bool equal(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    // CRYPTO_memcmp reads every byte whatever it finds, unlike memcmp.
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace SecureCompare
