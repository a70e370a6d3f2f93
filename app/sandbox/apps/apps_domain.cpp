#include "sandbox/apps/apps_domain.h"

#include "common/logging.h"
#include "sandbox/apps/apps_codes.h"
#include "sandbox/apps/apps_json.h"
#include "sandbox/apps/apps_routes.h"
#include "sandbox/apps/seat_reconciler.h"
#include "sandbox/domain/sandbox_clock.h"
#include "sandbox/http/json_reply.h"
#include "sandbox/tenant/sandbox_tenant.h"
#include "storage/database.h"

#include <QSqlQuery>

QStringList AppsDomain::prefix() const
{
    return {QStringLiteral("api"), QStringLiteral("v1")};
}

QStringList AppsDomain::collections() const
{
    return {QStringLiteral("apps"), QStringLiteral("groups")};
}

DomainAccess AppsDomain::access() const
{
    return {{QStringLiteral("admin"), QStringLiteral("user")}, {QStringLiteral("admin")}};
}

QString AppsDomain::refusal(const SandboxAccount &account, bool change) const
{
    if (account.role == u"user" && change)
        return QStringLiteral("%1 is not an administrator of %2; only administrators may change "
                              "apps, their authorisations and groups")
            .arg(account.userName, account.tenantName);
    return QStringLiteral("%1 is a %2 account of %3; apps are for an enterprise's administrators "
                          "and members")
        .arg(account.userName, account.role, account.tenantName);
}

void AppsDomain::attach(SandboxTenant &tenant)
{
    m_tenants[tenant.id()] = {&tenant, std::make_unique<AppsStore>(tenant.database()),
                              std::make_unique<OrgView>(tenant.database())};
}

AppsStore &AppsDomain::store(const SandboxTenant &tenant)
{
    return *m_tenants.at(tenant.id()).store;
}

OrgView &AppsDomain::org(const SandboxTenant &tenant)
{
    return *m_tenants.at(tenant.id()).org;
}

SandboxReply AppsDomain::handle(const DomainRequest &request)
{
    Attached &a = m_tenants.at(request.tenant.id());
    // The department tree may have changed since the last request: read it afresh.
    a.org = std::make_unique<OrgView>(request.tenant.database());
    const QDate today =
        QDate::fromString(a.store->meta(QStringLiteral("sandbox_today")), Qt::ISODate);
    const qint64 now = SandboxClock::nowMs(today.isValid() ? today : SandboxClock::realToday());
    {
        Transaction tx(request.tenant.database());
        if (!SeatReconciler(*a.store, *a.org).followOrganisation(now) || !tx.commit())
            return JsonReply::from(AppsResult::storageError());
    }
    // A change that fails half-way (the storage refused a write) leaves nothing behind: the
    // routes' writes commit only with an answer that is not a server error.
    Transaction tx(request.tenant.database());
    const SandboxReply reply =
        AppsRoutes(*a.store, *a.org, request.tenant.stats(), now).handle(request);
    if (reply.status >= 500)
        return reply;
    if (!tx.commit())
        return JsonReply::from(AppsResult::storageError());
    return reply;
}

void AppsDomain::addStats(SandboxTenant &tenant, QJsonObject *stats)
{
    QSqlQuery q = tenant.database().query();
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM apps), (SELECT COUNT(*) FROM "
                              "app_seats), (SELECT COUNT(*) FROM member_groups)")) &&
        q.next()) {
        stats->insert(QStringLiteral("apps"), q.value(0).toDouble());
        stats->insert(QStringLiteral("appSeats"), q.value(1).toDouble());
        stats->insert(QStringLiteral("groups"), q.value(2).toDouble());
    }
}

SandboxReply AppsDomain::configure(const QByteArray &method, const QJsonObject &body)
{
    if (method == "GET")
        return JsonReply::ok({{QStringLiteral("settings"),
                               QStringLiteral("loginUrl: {tenant, appId, url}; used: {tenant, "
                                              "appId, userName}; seats: {tenant, appId, "
                                              "bought}")}});
    const QString setting = body.keys().value(0);
    const QJsonObject o = body.value(setting).toObject();
    const auto it = m_tenants.find(o.value(u"tenant").toString());
    if (body.size() != 1 || (setting != u"loginUrl" && setting != u"used" && setting != u"seats") ||
        it == m_tenants.end())
        return JsonReply::error(400, ResultCode::InvalidParameter,
                                QStringLiteral("expected {\"loginUrl\": {\"tenant\", \"appId\", "
                                               "\"url\"}}, {\"used\": {\"tenant\", \"appId\", "
                                               "\"userName\"}} or {\"seats\": {\"tenant\", "
                                               "\"appId\", \"bought\"}}, with a tenant here"));
    AppsStore &store = *it->second.store;
    auto app = store.findApp(o.value(u"appId").toString());
    if (!app)
        return JsonReply::error(404, ResultCode::AppNotFound, QStringLiteral("no such app"));
    Transaction tx(store.database());
    if (setting == u"loginUrl") {
        // The seller sets (or clears) this enterprise's address on an app of 独立域名.
        app->loginUrl = o.value(u"url").toString();
        ++app->version;
        if (!store.writeApp(*app) || !tx.commit())
            return JsonReply::from(AppsResult::storageError());
        return JsonReply::ok({{QStringLiteral("app"), AppsJson::app(*app)}});
    }
    if (setting == u"seats") {
        // The enterprise buys more seats (or gives some back, never below those held); the
        // new ones go to members waiting for one.
        const int bought = o.value(u"bought").toInt(-1);
        if (bought < app->assigned || bought > 1'000'000)
            return JsonReply::error(400, ResultCode::InvalidParameter,
                                    QStringLiteral("bought: a whole number from the seats held "
                                                   "(%1) to 1000000")
                                        .arg(app->assigned));
        app->seats = bought;
        ++app->version;
        if (!store.writeApp(*app) ||
            (store.seatWaiting(app->appId) > 0 && !store.refreshCounts(app->appId)) || !tx.commit())
            return JsonReply::from(AppsResult::storageError());
        return JsonReply::ok({{QStringLiteral("app"), AppsJson::app(*store.findApp(app->appId))}});
    }
    auto seat = store.findSeat(app->appId, o.value(u"userName").toString());
    if (!seat)
        return JsonReply::error(404, ResultCode::InvalidParameter,
                                QStringLiteral("the member holds no seat of this app"));
    const QDate today = QDate::fromString(store.meta(QStringLiteral("sandbox_today")), Qt::ISODate);
    seat->lastUsedMs = SandboxClock::nowMs(today.isValid() ? today : SandboxClock::realToday());
    ++seat->version;
    if (!store.writeSeat(*seat) || !tx.commit())
        return JsonReply::from(AppsResult::storageError());
    return JsonReply::ok({{QStringLiteral("seat"), AppsJson::seat(*seat)}});
}
