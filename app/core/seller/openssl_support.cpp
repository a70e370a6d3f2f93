#include "seller/openssl_support.h"

#include <openssl/err.h>

namespace OpenSsl {

Bio readBuffer(QByteArrayView data)
{
    return Bio(BIO_new_mem_buf(data.data(), int(data.size())));
}

QByteArray contents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

QString takeError()
{
    unsigned long last = 0;
    while (const unsigned long e = ERR_get_error())
        last = e;
    if (!last)
        return {};
    const char *reason = ERR_reason_error_string(last);
    return reason ? QString::fromLatin1(reason) : QStringLiteral("error %1").arg(last, 0, 16);
}

} // namespace OpenSsl
