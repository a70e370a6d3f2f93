#pragma once
// applicationSync's clientSecret (protocol reference §3.6): RSA-OAEP with the public key the
// seller uploaded, Base64 on the wire. Huawei does not say which OAEP hashes it uses, so the
// parameter set is a choice: the sandbox encrypts with SHA-256/MGF1-SHA-256, and decryption
// tries a list in order (by default the sandbox's set, then the two that Java's defaults give).
#include "seller/rsa_key.h"
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class ClientSecretCipher
{
    Q_DECLARE_TR_FUNCTIONS(ClientSecretCipher)

public:
    enum class Oaep
    {
        Sha256Mgf1Sha256, // "sha256": the sandbox's choice
        Sha256Mgf1Sha1,   // "sha256-mgf1sha1": Java's OAEPWithSHA-256AndMGF1Padding
        Sha1Mgf1Sha1      // "sha1": Java's plain OAEPPadding
    };

    // Sha256Mgf1Sha256, Sha256Mgf1Sha1, Sha1Mgf1Sha1.
    static QList<Oaep> defaultDecryptOrder();
    // "sha256", "sha256-mgf1sha1", "sha1" (the CLI's --oaep values) and back.
    static SellerResult<Oaep> fromName(QStringView name);
    static QString name(Oaep oaep);
    // For people: "SHA-256, MGF1 with SHA-1".
    static QString describe(Oaep oaep);

    // Base64 ciphertext of `plaintext` for the key's owner (randomised: never the same twice).
    static SellerResult<QByteArray> encrypt(const RsaKey &publicKey, QByteArrayView plaintext,
                                            Oaep oaep = Oaep::Sha256Mgf1Sha256);

    struct Decrypted
    {
        QByteArray plaintext;
        Oaep oaep; // the set that worked
    };
    // The plaintext of a Base64 ciphertext, trying each set of `order` in turn.
    static SellerResult<Decrypted> decrypt(const RsaKey &privateKey, QByteArrayView base64,
                                           const QList<Oaep> &order = defaultDecryptOrder());
};
