#include "cli/seller_key_tools.h"

#include "cli/cli_output.h"
#include "cli/seller_inputs.h"
#include "seller/client_secret_cipher.h"
#include "seller/field_cipher.h"
#include "seller/private_key_file.h"
#include "seller/public_key_check.h"

#include <QFileInfo>

#include <algorithm>

using CliOutput::err;
using CliOutput::out;

namespace {

// --encrypt-type as a key size; nullopt after saying why.
std::optional<FieldCipher::KeySize> keySize(const QCommandLineParser &p)
{
    const auto size = FieldCipher::keySizeFor(p.value(QStringLiteral("encrypt-type")));
    if (!size) {
        SellerInputs::refuse(QStringLiteral("--encrypt-type: ") + size.error());
        return std::nullopt;
    }
    return size.value();
}

// --oaep as the list of sets to try: the one named, or all in the default order.
std::optional<QList<ClientSecretCipher::Oaep>> oaepSets(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("oaep")))
        return ClientSecretCipher::defaultDecryptOrder();
    const auto set = ClientSecretCipher::fromName(p.value(QStringLiteral("oaep")));
    if (!set) {
        SellerInputs::refuse(QStringLiteral("--oaep: ") + set.error());
        return std::nullopt;
    }
    return QList<ClientSecretCipher::Oaep>{set.value()};
}

// A value to encrypt, from VALUE_FILE or stdin ("-"): a password or secret never goes on the
// command line, where other users' `ps` and the shell's history would see it. One trailing
// line break is not part of it.
std::optional<QByteArray> plainValue(const QString &path)
{
    auto data = SellerInputs::readFile(QStringLiteral("VALUE_FILE"), path, 64 * 1024);
    if (data && data->endsWith('\n'))
        data->chop(data->endsWith("\r\n") ? 2 : 1);
    return data;
}

// A decrypted value goes to --out (a new file, 0600), never to the terminal.
int writePlain(const QCommandLineParser &p, const QByteArray &plain)
{
    const QString path = p.value(QStringLiteral("out"));
    if (const auto written = PrivateKeyFile::writeNew(path, plain); !written)
        return SellerInputs::refuse(QStringLiteral("--out: ") + written.error());
    err(QCoreApplication::translate("SellerKeyTools", "the decrypted value is in %1").arg(path));
    return 0;
}

} // namespace

int SellerKeyTools::encryptField(const QCommandLineParser &p, const QString &valueFile)
{
    const auto size = keySize(p);
    if (!size)
        return 2;
    const QByteArray iv = p.value(QStringLiteral("iv")).toLatin1();
    if (p.isSet(QStringLiteral("iv")) &&
        (iv.size() != 16 || !std::all_of(iv.begin(), iv.end(), [](char c) {
             return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
         })))
        return SellerInputs::refuse(tr("--iv: expected 16 letters or digits"));
    const auto key = SellerInputs::accessKey(p);
    if (!key)
        return 2;
    const auto read = plainValue(valueFile);
    if (!read)
        return 2;
    const auto encrypted = FieldCipher::encrypt(*key, QString::fromUtf8(*read), *size, iv);
    if (!encrypted) {
        err(encrypted.error());
        return 1;
    }
    out(encrypted.value());
    return 0;
}

int SellerKeyTools::decryptField(const QCommandLineParser &p, const QString &value)
{
    const auto size = keySize(p);
    if (!size)
        return 2;
    const auto key = SellerInputs::accessKey(p);
    if (!key)
        return 2;
    const auto plain = FieldCipher::decrypt(*key, value, *size);
    if (!plain) {
        err(plain.error());
        return 1;
    }
    return writePlain(p, plain.value().toUtf8());
}

int SellerKeyTools::encryptSecret(const QCommandLineParser &p, const QString &valueFile)
{
    const auto sets = oaepSets(p);
    if (!sets)
        return 2;
    const auto value = plainValue(valueFile);
    if (!value)
        return 2;
    const QString path = p.value(QStringLiteral("public-key"));
    const auto text = SellerInputs::readFile(QStringLiteral("--public-key"), path, 64 * 1024);
    if (!text)
        return 2;
    const auto key = PublicKeyCheck::check(QString::fromUtf8(*text));
    if (!key)
        return SellerInputs::refuse(QStringLiteral("--public-key: %1: %2").arg(path, key.error()));
    const auto cipher = ClientSecretCipher::encrypt(key.value(), *value, sets->first());
    if (!cipher) {
        err(cipher.error());
        return 1;
    }
    out(QString::fromLatin1(cipher.value()));
    return 0;
}

int SellerKeyTools::decryptSecret(const QCommandLineParser &p, const QString &ciphertext)
{
    const auto sets = oaepSets(p);
    if (!sets)
        return 2;
    const QString path = p.value(QStringLiteral("private-key"));
    auto pem = SellerInputs::readFile(QStringLiteral("--private-key"), path, 1024 * 1024);
    if (!pem)
        return 2;
    // Ask for a passphrase only when the key needs one.
    std::optional<QByteArray> passphrase = QByteArray();
    if (pem->contains("ENCRYPTED") || p.isSet(QStringLiteral("passphrase-file")))
        passphrase = SellerInputs::passphrase(p, false);
    if (!passphrase)
        return 2;
    const auto key = PrivateKeyFile::fromPem(*pem, *passphrase);
    pem->fill('\0');
    passphrase->fill('\0');
    if (!key)
        return SellerInputs::refuse(QStringLiteral("--private-key: %1: %2").arg(path, key.error()));
    const auto plain = ClientSecretCipher::decrypt(key.value(), ciphertext.toLatin1(), *sets);
    if (!plain) {
        err(plain.error());
        return 1;
    }
    err(tr("decrypted with OAEP %1").arg(ClientSecretCipher::describe(plain.value().oaep)));
    return writePlain(p, plain.value().plaintext);
}

int SellerKeyTools::keygen(const QCommandLineParser &p)
{
    bool ok = false;
    const int bits = p.value(QStringLiteral("bits")).toInt(&ok);
    if (!ok || (bits != 3072 && bits != 4096))
        return SellerInputs::refuse(
            tr("--bits: expected 3072 or 4096, got \"%1\"").arg(p.value(QStringLiteral("bits"))));
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return SellerInputs::refuse(tr("--out: the private key's file name is empty"));
    if (QFileInfo::exists(path))
        return SellerInputs::refuse(
            tr("--out: %1 exists already; a private key is never overwritten").arg(path));
    auto passphrase = SellerInputs::passphrase(p, true);
    if (!passphrase)
        return 2;
    const auto key = RsaKey::generate(bits);
    if (!key) {
        err(key.error());
        return 1;
    }
    const auto written = PrivateKeyFile::write(path, key.value(), *passphrase);
    passphrase->fill('\0');
    if (!written)
        return SellerInputs::refuse(QStringLiteral("--out: ") + written.error());
    out(QString::fromLatin1(key.value().publicKeyBase64()));
    err(tr("wrote the encrypted %1-bit private key to %2; upload the public key printed above")
            .arg(bits)
            .arg(path));
    return 0;
}
