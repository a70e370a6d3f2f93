#include "sandbox/licenses/licenses_domain.h"

#include "sandbox/apps/apps_codes.h"
#include "sandbox/domain/sandbox_clock.h"
#include "sandbox/http/json_reply.h"
#include "sandbox/licenses/licenses_routes.h"
#include "sandbox/tenant/sandbox_tenant.h"
#include "storage/database.h"

#include <QSqlQuery>

QStringList LicensesDomain::prefix() const
{
    return {QStringLiteral("api"), QStringLiteral("v1")};
}

QStringList LicensesDomain::collections() const
{
    return {QStringLiteral("orders"), QStringLiteral("licenses"), QStringLiteral("images")};
}

DomainAccess LicensesDomain::access() const
{
    return {{QStringLiteral("admin")}, {QStringLiteral("admin")}};
}

QString LicensesDomain::refusal(const SandboxAccount &account, bool change) const
{
    return QStringLiteral("%1 is not an administrator of %2 (role %3); only administrators may "
                          "%4 orders, Licenses and image subscriptions")
        .arg(account.userName, account.tenantName, account.role,
             change ? QStringLiteral("change") : QStringLiteral("read"));
}

void LicensesDomain::attach(SandboxTenant &tenant)
{
    m_stores[tenant.id()] = std::make_unique<LicensesStore>(tenant.database());
}

LicensesStore &LicensesDomain::store(const SandboxTenant &tenant)
{
    return *m_stores.at(tenant.id());
}

SandboxReply LicensesDomain::handle(const DomainRequest &request)
{
    LicensesStore &s = store(request.tenant);
    // As the apps domain: writes commit only with an answer that is not a server error.
    Transaction tx(request.tenant.database());
    const SandboxReply reply =
        LicensesRoutes(s, request.tenant.stats(), SandboxClock::nowMs(s.today())).handle(request);
    if (reply.status >= 500 || tx.commit())
        return reply;
    return JsonReply::from(AppsResult::storageError());
}

void LicensesDomain::addStats(SandboxTenant &tenant, QJsonObject *stats)
{
    QSqlQuery q = tenant.database().query();
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM "
                              "licenses), (SELECT COUNT(*) FROM images)")) &&
        q.next()) {
        stats->insert(QStringLiteral("orders"), q.value(0).toDouble());
        stats->insert(QStringLiteral("licenses"), q.value(1).toDouble());
        stats->insert(QStringLiteral("images"), q.value(2).toDouble());
    }
}
