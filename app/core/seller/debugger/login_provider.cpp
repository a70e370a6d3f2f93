#include "seller/debugger/login_provider.h"

#include "common/secure_random.h"
#include "seller/debugger/debugger_logging.h"
#include "seller/debugger/secret_mask.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

const QString kTokenPath = QStringLiteral("/api/v1/oauth2/token");
const QString kUserinfoPath = QStringLiteral("/api/v1/oauth2/userinfo");

} // namespace

LoginProvider::LoginProvider(SecretMask &mask, QObject *parent)
    : QObject(parent)
    , m_mask(mask)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoginProvider::accept);
}

LoginProvider::~LoginProvider() = default;

bool LoginProvider::listen(const QHostAddress &host, quint16 port, QString *error)
{
    if (m_server->listen(host, port))
        return true;
    *error = m_server->errorString();
    return false;
}

QUrl LoginProvider::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_server->serverAddress().toString());
    u.setPort(m_server->serverPort());
    return u;
}

void LoginProvider::addClient(const QString &tenant, const QString &clientId,
                              const QByteArray &secret)
{
    m_clients.insert(clientId, {tenant, secret});
}

QString LoginProvider::issueCode(const QString &tenant, const QJsonObject &user, bool anyClient)
{
    const QByteArray code = SecureRandom::urlSafeToken(24);
    m_mask.addSecret(code);
    m_grants.insert(QString::fromLatin1(code), {tenant, user, anyClient, false});
    return QString::fromLatin1(code);
}

QString LoginProvider::unknownCode()
{
    const QByteArray code = SecureRandom::urlSafeToken(24);
    m_mask.addSecret(code);
    return QString::fromLatin1(code);
}

QList<LoginProvider::Call> LoginProvider::calls(Call::Endpoint endpoint, const QString &code) const
{
    QList<Call> out;
    for (const Call &c : m_calls) {
        if (c.endpoint == endpoint &&
            (endpoint == Call::Endpoint::Token ? c.code : c.grantCode) == code)
            out.append(c);
    }
    return out;
}

void LoginProvider::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoginProvider::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    ProviderRequest request;
    qsizetype consumed = 0;
    int status = 0;
    QString error;
    const auto parsed = ProviderHttp::parse(buffer, &request, &consumed, &status, &error);
    if (parsed == ProviderHttp::Parse::Incomplete)
        return;
    QByteArray answer;
    if (parsed == ProviderHttp::Parse::Bad) {
        Call call;
        answer = refuse(&call, status, QStringLiteral("invalid_request"), error);
        m_calls.append(call);
    } else {
        m_calls.append(handle(request, &answer));
    }
    buffer.clear();
    // One request per connection: the answer says Connection: close.
    socket->write(answer);
    socket->disconnectFromHost();
}

LoginProvider::Call LoginProvider::handle(const ProviderRequest &request, QByteArray *answer)
{
    Call call;
    if (request.path.endsWith(kTokenPath))
        call = token(request, answer);
    else if (request.path.endsWith(kUserinfoPath))
        call = userinfo(request, answer);
    else
        *answer = refuse(&call, 404, QStringLiteral("invalid_request"),
                         QStringLiteral("no such endpoint: the auth centre serves %1 and %2")
                             .arg(kTokenPath, kUserinfoPath));
    DebugExchange &x = call.exchange;
    x.method = QString::fromLatin1(request.method);
    QUrl u = url();
    u.setPath(request.path);
    u.setQuery(request.query);
    x.url = m_mask.url(u);
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
        x.requestHeaders.append({QString::fromLatin1(it.key()), m_mask.header(it.key(), *it)});
    std::sort(x.requestHeaders.begin(), x.requestHeaders.end());
    x.requestBody = m_mask.body(request.body);
    const qsizetype bodyAt = answer->indexOf("\r\n\r\n");
    x.responseBody = m_mask.body(answer->mid(bodyAt + 4));
    x.httpStatus = call.status;
    x.elapsedMs = 0; // answered at once; the seller's side of the time is the callback's
    qCDebug(lcDebugger).noquote() << "login provider:" << x.method << request.path << "→"
                                  << call.status << call.error;
    return call;
}

LoginProvider::Call LoginProvider::token(const ProviderRequest &request, QByteArray *answer)
{
    Call call;
    call.endpoint = Call::Endpoint::Token;
    if (request.method != "POST") {
        *answer = refuse(&call, 405, QStringLiteral("invalid_request"),
                         QStringLiteral("the token endpoint takes POST (§5.1)"));
        return call;
    }
    const QUrlQuery form = ProviderHttp::form(request.body);
    auto value = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    call.code = value("code");
    call.grantType = value("grant_type");
    call.clientId = value("client_id");
    QByteArray secret = value("client_secret").toUtf8();
    call.secretGiven = form.hasQueryItem(QStringLiteral("client_secret"));
    // RFC 6749 §2.3.1: HTTP Basic is the other way a client may authenticate.
    const QByteArray authorization = request.headers.value("authorization");
    if (call.clientId.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0) {
            call.clientId = QUrl::fromPercentEncoding(pair.left(colon));
            secret = QUrl::fromPercentEncoding(pair.mid(colon + 1)).toUtf8();
            call.secretGiven = true;
            call.basicAuth = true;
        }
    }
    const auto client = m_clients.constFind(call.clientId);
    call.secretRight = client != m_clients.cend() && call.secretGiven && secret == client->secret;
    if (!call.secretRight) {
        *answer = refuse(&call, 401, QStringLiteral("invalid_client"),
                         QStringLiteral("Bad client credentials"),
                         {{"WWW-Authenticate", "Basic realm=\"oauth2\""}});
        return call;
    }
    if (call.grantType != u"authorization_code") {
        *answer = refuse(&call, 400, QStringLiteral("unsupported_grant_type"),
                         QStringLiteral("grant_type must be authorization_code"));
        return call;
    }
    const auto grant = m_grants.find(call.code);
    if (grant == m_grants.end() || grant->spent) {
        *answer = refuse(&call, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("Invalid authorization code"));
        return call;
    }
    grant->spent = true; // a code once (§5.1), whatever the attempt
    if (!grant->anyClient && client->tenant != grant->tenant) {
        *answer = refuse(&call, 400, QStringLiteral("invalid_grant"),
                         QStringLiteral("Invalid authorization code"));
        return call;
    }
    const QByteArray access = SecureRandom::urlSafeToken(32);
    const QByteArray refresh = SecureRandom::urlSafeToken(32);
    m_mask.addSecret(access);
    m_mask.addSecret(refresh);
    m_tokens.insert(access, call.code);
    call.status = 200;
    *answer = ProviderHttp::answer(
        200, {{QStringLiteral("access_token"), QString::fromLatin1(access)},
              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
              {QStringLiteral("expires_in"), 7200},
              {QStringLiteral("scope"), QStringLiteral("get_user_info")},
              {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)}});
    return call;
}

LoginProvider::Call LoginProvider::userinfo(const ProviderRequest &request, QByteArray *answer)
{
    Call call;
    call.endpoint = Call::Endpoint::Userinfo;
    if (request.method != "GET") {
        *answer = refuse(&call, 405, QStringLiteral("invalid_request"),
                         QStringLiteral("userinfo takes GET (§5.3)"));
        return call;
    }
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray bearer =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    call.grantCode = m_tokens.value(bearer);
    if (call.grantCode.isEmpty()) {
        *answer = refuse(&call, 401, QStringLiteral("unauthorized"),
                         QStringLiteral("Full authentication is required to access this "
                                        "resource"),
                         {{"WWW-Authenticate", "Bearer"}});
        return call;
    }
    const Grant &grant = m_grants[call.grantCode];
    call.status = 200;
    *answer = ProviderHttp::answer(200, grant.user);
    return call;
}

QByteArray LoginProvider::refuse(Call *call, int status, const QString &error,
                                 const QString &description,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    call->status = status;
    call->error = error;
    return ProviderHttp::answer(
        status,
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        headers);
}
