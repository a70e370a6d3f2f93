#include "identity/keychain_secret_store.h"

#include "common/logging.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace {

// The first entry of a split value says how many parts follow.
constexpr char ChunkPrefix[] = "marketdesk-chunks:";

QString chunkKey(const QString &key, int index)
{
    return key + QStringLiteral("#") + QString::number(index);
}

QString explain(QKeychain::Error error, const QString &detail)
{
    if (error == QKeychain::NoBackendAvailable)
        return QCoreApplication::translate(
                   "KeychainSecretStore",
                   "no keychain service is running on this computer (%1); use the encrypted "
                   "file store instead")
            .arg(detail);
    if (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied)
        return QCoreApplication::translate("KeychainSecretStore",
                                           "the keychain refused access (%1)")
            .arg(detail);
    return QCoreApplication::translate("KeychainSecretStore", "the keychain failed: %1")
        .arg(detail);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

QString KeychainSecretStore::describe() const
{
    return tr("the system keychain (service \"%1\")").arg(m_service);
}

void KeychainSecretStore::readRaw(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::EntryNotFound)
            done(true, {}, {});
        else if (job->error() != QKeychain::NoError)
            done(false, {}, explain(job->error(), job->errorString()));
        else
            done(true, job->binaryData(), {});
    });
    job->start();
}

void KeychainSecretStore::writeRaw(const QString &key, const QByteArray &value, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError)
            done(false, explain(job->error(), job->errorString()));
        else
            done(true, {});
    });
    job->start();
}

void KeychainSecretStore::removeRaw(const QString &key, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(false, explain(job->error(), job->errorString()));
        else
            done(true, {});
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadDone done)
{
    readRaw(key, [this, key, done](bool ok, const QByteArray &value, const QString &error) {
        if (!ok || !value.startsWith(ChunkPrefix)) {
            done(ok, value, error);
            return;
        }
        bool numberOk = false;
        const int count = value.mid(int(sizeof ChunkPrefix) - 1).toInt(&numberOk);
        if (!numberOk || count < 1 || count > 64) {
            done(false, {}, tr("the keychain entry \"%1\" is damaged").arg(key));
            return;
        }
        readChunks(key, 0, count, {}, done);
    });
}

void KeychainSecretStore::readChunks(const QString &key, int index, int count, QByteArray collected,
                                     ReadDone done)
{
    if (index == count) {
        done(true, collected, {});
        return;
    }
    readRaw(chunkKey(key, index), [this, key, index, count, collected,
                                   done](bool ok, const QByteArray &part, const QString &error) {
        if (!ok || part.isEmpty()) {
            done(false, {},
                 ok ? tr("part %1 of the keychain entry \"%2\" is missing").arg(index + 1).arg(key)
                    : error);
            return;
        }
        readChunks(key, index + 1, count, collected + part, done);
    });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, Done done)
{
    // Whatever was there (split or not) goes first, so no stale part outlives the new value.
    remove(key, [this, key, value, done](bool, const QString &) {
        if (value.size() <= ChunkBytes) {
            writeRaw(key, value, done);
            return;
        }
        writeChunks(key, value, 0, done);
    });
}

void KeychainSecretStore::writeChunks(const QString &key, const QByteArray &value, int index,
                                      Done done)
{
    const int count = int((value.size() + ChunkBytes - 1) / ChunkBytes);
    if (index == count) {
        // The header last: a reader never sees a header whose parts are not all there.
        writeRaw(key, ChunkPrefix + QByteArray::number(count), done);
        return;
    }
    writeRaw(chunkKey(key, index), value.mid(qsizetype(index) * ChunkBytes, ChunkBytes),
             [this, key, value, index, done](bool ok, const QString &error) {
                 if (!ok) {
                     done(false, error);
                     return;
                 }
                 writeChunks(key, value, index + 1, done);
             });
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    readRaw(key, [this, key, done](bool ok, const QByteArray &value, const QString &error) {
        if (!ok) {
            done(false, error);
            return;
        }
        int count = 0;
        if (value.startsWith(ChunkPrefix))
            count = std::clamp(value.mid(int(sizeof ChunkPrefix) - 1).toInt(), 0, 64);
        removeRaw(key, [this, key, count, done](bool ok, const QString &error) {
            if (!ok) {
                done(false, error);
                return;
            }
            removeChunks(key, 0, count, done);
        });
    });
}

void KeychainSecretStore::removeChunks(const QString &key, int index, int count, Done done)
{
    if (index >= count) {
        done(true, {});
        return;
    }
    removeRaw(chunkKey(key, index), [this, key, index, count, done](bool ok, const QString &e) {
        if (!ok) {
            done(false, e);
            return;
        }
        removeChunks(key, index + 1, count, done);
    });
}
