#include "sandbox/reference/login_callback.h"
#include "net/loopback.h"

#include "sandbox/reference/reference_logging.h"
#include "sandbox/reference/reference_state.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {

// The marketplace's own timeout (§2.4); the OAuth calls get no longer.
constexpr int kTimeoutMs = 5000;

} // namespace

LoginCallback::LoginCallback(ReferenceState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    // Never follow a redirect: allowedDomain() vetted the first address only, and a 307 would
    // send the form (client_secret included) or the bearer on to wherever it points.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool LoginCallback::allowedDomain(const QUrl &domain)
{
    if (!domain.isValid() || domain.host().isEmpty() || !domain.userInfo().isEmpty())
        return false;
    if (domain.scheme() == u"https")
        return true;
    return domain.scheme() == u"http" && Loopback::isLoopbackHost(domain.host());
}

void LoginCallback::answer(const QHttpServerRequest &request, QTcpSocket *socket,
                           const QString &redirectUri)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->socket = socket;
    const QUrlQuery q = request.query();
    const QString code = q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    attempt->tenant = q.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded);
    if (request.method() != QHttpServerRequest::Method::Get)
        return fail(*attempt, 405, QStringLiteral("request"),
                    QStringLiteral("method: the callback takes GET"));
    if (!q.queryItemValue(QStringLiteral("error")).isEmpty())
        return fail(*attempt, 401, QStringLiteral("request"),
                    QStringLiteral("error: the marketplace refused the login (%1)")
                        .arg(q.queryItemValue(QStringLiteral("error")).left(64)));
    if (code.isEmpty())
        return fail(*attempt, 400, QStringLiteral("request"), QStringLiteral("code: required"));
    if (attempt->tenant.isEmpty())
        return fail(*attempt, 400, QStringLiteral("request"), QStringLiteral("tenant: required"));
    const KitStore &kit = m_state.kit;
    const KitRow *app = kit.latest(KitStore::Table::Apps, attempt->tenant, m_state.config.appId, 0);
    if (!app)
        return fail(*attempt, 401, QStringLiteral("lookup"),
                    QStringLiteral("no applicationSync for tenant %1%2")
                        .arg(attempt->tenant.left(64),
                             m_state.config.appId.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" and app ") + m_state.config.appId));
    const KitRow *tenant =
        kit.latest(KitStore::Table::Tenants, attempt->tenant, QString(), app->testFlag);
    if (!tenant)
        return fail(*attempt, 401, QStringLiteral("lookup"),
                    QStringLiteral("no tenantSync for tenant %1: its domainName is unknown")
                        .arg(attempt->tenant.left(64)));
    attempt->domain = QUrl(tenant->fields.value(u"domainName").toString());
    attempt->tenantName = tenant->fields.value(u"name").toString();
    attempt->appId = app->fields.value(u"appId").toString();
    attempt->testFlag = app->testFlag;
    attempt->instanceId = app->instanceId;
    if (!allowedDomain(attempt->domain))
        return fail(*attempt, 502, QStringLiteral("lookup"),
                    QStringLiteral("domainName %1 is neither https nor a loopback http address")
                        .arg(attempt->domain.toDisplayString().left(200)));
    exchange(attempt, code, app->fields.value(u"clientId").toString(), app->secret, redirectUri);
}

QJsonObject LoginCallback::jsonOf(QNetworkReply *reply, QString *why)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0) {
        *why = QStringLiteral("no answer (%1)").arg(reply->errorString());
    } else if (status != 200) {
        // error and error_description only: never the body as a whole.
        *why = QStringLiteral("HTTP %1 %2: %3")
                   .arg(status)
                   .arg(body.value(u"error").toString(),
                        body.value(u"error_description").toString().left(200));
    }
    return body;
}

void LoginCallback::exchange(std::shared_ptr<Attempt> attempt, const QString &code,
                             const QString &clientId, const QByteArray &clientSecret,
                             const QString &redirectUri)
{
    QUrl url = attempt->domain;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/api/v1/oauth2/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    // The loginSkipsSecret fault: the client authenticates with its id alone.
    if (!m_state.faults.loginSkipsSecret)
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(clientSecret));
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    // A form value's "+" must reach the server as "+", not as a space.
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8().replace("+", "%2B");
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply] {
        reply->deleteLater();
        QString why;
        const QJsonObject tokens = jsonOf(reply, &why);
        const QByteArray access = tokens.value(u"access_token").toString().toUtf8();
        if (why.isEmpty() && access.isEmpty())
            why = QStringLiteral("the answer has no access_token");
        if (!why.isEmpty())
            return fail(*attempt, 401, QStringLiteral("token"), why);
        readUser(attempt, access);
    });
}

void LoginCallback::readUser(std::shared_ptr<Attempt> attempt, const QByteArray &accessToken)
{
    QUrl url = attempt->domain;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/api/v1/oauth2/userinfo"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply] {
        reply->deleteLater();
        QString why;
        const QJsonObject user = jsonOf(reply, &why);
        if (why.isEmpty() && user.value(u"userName").toString().isEmpty())
            why = QStringLiteral("the answer has no userName");
        const QString tenant = user.value(u"tenant").toString();
        // The loginIgnoresTenant fault: the user is signed in to the tenant userinfo names,
        // whichever tenant the callback was for.
        if (m_state.faults.loginIgnoresTenant && !tenant.isEmpty())
            attempt->tenant = tenant;
        if (why.isEmpty() && !tenant.isEmpty() && tenant != attempt->tenant)
            why = QStringLiteral("the user belongs to tenant %1, not to %2")
                      .arg(tenant.left(64), attempt->tenant.left(64));
        if (!why.isEmpty())
            return fail(*attempt, 401, QStringLiteral("userinfo"), why);
        succeed(*attempt, user);
    });
}

void LoginCallback::succeed(const Attempt &attempt, const QJsonObject &user)
{
    ++m_state.loginsSucceeded;
    const QString userName = user.value(u"userName").toString();
    // Authorised when authSync delivered the user for this app, enabled.
    bool authorised = false;
    if (const KitRow *app = m_state.kit.latest(KitStore::Table::Apps, attempt.tenant, attempt.appId,
                                               attempt.testFlag)) {
        if (const KitRow *row = m_state.kit.user(*app, userName)) {
            const QJsonValue enable = row->fields.value(u"enable");
            authorised = enable.isBool() ? enable.toBool() : enable.toString() == u"true";
        }
    }
    qCInfo(lcReference).noquote() << "login succeeded for a user of tenant" << attempt.tenant;
    if (!attempt.socket)
        return;
    HttpAnswer::json({{QStringLiteral("resultCode"), QStringLiteral("000000")},
                      {QStringLiteral("resultMsg"), QStringLiteral("signed in")},
                      {QStringLiteral("loggedIn"), true},
                      {QStringLiteral("userName"), userName},
                      {QStringLiteral("name"), user.value(u"name").toString()},
                      {QStringLiteral("role"), user.value(u"role").toString()},
                      {QStringLiteral("tenant"), attempt.tenant},
                      {QStringLiteral("tenantName"), attempt.tenantName},
                      {QStringLiteral("appId"), attempt.appId},
                      {QStringLiteral("authorized"), authorised}})
        .writeTo(attempt.socket);
}

void LoginCallback::fail(const Attempt &attempt, int status, const QString &step,
                         const QString &why)
{
    ++m_state.loginsFailed;
    qCInfo(lcReference).noquote() << "login failed at" << step;
    if (!attempt.socket)
        return;
    HttpAnswer::json({{QStringLiteral("resultCode"),
                       QString::fromLatin1(status == 400 ? ReferenceCode::InvalidParameter
                                                         : ReferenceCode::AuthFailed)},
                      {QStringLiteral("resultMsg"), why},
                      {QStringLiteral("loggedIn"), false},
                      {QStringLiteral("step"), step},
                      {QStringLiteral("tenant"), attempt.tenant}},
                     status)
        .writeTo(attempt.socket);
}
