#include "sandbox/apps/app_changes.h"

#include "sandbox/apps/apps_codes.h"
#include "sandbox/apps/apps_json.h"

using Kind = DomainResult::Kind;

AppChanges::AppChanges(AppsStore &store, SandboxStats &stats)
    : m_store(store)
    , m_stats(stats)
{
}

DomainResult AppChanges::setEnabled(const QString &appId, bool enabled, qint64 expectedVersion)
{
    ++m_stats.executedTargets;
    auto app = m_store.findApp(appId);
    if (!app)
        return DomainResult::fail(Kind::NotFound, ResultCode::AppNotFound,
                                  QStringLiteral("app \"%1\" does not exist").arg(appId));
    if (expectedVersion > 0 && app->version != expectedVersion)
        return DomainResult::fail(Kind::Conflict, ResultCode::VersionConflict,
                                  QStringLiteral("app \"%1\" is at version %2, not %3")
                                      .arg(appId)
                                      .arg(app->version)
                                      .arg(expectedVersion),
                                  {{QStringLiteral("current"), AppsJson::app(*app)}});
    if (app->enabled == enabled)
        return DomainResult::done({{QStringLiteral("app"), AppsJson::app(*app)}},
                                  enabled ? QStringLiteral("already enabled")
                                          : QStringLiteral("already disabled"));
    app->enabled = enabled;
    ++app->version;
    if (!m_store.writeApp(*app))
        return AppsResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("app"), AppsJson::app(*app)}},
                              enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
}

DomainResult AppChanges::acceptAgreement(const QString &appId, const QJsonObject &body)
{
    for (const QString &key : body.keys())
        if (key != u"accepted" && key != u"version")
            return AppsResult::invalid(key, QStringLiteral("not a field of this request (accepted, "
                                                           "version)"));
    if (body.value(u"accepted") != QJsonValue(true))
        return AppsResult::invalid(QStringLiteral("accepted"),
                                   QStringLiteral("expected true: the agreement is accepted "
                                                  "here, and never withdrawn"));
    ++m_stats.executedTargets;
    auto app = m_store.findApp(appId);
    if (!app)
        return DomainResult::fail(Kind::NotFound, ResultCode::AppNotFound,
                                  QStringLiteral("app \"%1\" does not exist").arg(appId));
    const qint64 expected = body.value(u"version").toInteger(0);
    if (expected > 0 && app->version != expected)
        return DomainResult::fail(Kind::Conflict, ResultCode::VersionConflict,
                                  QStringLiteral("app \"%1\" is at version %2, not %3")
                                      .arg(appId)
                                      .arg(app->version)
                                      .arg(expected),
                                  {{QStringLiteral("current"), AppsJson::app(*app)}});
    if (app->agreement)
        return DomainResult::done({{QStringLiteral("app"), AppsJson::app(*app)}},
                                  QStringLiteral("already accepted"));
    app->agreement = true;
    ++app->version;
    if (!m_store.writeApp(*app))
        return AppsResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("app"), AppsJson::app(*app)}},
                              QStringLiteral("accepted"));
}
