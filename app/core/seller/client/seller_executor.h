#pragma once
// Sends the seller outbox's pending changes one at a time, in the order they were recorded
// (an address is added before its keys are bound), each with the idempotency key written with
// it; writes each outcome to the journal, the cache and the outbox. After a crash the same
// changes go out again with the same keys, so the server applies each exactly once. A secret
// in an answer is handed on (secretIssued) before the outbox closes the change, so a crash in
// between delivers it again from the server's stored answer rather than losing it.
#include "seller/client/seller_outcome.h"
#include "storage/outbox.h"

#include <QObject>

#include <deque>

class ApiClient;
class AuditJournal;
class SellerCache;
struct ApiResponse;

class SellerExecutor : public QObject
{
    Q_OBJECT
public:
    SellerExecutor(ApiClient *client, Outbox *outbox, SellerCache *cache, AuditJournal *journal,
                   QObject *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    bool isIdle() const { return m_inFlight == 0 && m_queue.empty(); }

public Q_SLOTS:
    // Picks up every pending change (after a restart too) and sends them.
    void run();

Q_SIGNALS:
    // A change was sent (its answer is awaited).
    void sending(qint64 operationId);
    void secretIssued(qint64 operationId, const SellerSecret &secret);
    // The outcome, once written to the journal, the cache and the outbox.
    void answered(const SellerOutcome &outcome);
    // The server could not be reached; the changes stay pending until the next run().
    void stalled(const QString &message);
    void storageError(const QString &message);
    void localCopyBehind(const QString &message);

private:
    void pump();
    void send(const Outbox::Chunk &chunk);
    void onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response);
    void record(const Outbox::Chunk &chunk, const SellerOutcome &outcome,
                const std::optional<SellerSecret> &secret, const QByteArray &requestId);

    ApiClient *m_client;
    Outbox *m_outbox;
    SellerCache *m_cache;
    AuditJournal *m_journal;
    QString m_actor;
    bool m_stalled = false;
    bool m_reload = false; // the outbox holds changes the queue has not read
    int m_inFlight = 0;
    std::deque<Outbox::Chunk> m_queue;
};
