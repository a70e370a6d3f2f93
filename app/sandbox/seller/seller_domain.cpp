#include "sandbox/seller/seller_domain.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"
#include "sandbox/seller/credential_changes.h"
#include "sandbox/seller/harness_debug_runner.h"
#include "sandbox/seller/seller_routes.h"
#include "sandbox/tenant/sandbox_tenant.h"

SellerDomain::SellerDomain()
{
    auto harness = std::make_unique<HarnessDebugRunner>();
    m_harness = harness.get();
    m_runner = std::move(harness);
}

SellerDomain::~SellerDomain() = default;

QStringList SellerDomain::prefix() const
{
    return {QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("seller")};
}

DomainAccess SellerDomain::access() const
{
    return {{QStringLiteral("seller")}, {QStringLiteral("seller")}};
}

QString SellerDomain::refusal(const SandboxAccount &account, bool) const
{
    return QStringLiteral("%1 of %2 is not a seller account (role %3); the Seller Center is for "
                          "sellers only")
        .arg(account.userName, account.tenantName, account.role);
}

void SellerDomain::attach(SandboxTenant &tenant)
{
    m_tenants[tenant.id()] = {&tenant, std::make_unique<SellerStore>(tenant.database())};
}

SellerStore &SellerDomain::store(const SandboxTenant &tenant)
{
    return *m_tenants.at(tenant.id()).store;
}

void SellerDomain::setRunner(std::unique_ptr<DebugRunner> runner)
{
    m_harness = nullptr;
    m_runner = std::move(runner);
}

SandboxReply SellerDomain::handle(const DomainRequest &request)
{
    return SellerRoutes(store(request.tenant), request.tenant.stats(), *m_runner).handle(request);
}

void SellerDomain::addStats(SandboxTenant &tenant, QJsonObject *stats)
{
    const SellerStore &s = store(tenant);
    stats->insert(QStringLiteral("sellerKeys"), double(s.count(QStringLiteral("seller_keys"))));
    stats->insert(QStringLiteral("sellerAddresses"),
                  double(s.count(QStringLiteral("seller_addresses"))));
    stats->insert(QStringLiteral("sellerCredentials"),
                  double(s.count(QStringLiteral("seller_credentials"))));
}

QJsonObject SellerDomain::switchState() const
{
    if (m_harness)
        return m_harness->toJson();
    return {{QStringLiteral("runner"), QStringLiteral("debugger")}};
}

SandboxReply SellerDomain::configure(const QByteArray &method, const QJsonObject &body)
{
    if (method == "GET")
        return JsonReply::ok(switchState());
    static const QStringList known = {QStringLiteral("debugVerdict"),
                                      QStringLiteral("checksPassed"),
                                      QStringLiteral("checksFailed"), QStringLiteral("listed")};
    for (const QString &name : body.keys())
        if (!known.contains(name))
            return JsonReply::error(400, ResultCode::InvalidParameter,
                                    QStringLiteral("%1: not a setting of /_sandbox/seller (%2)")
                                        .arg(name, known.join(u", ")));
    // Every part is checked before any is applied: a refused request changes nothing.
    const QJsonObject listed = body.value(u"listed").toObject();
    const auto it = m_tenants.find(listed.value(u"tenant").toString());
    if (body.contains(u"listed") && (it == m_tenants.end() || !listed.value(u"appId").isString() ||
                                     !listed.value(u"listed").isBool()))
        return JsonReply::error(400, ResultCode::InvalidParameter,
                                QStringLiteral("listed: expected {\"tenant\": a tenant here, "
                                               "\"appId\": \"…\", \"listed\": true|false}"));
    QJsonObject harness = body;
    harness.remove(QStringLiteral("listed"));
    if (!harness.isEmpty()) {
        if (!m_harness)
            return JsonReply::error(400, ResultCode::InvalidParameter,
                                    QStringLiteral("the real debugger runs here; the test "
                                                   "harness's verdict is not used"));
        if (const QString e = m_harness->configure(harness); !e.isEmpty())
            return JsonReply::error(400, ResultCode::InvalidParameter, e);
    }
    QJsonObject answer = switchState();
    if (body.contains(u"listed")) {
        const DomainResult r =
            CredentialChanges(*it->second.store, it->second.tenant->stats())
                .setListed(listed.value(u"appId").toString(), listed.value(u"listed").toBool());
        if (r.kind != DomainResult::Kind::Done)
            return JsonReply::from(r);
        answer.insert(QStringLiteral("credential"), r.data.value(u"credential"));
    }
    return JsonReply::ok(answer);
}
