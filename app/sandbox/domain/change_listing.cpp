#include "sandbox/domain/change_listing.h"

#include "net/result_code.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using Kind = DomainResult::Kind;

std::optional<DomainResult> ListingPage::fromUrl(const QUrl &url, ListingPage *page)
{
    const QUrlQuery query(url);
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    bool ok = true;
    page->limit = limitText.isEmpty() ? 500 : limitText.toInt(&ok);
    if (!ok || page->limit < 1 || page->limit > 5000)
        return DomainResult::fail(
            Kind::Invalid, ResultCode::InvalidParameter,
            QStringLiteral("limit: expected a whole number from 1 to 5000, got \"%1\"")
                .arg(limitText.left(32)),
            {{QStringLiteral("field"), QStringLiteral("limit")}});
    page->since = query.queryItemValue(QStringLiteral("since"));
    page->cursor = query.queryItemValue(QStringLiteral("cursor"));
    page->count = query.queryItemValue(QStringLiteral("count")) == u"1";
    return std::nullopt;
}

namespace ChangeListing {

DomainResult list(const ChangeLog &log, const ListingSpec &spec, const ListingPage &page)
{
    qint64 sinceSeq = 0, cursorSeq = 0;
    if (auto refused = log.parseToken(page.since, &sinceSeq, QStringLiteral("since")))
        return *refused;
    if (auto refused = log.parseToken(page.cursor, &cursorSeq, QStringLiteral("cursor")))
        return *refused;
    const qint64 from = std::max(sinceSeq, cursorSeq);
    const bool scoped = !spec.scopeColumn.isEmpty();
    const QString filter = scoped ? QStringLiteral(" AND %1 = ?").arg(spec.scopeColumn) : QString();
    const Database &db = log.database();
    QSqlQuery rows = db.query();
    rows.prepare(QStringLiteral("SELECT seq, %1 FROM %2 WHERE seq > ?%3 ORDER BY seq LIMIT ?")
                     .arg(spec.columns, spec.table, filter));
    rows.addBindValue(from);
    if (scoped)
        rows.addBindValue(spec.scope);
    rows.addBindValue(page.limit + 1);
    QSqlQuery tombs = db.query();
    tombs.prepare(QStringLiteral("SELECT seq, id FROM %1 WHERE kind = ? AND scope = ? AND seq > ? "
                                 "ORDER BY seq LIMIT ?")
                      .arg(log.tombstoneTable()));
    tombs.addBindValue(spec.kind);
    tombs.addBindValue(notNull(spec.scope));
    tombs.addBindValue(from);
    tombs.addBindValue(page.limit + 1);
    if (!rows.exec() || !tombs.exec())
        return DomainResult::fail(Kind::Failed, ResultCode::InternalError,
                                  QStringLiteral("sandbox storage error: ") +
                                      rows.lastError().text() + tombs.lastError().text());
    QJsonArray items, deleted;
    qint64 last = from;
    bool haveRow = rows.next(), haveTomb = tombs.next();
    for (int taken = 0; taken < page.limit && (haveRow || haveTomb); ++taken) {
        const qint64 rowSeq = haveRow ? rows.value(0).toLongLong() : LLONG_MAX;
        const qint64 tombSeq = haveTomb ? tombs.value(0).toLongLong() : LLONG_MAX;
        if (rowSeq < tombSeq) {
            items.append(spec.toJson(rows));
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
                                     "COUNT(*) FROM %3 WHERE kind = ? AND scope = ? AND seq > ?)")
                          .arg(spec.table, filter, log.tombstoneTable()));
        count.addBindValue(last);
        if (scoped)
            count.addBindValue(spec.scope);
        count.addBindValue(spec.kind);
        count.addBindValue(notNull(spec.scope));
        count.addBindValue(last);
        if (count.exec() && count.next())
            remaining = count.value(0).toLongLong();
    }
    return DomainResult::done({{QStringLiteral("items"), items},
                               {QStringLiteral("deleted"), deleted},
                               {QStringLiteral("nextCursor"), more ? log.token(last) : QString()},
                               {QStringLiteral("changeToken"), log.token(last)},
                               {QStringLiteral("remaining"), double(remaining)}});
}

} // namespace ChangeListing
