#include "seller/field_cipher.h"

#include "common/secure_random.h"
#include "seller/sha1_prng.h"

#include <QStringDecoder>

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace {

constexpr int kIvLength = 16;

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

const EVP_CIPHER *cipherFor(FieldCipher::KeySize size)
{
    return size == FieldCipher::KeySize::Aes256 ? EVP_aes_256_cbc() : EVP_aes_128_cbc();
}

// One AES-CBC pass with PKCS#5 padding (OpenSSL's default); false when the padding does not
// check out on decryption.
bool aesCbc(bool encrypt, FieldCipher::KeySize size, const QByteArray &key, QByteArrayView iv,
            QByteArrayView in, QByteArray *out)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        &EVP_CIPHER_CTX_free);
    out->resize(in.size() + 16);
    int len = 0, tail = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *v = reinterpret_cast<const unsigned char *>(iv.data());
    auto *o = reinterpret_cast<unsigned char *>(out->data());
    const auto *i = reinterpret_cast<const unsigned char *>(in.data());
    const bool ok =
        ctx && EVP_CipherInit_ex(ctx.get(), cipherFor(size), nullptr, k, v, encrypt ? 1 : 0) == 1 &&
        EVP_CipherUpdate(ctx.get(), o, &len, i, int(in.size())) == 1 &&
        EVP_CipherFinal_ex(ctx.get(), o + len, &tail) == 1;
    out->resize(ok ? len + tail : 0);
    return ok;
}

} // namespace

SellerResult<FieldCipher::KeySize> FieldCipher::keySizeFor(QStringView encryptType)
{
    if (encryptType == u"1")
        return KeySize::Aes256;
    if (encryptType == u"2")
        return KeySize::Aes128;
    return SellerError{
        tr("encryptType is \"%1\"; it must be 1 (AES-256) or 2 (AES-128)").arg(encryptType)};
}

QByteArray FieldCipher::deriveKey(QByteArrayView accessKey, KeySize size)
{
    return Sha1Prng(accessKey).nextBytes(size == KeySize::Aes256 ? 32 : 16);
}

QByteArray FieldCipher::randomIv()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray iv;
    while (iv.size() < kIvLength) {
        // 248 = 4 × 62: dropping bytes above it keeps every character equally likely.
        for (const char b : SecureRandom::bytes(32)) {
            const auto u = static_cast<unsigned char>(b);
            if (u < 248 && iv.size() < kIvLength)
                iv += alphabet[u % 62];
        }
    }
    return iv;
}

SellerResult<QString> FieldCipher::encrypt(QByteArrayView accessKey, const QString &plaintext,
                                           KeySize size, QByteArrayView iv)
{
    const QByteArray useIv = iv.isEmpty() ? randomIv() : iv.toByteArray();
    if (useIv.size() != kIvLength || !std::all_of(useIv.begin(), useIv.end(), isAlnum))
        return SellerError{tr("the iv must be 16 letters or digits")};
    QByteArray cipherText;
    if (!aesCbc(true, size, deriveKey(accessKey, size), useIv, plaintext.toUtf8(), &cipherText))
        return SellerError{tr("OpenSSL could not encrypt the value")};
    return QString::fromLatin1(useIv + cipherText.toBase64());
}

SellerResult<QString> FieldCipher::decrypt(QByteArrayView accessKey, const QString &value,
                                           KeySize size)
{
    // 16 iv characters and at least one Base64-encoded AES block (24 characters).
    if (value.size() < kIvLength + 24)
        return SellerError{tr("the value has %1 characters; it needs the 16-character iv and at "
                              "least one encrypted block (24 more)")
                               .arg(value.size())};
    const QString ivText = value.left(kIvLength);
    if (!std::all_of(ivText.begin(), ivText.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return SellerError{tr("the first 16 characters (the iv) are not ASCII")};
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(kIvLength).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || value.mid(kIvLength).contains(u' '))
        return SellerError{tr("the text after the 16-character iv is not Base64")};
    if (decoded.decoded.isEmpty() || decoded.decoded.size() % 16 != 0)
        return SellerError{
            tr("the encrypted part is %1 bytes, not whole 16-byte AES blocks: the value is cut "
               "or damaged")
                .arg(decoded.decoded.size())};
    QByteArray plain;
    if (!aesCbc(false, size, deriveKey(accessKey, size), ivText.toLatin1(), decoded.decoded,
                &plain))
        return SellerError{tr("the padding does not check out: a wrong accessKey or encryptType, "
                              "or a damaged value")};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(plain);
    if (utf8.hasError())
        return SellerError{tr("the decrypted bytes are not UTF-8 text: a wrong accessKey or "
                              "encryptType, or a damaged value")};
    return text;
}
