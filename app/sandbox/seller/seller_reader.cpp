#include "sandbox/seller/seller_reader.h"

#include "sandbox/seller/seller_codes.h"
#include "sandbox/seller/seller_json.h"
#include "sandbox/seller/seller_rows.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using Kind = DomainResult::Kind;

SellerReader::SellerReader(const SellerStore &store)
    : m_store(store)
{
}

QString SellerReader::token(qint64 seq) const
{
    return m_store.epoch() + u':' + QString::number(seq);
}

std::optional<DomainResult> SellerReader::parseToken(const QString &value, qint64 *seq,
                                                     const QString &what) const
{
    *seq = 0;
    if (value.isEmpty())
        return std::nullopt;
    const qsizetype colon = value.indexOf(u':');
    bool numeric = false;
    const qint64 n = colon > 0 ? value.mid(colon + 1).toLongLong(&numeric) : 0;
    if (colon <= 0 || !numeric || n < 0)
        return DomainResult::fail(Kind::Invalid, ResultCode::InvalidParameter,
                                  QStringLiteral("%1: \"%2\" is not a token this server issued")
                                      .arg(what, value.left(64)));
    if (value.left(colon) != m_store.epoch() || n > m_store.lastSeq())
        return DomainResult::fail(
            Kind::Gone, ResultCode::TokenExpired,
            QStringLiteral("%1 belongs to another data set; start a full sync").arg(what));
    *seq = n;
    return std::nullopt;
}

DomainResult SellerReader::list(const Listing &l, const Page &page) const
{
    qint64 sinceSeq = 0, cursorSeq = 0;
    if (auto refused = parseToken(page.since, &sinceSeq, QStringLiteral("since")))
        return *refused;
    if (auto refused = parseToken(page.cursor, &cursorSeq, QStringLiteral("cursor")))
        return *refused;
    if (page.limit < 1 || page.limit > 5000)
        return DomainResult::fail(Kind::Invalid, ResultCode::InvalidParameter,
                                  QStringLiteral("limit: must be between 1 and 5000"));
    const qint64 from = std::max(sinceSeq, cursorSeq);
    const QString filter =
        l.addressId.isEmpty() ? QString() : QStringLiteral(" AND address_id = ?");
    const Database &db = m_store.database();
    QSqlQuery rows = db.query();
    rows.prepare(QStringLiteral("SELECT seq, %1 FROM %2 WHERE seq > ?%3 ORDER BY seq LIMIT ?")
                     .arg(l.columns, l.table, filter));
    rows.addBindValue(from);
    if (!l.addressId.isEmpty())
        rows.addBindValue(l.addressId);
    rows.addBindValue(page.limit + 1);
    QSqlQuery tombs = db.query();
    tombs.prepare(QStringLiteral("SELECT seq, id FROM seller_tombstones WHERE kind = ? AND seq > ? "
                                 "ORDER BY seq LIMIT ?"));
    tombs.addBindValue(l.kind);
    tombs.addBindValue(from);
    tombs.addBindValue(page.limit + 1);
    if (!rows.exec() || !tombs.exec())
        return SellerResult::storageError();
    QJsonArray items, deleted;
    qint64 last = from;
    bool haveRow = rows.next(), haveTomb = tombs.next();
    for (int taken = 0; taken < page.limit && (haveRow || haveTomb); ++taken) {
        const qint64 rowSeq = haveRow ? rows.value(0).toLongLong() : LLONG_MAX;
        const qint64 tombSeq = haveTomb ? tombs.value(0).toLongLong() : LLONG_MAX;
        if (rowSeq < tombSeq) {
            items.append(l.toJson(rows));
            last = rowSeq;
            haveRow = rows.next();
        } else {
            deleted.append(tombs.value(1).toString());
            last = tombSeq;
            haveTomb = tombs.next();
        }
    }
    const bool more = haveRow || haveTomb;
    rows.finish();
    tombs.finish();
    qint64 remaining = 0;
    if (more && (page.count || page.cursor.isEmpty())) {
        QSqlQuery count = db.query();
        count.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM %1 WHERE seq > ?%2) + (SELECT "
                                     "COUNT(*) FROM seller_tombstones WHERE kind = ? AND seq > ?)")
                          .arg(l.table, filter));
        count.addBindValue(last);
        if (!l.addressId.isEmpty())
            count.addBindValue(l.addressId);
        count.addBindValue(l.kind);
        count.addBindValue(last);
        if (count.exec() && count.next())
            remaining = count.value(0).toLongLong();
    }
    return DomainResult::done({{QStringLiteral("items"), items},
                               {QStringLiteral("deleted"), deleted},
                               {QStringLiteral("nextCursor"), more ? token(last) : QString()},
                               {QStringLiteral("changeToken"), token(last)},
                               {QStringLiteral("remaining"), double(remaining)}});
}

DomainResult SellerReader::keys(const Page &page) const
{
    return list({QStringLiteral("key"),
                 QStringLiteral("seller_keys"),
                 SellerRows::keyColumns(),
                 {},
                 [](const QSqlQuery &q) { return SellerJson::key(SellerRows::keyFromRow(q, 1)); }},
                page);
}

DomainResult SellerReader::addresses(const Page &page) const
{
    return list({QStringLiteral("address"),
                 QStringLiteral("seller_addresses"),
                 SellerRows::addressColumns(),
                 {},
                 [this](const QSqlQuery &q) {
                     return SellerJson::address(m_store, SellerRows::addressFromRow(q, 1));
                 }},
                page);
}

DomainResult SellerReader::credentials(const Page &page) const
{
    return list({QStringLiteral("credential"),
                 QStringLiteral("seller_credentials"),
                 SellerRows::credentialColumns(),
                 {},
                 [this](const QSqlQuery &q) {
                     return SellerJson::credential(m_store, SellerRows::credentialFromRow(q, 1));
                 }},
                page);
}

DomainResult SellerReader::runs(const QString &addressId, const Page &page) const
{
    if (!m_store.findAddress(addressId))
        return DomainResult::fail(
            Kind::NotFound, SellerCode::AddressNotFound,
            QStringLiteral("production address \"%1\" does not exist").arg(addressId));
    return list({QString(), QStringLiteral("seller_runs"), SellerRows::runColumns(), addressId,
                 [](const QSqlQuery &q) { return SellerJson::run(SellerRows::runFromRow(q, 1)); }},
                page);
}

DomainResult SellerReader::key(const QString &keyId) const
{
    if (const auto k = m_store.findKey(keyId))
        return DomainResult::done({{QStringLiteral("key"), SellerJson::key(*k)}});
    return DomainResult::fail(Kind::NotFound, SellerCode::KeyNotFound,
                              QStringLiteral("key \"%1\" does not exist").arg(keyId));
}

DomainResult SellerReader::address(const QString &addressId) const
{
    if (const auto a = m_store.findAddress(addressId))
        return DomainResult::done({{QStringLiteral("address"), SellerJson::address(m_store, *a)}});
    return DomainResult::fail(
        Kind::NotFound, SellerCode::AddressNotFound,
        QStringLiteral("production address \"%1\" does not exist").arg(addressId));
}

DomainResult SellerReader::credential(const QString &appId) const
{
    if (const auto c = m_store.findCredential(appId))
        return DomainResult::done(
            {{QStringLiteral("credential"), SellerJson::credential(m_store, *c)}});
    return DomainResult::fail(Kind::NotFound, SellerCode::CredentialNotFound,
                              QStringLiteral("credential \"%1\" does not exist").arg(appId));
}
