#pragma once
// Sends the apps outbox's pending chunks one at a time, in the order they were recorded (a
// grant then a revoke of the same member must reach the server in that order), each with the
// idempotency key written with it; writes every target's outcome to the journal, the cache and
// the outbox. After a crash the same chunks go out again with the same keys, so the server
// applies each grant exactly once.
#include "storage/outbox.h"

#include <QObject>

#include <deque>

class ApiClient;
class AppsCache;
class AuditJournal;
struct ApiResponse;

class AppsExecutor : public QObject
{
    Q_OBJECT
public:
    AppsExecutor(ApiClient *client, Outbox *outbox, AppsCache *cache, AuditJournal *journal,
                 QObject *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    bool isIdle() const { return !m_inFlight && m_queue.empty(); }

public Q_SLOTS:
    // Picks up every pending chunk (after a restart too) and sends them.
    void run();
    // Chunks of the operation not yet sent fail as cancelled; the one in flight finishes.
    void cancelOperation(qint64 operationId);

Q_SIGNALS:
    void operationProgress(qint64 operationId, int done, int failed, int total);
    void operationFinished(qint64 operationId);
    // The server could not be reached; the chunks stay pending and go out on the next run().
    void stalled(const QString &message);
    void storageError(const QString &message);
    void localCopyBehind(const QString &message);
    void idle();

private:
    void pump();
    void onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response);
    void record(const Outbox::Chunk &chunk, const QList<Outbox::Result> &results,
                const QByteArray &requestId);

    ApiClient *m_client;
    Outbox *m_outbox;
    AppsCache *m_cache;
    AuditJournal *m_journal;
    QString m_actor;
    bool m_stalled = false;
    qint64 m_inFlight = 0; // the chunk id on its way, or 0
    std::deque<Outbox::Chunk> m_queue;
};
