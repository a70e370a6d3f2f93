#include "sandbox/tenant/tenant_directory.h"

SandboxTenant &TenantDirectory::add(std::unique_ptr<SandboxTenant> tenant)
{
    m_tenants.push_back(std::move(tenant));
    return *m_tenants.back();
}

SandboxTenant *TenantDirectory::find(const QString &id) const
{
    for (const auto &t : m_tenants)
        if (t->id() == id)
            return t.get();
    return nullptr;
}
