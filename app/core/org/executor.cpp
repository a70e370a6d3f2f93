#include "org/executor.h"

#include "common/logging.h"
#include "net/api_client.h"
#include "org/cache.h"
#include "org/org_change.h"
#include "storage/audit_journal.h"

#include <algorithm>

Executor::Executor(ApiClient *client, Outbox *outbox, Cache *cache, AuditJournal *journal,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_journal(journal)
{
}

void Executor::run()
{
    m_stalled = false;
    QSet<qint64> queued;
    for (const Outbox::Chunk &c : m_queue)
        queued.insert(c.id);
    for (const Outbox::Chunk &c : m_outbox->pendingChunks()) {
        if (!m_inFlight.contains(c.id) && !queued.contains(c.id))
            m_queue.push_back(c);
    }
    // A one-record change (a dialog's save, whose window waits) goes before the rows of a
    // long import or batch queued earlier; otherwise the order stays as recorded.
    std::stable_partition(m_queue.begin(), m_queue.end(),
                          [](const Outbox::Chunk &c) { return c.operationTotal == 1; });
    pump();
    if (isIdle())
        Q_EMIT idle();
}

void Executor::cancelOperation(qint64 operationId)
{
    const QString reason = tr("Cancelled before it was sent.");
    std::erase_if(m_queue,
                  [operationId](const Outbox::Chunk &c) { return c.operationId == operationId; });
    for (const Outbox::Chunk &c : m_outbox->pendingChunks()) {
        if (c.operationId != operationId || m_inFlight.contains(c.id))
            continue;
        QList<OrgJson::MemberResult> results;
        for (const QString &u : c.targets)
            results.append({u, QStringLiteral("CANCEL"), reason, 0});
        record(c, results, {});
    }
    if (isIdle())
        Q_EMIT idle();
}

void Executor::pump()
{
    while (!m_stalled && m_inFlight.size() < m_maxInFlight && !m_queue.empty()) {
        Outbox::Chunk chunk = m_queue.front();
        m_queue.pop_front();
        send(chunk);
    }
}

void Executor::send(const Outbox::Chunk &chunk)
{
    QString error;
    if (!m_outbox->markAttempt(chunk.id, &error)) {
        Q_EMIT storageError(error);
        return;
    }
    if (!OrgChange::isKnown(chunk.action)) {
        // Written by a newer program, or damaged: never guess what it meant.
        const QString reason =
            tr("This program does not know the action \"%1\"; nothing was sent.").arg(chunk.action);
        QList<OrgJson::MemberResult> results;
        for (const QString &u : chunk.targets)
            results.append({u, QString::fromLatin1(ResultCode::InvalidParameter), reason, 0});
        record(chunk, results, {});
        return;
    }
    m_inFlight.insert(chunk.id);
    ApiCall *call = m_client->send(OrgChange::request(chunk));
    connect(call, &ApiCall::finished, this,
            [this, chunk](const ApiResponse &response) { onAnswer(chunk, response); });
}

void Executor::onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response)
{
    m_inFlight.remove(chunk.id);
    QString error;
    const bool transient = response.error.isTransient() ||
                           response.error.kind == ApiError::Kind::Cancelled ||
                           response.error.kind == ApiError::Kind::Auth;
    if (OrgChange::isSingle(chunk.action) && !transient) {
        QString localProblem;
        record(chunk, {OrgChange::singleOutcome(chunk, response, m_cache, &localProblem)},
               response.requestId);
        if (!localProblem.isEmpty()) {
            qCWarning(lcOutbox) << "chunk" << chunk.id << localProblem;
            Q_EMIT localCopyBehind(localProblem);
        }
    } else if (response.ok()) {
        auto results = OrgJson::batchResultsFromJson(response.json, &error);
        if (!results) {
            // The change may have been applied; keep it pending so that the replay, with the
            // same key, tells us the outcome.
            m_stalled = true;
            Q_EMIT stalled(tr("The server's answer to a batch could not be read (%1); it will "
                              "be asked again.")
                               .arg(error));
        } else {
            record(chunk, *results, response.requestId);
        }
    } else if (transient) {
        m_stalled = true;
        Q_EMIT stalled(response.error.message);
    } else {
        // Refused as a whole (400, 401, 403, 422, TLS, configuration): every target fails
        // with the server's reason.
        const QString code = response.error.resultCode.isEmpty()
                                 ? QStringLiteral("HTTP%1").arg(response.error.httpStatus)
                                 : response.error.resultCode;
        QList<OrgJson::MemberResult> results;
        for (const QString &u : chunk.targets)
            results.append({u, code, response.error.message, 0});
        record(chunk, results, response.requestId);
    }
    pump();
    if (isIdle())
        Q_EMIT idle();
}

void Executor::record(const Outbox::Chunk &chunk, const QList<OrgJson::MemberResult> &results,
                      const QByteArray &requestId)
{
    QString error;
    // Journal first: if the program dies between the two writes the chunk is still pending,
    // its replay writes the journal again, and a duplicate entry is better than a missing one.
    QList<AuditEntry> entries;
    entries.reserve(results.size());
    const QString action = OrgChange::journalAction(chunk.action);
    for (const OrgJson::MemberResult &r : results) {
        AuditEntry e;
        e.actor = m_actor;
        e.action = action;
        e.target = r.userName;
        e.result = r.ok() ? QStringLiteral("done") : QStringLiteral("failed");
        e.detail = r.ok() ? r.resultMsg : r.resultCode + u' ' + r.resultMsg;
        e.requestId = QString::fromLatin1(requestId);
        e.operationId = chunk.operationId;
        entries.append(e);
    }
    QList<Outbox::Result> outcomes;
    outcomes.reserve(results.size());
    for (const OrgJson::MemberResult &r : results)
        outcomes.append({r.userName, r.ok(), r.resultCode, r.resultMsg});
    const auto known = memberActionFromName(chunk.action);
    if (!m_journal->append(entries, &error) ||
        (known && !m_cache->applyMemberResults(*known, results, &error)) ||
        !m_outbox->completeChunk(chunk, outcomes, &error)) {
        qCWarning(lcOutbox) << "recording chunk" << chunk.id << "failed:" << error;
        Q_EMIT storageError(error);
        return;
    }
    Q_EMIT chunkRecorded(chunk.operationId, outcomes);
    reportProgress(chunk.operationId);
}

void Executor::reportProgress(qint64 operationId)
{
    const auto op = m_outbox->operation(operationId);
    if (!op)
        return;
    Q_EMIT operationProgress(op->id, op->done, op->failed, op->total);
    if (op->finished())
        Q_EMIT operationFinished(op->id);
}
