#include "identity/memory_secret_store.h"

#include <QTimer>

QString MemorySecretStore::describe() const
{
    return tr("memory only (forgotten when marketdesk closes)");
}

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const QByteArray v = m_values.value(key);
    QTimer::singleShot(0, this, [done, v] { done(true, v, {}); });
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, Done done)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    m_values.remove(key);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}
