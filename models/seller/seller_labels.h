#pragma once
// The Seller Center's words for people: a debugging state, a login type, an auth method, a
// verdict — translated once here so that every seller view and dialog says them alike.
#include <QCoreApplication>
#include <QString>

class SellerLabels
{
    Q_DECLARE_TR_FUNCTIONS(SellerLabels)

public:
    // "unbound", "untested", "passed", "failed" (an address's debugging of one key).
    static QString debugState(const QString &state);
    // "shared" (共享域名) or "per-tenant" (独立域名).
    static QString loginType(const QString &type);
    // "basic" or "kit".
    static QString suite(const QString &suite);
    // A run's verdict: "passed", "failed", "cancelled", "error".
    static QString verdict(const QString &verdict);
};
