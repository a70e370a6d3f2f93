#pragma once
// What the enterprise bought, as a domain of the sandbox (Buyer Center: orders and instances,
// License products, yearly/monthly images; protocol reference §6.3, §7, §10): answers under
// /api/v1/orders/, /api/v1/licenses/ and /api/v1/images/ to an enterprise's administrators
// only — amounts and License keys are not for every member — and keeps each tenant's rows in
// that tenant's database.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/licenses/licenses_store.h"

#include <map>
#include <memory>

class LicensesDomain : public SandboxDomain
{
public:
    QStringList prefix() const override;
    QStringList collections() const override;
    DomainAccess access() const override;
    QString refusal(const SandboxAccount &account, bool change) const override;
    void attach(SandboxTenant &tenant) override;
    SandboxReply handle(const DomainRequest &request) override;
    void addStats(SandboxTenant &tenant, QJsonObject *stats) override;

    LicensesStore &store(const SandboxTenant &tenant); // attached, for seeding

private:
    std::map<QString, std::unique_ptr<LicensesStore>> m_stores; // by tenant id
};
