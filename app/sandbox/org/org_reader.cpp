#include "sandbox/org/org_reader.h"

#include "org/org_json.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

DomainResult internal(const QSqlQuery &q)
{
    return DomainResult::fail(DomainResult::Kind::Failed, ResultCode::InternalError,
                              QStringLiteral("sandbox storage error: ") + q.lastError().text());
}

} // namespace

OrgReader::OrgReader(const OrgStore &store)
    : m_store(store)
{
}

QString OrgReader::token(qint64 seq) const
{
    return m_store.epoch() + u':' + QString::number(seq);
}

std::optional<DomainResult> OrgReader::parseToken(const QString &value, qint64 *seq,
                                                  const QString &what) const
{
    *seq = 0;
    if (value.isEmpty())
        return std::nullopt;
    const qsizetype colon = value.indexOf(u':');
    bool numeric = false;
    const qint64 n = colon > 0 ? value.mid(colon + 1).toLongLong(&numeric) : 0;
    if (colon <= 0 || !numeric || n < 0)
        return DomainResult::fail(DomainResult::Kind::Invalid, ResultCode::InvalidParameter,
                                  QStringLiteral("%1: \"%2\" is not a token this server issued")
                                      .arg(what, value.left(64)));
    if (value.left(colon) != m_store.epoch() || n > m_store.lastSeq())
        return DomainResult::fail(
            DomainResult::Kind::Gone, ResultCode::TokenExpired,
            QStringLiteral("%1 belongs to another data set; start a full sync").arg(what));
    *seq = n;
    return std::nullopt;
}

template <typename F>
DomainResult OrgReader::list(const QString &kind, const QString &since, const QString &cursor,
                             int limit, bool countRemaining, F rowToJson) const
{
    qint64 sinceSeq = 0;
    qint64 cursorSeq = 0;
    if (auto refused = parseToken(since, &sinceSeq, QStringLiteral("since")))
        return *refused;
    if (auto refused = parseToken(cursor, &cursorSeq, QStringLiteral("cursor")))
        return *refused;
    if (limit < 1 || limit > 5000)
        return DomainResult::fail(DomainResult::Kind::Invalid, ResultCode::InvalidParameter,
                                  QStringLiteral("limit: must be between 1 and 5000"));
    const qint64 from = std::max(sinceSeq, cursorSeq);
    const QString table =
        kind == u"member" ? QStringLiteral("members") : QStringLiteral("departments");
    const QString columns = kind == u"member"
                                ? OrgStore::memberColumns()
                                : QStringLiteral("org_code, org_name, parent_code, version");
    const Database &db = m_store.database();
    QSqlQuery rows = db.query();
    rows.prepare(QStringLiteral("SELECT seq, %1 FROM %2 WHERE seq > ? ORDER BY seq LIMIT ?")
                     .arg(columns, table));
    rows.addBindValue(from);
    rows.addBindValue(limit + 1);
    QSqlQuery tombs = db.query();
    tombs.prepare(QStringLiteral("SELECT seq, id FROM tombstones WHERE kind = ? AND seq > ? ORDER "
                                 "BY seq LIMIT ?"));
    tombs.addBindValue(kind);
    tombs.addBindValue(from);
    tombs.addBindValue(limit + 1);
    if (!rows.exec())
        return internal(rows);
    if (!tombs.exec())
        return internal(tombs);
    QJsonArray items;
    QJsonArray deleted;
    qint64 last = from;
    bool haveRow = rows.next();
    bool haveTomb = tombs.next();
    int taken = 0;
    while (taken < limit && (haveRow || haveTomb)) {
        const qint64 rowSeq = haveRow ? rows.value(0).toLongLong() : LLONG_MAX;
        const qint64 tombSeq = haveTomb ? tombs.value(0).toLongLong() : LLONG_MAX;
        if (rowSeq < tombSeq) {
            items.append(rowToJson(rows));
            last = rowSeq;
            haveRow = rows.next();
        } else {
            deleted.append(tombs.value(1).toString());
            last = tombSeq;
            haveTomb = tombs.next();
        }
        ++taken;
    }
    const bool more = haveRow || haveTomb;
    rows.finish();
    tombs.finish();
    qint64 remaining = 0;
    if (more && (countRemaining || cursor.isEmpty())) {
        QSqlQuery count = db.query();
        count.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM %1 WHERE seq > ?) + (SELECT "
                                     "COUNT(*) FROM tombstones WHERE kind = ? AND seq > ?)")
                          .arg(table));
        count.addBindValue(last);
        count.addBindValue(kind);
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

DomainResult OrgReader::departments(const QString &since, const QString &cursor, int limit,
                                    bool count) const
{
    return list(QStringLiteral("department"), since, cursor, limit, count, [](const QSqlQuery &q) {
        return OrgJson::toJson(Department{q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toLongLong()});
    });
}

DomainResult OrgReader::members(const QString &since, const QString &cursor, int limit,
                                bool count) const
{
    return list(QStringLiteral("member"), since, cursor, limit, count,
                [](const QSqlQuery &q) { return OrgJson::toJson(OrgStore::memberFromRow(q, 1)); });
}

DomainResult OrgReader::member(const QString &userName) const
{
    const auto m = m_store.findMember(userName);
    if (!m)
        return DomainResult::fail(DomainResult::Kind::NotFound, ResultCode::MemberNotFound,
                                  QStringLiteral("member \"%1\" does not exist").arg(userName));
    return DomainResult::done({{QStringLiteral("member"), OrgJson::toJson(*m)}});
}
