#include "sandbox/reference/reference_server.h"

#include "sandbox/reference/joint_app_query.h"
#include "sandbox/reference/login_callback.h"
#include "sandbox/reference/protocol_endpoints.h"
#include "sandbox/reference/reference_admin.h"
#include "sandbox/reference/reference_logging.h"

#include <QHttpServerRequest>
#include <QSslConfiguration>
#include <QTcpSocket>

ReferenceServer::ReferenceServer(ReferenceConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(std::make_unique<ReferenceState>(std::move(config)))
    , m_protocol(std::make_unique<ProtocolEndpoints>(*m_state))
    , m_admin(std::make_unique<ReferenceAdmin>(*m_state))
    , m_jointApps(std::make_unique<JointAppQuery>(*m_state))
    , m_login(new LoginCallback(*m_state, this))
{
    if (const QString problem = m_state->faults.configure(m_state->config.faults);
        !problem.isEmpty())
        qCWarning(lcReference).noquote() << "faults ignored:" << problem;
}

ReferenceServer::~ReferenceServer() = default;

quint16 ReferenceServer::listenLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void ReferenceServer::enableTls(const QSslConfiguration &configuration)
{
    sslSetup(configuration);
    m_tls = true;
}

QString ReferenceServer::callbackUrl()
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(serverPorts().value(0))
        .arg(m_state->config.callbackPath);
}

bool ReferenceServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString path = request.url().path();
    if (m_protocol->handles(path))
        m_protocol->answer(request, socket);
    else if (path == m_state->config.callbackPath)
        m_login->answer(request, socket, callbackUrl());
    else if (path == JointAppQuery::path())
        m_jointApps->answer(request).writeTo(socket);
    else if (ReferenceAdmin::handles(path))
        m_admin->answer(request).writeTo(socket);
    else
        HttpAnswer::error(404, "000002", QStringLiteral("no such endpoint")).writeTo(socket);
    return true;
}

void ReferenceServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    HttpAnswer::error(404, "000002", QStringLiteral("no such endpoint")).writeTo(socket);
}
