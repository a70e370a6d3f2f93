#include "seller/client/seller_executor.h"

#include "net/api_client.h"
#include "net/result_code.h"
#include "seller/client/seller_cache.h"
#include "seller/client/seller_change.h"
#include "seller/client/seller_client_logging.h"
#include "storage/audit_journal.h"

SellerExecutor::SellerExecutor(ApiClient *client, Outbox *outbox, SellerCache *cache,
                               AuditJournal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_cache(cache)
    , m_journal(journal)
{
}

void SellerExecutor::run()
{
    m_stalled = false;
    m_reload = true; // changes recorded since the queue was read are picked up next
    pump();
}

void SellerExecutor::pump()
{
    // One at a time, in the order recorded: a later change may depend on an earlier one (add,
    // then bind).
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

void SellerExecutor::send(const Outbox::Chunk &chunk)
{
    QString error;
    if (!m_outbox->markAttempt(chunk.id, &error)) {
        m_queue.clear();
        Q_EMIT storageError(error);
        return;
    }
    if (!SellerChange::isKnown(chunk.action)) {
        // Written by a newer program, or damaged: never guess what it meant.
        SellerOutcome o;
        o.operationId = chunk.operationId;
        o.action = chunk.action;
        o.target = chunk.targets.value(0);
        o.state = SellerOutcome::State::Refused;
        o.code = QString::fromLatin1(ResultCode::InvalidParameter);
        o.message =
            tr("This program does not know the action \"%1\"; nothing was sent.").arg(chunk.action);
        record(chunk, o, std::nullopt, {});
        return;
    }
    ++m_inFlight;
    ApiCall *call = m_client->send(SellerChange::request(chunk));
    connect(call, &ApiCall::finished, this,
            [this, chunk](const ApiResponse &response) { onAnswer(chunk, response); });
    qCInfo(lcSellerClient) << "sent" << chunk.action << "operation" << chunk.operationId;
    Q_EMIT sending(chunk.operationId);
}

void SellerExecutor::onAnswer(const Outbox::Chunk &chunk, const ApiResponse &response)
{
    --m_inFlight;
    const bool transient = response.error.isTransient() ||
                           response.error.kind == ApiError::Kind::Cancelled ||
                           response.error.kind == ApiError::Kind::Auth;
    if (transient) {
        // Kept pending: the next run sends it again with the same key.
        m_stalled = true;
        m_queue.clear();
        Q_EMIT stalled(response.error.message);
        return;
    }
    QString localProblem;
    std::optional<SellerSecret> secret;
    const SellerOutcome outcome =
        SellerChange::interpret(chunk, response, m_cache, &localProblem, &secret);
    if (!localProblem.isEmpty()) {
        qCWarning(lcSellerClient) << "operation" << chunk.operationId << localProblem;
        Q_EMIT localCopyBehind(localProblem);
    }
    record(chunk, outcome, secret, response.requestId);
    pump();
}

void SellerExecutor::record(const Outbox::Chunk &chunk, const SellerOutcome &outcome,
                            const std::optional<SellerSecret> &secret, const QByteArray &requestId)
{
    // Journal first: should the program die before the outbox closes the change, its replay
    // journals it again, and a duplicate entry is better than a missing one. Who, what, which
    // record and the server's words; never a secret (none is in the outcome).
    AuditEntry e;
    e.actor = m_actor;
    e.action = chunk.action;
    e.target = outcome.target;
    e.result = outcome.ok()                                      ? QStringLiteral("done")
               : outcome.state == SellerOutcome::State::Conflict ? QStringLiteral("conflict")
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
        qCWarning(lcSellerClient) << "journal:" << error;
        Q_EMIT storageError(error);
        m_stalled = true;
        m_queue.clear();
        return;
    }
    if (secret)
        Q_EMIT secretIssued(chunk.operationId, *secret);
    const Outbox::Result result{chunk.targets.value(0), outcome.ok(), outcome.code,
                                outcome.message};
    if (!m_outbox->completeChunk(chunk, {result}, &error)) {
        qCWarning(lcSellerClient) << "outbox:" << error;
        Q_EMIT storageError(error);
        m_stalled = true;
        m_queue.clear();
        return;
    }
    Q_EMIT answered(outcome);
}
