#include "sandbox/sandbox_server.h"

#include "net/result_code.h"
#include "sandbox/admin/admin_routes.h"
#include "sandbox/http/json_reply.h"
#include "sandbox/oauth/oauth_routes.h"
#include "sandbox/pipeline/authenticate_stage.h"
#include "sandbox/pipeline/count_stage.h"
#include "sandbox/pipeline/fault_stage.h"
#include "sandbox/pipeline/idempotency_stage.h"
#include "sandbox/pipeline/role_stage.h"
#include "sandbox/pipeline/route_stage.h"
#include "sandbox/pipeline/tenant_stage.h"

#include <QTcpSocket>

SandboxServer::SandboxServer(std::unique_ptr<SandboxTenant> primary, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_writer(m_faults, primary->stats())
{
    SandboxTenant &tenant = m_tenants.add(std::move(primary));
    m_auth.attach(&tenant.database());
    // The order decides which answer wins when several apply, so it is the contract: the
    // switches before any fault, faults before the sign-in endpoints (a test may aim them at
    // the token endpoint), and a refusal for the bearer before one for the tenant, the role
    // or a missing Idempotency-Key.
    SandboxStats &stats = tenant.stats();
    m_pipeline.append(std::make_unique<CountStage>(stats));
    m_pipeline.append(std::make_unique<AdminRoutes>(m_faults, m_auth, m_tenants, m_domains));
    m_pipeline.append(std::make_unique<FaultStage>(m_faults, stats));
    m_pipeline.append(std::make_unique<OAuthRoutes>(m_auth, [this] { return issuer(); }));
    m_pipeline.append(std::make_unique<AuthenticateStage>(m_auth));
    m_pipeline.append(std::make_unique<TenantStage>(m_tenants));
    m_pipeline.append(std::make_unique<RoleStage>(m_domains));
    m_pipeline.append(std::make_unique<IdempotencyStage>());
    m_pipeline.append(std::make_unique<RouteStage>(m_domains));
}

SandboxServer::~SandboxServer() = default;

SandboxTenant &SandboxServer::addTenant(std::unique_ptr<SandboxTenant> tenant)
{
    SandboxTenant &added = m_tenants.add(std::move(tenant));
    for (const auto &domain : m_domains)
        domain->attach(added);
    return added;
}

void SandboxServer::registerDomain(std::unique_ptr<SandboxDomain> domain)
{
    for (const auto &tenant : m_tenants.all())
        domain->attach(*tenant);
    m_domains.push_back(std::move(domain));
}

void SandboxServer::enableTls(const QSslConfiguration &configuration)
{
    sslSetup(configuration);
    m_tls = true;
}

quint16 SandboxServer::listenLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QString SandboxServer::issuer()
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(serverPorts().value(0));
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    ++primaryTenant().stats().inFlight;
    m_writer.write(socket,
                   SandboxAnswer::of(JsonReply::error(404, ResultCode::InvalidParameter,
                                                      QStringLiteral("no such endpoint"))),
                   {});
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    RequestContext context(request);
    // Every request is answered exactly once, and the writer counts it out again.
    m_writer.write(socket, m_pipeline.run(context), context.requestId);
    return true;
}
