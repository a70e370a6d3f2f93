#pragma once
// An RSA key of the seller's application credential (protocol reference §3.6): the marketplace
// encrypts clientSecret with the public half, which the seller uploads as Base64 of the DER
// SubjectPublicKeyInfo without PEM lines; the private half decrypts it and is kept only in an
// encrypted file (PrivateKeyFile). Copies share one OpenSSL key.
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

class RsaKey
{
    Q_DECLARE_TR_FUNCTIONS(RsaKey)

public:
    // KooGallery takes RSA keys of at least this many bits.
    static constexpr int kMinimumBits = 3072;

    RsaKey() = default;

    // A new key pair of 3072 or 4096 bits. Blocking, up to seconds for 4096 bits: call it on
    // a worker thread, never the UI's.
    static SellerResult<RsaKey> generate(int bits);
    // Takes ownership of an OpenSSL RSA key (for PrivateKeyFile and PublicKeyCheck).
    static RsaKey adopt(evp_pkey_st *key, bool hasPrivate);

    bool isNull() const { return !m_key; }
    bool hasPrivate() const { return m_private; }
    int bits() const;
    // The form KooGallery's credential page wants: Base64 of the DER SubjectPublicKeyInfo on
    // one line, no BEGIN/END lines.
    QByteArray publicKeyBase64() const;
    // The same key as a PEM "PUBLIC KEY" block (64-character lines), for other tools.
    QByteArray publicKeyPem() const;
    evp_pkey_st *handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
    bool m_private = false;
};
