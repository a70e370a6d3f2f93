#include "apps/client/apps_executor.h"

#include "apps/client/apps_cache.h"
#include "apps/client/apps_change.h"
#include "apps/client/apps_client_logging.h"
#include "net/api_client.h"
#include "net/result_code.h"
#include "storage/audit_journal.h"

AppsExecutor::AppsExecutor(ApiClient *client, Outbox *outbox, AppsCache *cache,
                           AuditJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_journal(journal)
{
}

void AppsExecutor::run()
{
    m_stalled = false;
    m_queue.clear();
    for (const Outbox::Chunk &c : m_outbox->pendingChunks())
        if (c.id != m_inFlight)
            m_queue.push_back(c);
    pump();
    if (isIdle())
        Q_EMIT idle();
}

void AppsExecutor::cancelOperation(qint64 operationId)
{
    const QString reason = tr("Cancelled before it was sent.");
    std::erase_if(m_queue,
                  [operationId](const Outbox::Chunk &c) { return c.operationId == operationId; });
    for (const Outbox::Chunk &c : m_outbox->pendingChunks()) {
        // A chunk sent before may have been applied with its answer lost: it goes again with
        // its key to learn how it ended, never marked as not sent.
        if (c.operationId != operationId || c.id == m_inFlight || c.attempts > 0)
            continue;
        QList<Outbox::Result> results;
        for (const QString &key : c.targets)
            results.append({key, false, QStringLiteral("CANCEL"), reason});
        record(c, results, {});
    }
    if (isIdle())
        Q_EMIT idle();
}

void AppsExecutor::pump()
{
    while (!m_stalled && !m_inFlight && !m_queue.empty()) {
        const Outbox::Chunk chunk = m_queue.front();
        m_queue.pop_front();
        QString error;
        if (!m_outbox->markAttempt(chunk.id, &error)) {
            Q_EMIT storageError(error);
            return;
        }
        if (!AppsChange::isKnown(chunk.action)) {
            // Written by a newer program, or damaged: never guess what it meant.
            const QString reason =
                tr("This program does not know the action \"%1\"; nothing was sent.")
                    .arg(chunk.action);
            QList<Outbox::Result> results;
            for (const QString &key : chunk.targets)
                results.append(
                    {key, false, QString::fromLatin1(ResultCode::InvalidParameter), reason});
            record(chunk, results, {});
            continue;
        }
        m_inFlight = chunk.id;
        ApiCall *call = m_client->send(AppsChange::request(chunk));
        connect(call, &ApiCall::finished, this,
                [this, chunk](const ApiResponse &response) { onAnswer(chunk, response); });
    }
}

void AppsExecutor::onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response)
{
    m_inFlight = 0;
    const bool transient = response.error.isTransient() ||
                           response.error.kind == ApiError::Kind::Cancelled ||
                           response.error.kind == ApiError::Kind::Auth;
    if (transient) {
        m_stalled = true;
        Q_EMIT stalled(response.error.message);
        return;
    }
    QString localProblem, unreadable;
    const auto results =
        AppsChange::interpret(chunk, response, m_cache, &localProblem, &unreadable);
    if (!results) {
        // The change may have been applied; keep it pending so that the replay, with the
        // same key, tells us the outcome.
        m_stalled = true;
        Q_EMIT stalled(tr("The server's answer to %1 could not be read (%2); it will be asked "
                          "again.")
                           .arg(chunk.action, unreadable));
        return;
    }
    record(chunk, *results, response.requestId);
    if (!localProblem.isEmpty()) {
        qCWarning(lcAppsClient) << "chunk" << chunk.id << localProblem;
        Q_EMIT localCopyBehind(localProblem);
    }
    pump();
    if (isIdle())
        Q_EMIT idle();
}

void AppsExecutor::record(const Outbox::Chunk &chunk, const QList<Outbox::Result> &results,
                          const QByteArray &requestId)
{
    // Journal first: if the program dies between the two writes the chunk is still pending,
    // its replay writes the journal again, and a duplicate entry is better than a missing one.
    QList<AuditEntry> entries;
    entries.reserve(results.size());
    for (const Outbox::Result &r : results) {
        AuditEntry e;
        e.actor = m_actor;
        e.action = AppsChange::journalAction(chunk);
        e.target = r.key;
        e.result = r.ok ? QStringLiteral("done") : QStringLiteral("failed");
        e.detail = r.ok ? r.message : r.resultCode + u' ' + r.message;
        e.requestId = QString::fromLatin1(requestId);
        e.operationId = chunk.operationId;
        entries.append(e);
    }
    QString error;
    if (!m_journal->append(entries, &error) || !m_outbox->completeChunk(chunk, results, &error)) {
        qCWarning(lcAppsClient) << "recording chunk" << chunk.id << "failed:" << error;
        Q_EMIT storageError(error);
        return;
    }
    if (const auto op = m_outbox->operation(chunk.operationId)) {
        Q_EMIT operationProgress(op->id, op->done, op->failed, op->total);
        if (op->finished())
            Q_EMIT operationFinished(op->id);
    }
}
