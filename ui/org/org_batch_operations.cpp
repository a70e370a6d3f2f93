#include "ui/org/org_batch_operations.h"

#include "org/org_service.h"
#include "ui/org/confirm_batch_dialog.h"

OrgBatchOperations::OrgBatchOperations(OrgService *service, MemberAction action, QObject *parent)
    : BatchOperations(parent)
    , m_service(service)
    , m_action(action)
{
    connect(service, &OrgService::operationQueued, this,
            [this](quint64 ticket, qint64 id, MemberAction, int total) {
                Q_EMIT queued(ticket, id, total);
            });
    connect(service, &OrgService::operationRefused, this, &BatchOperations::refused);
    connect(service, &OrgService::operationProgress, this, &BatchOperations::progress);
    connect(service, &OrgService::operationFinished, this, &BatchOperations::finished);
    connect(service, &OrgService::resultsReady, this, &BatchOperations::resultsReady);
    connect(service, &OrgService::outboxStalled, this, &BatchOperations::stalled);
    connect(service, &OrgService::exportFinished, this, &BatchOperations::exportFinished);
}

quint64 OrgBatchOperations::newTicket() const
{
    return OrgService::newTicket();
}

QString OrgBatchOperations::title(int count) const
{
    return ConfirmBatchDialog::actionVerb(m_action, count);
}

QString OrgBatchOperations::doneText(int done) const
{
    return tr("Done: %n member(s) changed.", nullptr, done);
}

void OrgBatchOperations::send(quint64 ticket, const QStringList &keys)
{
    QMetaObject::invokeMethod(
        m_service, [s = m_service, ticket, a = m_action, keys] { s->submit(ticket, a, keys); });
}

void OrgBatchOperations::retryFailed(quint64 ticket, qint64 operationId)
{
    QMetaObject::invokeMethod(
        m_service, [s = m_service, ticket, operationId] { s->retryFailed(ticket, operationId); });
}

void OrgBatchOperations::cancel(qint64 operationId)
{
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, operationId] { s->cancelOperation(operationId); });
}

void OrgBatchOperations::requestResults(qint64 operationId)
{
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, operationId] { s->requestResults(operationId); });
}

void OrgBatchOperations::exportResults(quint64 ticket, qint64 operationId, const QString &path)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, operationId, path] {
        s->exportResults(ticket, operationId, path);
    });
}

void OrgBatchOperations::switchToUndo()
{
    m_action = m_action == MemberAction::Enable ? MemberAction::Disable : MemberAction::Enable;
}

QString OrgBatchOperations::keyHeader() const
{
    return tr("User name");
}
