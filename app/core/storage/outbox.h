#pragma once
// The durable record of changes the user asked for. A change is written here, with its
// idempotency key, before anything is sent; each target ends done or failed with a reason.
// Lives in its own SQLite file (synchronous=FULL): it exists nowhere else. Knows no domain:
// an operation is an action name (the domain's executor reads it) over target keys, each
// target with an optional payload (the record to write, say).
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

class Outbox
{
public:
    static constexpr int kChunkSize = 500;

    enum class TargetState
    {
        Pending,
        Done,
        Failed
    };
    struct Target
    {
        QString key;
        TargetState state = TargetState::Pending;
        QString resultCode;
        QString message;
    };
    struct Chunk
    {
        qint64 id = 0;
        qint64 operationId = 0;
        QString action;
        QByteArray idempotencyKey;
        QStringList targets;
        QHash<QString, QJsonObject> payloads; // by target key; absent when none was given
        int attempts = 0;
        int operationTotal = 0; // targets in the whole operation
    };
    // One target of a change and what to send for it.
    struct Item
    {
        QString key;
        QJsonObject payload;
        // Items of different groups never share a chunk: a chunk is one request, so a change
        // made of two kinds of request (revokes, then grants) keeps them apart, in order.
        int group = 0;
    };
    struct Operation
    {
        qint64 id = 0;
        QString action;
        QString actor;
        QDateTime createdAt;
        int total = 0;
        int done = 0;
        int failed = 0;
        bool finished() const { return done + failed == total; }
    };

    // What the server answered for one target of a chunk.
    struct Result
    {
        QString key;
        bool ok = false;
        QString resultCode;
        QString message;
    };

    static std::unique_ptr<Outbox> open(const QString &path, QString *error);

    // Records the operation and its chunks (≤ chunkSize targets, one idempotency key each)
    // atomically; a key given twice counts once. Returns the operation id, or 0 with *error.
    qint64 enqueue(const QString &action, const QList<Item> &items, const QString &actor,
                   QString *error, int chunkSize = kChunkSize);
    qint64 enqueue(const QString &action, const QStringList &targets, const QString &actor,
                   QString *error);
    QList<Chunk> pendingChunks() const;
    bool markAttempt(qint64 chunkId, QString *error);
    // Stores the per-target outcome of a chunk and closes it, in one transaction. Targets the
    // server did not mention fail with `missingReason`.
    bool completeChunk(const Chunk &chunk, const QList<Result> &results, QString *error);

    std::optional<Operation> operation(qint64 id) const;
    QList<Operation> operations(int limit = 100) const;
    QList<Target> targets(qint64 operationId) const;
    QStringList failedTargets(qint64 operationId) const;
    // The payloads given to an operation's targets (done, failed or pending), by target key.
    // nullopt with *error when they cannot be read.
    std::optional<QHash<QString, QJsonObject>> payloads(qint64 operationId, QString *error) const;
    int pendingCount() const;
    QString path() const { return m_db->path(); }

private:
    explicit Outbox(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};
