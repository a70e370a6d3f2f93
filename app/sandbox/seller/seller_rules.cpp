#include "sandbox/seller/seller_rules.h"
#include "net/loopback.h"

#include "seller/credential_rules.h"
#include "seller/seller_urls.h"

namespace SellerRules {

bool isLoopbackHost(const QString &host)
{
    return Loopback::isLoopbackHost(host);
}

QString urlProblem(const QString &text, UrlUse use)
{
    switch (use) {
    case UrlUse::ProductionAddress:
        return SellerUrls::problem(text, SellerUrls::Use::ProductionAddress);
    case UrlUse::Callback:
        return SellerUrls::problem(text, SellerUrls::Use::Callback);
    case UrlUse::Login:
        return SellerUrls::problem(text, SellerUrls::Use::Login);
    }
    return {};
}

QString normalisedUrl(const QString &text)
{
    return SellerUrls::normalised(text);
}

QString publicKeyProblem(const QByteArray &pasted)
{
    return CredentialRules::publicKeyProblem(QString::fromLatin1(pasted));
}

} // namespace SellerRules
