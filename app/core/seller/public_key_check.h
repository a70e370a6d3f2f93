#pragma once
// Checks a public key a seller pastes or loads before it is uploaded or used (protocol
// reference §3.6, §8): KooGallery wants an RSA key of at least 3072 bits as bare Base64 of the
// DER SubjectPublicKeyInfo. Bare Base64 and full PEM are accepted and normalised to the bare
// form; everything else is refused with the reason. A private key pasted by mistake is named
// as such and never repeated back in any message.
#include "seller/rsa_key.h"
#include "seller/seller_result.h"

#include <QCoreApplication>
#include <QString>

class PublicKeyCheck
{
    Q_DECLARE_TR_FUNCTIONS(PublicKeyCheck)

public:
    // The key, whose publicKeyBase64() is the normalised form. Accepts a "PUBLIC KEY" PEM or
    // its bare Base64 (line breaks and spaces ignored), and a PKCS#1 "RSA PUBLIC KEY" (which
    // is converted). Refuses: empty, not Base64, cut short, not a key, a private key, a
    // certificate, a key that is not RSA, fewer than 3072 bits.
    static SellerResult<RsaKey> check(const QString &pasted);

private:
    static SellerResult<RsaKey> fromDer(const QByteArray &der);
};
