#pragma once
// Secrets in the OS keychain through QtKeychain (Secret Service or KWallet on Linux, the
// Keychain on macOS, Credential Manager on Windows), with QtKeychain's plaintext fallback
// off. Values over 2,000 bytes are split over several entries: Windows refuses a credential
// over 2,560 bytes, and access tokens can be larger.
#include "identity/secret_store.h"

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int ChunkBytes = 2000;

    explicit KeychainSecretStore(const QString &service = QStringLiteral("marketdesk"),
                                 QObject *parent = nullptr);

    Kind kind() const override { return Kind::Keychain; }
    QString describe() const override;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QByteArray &value, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    void readRaw(const QString &key, ReadDone done);
    void writeRaw(const QString &key, const QByteArray &value, Done done);
    void removeRaw(const QString &key, Done done);
    void readChunks(const QString &key, int index, int count, QByteArray collected, ReadDone done);
    void writeChunks(const QString &key, const QByteArray &value, int index, Done done);
    void removeChunks(const QString &key, int index, int count, Done done);

    QString m_service;
};
