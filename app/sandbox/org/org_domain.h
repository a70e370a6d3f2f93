#pragma once
// The organisation as a domain of the sandbox: answers under /api/v1/org/ to an enterprise's
// administrators (read and change) and members (read only), keeps each tenant's departments
// and members in that tenant's database, and reports their number in /_sandbox/stats.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/org/org_store.h"

#include <map>
#include <memory>

class OrgDomain : public SandboxDomain
{
public:
    QStringList prefix() const override;
    DomainAccess access() const override;
    QString refusal(const SandboxAccount &account, bool change) const override;
    void attach(SandboxTenant &tenant) override;
    SandboxReply handle(const DomainRequest &request) override;
    void addStats(SandboxTenant &tenant, QJsonObject *stats) override;

    // The tenant's store (attached), for seeding.
    OrgStore &store(const SandboxTenant &tenant);

private:
    std::map<QString, std::unique_ptr<OrgStore>> m_stores; // by tenant id
};
