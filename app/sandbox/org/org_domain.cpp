#include "sandbox/org/org_domain.h"

#include "sandbox/org/org_routes.h"
#include "sandbox/tenant/sandbox_tenant.h"

QStringList OrgDomain::prefix() const
{
    return {QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("org")};
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
