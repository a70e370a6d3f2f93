#pragma once
// Secrets that live as long as the process: the demo's sign-in against its embedded sandbox,
// whose tokens mean nothing once the process ends.
#include "identity/secret_store.h"

#include <QHash>

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    Kind kind() const override { return Kind::Memory; }
    QString describe() const override;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QByteArray &value, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QHash<QString, QByteArray> m_values;
};
