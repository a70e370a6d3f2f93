#pragma once
// The sandbox's HTTP front: the authorization server's endpoints, then the console API
// (docs/api.md) routed to the signed-in tenant's store — a bearer token is required, a plain
// member may only read — with Idempotency-Key enforced on mutations and the fault injector
// spoiling answers. Listens on 127.0.0.1 only.
#include "sandbox/auth_server.h"
#include "sandbox/fault_injector.h"
#include "sandbox/sandbox_store.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>

class QHttpServerRequest;
class QTcpSocket;

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(std::unique_ptr<SandboxStore> store, QObject *parent = nullptr);
    ~SandboxServer() override;

    // 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    // The primary tenant's store (AuthServer::primaryTenant()).
    SandboxStore &store() { return *m_store; }
    SandboxStore *tenantStore(const QString &tenant);
    void addTenant(const QString &tenant, std::unique_ptr<SandboxStore> store);
    FaultInjector &faults() { return m_faults; }
    AuthServer &auth() { return m_auth; }
    // Serve HTTPS with this configuration from the next listen() on.
    void enableTls(const QSslConfiguration &configuration);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxReply route(SandboxStore &store, const QHttpServerRequest &request,
                       const QByteArray &method, const QStringList &parts);
    // The OAuth endpoints; false when the path is not one of them.
    bool handleAuth(const QHttpServerRequest &request, const QByteArray &method,
                    const QString &path, FaultInjector::Fault fault, QTcpSocket *socket);
    // What the sandbox calls itself as an authorization server (discovery, callbacks);
    // not const: QAbstractHttpServer::serverPorts() is not.
    QString issuer();
    void respondWeb(QTcpSocket *socket, const WebReply &reply);
    SandboxReply admin(const QHttpServerRequest &request, const QByteArray &method,
                       const QString &path);
    void respond(QTcpSocket *socket, const SandboxReply &reply, const QByteArray &requestId,
                 FaultInjector::Fault fault, const QList<QPair<QByteArray, QByteArray>> &extra);

    std::unique_ptr<SandboxStore> m_store;
    std::vector<std::unique_ptr<SandboxStore>> m_otherStores;
    QHash<QString, SandboxStore *> m_tenants;
    FaultInjector m_faults;
    AuthServer m_auth;
    bool m_tls = false;
};
