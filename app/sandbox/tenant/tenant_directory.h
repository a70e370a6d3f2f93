#pragma once
// The tenants a sandbox serves, found by the id a bearer token names. The first one added is
// the primary (AuthServer::primaryTenant()): its database keeps the sign-ins and its counters
// the server-wide figures.
#include "sandbox/tenant/sandbox_tenant.h"

#include <vector>

class TenantDirectory
{
public:
    SandboxTenant &add(std::unique_ptr<SandboxTenant> tenant);
    SandboxTenant *find(const QString &id) const;
    SandboxTenant &primary() const { return *m_tenants.front(); }
    const std::vector<std::unique_ptr<SandboxTenant>> &all() const { return m_tenants; }

private:
    std::vector<std::unique_ptr<SandboxTenant>> m_tenants;
};
