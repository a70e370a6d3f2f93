#include "seller/seller_urls.h"

#include "net/loopback.h"

#include <QHostAddress>
#include <QUrl>

QString SellerUrls::problem(const QString &text, Use use)
{
    if (text.trimmed().isEmpty())
        return tr("required");
    if (text.size() > kMaxLength)
        return tr("at most %1 characters, got %2").arg(kMaxLength).arg(text.size());
    for (const QChar c : text)
        if (c.isSpace())
            return tr("contains a space or a line break");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("\"%1\" is not a valid URL (%2)").arg(text.left(200), url.errorString());
    if (url.scheme().isEmpty() || url.host().isEmpty())
        return tr("\"%1\" needs a scheme and a host, e.g. https://isv.example.com/produce")
            .arg(text.left(200));
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return tr("scheme \"%1\" is not allowed; use https").arg(url.scheme());
    if (!url.userInfo().isEmpty())
        return tr("must not carry a user name or password");
    if (url.hasFragment())
        return tr("must not have a fragment (#…)");
    const bool loopback = Loopback::isLoopbackHost(url.host());
    if (url.scheme() == u"http" && !loopback)
        return tr("http is allowed only for a loopback host (127.0.0.1, ::1, localhost); use "
                  "https for %1")
            .arg(url.host());
    if (use != Use::ProductionAddress)
        return {};
    if (url.hasQuery())
        return tr("must not have a query (?…): the marketplace appends /produceAPI/… to the "
                  "address");
    if (loopback)
        return {};
    if (!QHostAddress(url.host()).isNull())
        return tr("the marketplace calls domain names only, not an IP address (%1)")
            .arg(url.host());
    if (url.port() != -1 && url.port() != 443)
        return tr("the marketplace calls port 443 only, not %1").arg(url.port());
    return {};
}

QString SellerUrls::normalised(const QString &text)
{
    QUrl url(text.trimmed());
    if ((url.scheme() == u"https" && url.port() == 443) ||
        (url.scheme() == u"http" && url.port() == 80))
        url.setPort(-1);
    url = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // StripTrailingSlash keeps the root's "/": https://a.example/ and https://a.example are
    // the same address, or a slash would get round the uniqueness of a login address.
    if (url.path() == u"/")
        url.setPath(QString());
    url.setHost(url.host().toLower());
    return url.toString(QUrl::FullyEncoded);
}
