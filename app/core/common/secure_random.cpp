#include "common/secure_random.h"

#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>

namespace SecureRandom {

QByteArray bytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1) {
        std::fputs("marketdesk: the system's secure random generator failed\n", stderr);
        std::abort();
    }
    return out;
}

QByteArray urlSafeToken(int n)
{
    return bytes(n).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace SecureRandom
