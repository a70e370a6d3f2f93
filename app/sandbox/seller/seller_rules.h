#pragma once
// The Seller Center's checks that need no stored state: what makes a URL acceptable as a
// production address, an OAuth callback or a login address, the form URLs are compared in,
// and whether a pasted public key can encrypt clientSecret (protocol reference §2.4, §3.6,
// §8). Each answers why not, in a sentence without the field's name, or "" when fine.
#include <QByteArray>
#include <QString>

namespace SellerRules {

enum class UrlUse
{
    ProductionAddress, // the marketplace appends /produceAPI/…: https, domain name, port 443
    Callback,          // an OAuth2.0 credential's 回调地址
    Login              // 应用登录地址
};

inline constexpr int MaxUrlLength = 1024;
inline constexpr int MinimumKeyBits = 3072;

// https, or http when the host is loopback (127.0.0.1, ::1, localhost); never a user name,
// password or fragment. A production address has no query either and, off loopback, names a
// domain (not an IP address) on port 443.
QString urlProblem(const QString &url, UrlUse use);
bool isLoopbackHost(const QString &host);
// Scheme and host in lower case, the default port and a trailing slash left out: the form
// that address and login-address uniqueness is checked in.
QString normalisedUrl(const QString &url);

// Why `pasted` is not what 应用凭证 asks for — an RSA public key of at least 3072 bits, as
// base64 of its X.509 SubjectPublicKeyInfo (what `openssl rsa -pubout` writes between its
// BEGIN/END lines), without those lines — or "" when it is. Line breaks and spaces inside
// the base64 are fine. Beyond the form, it is PublicKeyCheck (app/core/seller/), the check
// the console and the CLI make before sending.
QString publicKeyProblem(const QByteArray &pasted);

} // namespace SellerRules
