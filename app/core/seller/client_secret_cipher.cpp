#include "seller/client_secret_cipher.h"

#include "seller/openssl_support.h"

#include <QStringList>

#include <openssl/rsa.h>

namespace {

// Sets RSA-OAEP with the set's digests on an encrypt or decrypt context.
bool useOaep(EVP_PKEY_CTX *ctx, ClientSecretCipher::Oaep oaep)
{
    using Oaep = ClientSecretCipher::Oaep;
    const char *md = oaep == Oaep::Sha1Mgf1Sha1 ? "SHA1" : "SHA256";
    const char *mgf1 = oaep == Oaep::Sha256Mgf1Sha256 ? "SHA256" : "SHA1";
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_oaep_md_name(ctx, md, nullptr) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md_name(ctx, mgf1, nullptr) > 0;
}

} // namespace

QList<ClientSecretCipher::Oaep> ClientSecretCipher::defaultDecryptOrder()
{
    return {Oaep::Sha256Mgf1Sha256, Oaep::Sha256Mgf1Sha1, Oaep::Sha1Mgf1Sha1};
}

SellerResult<ClientSecretCipher::Oaep> ClientSecretCipher::fromName(QStringView name)
{
    for (const Oaep o : defaultDecryptOrder()) {
        if (name == ClientSecretCipher::name(o))
            return o;
    }
    return SellerError{tr("unknown OAEP parameters \"%1\"; expected sha256, sha256-mgf1sha1 or "
                          "sha1")
                           .arg(name)};
}

QString ClientSecretCipher::name(Oaep oaep)
{
    switch (oaep) {
    case Oaep::Sha256Mgf1Sha256:
        return QStringLiteral("sha256");
    case Oaep::Sha256Mgf1Sha1:
        return QStringLiteral("sha256-mgf1sha1");
    case Oaep::Sha1Mgf1Sha1:
        break;
    }
    return QStringLiteral("sha1");
}

QString ClientSecretCipher::describe(Oaep oaep)
{
    switch (oaep) {
    case Oaep::Sha256Mgf1Sha256:
        return tr("SHA-256, MGF1 with SHA-256");
    case Oaep::Sha256Mgf1Sha1:
        return tr("SHA-256, MGF1 with SHA-1");
    case Oaep::Sha1Mgf1Sha1:
        break;
    }
    return tr("SHA-1, MGF1 with SHA-1");
}

SellerResult<QByteArray> ClientSecretCipher::encrypt(const RsaKey &publicKey,
                                                     QByteArrayView plaintext, Oaep oaep)
{
    if (publicKey.isNull())
        return SellerError{tr("there is no public key to encrypt with")};
    OpenSsl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, publicKey.handle(), nullptr));
    size_t size = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0 || !useOaep(ctx.get(), oaep) ||
        EVP_PKEY_encrypt(ctx.get(), nullptr, &size,
                         reinterpret_cast<const unsigned char *>(plaintext.data()),
                         size_t(plaintext.size())) <= 0)
        return SellerError{tr("OpenSSL cannot set up RSA-OAEP: %1").arg(OpenSsl::takeError())};
    // OAEP carries at most the key's bytes less two hashes and two bytes.
    const int hashBytes = oaep == Oaep::Sha1Mgf1Sha1 ? 20 : 32;
    const int room = publicKey.bits() / 8 - 2 * hashBytes - 2;
    if (plaintext.size() > room)
        return SellerError{tr("the text is %1 bytes; a %2-bit key with these OAEP parameters "
                              "takes at most %3")
                               .arg(plaintext.size())
                               .arg(publicKey.bits())
                               .arg(room)};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size,
                         reinterpret_cast<const unsigned char *>(plaintext.data()),
                         size_t(plaintext.size())) <= 0)
        return SellerError{tr("RSA-OAEP encryption failed: %1").arg(OpenSsl::takeError())};
    out.resize(qsizetype(size));
    return out.toBase64();
}

SellerResult<ClientSecretCipher::Decrypted> ClientSecretCipher::decrypt(const RsaKey &privateKey,
                                                                        QByteArrayView base64,
                                                                        const QList<Oaep> &order)
{
    if (privateKey.isNull() || !privateKey.hasPrivate())
        return SellerError{tr("decryption needs the private key")};
    if (order.isEmpty())
        return SellerError{tr("no OAEP parameters to try")};
    const QByteArray text = base64.trimmed().toByteArray();
    if (text.isEmpty())
        return SellerError{tr("the ciphertext is empty")};
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return SellerError{tr("the ciphertext is not Base64")};
    const QByteArray &cipher = decoded.decoded;
    const int keyBytes = (privateKey.bits() + 7) / 8;
    if (cipher.size() != keyBytes)
        return SellerError{tr("the ciphertext is %1 bytes; a %2-bit key gives exactly %3: it was "
                              "cut, or made for another key")
                               .arg(cipher.size())
                               .arg(privateKey.bits())
                               .arg(keyBytes)};
    QStringList tried;
    for (const Oaep oaep : order) {
        OpenSsl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, privateKey.handle(), nullptr));
        QByteArray out(keyBytes, Qt::Uninitialized);
        size_t size = size_t(out.size());
        const bool ok =
            ctx && EVP_PKEY_decrypt_init(ctx.get()) > 0 && useOaep(ctx.get(), oaep) &&
            EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &size,
                             reinterpret_cast<const unsigned char *>(cipher.constData()),
                             size_t(cipher.size())) > 0;
        OpenSsl::takeError();
        if (ok) {
            out.resize(qsizetype(size));
            return Decrypted{out, oaep};
        }
        tried << describe(oaep);
    }
    return SellerError{tr("it does not decrypt with OAEP %1: another key encrypted it, or other "
                          "OAEP parameters")
                           .arg(tried.join(QStringLiteral("; ")))};
}
