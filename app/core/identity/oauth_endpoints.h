#pragma once
// Where an account signs in: KooGallery's paths on the account's server by default, or what
// the server publishes at /.well-known/openid-configuration, or URLs set one by one, so that
// any standard OAuth 2.0 / OpenID Connect provider works too.
#include "net/api_types.h"

#include <QJsonObject>
#include <QMetaType>
#include <QUrl>

struct OAuthEndpoints
{
    QUrl authorize;
    QUrl token;
    QUrl userinfo;
    QUrl logout; // optional: ends the session at the server
    QString clientId = QStringLiteral("marketdesk");
    QString scope = QStringLiteral("get_user_info");
    // Who answers the sign-in (RFC 8414 issuer), known when discovered; a callback that names
    // another issuer (RFC 9207 "iss") is then refused: it is a mix-up.
    QString issuer;
    // The provider said it always sends "iss" with the callback: one without it is refused.
    bool issInCallback = false;

    // /api/v1/oauth2/authorize|token|userinfo and /api/v1/logout under the server URL.
    static OAuthEndpoints forServer(const QUrl &server);
    static QUrl discoveryUrl(const QUrl &server);
    // Reads an OpenID provider configuration fetched from `server`: its issuer must be that
    // server, and every URL it names must be on the server's origin and pass
    // ApiClient::checkBaseUrl — a configuration that sends the sign-in elsewhere is refused.
    // Keeps clientId and scope from `base`.
    static bool fromDiscovery(const QJsonObject &json, const QUrl &server,
                              const OAuthEndpoints &base, OAuthEndpoints *out, QString *error);

    // A form POST to the token endpoint (RFC 6749 §4.1.3, §6): `grant_type`, the client ID,
    // then `parameters`. Carries no bearer, and like every POST without a key is not retried.
    ApiRequest tokenRequest(const QString &grantType,
                            const QList<std::pair<QString, QString>> &parameters) const;
    // Empty when usable, else what is wrong (which URL, why).
    QString problem() const;

    QJsonObject toJson() const;
    static OAuthEndpoints fromJson(const QJsonObject &json, const QUrl &server);
};

Q_DECLARE_METATYPE(OAuthEndpoints)
