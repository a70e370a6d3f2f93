#include "sandbox/sandbox_server.h"

#include "common/logging.h"
#include "net/retry_policy.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray methodName(const QHttpServerRequest &r)
{
    switch (r.method()) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

SandboxReply error(int status, const char *code, const QString &message)
{
    return {status,
            {{QStringLiteral("resultCode"), QString::fromLatin1(code)},
             {QStringLiteral("resultMsg"), message}}};
}

bool parseBody(const QHttpServerRequest &r, QJsonObject *out, SandboxReply *fail)
{
    const QByteArray body = r.body();
    if (body.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *fail = error(400, ResultCode::InvalidParameter,
                      e.error != QJsonParseError::NoError
                          ? QStringLiteral("request body is not valid JSON: %1 at byte %2")
                                .arg(e.errorString())
                                .arg(e.offset)
                          : QStringLiteral("request body must be a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

bool isAuthPath(const QString &path)
{
    return path.startsWith(u"/api/v1/oauth2/") || path == u"/api/v1/logout" ||
           path == u"/.well-known/openid-configuration";
}

qint64 expectedVersion(const QJsonObject &body)
{
    return body.value(u"version").toInteger(0);
}

} // namespace

SandboxServer::SandboxServer(std::unique_ptr<SandboxStore> store, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(std::move(store))
{
    m_tenants.insert(AuthServer::primaryTenant(), m_store.get());
    m_auth.attach(&m_store->database());
}

SandboxStore *SandboxServer::tenantStore(const QString &tenant)
{
    return m_tenants.value(tenant);
}

void SandboxServer::enableTls(const QSslConfiguration &configuration)
{
    sslSetup(configuration);
    m_tls = true;
}

void SandboxServer::addTenant(const QString &tenant, std::unique_ptr<SandboxStore> store)
{
    m_tenants.insert(tenant, store.get());
    m_otherStores.push_back(std::move(store));
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listenLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    ++m_store->stats().inFlight;
    respond(socket, error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint")),
            {}, FaultInjector::Fault::None, {});
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray method = methodName(request);
    const QString path = request.url().path();
    const QByteArray requestId = request.value("X-Request-Id").left(64);
    // Every request is answered exactly once through respond(), which counts it out again.
    SandboxStats &stats = m_store->stats();
    stats.maxInFlight = std::max(stats.maxInFlight, ++stats.inFlight);
    ++stats.received;
    if (!request.value("Authorization").isEmpty())
        ++stats.withAuthorization;

    if (path.startsWith(u"/_sandbox/") || path == u"/health") {
        respond(socket, admin(request, method, path), requestId, FaultInjector::Fault::None, {});
        return true;
    }
    // `requests` counts what reaches the console API (and unknown paths), not the sign-in.
    if (!isAuthPath(path))
        ++stats.requests;
    // Faults apply to whatever their path prefix names (the console API by default, the token
    // endpoint when a test aims them there), before any routing.
    const FaultInjector::Fault fault = m_faults.next(path);
    if (fault != FaultInjector::Fault::None)
        ++m_store->stats().faults;
    if (FaultInjector::before(fault)) {
        QList<QPair<QByteArray, QByteArray>> extra;
        SandboxReply r;
        if (fault == FaultInjector::Fault::Error500) {
            r = error(500, ResultCode::InternalError, QStringLiteral("injected fault: 500"));
        } else {
            const int seconds = m_faults.retryAfterSeconds();
            const QByteArray after =
                m_faults.retryAfterAsDate()
                    ? RetryPolicy::formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(seconds))
                    : QByteArray::number(seconds);
            extra.append(qMakePair(QByteArray("Retry-After"), after));
            r = fault == FaultInjector::Fault::TooMany
                    ? error(429, ResultCode::RateLimited, QStringLiteral("injected fault: 429"))
                    : error(503, ResultCode::Unavailable, QStringLiteral("injected fault: 503"));
        }
        respond(socket, r, requestId, FaultInjector::Fault::None, extra);
        return true;
    }
    if (handleAuth(request, method, path, fault, socket))
        return true;

    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    SandboxReply reply;
    QList<QPair<QByteArray, QByteArray>> extra;
    QByteArray challenge;
    const auto account = m_auth.authenticate(request.value("Authorization"), &reply, &challenge);
    if (!account) {
        extra.append(qMakePair(QByteArray("WWW-Authenticate"), challenge));
        respond(socket, reply, requestId, FaultInjector::Fault::None, extra);
        return true;
    }
    SandboxStore *store = tenantStore(account->tenant);
    if (!store) {
        respond(socket,
                error(403, ResultCode::Forbidden,
                      QStringLiteral("tenant \"%1\" has no enterprise here").arg(account->tenant)),
                requestId, FaultInjector::Fault::None, {});
        return true;
    }
    if (method != "GET" && account->role != u"admin") {
        respond(socket,
                error(403, ResultCode::Forbidden,
                      QStringLiteral("%1 is not an administrator of %2; only administrators "
                                     "may change the organisation")
                          .arg(account->userName, account->tenantName)),
                requestId, FaultInjector::Fault::None, {});
        return true;
    }
    if (method == "GET") {
        reply = route(*store, request, method, parts);
    } else {
        const QByteArray key = request.value("Idempotency-Key").trimmed();
        if (key.isEmpty() || key.size() > 255) {
            reply = error(400, ResultCode::InvalidParameter,
                          QStringLiteral("Idempotency-Key header is required on every change "
                                         "(1 to 255 characters)"));
        } else {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(QByteArray(method + ' ' + path.toUtf8() + '\n'));
            h.addData(request.body());
            const QByteArray fingerprint = h.result().toHex();
            // The change and its stored answer commit together: a replay can never find the
            // change made but the answer missing.
            Transaction tx(store->database());
            if (auto stored = store->replay(key, fingerprint)) {
                reply = *stored;
                if (reply.status != 422 || reply.body.value(u"resultCode").toString() !=
                                               QLatin1String(ResultCode::IdempotencyMismatch))
                    extra.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            } else {
                reply = route(*store, request, method, parts);
                store->remember(key, fingerprint, reply);
            }
            tx.commit();
        }
    }
    respond(socket, reply, requestId, fault, extra);
    return true;
}

SandboxReply SandboxServer::route(SandboxStore &store, const QHttpServerRequest &request,
                                  const QByteArray &method, const QStringList &p)
{
    // /api/v1/org/<collection>[/<id>[/<verb>]]
    if (p.size() < 4 || p[0] != u"api" || p[1] != u"v1" || p[2] != u"org")
        return error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
    const QString collection = p[3];
    const QString id = p.size() > 4 ? p[4] : QString();
    const QString verb = p.size() > 5 ? p[5] : QString();
    if (p.size() > 6)
        return error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
    QJsonObject body;
    SandboxReply fail;
    if (method != "GET" && !parseBody(request, &body, &fail))
        return fail;
    const QUrlQuery query(request.url());
    bool limitOk = true;
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&limitOk);
    if (!limitOk)
        return error(400, ResultCode::InvalidParameter,
                     QStringLiteral("limit: \"%1\" is not a number").arg(limitText.left(32)));
    const QString since = query.queryItemValue(QStringLiteral("since"));
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    const bool count = query.queryItemValue(QStringLiteral("count")) == u"1";
    const auto notAllowed =
        error(405, ResultCode::InvalidParameter, QStringLiteral("method not allowed here"));

    if (collection == u"departments") {
        if (id.isEmpty()) {
            if (method == "GET")
                return store.listDepartments(since, cursor, limit, count);
            if (method == "POST")
                return store.createDepartment(body);
            return notAllowed;
        }
        if (!verb.isEmpty())
            return error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
        if (method == "PUT")
            return store.updateDepartment(id, body);
        if (method == "DELETE")
            return store.deleteDepartment(id);
        return notAllowed;
    }
    if (collection == u"members") {
        if (id.isEmpty()) {
            if (method == "GET")
                return store.listMembers(since, cursor, limit, count);
            if (method == "POST")
                return store.createMember(body);
            return notAllowed;
        }
        if (id == u"batch" && verb.isEmpty()) {
            if (method == "POST")
                return store.batch(body);
            return notAllowed;
        }
        if (verb.isEmpty()) {
            if (method == "GET")
                return store.getMember(id);
            if (method == "PUT")
                return store.updateMember(id, body);
            if (method == "DELETE")
                return store.deleteMember(id, expectedVersion(body));
            return notAllowed;
        }
        if (method != "POST")
            return notAllowed;
        if (verb == u"enable")
            return store.setEnabled(id, true, expectedVersion(body));
        if (verb == u"disable")
            return store.setEnabled(id, false, expectedVersion(body));
        if (verb == u"delete")
            return store.deleteMember(id, expectedVersion(body));
    }
    return error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
}

SandboxReply SandboxServer::admin(const QHttpServerRequest &request, const QByteArray &method,
                                  const QString &path)
{
    auto ok = [](QJsonObject o) {
        o.insert(QStringLiteral("resultCode"), QString::fromLatin1(ResultCode::Success));
        o.insert(QStringLiteral("resultMsg"), QStringLiteral("success"));
        return SandboxReply{200, o};
    };
    if (path == u"/health")
        return ok({});
    // The switches change what every client of this sandbox sees: only a program may flip
    // them. A page in a browser cannot send application/json to another origin without a
    // preflight, which is never granted here; text/plain or a form would pass.
    if (method != "GET" && !request.value("Content-Type").startsWith("application/json"))
        return error(
            415, ResultCode::InvalidParameter,
            QStringLiteral("%1 takes a JSON body (Content-Type: application/json)").arg(path));
    if (path == u"/_sandbox/stats") {
        const QString tenant = QUrlQuery(request.url()).queryItemValue(QStringLiteral("tenant"));
        SandboxStore *store = tenant.isEmpty() ? m_store.get() : tenantStore(tenant);
        if (!store)
            return error(404, ResultCode::InvalidParameter, QStringLiteral("no such tenant"));
        QJsonObject o = store->stats().toJson();
        o.insert(QStringLiteral("members"), double(store->memberCount()));
        o.insert(QStringLiteral("auth"), m_auth.toJson());
        return ok(o);
    }
    if (path == u"/_sandbox/auth") {
        if (method == "GET")
            return ok(m_auth.toJson());
        QJsonObject body;
        SandboxReply fail;
        if (!parseBody(request, &body, &fail))
            return fail;
        if (const QString e = m_auth.configure(body); !e.isEmpty())
            return error(400, ResultCode::InvalidParameter, e);
        return ok(m_auth.toJson());
    }
    if (path == u"/_sandbox/faults") {
        if (method == "GET")
            return ok(m_faults.toJson());
        QJsonObject body;
        SandboxReply fail;
        if (!parseBody(request, &body, &fail))
            return fail;
        if (const QString e = m_faults.configure(body); !e.isEmpty())
            return error(400, ResultCode::InvalidParameter, e);
        qCInfo(lcSandbox) << "faults configured:"
                          << QJsonDocument(body).toJson(QJsonDocument::Compact);
        return ok(m_faults.toJson());
    }
    return error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
}

bool SandboxServer::handleAuth(const QHttpServerRequest &request, const QByteArray &method,
                               const QString &path, FaultInjector::Fault fault, QTcpSocket *socket)
{
    const QByteArray requestId = request.value("X-Request-Id").left(64);
    // Forms arrive with + for spaces (HTML forms); QUrlQuery does not read it that way.
    const auto formOf = [&request] {
        QByteArray body = request.body();
        body.replace('+', "%20");
        return QUrlQuery(QString::fromLatin1(body));
    };
    if (path == u"/api/v1/oauth2/authorize") {
        if (method == "GET") {
            respondWeb(socket, m_auth.authorize(QUrlQuery(request.url()), {}, issuer()));
        } else if (method == "POST") {
            const QUrlQuery form = formOf();
            const QString as =
                form.hasQueryItem(QStringLiteral("deny"))
                    ? QStringLiteral("deny")
                    : form.queryItemValue(QStringLiteral("account"), QUrl::FullyDecoded);
            respondWeb(socket,
                       m_auth.authorize(form, as.isEmpty() ? QStringLiteral("?") : as, issuer()));
        } else {
            respond(socket, error(405, ResultCode::InvalidParameter, QStringLiteral("GET or POST")),
                    requestId, FaultInjector::Fault::None, {});
        }
        return true;
    }
    if (path == u"/api/v1/oauth2/token") {
        const bool isForm =
            request.value("Content-Type").startsWith("application/x-www-form-urlencoded");
        SandboxReply r =
            method != "POST" ? error(405, ResultCode::InvalidParameter, QStringLiteral("POST only"))
            : !isForm        ? SandboxReply{400,
                                     {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                             {QStringLiteral("error_description"),
                                              QStringLiteral("the body must be "
                                                                    "application/x-www-form-urlencoded")}}}
                             : m_auth.token(formOf());
        respond(socket, r, requestId, fault,
                {qMakePair(QByteArray("Cache-Control"), QByteArray("no-store"))});
        return true;
    }
    if (path == u"/api/v1/oauth2/userinfo") {
        const SandboxReply r = m_auth.userinfo(request.value("Authorization"));
        QList<QPair<QByteArray, QByteArray>> extra;
        if (r.status == 401)
            extra.append(qMakePair(QByteArray("WWW-Authenticate"),
                                   QByteArray("Bearer realm=\"koogallery-sandbox\"")));
        respond(socket, r, requestId, fault, extra);
        return true;
    }
    if (path == u"/api/v1/logout") {
        respondWeb(socket, m_auth.logout(QUrlQuery(request.url()), request.value("Authorization")));
        return true;
    }
    if (path == u"/.well-known/openid-configuration") {
        QJsonObject o = m_auth.discovery(issuer());
        respond(socket, SandboxReply{200, o}, requestId, fault, {});
        return true;
    }
    return false;
}

QString SandboxServer::issuer()
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(serverPorts().value(0));
}

void SandboxServer::respondWeb(QTcpSocket *socket, const WebReply &reply)
{
    --m_store->stats().inFlight;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                      (reply.status == 302 ? QByteArray("Found") : reasonPhrase(reply.status)) +
                      "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\n";
    if (!reply.location.isEmpty())
        head += "Location: " + reply.location + "\r\n";
    head += "\r\n";
    socket->write(head + reply.body);
}

void SandboxServer::respond(QTcpSocket *socket, const SandboxReply &reply,
                            const QByteArray &requestId, FaultInjector::Fault fault,
                            const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    const qsizetype declared = body.size();
    if (fault == FaultInjector::Fault::Malformed)
        body = body.left(body.size() / 2) + "<html>502 Bad Gateway";
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: application/json; charset=utf-8\r\n";
    head += "Content-Length: " +
            QByteArray::number(fault == FaultInjector::Fault::Truncate ? declared : body.size()) +
            "\r\n";
    if (!requestId.isEmpty())
        head += "X-Request-Id: " + requestId + "\r\n";
    for (const auto &[k, v] : extra)
        head += k + ": " + v + "\r\n";
    head += "\r\n";

    QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, head, body, fault] {
        --m_store->stats().inFlight;
        if (!guard)
            return;
        if (fault == FaultInjector::Fault::Drop) {
            guard->abort();
            return;
        }
        if (fault == FaultInjector::Fault::Truncate) {
            guard->write(head + body.left(body.size() / 2));
            guard->flush();
            guard->disconnectFromHost();
            return;
        }
        guard->write(head + body);
    };
    if (const int delay = m_faults.delayMs(fault); delay > 0)
        QTimer::singleShot(delay, socket, send);
    else
        send();
}
