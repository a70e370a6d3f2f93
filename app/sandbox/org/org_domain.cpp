#include "sandbox/org/org_domain.h"

#include "sandbox/org/org_routes.h"
#include "sandbox/tenant/sandbox_tenant.h"

QStringList OrgDomain::prefix() const
{
    return {QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("org")};
}

DomainAccess OrgDomain::access() const
{
    return {{QStringLiteral("admin"), QStringLiteral("user")}, {QStringLiteral("admin")}};
}

QString OrgDomain::refusal(const SandboxAccount &account, bool change) const
{
    if (account.role == u"user" && change)
        return QStringLiteral("%1 is not an administrator of %2; only administrators may change "
                              "the organisation")
            .arg(account.userName, account.tenantName);
    return QStringLiteral("%1 is a %2 account of %3; the organisation is for an enterprise's "
                          "administrators and members")
        .arg(account.userName, account.role, account.tenantName);
}

void OrgDomain::attach(SandboxTenant &tenant)
{
    m_stores[tenant.id()] = std::make_unique<OrgStore>(tenant.database());
}

OrgStore &OrgDomain::store(const SandboxTenant &tenant)
{
    return *m_stores.at(tenant.id());
}

SandboxReply OrgDomain::handle(const DomainRequest &request)
{
    return OrgRoutes(store(request.tenant), request.tenant.stats()).handle(request);
}

void OrgDomain::addStats(SandboxTenant &tenant, QJsonObject *stats)
{
    stats->insert(QStringLiteral("members"), double(store(tenant).memberCount()));
}
