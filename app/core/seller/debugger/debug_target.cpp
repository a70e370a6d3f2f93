#include "seller/debugger/debug_target.h"

#include "net/api_client.h"
#include "net/loopback.h"
#include "seller/field_cipher.h"

QString DebugTarget::problem() const
{
    if (!address.isValid() || address.host().isEmpty())
        return tr("The production address \"%1\" is not a valid URL.")
            .arg(address.toString(QUrl::RemoveUserInfo));
    // A password in the address would travel into logs, journals and reports.
    if (!address.userInfo().isEmpty())
        return tr("The production address must not carry a user name or password.");
    if (const QString refused = ApiClient::checkBaseUrl(address); !refused.isEmpty())
        return refused;
    if (!address.query().isEmpty() || !address.fragment().isEmpty())
        return tr("The production address must not carry a query or a fragment.");
    if (basicKey.isEmpty())
        return tr("The key for the basic interfaces is empty.");
    if (kitKey.isEmpty())
        return tr("The key for the Kit interfaces is empty.");
    if (basicKey == kitKey)
        return tr("The basic and Kit interfaces must be bound to different keys (§3.1).");
    if (mode == Mode::V1 && !FieldCipher::keySizeFor(encryptType))
        return tr("encryptType must be 1 (AES-256) or 2 (AES-128), not \"%1\".").arg(encryptType);
    if (!publicKey.isNull() && publicKey.hasPrivate())
        return tr("The seller's key for clientSecret must be the public key, not the private "
                  "one.");
    return {};
}

QString DebugTarget::loginProblem() const
{
    if (loginCallback.isEmpty())
        return tr("The login suite needs the credential's callback address (--callback).");
    if (const QString problem = callbackProblem(loginCallback); !problem.isEmpty())
        return problem;
    if (!loginUrl.isEmpty() && (!loginUrl.isValid() || loginUrl.host().isEmpty() ||
                                (loginUrl.scheme() != u"https" && loginUrl.scheme() != u"http")))
        return tr("The login provider's address \"%1\" is not an http(s) URL.")
            .arg(loginUrl.toDisplayString());
    const bool anyAddress = loginListenHost == QHostAddress::Any ||
                            loginListenHost == QHostAddress::AnyIPv4 ||
                            loginListenHost == QHostAddress::AnyIPv6;
    if (loginUrl.isEmpty() && anyAddress)
        return tr("The login provider listens on every address, so which one the seller's "
                  "server reaches it at is not known: give it with --login-url.");
    // The seller's server calls the domainName itself: a loopback one is its own computer.
    const QUrl domain = loginDomain(loginListenPort);
    if (Loopback::isLoopbackUrl(domain) && !Loopback::isLoopbackUrl(loginCallback))
        return tr("The callback address is on another computer, but the login provider would "
                  "be reached at %1, that computer's own loopback: listen on an address it can "
                  "reach (--login-listen HOST:PORT), and give --login-url when it reaches it "
                  "under another name.")
            .arg(domain.host());
    return {};
}

QString DebugTarget::callbackProblem(const QUrl &callback)
{
    if (!callback.isValid() || callback.host().isEmpty() ||
        (callback.scheme() != u"https" && callback.scheme() != u"http"))
        return tr("The callback address \"%1\" is not an http(s) URL such as "
                  "https://saas.example.com/isv/login/callback.")
            .arg(callback.toDisplayString());
    if (const QString refused = ApiClient::checkBaseUrl(callback); !refused.isEmpty())
        return tr("The callback address: %1").arg(refused);
    if (!callback.fragment().isEmpty())
        return tr("The callback address must not carry a fragment.");
    return {};
}

QUrl DebugTarget::loginDomain(quint16 port) const
{
    if (!loginUrl.isEmpty())
        return loginUrl;
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(loginListenHost.toString());
    u.setPort(port);
    return u;
}

QSslConfiguration DebugTarget::tls() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!caCertificates.isEmpty())
        config.addCaCertificates(caCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

QUrl DebugTarget::kitUrl(const QString &name) const
{
    QUrl url = address;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(
        path +
        (mode == Mode::V1 ? QStringLiteral("/produceAPI/") : QStringLiteral("/produceAPI/v2/")) +
        name);
    return url;
}

QUrl DebugTarget::originUrl(const QString &path) const
{
    QUrl url = address;
    url.setPath(path);
    url.setQuery(QString());
    return url;
}

QString DebugTarget::modeName(Mode mode)
{
    return mode == Mode::V1 ? QStringLiteral("v1") : QStringLiteral("v2");
}

bool DebugTarget::parseMode(const QString &text, Mode *mode)
{
    if (text == u"v2")
        *mode = Mode::V2;
    else if (text == u"v1")
        *mode = Mode::V1;
    else
        return false;
    return true;
}
