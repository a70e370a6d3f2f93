#include "ui/apps/apps_batch_operations.h"

#include "apps/client/apps_service.h"

AppsBatchOperations::AppsBatchOperations(AppsService *service, Action action, const QString &appId,
                                         const QString &appName, QObject *parent)
    : BatchOperations(parent)
    , m_service(service)
    , m_action(action)
    , m_appId(appId)
    , m_appName(appName)
{
    connect(service, &AppsService::operationQueued, this,
            [this](quint64 ticket, qint64 id, const QString &, int total, const QString &problem) {
                if (id == 0) // refused before the outbox: nothing to follow
                    Q_EMIT refused(ticket, problem);
                else
                    Q_EMIT queued(ticket, id, total);
            });
    connect(service, &AppsService::operationProgress, this, &BatchOperations::progress);
    connect(service, &AppsService::operationFinished, this, &BatchOperations::finished);
    connect(service, &AppsService::resultsReady, this, &BatchOperations::resultsReady);
    connect(service, &AppsService::outboxStalled, this, &BatchOperations::stalled);
    connect(service, &AppsService::exportFinished, this, &BatchOperations::exportFinished);
}

std::optional<AppsChange::Target> AppsBatchOperations::target(const QString &key)
{
    const QString k = key.contains(u'|') ? key.section(u'|', 1) : key;
    const qsizetype colon = k.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const auto kind = AppGrant::kindFromName(k.left(colon));
    if (!kind || *kind == AppGrant::Kind::Exclusion)
        return std::nullopt;
    return AppsChange::Target{*kind, k.mid(colon + 1)};
}

quint64 AppsBatchOperations::newTicket() const
{
    return AppsService::newTicket();
}

QString AppsBatchOperations::title(int count) const
{
    switch (m_action) {
    case Action::Grant:
        return tr("Grant %1 to %n target(s)", nullptr, count).arg(m_appName);
    case Action::Revoke:
        return tr("Revoke %1 from %n target(s)", nullptr, count).arg(m_appName);
    case Action::Reclaim:
        return tr("Reclaim %n seat(s) of %1", nullptr, count).arg(m_appName);
    case Action::Authorise:
        return tr("Change who may use %1: %n target(s)", nullptr, count).arg(m_appName);
    }
    return {};
}

QString AppsBatchOperations::doneText(int done) const
{
    return m_action == Action::Reclaim ? tr("Done: %n seat(s) reclaimed.", nullptr, done)
                                       : tr("Done: %n target(s) changed.", nullptr, done);
}

void AppsBatchOperations::send(quint64 ticket, const QStringList &keys)
{
    QList<AppsChange::Target> targets, revokes;
    for (const QString &key : keys) {
        const bool revoke = m_action == Action::Authorise && key.startsWith(u'-');
        const bool signed_ =
            m_action == Action::Authorise && (key.startsWith(u'-') || key.startsWith(u'+'));
        if (const auto t = target(signed_ ? key.mid(1) : key))
            (revoke ? revokes : targets).append(*t);
    }
    QMetaObject::invokeMethod(
        m_service, [s = m_service, ticket, a = m_action, appId = m_appId, targets, revokes] {
            switch (a) {
            case Action::Grant:
                s->grant(ticket, appId, targets);
                break;
            case Action::Revoke:
                s->revoke(ticket, appId, targets);
                break;
            case Action::Authorise:
                s->authorise(ticket, appId, targets, revokes);
                break;
            case Action::Reclaim: {
                QStringList users;
                for (const AppsChange::Target &t : targets)
                    users.append(t.id);
                s->reclaim(ticket, appId, users);
                break;
            }
            }
        });
}

void AppsBatchOperations::retryFailed(quint64 ticket, qint64 operationId)
{
    QMetaObject::invokeMethod(
        m_service, [s = m_service, ticket, operationId] { s->retryFailed(ticket, operationId); });
}

void AppsBatchOperations::cancel(qint64 operationId)
{
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, operationId] { s->cancelOperation(operationId); });
}

void AppsBatchOperations::requestResults(qint64 operationId)
{
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, operationId] { s->requestResults(operationId); });
}

void AppsBatchOperations::exportResults(quint64 ticket, qint64 operationId, const QString &path)
{
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, operationId, path] {
        s->exportResults(ticket, operationId, path);
    });
}

QString AppsBatchOperations::keyLabel(const QString &key) const
{
    // An authorisation's keys carry their sign until they are sent; the outbox's results do
    // not (their server message says "granted" or "revoked", the journal the action).
    const bool revoke = key.startsWith(u'-');
    const auto t = target(revoke || key.startsWith(u'+') ? key.mid(1) : key);
    if (!t)
        return key;
    QString label;
    switch (t->kind) {
    case AppGrant::Kind::Department:
        label = tr("department %1").arg(t->id);
        break;
    case AppGrant::Kind::Group:
        label = tr("group %1").arg(t->id);
        break;
    default:
        label = t->id;
        break;
    }
    return revoke ? tr("%1 (revoke)").arg(label) : label;
}

QString AppsBatchOperations::keyHeader() const
{
    return tr("Member, department or group");
}
