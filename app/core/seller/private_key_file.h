#pragma once
// The seller's RSA private key on disk: encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY",
// AES-256-CBC under PBKDF2-HMAC-SHA256 from a passphrase), only at a path the caller names,
// created 0600 and complete or not at all (written aside, then moved into place without
// replacing anything). OpenSSL's own tools read it (openssl pkey -in FILE).
#include "seller/rsa_key.h"
#include "seller/seller_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class PrivateKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateKeyFile)

public:
    // PBKDF2 rounds for the passphrase: slows a guesser down while a load stays well under a
    // second.
    static constexpr int kIterations = 200'000;
    // The most key-derivation rounds a file may ask for: each round is spent before the
    // passphrase can be tried, and the count is the file's to say, so a file asking for
    // billions would stall whoever opens it. A few seconds' worth at most.
    static constexpr long kMaxIterations = 5'000'000;

    // Writes `key` to `path`, which must not exist yet (a private key is never overwritten)
    // and whose folder must exist. On any failure nothing is left behind.
    static SellerResult<void> write(const QString &path, const RsaKey &key,
                                    QByteArrayView passphrase);
    // Writes `bytes` to a new file at `path`, 0600, atomically and never over an existing file:
    // how a private key, or a secret a seller decrypted, reaches the disk.
    static SellerResult<void> writeNew(const QString &path, QByteArrayView bytes);
    // Reads an RSA private key from a PEM file: encrypted PKCS#8 with its passphrase, or an
    // unencrypted PKCS#8 / PKCS#1 key (the passphrase is then not needed). A wrong passphrase,
    // a public key, another key type or a damaged file each get their own message.
    static SellerResult<RsaKey> read(const QString &path, QByteArrayView passphrase);

    static SellerResult<QByteArray> toPem(const RsaKey &key, QByteArrayView passphrase);
    static SellerResult<RsaKey> fromPem(QByteArrayView pem, QByteArrayView passphrase);
};
