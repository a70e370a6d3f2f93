#include "seller/debugger/debug_target.h"

#include "net/api_client.h"
#include "seller/field_cipher.h"

QString DebugTarget::problem() const
{
    if (!address.isValid() || address.host().isEmpty())
        return tr("The production address \"%1\" is not a valid URL.").arg(address.toString());
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
