#pragma once
// Apps and their authorisations as a domain of the sandbox (Buyer Center 联营服务 > 应用管理,
// 应用授权; protocol reference §9): answers under /api/v1/apps/ and /api/v1/groups/ to an
// enterprise's administrators (read and change) and members (read only), keeps each tenant's
// apps, authorisation lists, seats, groups and seat history in that tenant's database beside
// the organisation, and follows the organisation's changes before every answer. Its switch at
// /_sandbox/apps plays the seller and the apps: a per-tenant login address set, a member
// having used an app.
#include "sandbox/apps/apps_store.h"
#include "sandbox/apps/org_view.h"
#include "sandbox/domain/sandbox_domain.h"

#include <map>
#include <memory>

class AppsDomain : public SandboxDomain
{
public:
    QStringList prefix() const override;
    QStringList collections() const override;
    DomainAccess access() const override;
    QString refusal(const SandboxAccount &account, bool change) const override;
    void attach(SandboxTenant &tenant) override;
    SandboxReply handle(const DomainRequest &request) override;
    void addStats(SandboxTenant &tenant, QJsonObject *stats) override;
    QString switchName() const override { return QStringLiteral("apps"); }
    SandboxReply configure(const QByteArray &method, const QJsonObject &body) override;

    // The tenant's store and view of its organisation (attached), for seeding.
    AppsStore &store(const SandboxTenant &tenant);
    OrgView &org(const SandboxTenant &tenant);

private:
    struct Attached
    {
        SandboxTenant *tenant = nullptr;
        std::unique_ptr<AppsStore> store;
        std::unique_ptr<OrgView> org;
    };
    std::map<QString, Attached> m_tenants; // by tenant id
};
