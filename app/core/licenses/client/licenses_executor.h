#pragma once
// Sends the licenses outbox's pending changes one at a time, in the order they were recorded,
// each with the idempotency key (and the body, a License application's eventId included)
// written with it; writes each outcome to the journal, the cache and the outbox. After a crash
// the same changes go out again with the same keys and bodies, so the server applies each
// exactly once and a License application answers the License it issued.
#include "licenses/client/licenses_outcome.h"
#include "storage/outbox.h"

#include <QObject>

#include <deque>

class ApiClient;
class AuditJournal;
class LicensesCache;
struct ApiResponse;

class LicensesExecutor : public QObject
{
    Q_OBJECT
public:
    LicensesExecutor(ApiClient *client, Outbox *outbox, LicensesCache *cache, AuditJournal *journal,
                     QObject *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }

public Q_SLOTS:
    // Picks up every pending change (after a restart too) and sends them.
    void run();

Q_SIGNALS:
    // A change was sent (its answer is awaited).
    void sending(qint64 operationId);
    // The outcome, once written to the journal, the cache and the outbox.
    void answered(const LicensesOutcome &outcome);
    // The server could not be reached; the changes stay pending until the next run().
    void stalled(const QString &message);
    void storageError(const QString &message);
    void localCopyBehind(const QString &message);

private:
    void pump();
    void send(const Outbox::Chunk &chunk);
    void onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response);
    void record(const Outbox::Chunk &chunk, const LicensesOutcome &outcome,
                const QByteArray &requestId);
    void stop(const QString &storageProblem);

    ApiClient *m_client;
    Outbox *m_outbox;
    LicensesCache *m_cache;
    AuditJournal *m_journal;
    QString m_actor;
    bool m_stalled = false;
    bool m_reload = false; // the outbox holds changes the queue has not read
    int m_inFlight = 0;
    std::deque<Outbox::Chunk> m_queue;
};
