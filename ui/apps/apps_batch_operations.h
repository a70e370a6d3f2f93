#pragma once
// A grant, revoke or reclaim of one app for BatchOperationDialog, over AppsService on its
// worker thread. None is undone from the window: a target answered "already granted" (or "not
// granted") comes back done too, so the opposite change would take away what was there
// before; and a reclaimed seat went to whoever waited for it.
#include "apps/client/apps_change.h"
#include "ui/shell/batch_operations.h"

class AppsService;

class AppsBatchOperations : public BatchOperations
{
    Q_OBJECT
public:
    enum class Action
    {
        Grant,
        Revoke,
        Reclaim,
        Authorise // the authorisation editor's revokes and grants as one operation
    };
    // Keys sent are targets of `appId`: "member:fang.wang00042", "department:D00012",
    // "group:G0003" (a reclaim: members only). An Authorise key starts with "+" (grant) or
    // "-" (revoke): "-department:D00012".
    AppsBatchOperations(AppsService *service, Action action, const QString &appId,
                        const QString &appName, QObject *parent = nullptr);

    quint64 newTicket() const override;
    QString title(int count) const override;
    QString doneText(int done) const override;
    void send(quint64 ticket, const QStringList &keys) override;
    void retryFailed(quint64 ticket, qint64 operationId) override;
    void cancel(qint64 operationId) override;
    void requestResults(qint64 operationId) override;
    void exportResults(quint64 ticket, qint64 operationId, const QString &path) override;
    bool canUndo() const override { return false; }
    QString keyLabel(const QString &key) const override;
    QString keyHeader() const override;

    // "member:fang.wang00042" (or the outbox's "app-…|member:…") as a target.
    static std::optional<AppsChange::Target> target(const QString &key);

private:
    AppsService *m_service;
    Action m_action;
    QString m_appId;
    QString m_appName;
};
