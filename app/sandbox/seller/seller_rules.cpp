#include "sandbox/seller/seller_rules.h"
#include "net/loopback.h"

#include "seller/public_key_check.h"

#include <QHostAddress>
#include <QUrl>

namespace SellerRules {

bool isLoopbackHost(const QString &host)
{
    return Loopback::isLoopbackHost(host);
}

QString urlProblem(const QString &text, UrlUse use)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("required");
    if (text.size() > MaxUrlLength)
        return QStringLiteral("at most %1 characters, got %2").arg(MaxUrlLength).arg(text.size());
    for (const QChar c : text)
        if (c.isSpace())
            return QStringLiteral("contains a space or a line break");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("\"%1\" is not a valid URL (%2)")
            .arg(text.left(200), url.errorString());
    if (url.scheme().isEmpty() || url.host().isEmpty())
        return QStringLiteral("\"%1\" needs a scheme and a host, e.g. https://isv.example.com/"
                              "produce")
            .arg(text.left(200));
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return QStringLiteral("scheme \"%1\" is not allowed; use https").arg(url.scheme());
    if (!url.userInfo().isEmpty())
        return QStringLiteral("must not carry a user name or password");
    if (url.hasFragment())
        return QStringLiteral("must not have a fragment (#…)");
    const bool loopback = isLoopbackHost(url.host());
    if (url.scheme() == u"http" && !loopback)
        return QStringLiteral("http is allowed only for a loopback host (127.0.0.1, ::1, "
                              "localhost); use https for %1")
            .arg(url.host());
    if (use != UrlUse::ProductionAddress)
        return {};
    if (url.hasQuery())
        return QStringLiteral("must not have a query (?…): the marketplace appends "
                              "/produceAPI/… to the address");
    if (loopback)
        return {};
    if (!QHostAddress(url.host()).isNull())
        return QStringLiteral("the marketplace calls domain names only, not an IP address (%1)")
            .arg(url.host());
    if (url.port() != -1 && url.port() != 443)
        return QStringLiteral("the marketplace calls port 443 only, not %1").arg(url.port());
    return {};
}

QString normalisedUrl(const QString &text)
{
    QUrl url(text.trimmed());
    if ((url.scheme() == u"https" && url.port() == 443) ||
        (url.scheme() == u"http" && url.port() == 80))
        url.setPort(-1);
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    url.setHost(url.host().toLower());
    return url.toString(QUrl::FullyEncoded);
}

QString publicKeyProblem(const QByteArray &pasted)
{
    const QByteArray text = pasted.trimmed();
    if (text.isEmpty())
        return QStringLiteral("required: paste the RSA public key (base64, without the "
                              "BEGIN/END lines)");
    if (text.size() > 8192)
        return QStringLiteral("%1 characters is too long for an RSA public key").arg(text.size());
    if (text.contains("PRIVATE KEY"))
        return QStringLiteral("this is a private key; paste the public key and keep the private "
                              "key to yourself");
    // KooGallery's form takes the key without its PEM lines; the console strips them first.
    if (text.contains("-----"))
        return QStringLiteral("paste the key without the -----BEGIN PUBLIC KEY----- and -----END "
                              "PUBLIC KEY----- lines");
    // The rest is the check the console and the CLI make before they send (app/core/seller).
    const auto key = PublicKeyCheck::check(QString::fromLatin1(text));
    return key ? QString() : key.error();
}

} // namespace SellerRules
