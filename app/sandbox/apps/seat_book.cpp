#include "sandbox/apps/seat_book.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

SeatBook::SeatBook(AppsStore &store, const OrgView &org)
    : m_store(store)
    , m_org(org)
{
}

std::optional<GrantRecord> SeatBook::coveringUnit(const QString &appId,
                                                  const MemberState &member) const
{
    if (!member.exists)
        return std::nullopt;
    const QList<GrantRecord> units = unitsOf(appId);
    if (units.isEmpty())
        return std::nullopt;
    return firstCovering(units, placeOf(member));
}

QList<GrantRecord> SeatBook::unitsOf(const QString &appId) const
{
    return m_store.grantsOf(appId, {QStringLiteral("department"), QStringLiteral("group")});
}

SeatBook::Place SeatBook::placeOf(const MemberState &member) const
{
    return {m_org.ancestors(member.orgCode), m_store.groupsOf(member.userName)};
}

std::optional<GrantRecord> SeatBook::firstCovering(const QList<GrantRecord> &units,
                                                   const Place &place)
{
    for (const GrantRecord &u : units)
        if ((u.kind == u"department" && place.above.contains(u.target)) ||
            (u.kind == u"group" && place.groups.contains(u.target)))
            return u;
    return std::nullopt;
}

QString SeatBook::coverageSql(const QString &kind, const QString &target, QVariant *bound) const
{
    if (kind == u"group") {
        *bound = target;
        return QStringLiteral(
            "m.user_name IN (SELECT user_name FROM group_members WHERE group_id = ?)");
    }
    // A subtree can be large: one JSON array bound, not thousands of placeholders.
    *bound = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m_org.subtree(target)))
                                   .toJson(QJsonDocument::Compact));
    return QStringLiteral("m.org_code IN (SELECT value FROM json_each(?))");
}

QString SeatBook::newMembersSql(const QString &kind, const QString &target, QVariant *bound) const
{
    return QStringLiteral("FROM members m WHERE m.enabled = 1 AND %1 AND NOT EXISTS (SELECT 1 "
                          "FROM app_seats s WHERE s.app_id = ? AND s.user_name = m.user_name) "
                          "AND NOT EXISTS (SELECT 1 FROM app_grants g WHERE g.app_id = ? AND "
                          "g.kind = 'exclusion' AND g.target = m.user_name)")
        .arg(coverageSql(kind, target, bound));
}

QSet<QString> SeatBook::newMembersOf(const QString &appId, const QString &kind,
                                     const QString &target) const
{
    QVariant bound;
    QSqlQuery q = m_store.database().query();
    q.prepare(QStringLiteral("SELECT m.user_name ") + newMembersSql(kind, target, &bound));
    q.addBindValue(bound);
    q.addBindValue(appId);
    q.addBindValue(appId);
    QSet<QString> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}

int SeatBook::seatUnit(const QString &appId, const QString &kind, const QString &target,
                       qint64 nowMs)
{
    // Straight from the members to the seats, numbered after the log's last change: no round
    // trip through this process for a grant of tens of thousands.
    const qint64 base = m_store.log().lastSeq();
    QVariant bound;
    QSqlQuery q = m_store.database().query();
    q.prepare(QStringLiteral("INSERT INTO app_seats(%1, seq) SELECT ?, m.user_name, ?, ?, 1, "
                             "'enabled', ?, 0, 1, ? + ROW_NUMBER() OVER (ORDER BY m.user_name) ")
                  .arg(AppsStore::seatColumns()) +
              newMembersSql(kind, target, &bound));
    for (const QVariant &v : {QVariant(appId), QVariant(kind), QVariant(target), QVariant(nowMs),
                              QVariant(base), bound, QVariant(appId), QVariant(appId)})
        q.addBindValue(v);
    if (!q.exec())
        return -1;
    const int seated = q.numRowsAffected();
    m_store.log().reserve(seated);
    QSqlQuery lift = m_store.database().query();
    lift.prepare(QStringLiteral("DELETE FROM apps_tombstones WHERE kind = 'seat' AND scope = ? AND "
                                "id IN (SELECT user_name FROM app_seats WHERE app_id = ? AND seq "
                                "> ?)"));
    lift.addBindValue(appId);
    lift.addBindValue(appId);
    lift.addBindValue(base);
    return lift.exec() ? seated : -1;
}

int SeatBook::releaseUnit(const QString &appId, const QString &kind, const QString &target)
{
    Database &db = m_store.database();
    const QList<GrantRecord> others = unitsOf(appId);
    for (const GrantRecord &u : others) {
        QVariant bound;
        const QString covered = coverageSql(u.kind, u.target, &bound);
        const QString moving =
            QStringLiteral("SELECT user_name FROM app_seats WHERE app_id = ? AND source = ? AND "
                           "source_id = ? AND user_name IN (SELECT m.user_name FROM members m "
                           "WHERE %1)")
                .arg(covered);
        QSqlQuery count = db.query();
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(moving));
        for (const QVariant &v : {QVariant(appId), QVariant(kind), QVariant(target), bound})
            count.addBindValue(v);
        if (!count.exec() || !count.next() || count.value(0).toLongLong() == 0)
            continue;
        const qint64 base = m_store.log().reserve(count.value(0).toLongLong());
        QSqlQuery move = db.query();
        move.prepare(QStringLiteral("UPDATE app_seats SET source = ?, source_id = ?, version = "
                                    "version + 1, seq = ? + r.n FROM (SELECT user_name AS u, "
                                    "ROW_NUMBER() OVER (ORDER BY user_name) AS n FROM (%1)) r "
                                    "WHERE app_seats.app_id = ? AND app_seats.user_name = r.u")
                         .arg(moving));
        for (const QVariant &v :
             {QVariant(u.kind), QVariant(u.target), QVariant(base), QVariant(appId), QVariant(kind),
              QVariant(target), bound, QVariant(appId)})
            move.addBindValue(v);
        if (!move.exec())
            return -1;
    }
    QSqlQuery count = db.query();
    count.prepare(
        QStringLiteral("SELECT COUNT(*) FROM app_seats WHERE app_id = ? AND source = ? AND "
                       "source_id = ?"));
    count.addBindValue(appId);
    count.addBindValue(kind);
    count.addBindValue(target);
    if (!count.exec() || !count.next())
        return -1;
    const qint64 released = count.value(0).toLongLong();
    const qint64 base = m_store.log().reserve(released);
    QSqlQuery tomb = db.query();
    tomb.prepare(QStringLiteral("INSERT OR REPLACE INTO apps_tombstones(kind, scope, id, seq) "
                                "SELECT 'seat', app_id, user_name, ? + ROW_NUMBER() OVER (ORDER BY "
                                "user_name) FROM app_seats WHERE app_id = ? AND source = ? AND "
                                "source_id = ?"));
    QSqlQuery drop = db.query();
    drop.prepare(QStringLiteral("DELETE FROM app_seats WHERE app_id = ? AND source = ? AND "
                                "source_id = ?"));
    tomb.addBindValue(base);
    for (QSqlQuery *q : {&tomb, &drop}) {
        q->addBindValue(appId);
        q->addBindValue(kind);
        q->addBindValue(target);
    }
    if (!tomb.exec() || !drop.exec())
        return -1;
    return int(released);
}
