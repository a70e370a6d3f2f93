#pragma once
// V1's encrypted fields (protocol reference §3.3): mobilePhone and email from the marketplace,
// appInfo.userName and password back to it. value = iv + Base64(AES-CBC-PKCS5(plaintext)),
// the iv being 16 letters and digits sent in clear, the key derived from the accessKey
// through Java's SHA1PRNG (Sha1Prng): AES-256 for encryptType "1", AES-128 for "2".
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class FieldCipher
{
    Q_DECLARE_TR_FUNCTIONS(FieldCipher)

public:
    enum class KeySize
    {
        Aes256, // encryptType "1", the default
        Aes128  // encryptType "2"
    };

    // "1" or "2"; anything else is refused (Huawei's test program would quietly take 128).
    static SellerResult<KeySize> keySizeFor(QStringView encryptType);
    // The AES key for an accessKey: the first 32 or 16 bytes of SHA1PRNG(accessKey).
    static QByteArray deriveKey(QByteArrayView accessKey, KeySize size);
    // 16 characters from [A-Za-z0-9], from the CSPRNG.
    static QByteArray randomIv();

    // Encrypts with `iv` (16 letters or digits: the same inputs give the same value, for
    // tests and debugging) or, when it is empty, with a fresh random one.
    static SellerResult<QString> encrypt(QByteArrayView accessKey, const QString &plaintext,
                                         KeySize size, QByteArrayView iv = {});
    // Says which is wrong: too short, an iv that is not 16 ASCII characters, not Base64, not
    // whole AES blocks, padding that does not check out or text that is not UTF-8 (a wrong key
    // or encryptType, almost always).
    static SellerResult<QString> decrypt(QByteArrayView accessKey, const QString &value,
                                         KeySize size);
};
