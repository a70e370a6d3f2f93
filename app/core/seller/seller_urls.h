#pragma once
// What makes a URL acceptable in the Seller Center (protocol reference §2.4, §8): as a
// production address the marketplace calls, as an OAuth2.0 credential's callback, or as an
// app's login address; and the form in which two addresses count as the same. The console's
// forms, the CLI and the sandbox ask the same rules, so the console says no before the server
// would. Messages name no field: the caller puts them beside it.
#include <QCoreApplication>
#include <QString>

class SellerUrls
{
    Q_DECLARE_TR_FUNCTIONS(SellerUrls)

public:
    enum class Use
    {
        ProductionAddress, // the marketplace appends /produceAPI/…: https, domain name, port 443
        Callback,          // an OAuth2.0 credential's 回调地址
        Login              // 应用登录地址
    };

    static constexpr int kMaxLength = 1024;

    // https, or http when the host is loopback; never a user name, password or fragment. A
    // production address has no query either and, off loopback, names a domain (not an IP
    // address) on port 443. "" when fine.
    static QString problem(const QString &url, Use use);
    // Scheme and host in lower case, the default port and a trailing slash left out.
    static QString normalised(const QString &url);
};
