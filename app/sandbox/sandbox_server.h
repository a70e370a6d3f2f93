#pragma once
// The sandbox's HTTP front, listening on 127.0.0.1 only: every request goes through one
// pipeline of stages (count, /_sandbox switches, faults, sign-in endpoints, authenticate,
// tenant, role, idempotency, route; docs/architecture.md) to the domain whose path it is
// under, and the answer is written back as the faults say.
#include "sandbox/auth_server.h"
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/fault_injector.h"
#include "sandbox/http/response_writer.h"
#include "sandbox/pipeline/request_pipeline.h"
#include "sandbox/tenant/tenant_directory.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>

#include <memory>
#include <vector>

class QHttpServerRequest;
class QTcpSocket;

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `primary`: AuthServer::primaryTenant()'s; it keeps the sign-ins too.
    explicit SandboxServer(std::unique_ptr<SandboxTenant> primary, QObject *parent = nullptr);
    ~SandboxServer() override;

    // 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listenLoopback(quint16 port = 0);

    SandboxTenant &primaryTenant() { return m_tenants.primary(); }
    SandboxTenant &addTenant(std::unique_ptr<SandboxTenant> tenant);
    // Puts a domain's routes behind the shared stages and gives it storage in every tenant:
    // the one line a new domain adds to createSandbox().
    template <typename D> D &addDomain(std::unique_ptr<D> domain)
    {
        D &added = *domain;
        registerDomain(std::move(domain));
        return added;
    }

    FaultInjector &faults() { return m_faults; }
    AuthServer &auth() { return m_auth; }
    // Serve HTTPS with this configuration from the next listen() on.
    void enableTls(const QSslConfiguration &configuration);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void registerDomain(std::unique_ptr<SandboxDomain> domain);
    // What the sandbox calls itself as an authorization server (discovery, callbacks);
    // not const: QAbstractHttpServer::serverPorts() is not.
    QString issuer();

    // Declared in the order they depend on each other: destroyed the other way round.
    TenantDirectory m_tenants;
    FaultInjector m_faults;
    AuthServer m_auth;
    std::vector<std::unique_ptr<SandboxDomain>> m_domains;
    RequestPipeline m_pipeline;
    ResponseWriter m_writer;
    bool m_tls = false;
};
