#pragma once
// Owning handles for the OpenSSL objects the seller's RSA code uses, and the last OpenSSL
// error as text. Only for .cpp files of this domain; the headers name no OpenSSL type.
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>

#include <memory>

namespace OpenSsl {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Free>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Free>;
using Bio = std::unique_ptr<BIO, Free>;

// A read-only memory BIO over `data` (which must outlive it).
Bio readBuffer(QByteArrayView data);
// Everything written to a memory BIO so far.
QByteArray contents(BIO *bio);
// The reason of the most recent error in this thread's OpenSSL error queue ("bad decrypt"),
// or empty; the queue is cleared either way so that it never leaks into a later call.
QString takeError();

} // namespace OpenSsl
