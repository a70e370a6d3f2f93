#include "licenses/client/licenses_executor.h"

#include "licenses/client/licenses_cache.h"
#include "licenses/client/licenses_change.h"
#include "licenses/client/licenses_client_logging.h"
#include "net/api_client.h"
#include "net/result_code.h"
#include "storage/audit_journal.h"

LicensesExecutor::LicensesExecutor(ApiClient *client, Outbox *outbox, LicensesCache *cache,
                                   AuditJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_journal(journal)
{
}

void LicensesExecutor::run()
{
    m_stalled = false;
    m_reload = true; // changes recorded since the queue was read are picked up next
    pump();
}

void LicensesExecutor::pump()
{
    // One at a time, in the order recorded: a renewal switched on and off again must reach
    // the server in that order.
    while (!m_stalled && m_inFlight == 0) {
        if (m_queue.empty()) {
            if (!m_reload)
                return;
            m_reload = false;
            for (const Outbox::Chunk &c : m_outbox->pendingChunks())
                m_queue.push_back(c);
            if (m_queue.empty())
                return;
        }
        const Outbox::Chunk chunk = m_queue.front();
        m_queue.pop_front();
        send(chunk);
    }
}

void LicensesExecutor::send(const Outbox::Chunk &chunk)
{
    QString error;
    if (!m_outbox->markAttempt(chunk.id, &error)) {
        stop(error);
        return;
    }
    if (!LicensesChange::isKnown(chunk.action)) {
        // Written by a newer program, or damaged: never guess what it meant.
        LicensesOutcome o;
        o.operationId = chunk.operationId;
        o.action = chunk.action;
        o.target = chunk.targets.value(0);
        o.state = LicensesOutcome::State::Refused;
        o.code = QString::fromLatin1(ResultCode::InvalidParameter);
        o.message =
            tr("This program does not know the action \"%1\"; nothing was sent.").arg(chunk.action);
        record(chunk, o, {});
        return;
    }
    ++m_inFlight;
    ApiCall *call = m_client->send(LicensesChange::request(chunk));
    connect(call, &ApiCall::finished, this,
            [this, chunk](const ApiResponse &response) { onAnswer(chunk, response); });
    qCInfo(lcLicensesClient) << "sent" << chunk.action << "operation" << chunk.operationId;
    Q_EMIT sending(chunk.operationId);
}

void LicensesExecutor::onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response)
{
    --m_inFlight;
    const bool transient = response.error.isTransient() ||
                           response.error.kind == ApiError::Kind::Cancelled ||
                           response.error.kind == ApiError::Kind::Auth;
    if (transient) {
        // Kept pending: the next run sends it again with the same key and body.
        m_stalled = true;
        m_queue.clear();
        Q_EMIT stalled(response.error.message);
        return;
    }
    QString localProblem;
    const LicensesOutcome outcome =
        LicensesChange::interpret(chunk, response, m_cache, &localProblem);
    if (!localProblem.isEmpty()) {
        qCWarning(lcLicensesClient) << "operation" << chunk.operationId << localProblem;
        Q_EMIT localCopyBehind(localProblem);
    }
    record(chunk, outcome, response.requestId);
    pump();
}

void LicensesExecutor::record(const Outbox::Chunk &chunk, const LicensesOutcome &outcome,
                              const QByteArray &requestId)
{
    // Journal first: should the program die before the outbox closes the change, its replay
    // journals it again, and a duplicate entry is better than a missing one. Who, what, which
    // record and the outcome's words — a License's id, never its characters.
    AuditEntry e;
    e.actor = m_actor;
    e.action = chunk.action;
    e.target = outcome.target;
    e.result = outcome.ok()                                        ? QStringLiteral("done")
               : outcome.state == LicensesOutcome::State::Conflict ? QStringLiteral("conflict")
                                                                   : QStringLiteral("failed");
    e.detail = outcome.ok()
                   ? outcome.message
                   : outcome.code + u' ' + outcome.message +
                         (outcome.field.isEmpty() ? QString()
                                                  : QStringLiteral(" [") + outcome.field + u']');
    e.requestId = QString::fromLatin1(requestId);
    e.operationId = chunk.operationId;
    QString error;
    if (!m_journal->append(e, &error)) {
        stop(error);
        return;
    }
    const Outbox::Result result{chunk.targets.value(0), outcome.ok(), outcome.code,
                                outcome.message};
    if (!m_outbox->completeChunk(chunk, {result}, &error)) {
        stop(error);
        return;
    }
    Q_EMIT answered(outcome);
}

void LicensesExecutor::stop(const QString &storageProblem)
{
    qCWarning(lcLicensesClient) << "storage:" << storageProblem;
    m_stalled = true;
    m_queue.clear();
    Q_EMIT storageError(storageProblem);
}
