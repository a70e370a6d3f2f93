#include "seller/public_key_check.h"

#include "seller/openssl_support.h"

#include <QRegularExpression>

#include <openssl/asn1.h>
#include <openssl/x509.h>

namespace {

// A DER blob that could be a private key of any common form (PKCS#8 plain or encrypted,
// PKCS#1, SEC1 EC). Only a yes or no comes out of here; the bytes go nowhere.
bool looksPrivate(const QByteArray &der)
{
    const auto *base = reinterpret_cast<const unsigned char *>(der.constData());
    const long size = long(der.size());
    const unsigned char *p = base;
    if (PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, size)) {
        PKCS8_PRIV_KEY_INFO_free(info);
        return true;
    }
    p = base;
    if (X509_SIG *sealed = d2i_X509_SIG(nullptr, &p, size)) {
        X509_SIG_free(sealed);
        return true;
    }
    p = base;
    if (EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &p, size)) {
        EVP_PKEY_free(key);
        return true;
    }
    OpenSsl::takeError();
    return false;
}

} // namespace

SellerResult<RsaKey> PublicKeyCheck::fromDer(const QByteArray &der)
{
    const auto *base = reinterpret_cast<const unsigned char *>(der.constData());
    const long size = long(der.size());
    // Every key structure is a DER SEQUENCE (0x30); it announces its length first, and more
    // than is here means the paste was cut.
    if (der.isEmpty() || base[0] != 0x30)
        return SellerError{tr("this is Base64, but not a key")};
    {
        const unsigned char *p = base;
        long length = 0;
        int tag = 0, cls = 0;
        if (ASN1_get_object(&p, &length, &tag, &cls, size) & 0x80) {
            OpenSsl::takeError();
            return SellerError{tr("the key is cut short: its DER structure announces more bytes "
                                  "than there are")};
        }
    }
    const unsigned char *p = base;
    EVP_PKEY *key = d2i_PUBKEY(nullptr, &p, size);
    bool pkcs1 = false;
    if (!key) {
        // PKCS#1 RSAPublicKey, as "openssl rsa -RSAPublicKey_out" writes it.
        p = base;
        key = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, size);
        pkcs1 = key != nullptr;
    }
    OpenSsl::takeError();
    if (!key) {
        if (looksPrivate(der))
            return SellerError{tr("this is a private key: never paste or upload it; give the "
                                  "public key")};
        p = base;
        if (X509 *cert = d2i_X509(nullptr, &p, size)) {
            X509_free(cert);
            return SellerError{tr("this is a certificate, not a public key")};
        }
        OpenSsl::takeError();
        return SellerError{tr("this is Base64, but not a key")};
    }
    OpenSsl::Pkey owned(key);
    if (!pkcs1 && p != base + size)
        return SellerError{tr("there are %1 stray bytes after the key").arg(base + size - p)};
    if (!EVP_PKEY_is_a(key, "RSA"))
        return SellerError{tr("this is an %1 key; KooGallery needs an RSA key")
                               .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key)))};
    if (EVP_PKEY_get_bits(key) < RsaKey::kMinimumBits)
        return SellerError{tr("this RSA key has %1 bits; KooGallery needs at least %2")
                               .arg(EVP_PKEY_get_bits(key))
                               .arg(RsaKey::kMinimumBits)};
    return RsaKey::adopt(owned.release(), false);
}

SellerResult<RsaKey> PublicKeyCheck::check(const QString &pasted)
{
    // Positions in messages count in `pasted` as the person sees it (from 1).
    qsizetype from = 0, to = pasted.size();
    if (pasted.trimmed().isEmpty())
        return SellerError{tr("no key was given")};
    if (const qsizetype beginAt = pasted.indexOf(QStringLiteral("-----BEGIN")); beginAt >= 0) {
        static const QRegularExpression begin(QStringLiteral("-----BEGIN ([A-Z0-9 ]+)-----"));
        const auto b = begin.match(pasted, beginAt);
        const QString label = b.hasMatch() ? b.captured(1) : QString();
        if (label.contains(QStringLiteral("PRIVATE KEY")))
            return SellerError{tr("this is a private key: never paste or upload it; give the "
                                  "public key")};
        if (label.isEmpty())
            return SellerError{tr("the BEGIN line is malformed")};
        const QString end = QStringLiteral("-----END %1-----").arg(label);
        const qsizetype endAt = pasted.indexOf(end, b.capturedEnd());
        if (endAt < 0)
            return SellerError{tr("the PEM block has no \"%1\" line: it is cut short").arg(end)};
        if (label == u"CERTIFICATE")
            return SellerError{tr("this is a certificate, not a public key")};
        if (label != u"PUBLIC KEY" && label != u"RSA PUBLIC KEY")
            return SellerError{tr("the PEM block holds a %1, not a public key").arg(label)};
        from = b.capturedEnd();
        to = endAt;
    }
    // Line breaks and spaces from a paste are not part of the key.
    QByteArray base64;
    base64.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const char16_t c = pasted[i].unicode();
        if (QChar::isSpace(c))
            continue;
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
        if (!ok)
            return SellerError{
                tr("this is not Base64: an unexpected character at position %1").arg(i + 1)};
        base64 += char(c);
    }
    // "=" only as padding at the very end.
    if (const qsizetype eq = base64.indexOf('='); eq >= 0 && eq < base64.size() - 2)
        return SellerError{tr("this is not Base64: \"=\" is padding and belongs at the end")};
    // Base64 comes in groups of four characters; a paste that stops inside one was cut.
    if (base64.size() % 4 != 0)
        return SellerError{tr("the Base64 text stops inside a group of four characters: the key "
                              "is cut short or damaged")};
    const auto decoded =
        QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return SellerError{tr("this is not Base64 (its padding is wrong)")};
    return fromDer(decoded.decoded);
}
