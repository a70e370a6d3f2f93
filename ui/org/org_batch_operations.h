#pragma once
// The organisation's batch (enable, disable, delete members) for BatchOperationDialog, over
// OrgService on its worker thread; enable and disable undo each other.
#include "org/domain.h"
#include "ui/shell/batch_operations.h"

class OrgService;

class OrgBatchOperations : public BatchOperations
{
    Q_OBJECT
public:
    OrgBatchOperations(OrgService *service, MemberAction action, QObject *parent = nullptr);

    quint64 newTicket() const override;
    QString title(int count) const override;
    QString doneText(int done) const override;
    void send(quint64 ticket, const QStringList &keys) override;
    void retryFailed(quint64 ticket, qint64 operationId) override;
    void cancel(qint64 operationId) override;
    void requestResults(qint64 operationId) override;
    void exportResults(quint64 ticket, qint64 operationId, const QString &path) override;
    bool canUndo() const override { return m_action != MemberAction::Delete; }
    void switchToUndo() override;
    QString keyHeader() const override;

private:
    OrgService *m_service;
    MemberAction m_action;
};
