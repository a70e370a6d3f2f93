#include "seller/private_key_file.h"

#include "common/private_files.h"
#include "seller/openssl_support.h"
#include "seller/seller_logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <fcntl.h>
#include <unistd.h>

namespace {

struct PemBlock
{
    QByteArray label;
    QByteArray headers;
    QByteArray der;
};

// The first PEM block in `pem`, or false with OpenSSL's reason.
bool firstBlock(QByteArrayView pem, PemBlock *out)
{
    OpenSsl::Bio bio = OpenSsl::readBuffer(pem);
    char *name = nullptr, *header = nullptr;
    unsigned char *data = nullptr;
    long len = 0;
    if (!bio || PEM_read_bio(bio.get(), &name, &header, &data, &len) != 1)
        return false;
    out->label = name;
    out->headers = header;
    out->der = QByteArray(reinterpret_cast<const char *>(data), len);
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_clear_free(data, size_t(len));
    return true;
}

// The key-derivation rounds a sealed PKCS#8 key asks for (PBES2's PBKDF2 iterations or scrypt's
// N × r × p, or a PKCS#12 PBE's iterations);
// -1 when the count does not fit a long, 0 when the scheme has none or is unreadable (OpenSSL
// refuses such a file itself).
long derivationRounds(const X509_SIG *sealed)
{
    const X509_ALGOR *algorithm = nullptr;
    X509_SIG_get0(sealed, &algorithm, nullptr);
    const ASN1_OBJECT *oid = nullptr;
    int type = 0;
    const void *value = nullptr;
    X509_ALGOR_get0(&oid, &type, &value, algorithm);
    if (type != V_ASN1_SEQUENCE || !value)
        return 0;
    const auto *parameters = static_cast<const ASN1_STRING *>(value);
    long rounds = 0;
    if (OBJ_obj2nid(oid) == NID_pbes2) {
        auto *pbe2 =
            static_cast<PBE2PARAM *>(ASN1_item_unpack(parameters, ASN1_ITEM_rptr(PBE2PARAM)));
        if (pbe2 && pbe2->keyfunc && OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2) {
            auto *kdf = static_cast<PBKDF2PARAM *>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter));
            if (kdf)
                rounds = ASN1_INTEGER_get(kdf->iter);
            PBKDF2PARAM_free(kdf);
        } else if (pbe2 && pbe2->keyfunc &&
                   OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_scrypt) {
            // scrypt's work grows with N × r × p; counted in the same rounds.
            auto *kdf = static_cast<SCRYPT_PARAMS *>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), pbe2->keyfunc->parameter));
            if (kdf) {
                const long n = ASN1_INTEGER_get(kdf->costParameter);
                const long r = ASN1_INTEGER_get(kdf->blockSize);
                const long p = ASN1_INTEGER_get(kdf->parallelizationParameter);
                long work = 0;
                rounds = n < 0 || r < 0 || p < 0 || __builtin_mul_overflow(n, r, &work) ||
                                 __builtin_mul_overflow(work, p, &work)
                             ? -1
                             : work;
            }
            SCRYPT_PARAMS_free(kdf);
        }
        PBE2PARAM_free(pbe2);
    } else {
        auto *pbe = static_cast<PBEPARAM *>(ASN1_item_unpack(parameters, ASN1_ITEM_rptr(PBEPARAM)));
        if (pbe)
            rounds = ASN1_INTEGER_get(pbe->iter);
        PBEPARAM_free(pbe);
    }
    OpenSsl::takeError();
    return rounds;
}

int passphraseCallback(char *buf, int size, int, void *user)
{
    const auto *pass = static_cast<const QByteArrayView *>(user);
    if (pass->size() > size)
        return -1;
    memcpy(buf, pass->data(), size_t(pass->size()));
    return int(pass->size());
}

} // namespace

SellerResult<QByteArray> PrivateKeyFile::toPem(const RsaKey &key, QByteArrayView passphrase)
{
    if (key.isNull() || !key.hasPrivate())
        return SellerError{tr("there is no private key to write")};
    if (passphrase.isEmpty())
        return SellerError{tr("a passphrase is needed to encrypt the private key")};
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(key.handle());
    // PBES2: PBKDF2 (HMAC-SHA256, the default PRF for -1) with a random salt, then AES-256-CBC.
    X509_SIG *sealed = info ? PKCS8_encrypt(-1, EVP_aes_256_cbc(), passphrase.data(),
                                            int(passphrase.size()), nullptr, 0, kIterations, info)
                            : nullptr;
    PKCS8_PRIV_KEY_INFO_free(info);
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    const bool ok = sealed && bio && PEM_write_bio_PKCS8(bio.get(), sealed) == 1;
    X509_SIG_free(sealed);
    if (!ok)
        return SellerError{
            tr("OpenSSL could not encrypt the private key: %1").arg(OpenSsl::takeError())};
    return OpenSsl::contents(bio.get());
}

SellerResult<void> PrivateKeyFile::write(const QString &path, const RsaKey &key,
                                         QByteArrayView passphrase)
{
    if (path.isEmpty())
        return SellerError{tr("no file was named for the private key")};
    const auto pem = toPem(key, passphrase);
    if (!pem)
        return pem.failure();
    if (const auto written = writeNew(path, pem.value()); !written)
        return written;
    qCInfo(lcSeller) << "wrote an encrypted private key to" << path;
    return {};
}

SellerResult<void> PrivateKeyFile::writeNew(const QString &path, QByteArrayView bytes)
{
    if (path.isEmpty())
        return SellerError{tr("no file was named")};
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return SellerError{tr("%1 exists already; it is never overwritten").arg(path)};
    if (!target.absoluteDir().exists())
        return SellerError{tr("the folder %1 does not exist").arg(target.absolutePath())};
    // Beside the target, so that the final rename stays on one file system. QTemporaryFile
    // creates it 0600 and removes it on every failure path below.
    QTemporaryFile file(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                        QStringLiteral(".XXXXXX"));
    if (!file.open() || !PrivateFiles::restrict(file.fileName()))
        return SellerError{
            tr("cannot create a file in %1: %2").arg(target.absolutePath(), file.errorString())};
    if (file.write(bytes.data(), bytes.size()) != bytes.size() || !file.flush() ||
        ::fsync(file.handle()) != 0)
        return SellerError{tr("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    // QFile::rename does not replace an existing file (renameat2 RENAME_NOREPLACE), so a file
    // that appeared meanwhile is kept and this one is dropped.
    if (!file.rename(path))
        return SellerError{tr("cannot put the file at %1: %2").arg(path, file.errorString())};
    file.setAutoRemove(false);
    if (const int dir =
            ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

SellerResult<RsaKey> PrivateKeyFile::fromPem(QByteArrayView pem, QByteArrayView passphrase)
{
    PemBlock block;
    if (!firstBlock(pem, &block)) {
        const QString why = OpenSsl::takeError();
        return SellerError{pem.contains("-----BEGIN")
                               ? tr("the PEM block is damaged or cut short (%1)").arg(why)
                               : tr("there is no PEM block (-----BEGIN …-----) in it")};
    }
    EVP_PKEY *key = nullptr;
    if (block.label == "ENCRYPTED PRIVATE KEY") {
        if (passphrase.isEmpty())
            return SellerError{tr("the private key is encrypted: its passphrase is needed")};
        const auto *p = reinterpret_cast<const unsigned char *>(block.der.constData());
        X509_SIG *sealed = d2i_X509_SIG(nullptr, &p, long(block.der.size()));
        if (!sealed) {
            OpenSsl::takeError();
            return SellerError{tr("the encrypted private key is damaged")};
        }
        if (const long rounds = derivationRounds(sealed); rounds < 0 || rounds > kMaxIterations) {
            X509_SIG_free(sealed);
            return SellerError{
                tr("the encrypted private key asks for %1 rounds of key derivation, more than "
                   "the %2 marketdesk allows (opening it would take minutes or longer); "
                   "re-encrypt it with fewer")
                    .arg(rounds < 0 ? tr("too many") : QString::number(rounds))
                    .arg(kMaxIterations)};
        }
        PKCS8_PRIV_KEY_INFO *info =
            PKCS8_decrypt(sealed, passphrase.data(), int(passphrase.size()));
        X509_SIG_free(sealed);
        if (!info) {
            OpenSsl::takeError();
            return SellerError{tr("the passphrase is wrong (or the key file is damaged)")};
        }
        key = EVP_PKCS82PKEY(info);
        PKCS8_PRIV_KEY_INFO_free(info);
    } else if (block.label == "PRIVATE KEY" || block.label == "RSA PRIVATE KEY") {
        // Unencrypted PKCS#8, or PKCS#1 (with its legacy Proc-Type encryption when present).
        const bool legacyEncrypted = block.headers.contains("ENCRYPTED");
        if (legacyEncrypted && passphrase.isEmpty())
            return SellerError{tr("the private key is encrypted: its passphrase is needed")};
        // Only the first block, written out again: given the whole file, OpenSSL goes on to the
        // next block when one does not decode, and would open an encrypted key there without
        // the bound on its key derivation above.
        OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
        if (!bio || PEM_write_bio(bio.get(), block.label.constData(), block.headers.constData(),
                                  reinterpret_cast<const unsigned char *>(block.der.constData()),
                                  long(block.der.size())) <= 0)
            return SellerError{
                tr("OpenSSL could not read the private key: %1").arg(OpenSsl::takeError())};
        key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &passphrase);
        if (!key && legacyEncrypted) {
            OpenSsl::takeError();
            return SellerError{tr("the passphrase is wrong (or the key file is damaged)")};
        }
    } else if (block.label.contains("PUBLIC KEY")) {
        return SellerError{tr("this is a public key; the private key is needed")};
    } else {
        return SellerError{tr("the PEM block holds a %1, not a private key")
                               .arg(QString::fromLatin1(block.label))};
    }
    if (!key)
        return SellerError{tr("the private key is damaged (%1)").arg(OpenSsl::takeError())};
    if (!EVP_PKEY_is_a(key, "RSA")) {
        const QString type = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        EVP_PKEY_free(key);
        return SellerError{tr("this is an %1 private key; KooGallery uses RSA").arg(type)};
    }
    return RsaKey::adopt(key, true);
}

SellerResult<RsaKey> PrivateKeyFile::read(const QString &path, QByteArrayView passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SellerError{tr("cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > 1024 * 1024)
        return SellerError{tr("%1 is larger than 1 MB; it is not a key file").arg(path)};
    QByteArray pem = file.readAll();
    auto key = fromPem(pem, passphrase);
    pem.fill('\0');
    if (!key)
        return SellerError{QStringLiteral("%1: %2").arg(path, key.error())};
    return key;
}
