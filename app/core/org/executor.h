#pragma once
// Sends the outbox's pending chunks, a bounded number at a time (one-record changes before the
// rows of longer operations queued earlier), each with the idempotency key it was recorded
// with; writes every target's outcome to the outbox, the cache and the audit journal. After a
// crash the same chunks go out again with the same keys, so the server applies each change
// exactly once.
#include "org/org_json.h"
#include "storage/outbox.h"

#include <QObject>
#include <QSet>

#include <deque>

class ApiClient;
class AuditJournal;
class Cache;
struct ApiResponse;

class Executor : public QObject
{
    Q_OBJECT
public:
    Executor(ApiClient *client, Outbox *outbox, Cache *cache, AuditJournal *journal,
             QObject *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    void setMaxChunksInFlight(int n) { m_maxInFlight = std::max(1, n); }
    bool isIdle() const { return m_inFlight.isEmpty() && m_queue.empty(); }

public Q_SLOTS:
    // Picks up every pending chunk (after a restart too) and sends them.
    void run();
    // Chunks of the operation not yet sent fail as cancelled; those in flight finish.
    void cancelOperation(qint64 operationId);

Q_SIGNALS:
    void operationProgress(qint64 operationId, int done, int failed, int total);
    void operationFinished(qint64 operationId);
    // The outcomes of one chunk, once they are written to the journal, cache and outbox.
    void chunkRecorded(qint64 operationId, const QList<Outbox::Result> &results);
    // The server could not be reached; the chunks stay pending and go out on the next run().
    void stalled(const QString &message);
    void idle();
    // Something could not be written locally; the chunk stays pending.
    void storageError(const QString &message);
    // A change went through, but the cache could not take the server's record: the change is
    // recorded as done, and the local copy is behind until the next sync.
    void localCopyBehind(const QString &message);

private:
    void pump();
    void send(const Outbox::Chunk &chunk);
    void onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response);
    void record(const Outbox::Chunk &chunk, const QList<OrgJson::MemberResult> &results,
                const QByteArray &requestId);
    void reportProgress(qint64 operationId);

    ApiClient *m_client;
    Outbox *m_outbox;
    Cache *m_cache;
    AuditJournal *m_journal;
    QString m_actor;
    int m_maxInFlight = 2; // more adds little on one server and delays a cancel
    bool m_stalled = false;
    std::deque<Outbox::Chunk> m_queue;
    QSet<qint64> m_inFlight; // chunk ids
};
