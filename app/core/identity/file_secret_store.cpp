#include "identity/file_secret_store.h"

#include "common/logging.h"
#include "common/private_files.h"
#include "common/save_file.h"
#include "common/secure_random.h"
#include "storage/storage_problem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

#include <openssl/evp.h>

namespace {

constexpr char Format[] = "marketdesk-secrets";
constexpr char CheckText[] = "marketdesk secret store";

QString b64(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64());
}

QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{
    m_io.setMaxThreadCount(1); // in order, one at a time
}

FileSecretStore::~FileSecretStore()
{
    m_io.waitForDone();
    m_key.fill('\0');
}

bool FileSecretStore::exists() const
{
    return QFileInfo::exists(m_path);
}

QString FileSecretStore::describe() const
{
    return tr("encrypted file %1 (AES-256-GCM, passphrase)").arg(QDir::toNativeSeparators(m_path));
}

bool FileSecretStore::load(QJsonObject *file, QString *error) const
{
    QFile f(m_path);
    if (!f.exists()) {
        *file = {};
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the secret store %1: %2").arg(m_path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(16 * 1024 * 1024), &pe);
    if (!doc.isObject() || doc.object().value(u"format").toString() != QLatin1String(Format)) {
        *error = tr("%1 is not a marketdesk secret store, or it is damaged (%2)")
                     .arg(m_path, pe.error != QJsonParseError::NoError
                                      ? tr("%1 at byte %2").arg(pe.errorString()).arg(pe.offset)
                                      : tr("no \"format\": \"%1\"").arg(QLatin1String(Format)));
        return false;
    }
    if (doc.object().value(u"version").toInt() != 1) {
        *error = tr("%1 was written by a newer marketdesk (version %2)")
                     .arg(m_path)
                     .arg(doc.object().value(u"version").toInt());
        return false;
    }
    *file = doc.object();
    return true;
}

bool FileSecretStore::takeLock(QLockFile &lock, QString *error) const
{
    // The lock lives beside the file: its folder must exist first (a fresh store).
    if (!PrivateFiles::makeDir(QFileInfo(m_path).absolutePath(), error))
        return false;
    if (lock.tryLock(10'000))
        return true;
    *error = lock.error() == QLockFile::LockFailedError
                 ? tr("the secret store %1 is in use by another program").arg(m_path)
                 : tr("cannot create the lock file %1.lock: %2")
                       .arg(m_path, StorageProblem::folderReason(QFileInfo(m_path).absolutePath(),
                                                                 tr("no permission")));
    return false;
}

bool FileSecretStore::save(const QJsonObject &file, QString *error) const
{
    if (!PrivateFiles::makeDir(QFileInfo(m_path).absolutePath(), error))
        return false;
    QSaveFile f(m_path);
    const QByteArray data = QJsonDocument(file).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(data) != data.size() || !SaveFile::commit(f)) {
        *error = tr("cannot write the secret store %1: %2").arg(m_path, f.errorString());
        return false;
    }
    return true;
}

QJsonObject FileSecretStore::seal(const QByteArray &plain, const QByteArray &aad) const
{
    const QByteArray nonce = SecureRandom::bytes(12);
    QByteArray out(plain.size(), Qt::Uninitialized);
    QByteArray tag(16, Qt::Uninitialized);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr,
                                 reinterpret_cast<const unsigned char *>(m_key.constData()),
                                 reinterpret_cast<const unsigned char *>(nonce.constData())) == 1;
    ok = ok && EVP_EncryptUpdate(ctx, nullptr, &len,
                                 reinterpret_cast<const unsigned char *>(aad.constData()),
                                 int(aad.size())) == 1;
    ok = ok && EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                                 reinterpret_cast<const unsigned char *>(plain.constData()),
                                 int(plain.size())) == 1;
    ok = ok &&
         EVP_EncryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + len, &len) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag.data()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return {};
    return {{QStringLiteral("nonce"), b64(nonce)}, {QStringLiteral("data"), b64(out + tag)}};
}

bool FileSecretStore::open(const QJsonObject &sealed, const QByteArray &aad,
                           QByteArray *plain) const
{
    const QByteArray nonce = unb64(sealed.value(u"nonce"));
    const QByteArray data = unb64(sealed.value(u"data"));
    if (nonce.size() != 12 || data.size() < 16)
        return false;
    const QByteArray cipher = data.left(data.size() - 16);
    QByteArray tag = data.right(16);
    QByteArray out(cipher.size(), Qt::Uninitialized);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr,
                                 reinterpret_cast<const unsigned char *>(m_key.constData()),
                                 reinterpret_cast<const unsigned char *>(nonce.constData())) == 1;
    ok = ok && EVP_DecryptUpdate(ctx, nullptr, &len,
                                 reinterpret_cast<const unsigned char *>(aad.constData()),
                                 int(aad.size())) == 1;
    ok = ok && EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                                 reinterpret_cast<const unsigned char *>(cipher.constData()),
                                 int(cipher.size())) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag.data()) == 1;
    ok = ok &&
         EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + len, &len) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (ok)
        *plain = out;
    return ok;
}

bool FileSecretStore::unlock(const QByteArray &passphrase, QString *error)
{
    if (passphrase.isEmpty()) {
        *error = tr("the passphrase for %1 is empty").arg(m_path);
        return false;
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!takeLock(lock, error))
        return false;
    QJsonObject file;
    if (!load(&file, error))
        return false;
    const bool fresh = file.isEmpty();
    int iterations = Iterations;
    if (fresh) {
        m_salt = SecureRandom::bytes(16);
    } else {
        const QJsonObject kdf = file.value(u"kdf").toObject();
        m_salt = unb64(kdf.value(u"salt"));
        iterations = kdf.value(u"iterations").toInt();
        if (kdf.value(u"name").toString() != u"pbkdf2-sha256" || m_salt.size() < 16 ||
            iterations < Iterations) {
            *error = tr("%1: the key derivation settings are missing or weaker than allowed")
                         .arg(m_path);
            return false;
        }
        if (iterations > MaxIterations) {
            *error = tr("%1: the key derivation asks for %2 iterations, more than the %3 allowed")
                         .arg(m_path)
                         .arg(iterations)
                         .arg(MaxIterations);
            return false;
        }
    }
    QByteArray key(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(passphrase.constData(), int(passphrase.size()),
                          reinterpret_cast<const unsigned char *>(m_salt.constData()),
                          int(m_salt.size()), iterations, EVP_sha256(), 32,
                          reinterpret_cast<unsigned char *>(key.data())) != 1) {
        *error = tr("the key derivation failed (OpenSSL)");
        return false;
    }
    m_key = key;
    if (fresh) {
        file = {{QStringLiteral("format"), QLatin1String(Format)},
                {QStringLiteral("version"), 1},
                {QStringLiteral("kdf"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("pbkdf2-sha256")},
                             {QStringLiteral("iterations"), iterations},
                             {QStringLiteral("salt"), b64(m_salt)}}},
                {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                {QStringLiteral("check"), seal(CheckText, "check")},
                {QStringLiteral("entries"), QJsonObject()}};
        if (!save(file, error)) {
            m_key.clear();
            return false;
        }
        qCInfo(lcSecrets) << "created the encrypted secret store" << m_path;
        return true;
    }
    QByteArray check;
    if (!open(file.value(u"check").toObject(), "check", &check) || check != CheckText) {
        m_key.fill('\0');
        m_key.clear();
        *error = tr("the passphrase does not open %1").arg(m_path);
        return false;
    }
    return true;
}

bool FileSecretStore::readNow(const QString &key, QByteArray *value, QString *error)
{
    if (!isUnlocked()) {
        *error = tr("the secret store %1 is locked; its passphrase is needed").arg(m_path);
        return false;
    }
    QJsonObject file;
    if (!load(&file, error))
        return false;
    const QJsonValue entry = file.value(u"entries").toObject().value(key);
    if (entry.isUndefined()) {
        value->clear();
        return true;
    }
    if (!open(entry.toObject(), key.toUtf8(), value)) {
        *error = tr("the entry \"%1\" in %2 is damaged or was not written with this passphrase")
                     .arg(key, m_path);
        return false;
    }
    return true;
}

bool FileSecretStore::writeNow(const QString &key, const QByteArray &value, QString *error)
{
    if (!isUnlocked()) {
        *error = tr("the secret store %1 is locked; its passphrase is needed").arg(m_path);
        return false;
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!takeLock(lock, error))
        return false;
    QJsonObject file;
    if (!load(&file, error))
        return false;
    QJsonObject entries = file.value(u"entries").toObject();
    const QJsonObject sealed = seal(value, key.toUtf8());
    if (sealed.isEmpty()) {
        *error = tr("encryption failed (OpenSSL)");
        return false;
    }
    entries.insert(key, sealed);
    file.insert(QStringLiteral("entries"), entries);
    return save(file, error);
}

bool FileSecretStore::removeNow(const QString &key, QString *error)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!takeLock(lock, error))
        return false;
    QJsonObject file;
    if (!load(&file, error))
        return false;
    if (file.isEmpty())
        return true;
    QJsonObject entries = file.value(u"entries").toObject();
    entries.remove(key);
    file.insert(QStringLiteral("entries"), entries);
    return save(file, error);
}

// The asynchronous forms read and write the file on the store's own I/O thread, one operation
// after another in the order asked, so that the UI thread never waits on the disk (a write
// ends in an fsync); the answer comes back on this object's thread.
void FileSecretStore::read(const QString &key, ReadDone done)
{
    m_io.start([this, key, done] {
        QByteArray value;
        QString error;
        const bool ok = readNow(key, &value, &error);
        QMetaObject::invokeMethod(
            this, [done, ok, value, error] { done(ok, value, error); }, Qt::QueuedConnection);
    });
}

void FileSecretStore::write(const QString &key, const QByteArray &value, Done done)
{
    m_io.start([this, key, value, done] {
        QString error;
        const bool ok = writeNow(key, value, &error);
        QMetaObject::invokeMethod(
            this, [done, ok, error] { done(ok, error); }, Qt::QueuedConnection);
    });
}

void FileSecretStore::remove(const QString &key, Done done)
{
    m_io.start([this, key, done] {
        QString error;
        const bool ok = removeNow(key, &error);
        QMetaObject::invokeMethod(
            this, [done, ok, error] { done(ok, error); }, Qt::QueuedConnection);
    });
}
