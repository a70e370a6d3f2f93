#pragma once
// The Seller Center as a domain of the sandbox (KooGallery's 卖家中心 > 应用工具: 密钥管理,
// 生产地址管理, 应用接入调试, 应用凭证管理): answers under /api/v1/seller/ to seller accounts
// only, keeps each tenant's keys, addresses, runs and credentials in that tenant's database,
// runs debugging through one DebugRunner, and has a switch at /_sandbox/seller: the test
// harness's verdict, and whether a credential is bound to a listed product.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/seller/debug_runner.h"
#include "sandbox/seller/seller_store.h"

#include <map>
#include <memory>

class HarnessDebugRunner;

class SellerDomain : public SandboxDomain
{
public:
    SellerDomain(); // with the test harness as its runner
    ~SellerDomain() override;

    QStringList prefix() const override;
    DomainAccess access() const override;
    QString refusal(const SandboxAccount &account, bool change) const override;
    void attach(SandboxTenant &tenant) override;
    SandboxReply handle(const DomainRequest &request) override;
    void addStats(SandboxTenant &tenant, QJsonObject *stats) override;
    QString switchName() const override { return QStringLiteral("seller"); }
    SandboxReply configure(const QByteArray &method, const QJsonObject &body) override;

    // The tenant's store (attached), for seeding.
    SellerStore &store(const SandboxTenant &tenant);
    // Puts the real debugger (app/core/seller/) in the test harness's place.
    void setRunner(std::unique_ptr<DebugRunner> runner);

private:
    struct Attached
    {
        SandboxTenant *tenant = nullptr;
        std::unique_ptr<SellerStore> store;
    };
    QJsonObject switchState() const;

    std::map<QString, Attached> m_tenants; // by tenant id
    std::unique_ptr<DebugRunner> m_runner;
    HarnessDebugRunner *m_harness = nullptr; // m_runner while it is the harness
};
