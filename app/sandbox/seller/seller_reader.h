#pragma once
// What the Seller Center's GETs answer: listings of keys, production addresses, credentials
// and an address's debugging runs in the shape of the organisation's (docs/api.md, "Listing
// and incremental sync": items in the order they last changed, deletions since a token,
// cursors and change tokens of this data set), and single records.
#include "sandbox/domain/domain_result.h"
#include "sandbox/seller/seller_store.h"

#include <functional>
#include <optional>

class QSqlQuery;

class SellerReader
{
public:
    struct Page
    {
        QString since;
        QString cursor;
        int limit = 500;
        bool count = false; // also report how many records remain
    };

    explicit SellerReader(const SellerStore &store);

    DomainResult keys(const Page &page) const;
    DomainResult addresses(const Page &page) const;
    DomainResult credentials(const Page &page) const;
    DomainResult runs(const QString &addressId, const Page &page) const;

    DomainResult key(const QString &keyId) const;
    DomainResult address(const QString &addressId) const;
    DomainResult credential(const QString &appId) const;

private:
    struct Listing
    {
        QString kind; // in the tombstones; "" for runs, which are never deleted on their own
        QString table;
        QString columns;
        QString addressId; // runs: of this address only
        std::function<QJsonObject(const QSqlQuery &)> toJson;
    };
    DomainResult list(const Listing &listing, const Page &page) const;
    // The sequence number a token names (0 for none), or why it names none here.
    std::optional<DomainResult> parseToken(const QString &token, qint64 *seq,
                                           const QString &what) const;
    QString token(qint64 seq) const;

    const SellerStore &m_store;
};
