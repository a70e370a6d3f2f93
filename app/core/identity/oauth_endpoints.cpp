#include "identity/oauth_endpoints.h"

#include "net/api_client.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QUrl under(const QUrl &server, const QString &path)
{
    QUrl u = server;
    QString base = server.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

QString withoutTrailingSlash(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

OAuthEndpoints OAuthEndpoints::forServer(const QUrl &server)
{
    OAuthEndpoints e;
    e.authorize = under(server, QStringLiteral("/api/v1/oauth2/authorize"));
    e.token = under(server, QStringLiteral("/api/v1/oauth2/token"));
    e.userinfo = under(server, QStringLiteral("/api/v1/oauth2/userinfo"));
    e.logout = under(server, QStringLiteral("/api/v1/logout"));
    return e;
}

QUrl OAuthEndpoints::discoveryUrl(const QUrl &server)
{
    return under(server, QStringLiteral("/.well-known/openid-configuration"));
}

bool OAuthEndpoints::fromDiscovery(const QJsonObject &json, const QUrl &server,
                                   const OAuthEndpoints &base, OAuthEndpoints *out, QString *error)
{
    OAuthEndpoints e = base;
    const QString serverId =
        withoutTrailingSlash(server.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    const QJsonValue issuer = json.value(u"issuer");
    if (!issuer.isString() || withoutTrailingSlash(issuer.toString()) != serverId) {
        *error = QCoreApplication::translate("OAuthEndpoints",
                                             "its issuer is \"%1\", not this server (%2)")
                     .arg(issuer.toString().left(200), serverId);
        return false;
    }
    e.issuer = serverId;
    e.issInCallback = json.value(u"authorization_response_iss_parameter_supported").toBool();
    const struct
    {
        const char16_t *key;
        QUrl *target;
        bool required;
    } fields[] = {{u"authorization_endpoint", &e.authorize, true},
                  {u"token_endpoint", &e.token, true},
                  {u"userinfo_endpoint", &e.userinfo, true},
                  {u"end_session_endpoint", &e.logout, false}};
    for (const auto &f : fields) {
        const QJsonValue v = json.value(QStringView(f.key));
        if (v.isUndefined() && !f.required) {
            *f.target = QUrl();
            continue;
        }
        if (!v.isString()) {
            *error = QCoreApplication::translate("OAuthEndpoints",
                                                 "the provider configuration has no \"%1\" URL")
                         .arg(QStringView(f.key));
            return false;
        }
        *f.target = QUrl(v.toString(), QUrl::StrictMode);
        if (!sameOrigin(*f.target, server)) {
            *error = QCoreApplication::translate("OAuthEndpoints",
                                                 "its \"%1\" (%2) is not on this server (%3)")
                         .arg(QStringView(f.key), v.toString().left(200), serverId);
            return false;
        }
    }
    const QJsonArray methods = json.value(u"code_challenge_methods_supported").toArray();
    if (!methods.isEmpty() && !methods.contains(QStringLiteral("S256"))) {
        *error = QCoreApplication::translate(
            "OAuthEndpoints",
            "the provider does not support PKCE with S256, which marketdesk requires");
        return false;
    }
    if (const QString p = e.problem(); !p.isEmpty()) {
        *error = p;
        return false;
    }
    *out = e;
    return true;
}

ApiRequest OAuthEndpoints::tokenRequest(const QString &grantType,
                                        const QList<std::pair<QString, QString>> &parameters) const
{
    ApiRequest r;
    r.method = "POST";
    r.url = token;
    r.isForm = true;
    r.auth = ApiRequest::Auth::None;
    r.form = {{QStringLiteral("grant_type"), grantType}, {QStringLiteral("client_id"), clientId}};
    r.form += parameters;
    return r;
}

QString OAuthEndpoints::problem() const
{
    const struct
    {
        const char *name;
        const QUrl *url;
    } urls[] = {{"authorization", &authorize}, {"token", &token}, {"userinfo", &userinfo}};
    for (const auto &u : urls) {
        if (const QString p = ApiClient::checkBaseUrl(*u.url); !p.isEmpty())
            return QCoreApplication::translate("OAuthEndpoints", "%1 endpoint: %2")
                .arg(QLatin1String(u.name), p);
    }
    if (!logout.isEmpty()) {
        if (const QString p = ApiClient::checkBaseUrl(logout); !p.isEmpty())
            return QCoreApplication::translate("OAuthEndpoints", "logout endpoint: %1").arg(p);
    }
    if (clientId.isEmpty())
        return QCoreApplication::translate("OAuthEndpoints", "no client ID is set");
    return {};
}

QJsonObject OAuthEndpoints::toJson() const
{
    return {{QStringLiteral("authorize"), authorize.toString()},
            {QStringLiteral("token"), token.toString()},
            {QStringLiteral("userinfo"), userinfo.toString()},
            {QStringLiteral("logout"), logout.toString()},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("issInCallback"), issInCallback}};
}

OAuthEndpoints OAuthEndpoints::fromJson(const QJsonObject &json, const QUrl &server)
{
    OAuthEndpoints e = forServer(server);
    auto read = [&json](const char16_t *key, QUrl *target) {
        const QString v = json.value(QStringView(key)).toString();
        if (!v.isEmpty())
            *target = QUrl(v);
    };
    read(u"authorize", &e.authorize);
    read(u"token", &e.token);
    read(u"userinfo", &e.userinfo);
    read(u"logout", &e.logout);
    if (const QString c = json.value(u"clientId").toString(); !c.isEmpty())
        e.clientId = c;
    if (const QString s = json.value(u"scope").toString(); !s.isEmpty())
        e.scope = s;
    e.issuer = json.value(u"issuer").toString();
    e.issInCallback = json.value(u"issInCallback").toBool();
    return e;
}
