#include "sandbox/domain/change_log.h"

#include "net/result_code.h"
#include "storage/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>

ChangeLog::ChangeLog(Database &db, const QStringList &tables, QString tombstones)
    : m_db(db)
    , m_tombstones(std::move(tombstones))
{
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'epoch'")) && q.next()) {
        m_epoch = q.value(0).toString();
    } else {
        m_epoch = QString::number(QRandomGenerator::system()->generate64() % 1'000'000'000'000, 36);
        m_db.exec(
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('epoch', '%1')").arg(m_epoch));
    }
    q.finish();
    QStringList parts;
    for (const QString &t : tables + QStringList{m_tombstones})
        parts << QStringLiteral("SELECT MAX(seq) m FROM %1").arg(t);
    if (q.exec(QStringLiteral("SELECT MAX(m) FROM (%1)").arg(parts.join(u" UNION ALL "))) &&
        q.next())
        m_seq = q.value(0).toLongLong();
}

qint64 ChangeLog::reserve(qint64 count)
{
    const qint64 base = m_seq;
    m_seq += std::max<qint64>(0, count);
    return base;
}

bool ChangeLog::tombstone(const QString &kind, const QString &scope, const QString &id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(kind, scope, id, seq) VALUES (?, ?, ?, ?)")
                  .arg(m_tombstones));
    q.addBindValue(kind);
    q.addBindValue(notNull(scope));
    q.addBindValue(id);
    q.addBindValue(next());
    return q.exec();
}

bool ChangeLog::lift(const QString &kind, const QString &scope, const QString &id)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("DELETE FROM %1 WHERE kind = ? AND scope = ? AND id = ?").arg(m_tombstones));
    q.addBindValue(kind);
    q.addBindValue(notNull(scope));
    q.addBindValue(id);
    return q.exec();
}

QString ChangeLog::token(qint64 seq) const
{
    return m_epoch + u':' + QString::number(seq);
}

std::optional<DomainResult> ChangeLog::parseToken(const QString &value, qint64 *seq,
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
                                      .arg(what, value.left(64)),
                                  {{QStringLiteral("field"), what}});
    if (value.left(colon) != m_epoch || n > m_seq)
        return DomainResult::fail(
            DomainResult::Kind::Gone, ResultCode::TokenExpired,
            QStringLiteral("%1 belongs to another data set; start a full sync").arg(what),
            {{QStringLiteral("field"), what}});
    *seq = n;
    return std::nullopt;
}
