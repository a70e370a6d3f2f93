#pragma once
// A reference SaaS server: the seller's side of KooGallery's integration, implemented
// correctly, with switches to get each rule wrong on purpose (docs/api.md, "Reference SaaS
// server"). It is not the sandbox's console API and shares none of its pipeline: requests go
// to the production address and its Kit interfaces (ProtocolEndpoints), the login callback
// (LoginCallback), the joint-app query (JointAppQuery) or the switches (ReferenceAdmin).
// Listens on 127.0.0.1 only.
#include "sandbox/reference/reference_state.h"

#include <QAbstractHttpServer>

#include <memory>

class JointAppQuery;
class LoginCallback;
class ProtocolEndpoints;
class ReferenceAdmin;
class QSslConfiguration;

class ReferenceServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `config` must have no problem() (the caller checks, to say so its own way).
    explicit ReferenceServer(ReferenceConfig config, QObject *parent = nullptr);
    ~ReferenceServer() override;

    // 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    void enableTls(const QSslConfiguration &configuration);
    ReferenceState &state() { return *m_state; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QString callbackUrl();

    std::unique_ptr<ReferenceState> m_state;
    std::unique_ptr<ProtocolEndpoints> m_protocol;
    std::unique_ptr<ReferenceAdmin> m_admin;
    std::unique_ptr<JointAppQuery> m_jointApps;
    LoginCallback *m_login = nullptr; // a child
    bool m_tls = false;
};
