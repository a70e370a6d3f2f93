#include "seller/rsa_key.h"

#include "seller/openssl_support.h"
#include "seller/seller_logging.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

SellerResult<RsaKey> RsaKey::generate(int bits)
{
    if (bits != 3072 && bits != 4096)
        return SellerError{tr("an RSA key for KooGallery has 3072 or 4096 bits, not %1").arg(bits)};
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    if (!key)
        return SellerError{
            tr("OpenSSL could not generate an RSA key: %1").arg(OpenSsl::takeError())};
    qCInfo(lcSeller, "generated a %d-bit RSA key pair", bits);
    return adopt(key, true);
}

RsaKey RsaKey::adopt(evp_pkey_st *key, bool hasPrivate)
{
    RsaKey k;
    k.m_key.reset(key, [](EVP_PKEY *p) { EVP_PKEY_free(p); });
    k.m_private = key && hasPrivate;
    return k;
}

int RsaKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QByteArray RsaKey::publicKeyBase64() const
{
    if (!m_key)
        return {};
    // i2d_PUBKEY writes the SubjectPublicKeyInfo, never the private part.
    const int size = i2d_PUBKEY(m_key.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(m_key.get(), &p);
    return der.toBase64();
}

QByteArray RsaKey::publicKeyPem() const
{
    if (!m_key)
        return {};
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return OpenSsl::contents(bio.get());
}
