#pragma once
// Secrets in one file, each entry sealed with AES-256-GCM under a key derived from a
// passphrase with PBKDF2-HMAC-SHA256 (600,000 iterations, random salt); the entry's name is
// authenticated with it, so entries cannot be swapped. For machines without a keychain
// service (CI, a bare server), chosen explicitly. The file is replaced atomically, under a
// lock, and readable by its owner only.
#include "identity/secret_store.h"

#include <QJsonObject>
#include <QLockFile>
#include <QThreadPool>

class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int Iterations = 600'000;
    // About 4 s on this machine kind: a file asking for more is refused, not derived for hours.
    static constexpr int MaxIterations = 10'000'000;

    explicit FileSecretStore(const QString &path, QObject *parent = nullptr);
    ~FileSecretStore() override;

    QString path() const { return m_path; }
    bool exists() const;
    // Derives the key (a few hundred milliseconds of CPU: call it off the UI thread) and checks
    // it against the file, creating the file when there is none. The message says what failed.
    bool unlock(const QByteArray &passphrase, QString *error);
    bool isUnlocked() const { return !m_key.isEmpty(); }

    Kind kind() const override { return Kind::EncryptedFile; }
    QString describe() const override;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QByteArray &value, Done done) override;
    void remove(const QString &key, Done done) override;

    // Synchronous forms (the CLI and tests); the interface's forms run these off the caller's
    // thread.
    bool readNow(const QString &key, QByteArray *value, QString *error);
    bool writeNow(const QString &key, const QByteArray &value, QString *error);
    bool removeNow(const QString &key, QString *error);

private:
    bool load(QJsonObject *file, QString *error) const;
    bool save(const QJsonObject &file, QString *error) const;
    // Takes the store's lock file (making its folder first); false with *error otherwise.
    bool takeLock(QLockFile &lock, QString *error) const;
    QJsonObject seal(const QByteArray &plain, const QByteArray &aad) const;
    bool open(const QJsonObject &sealed, const QByteArray &aad, QByteArray *plain) const;

    QString m_path;
    QByteArray m_key;
    QByteArray m_salt;
    QThreadPool m_io;
};
