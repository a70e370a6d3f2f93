#include "sandbox/apps/apps_store.h"

#include "storage/database.h"

#include <QSqlQuery>

AppsStore::AppsStore(Database &db)
    : m_log(db,
            {QStringLiteral("apps"), QStringLiteral("app_grants"), QStringLiteral("app_seats"),
             QStringLiteral("member_groups")},
            QStringLiteral("apps_tombstones"))
{
}

bool AppsStore::isEmpty() const
{
    QSqlQuery q = database().query();
    return !(q.exec(QStringLiteral("SELECT 1 FROM apps LIMIT 1")) && q.next());
}

QString AppsStore::appColumns()
{
    return QStringLiteral("app_id, position, name, seller, edition, instance_id, order_id, seats, "
                          "assigned, waiting, start_ms, end_ms, enabled, login_type, login_url, "
                          "agreement, version");
}

AppRecord AppsStore::appFromRow(const QSqlQuery &q, int f)
{
    AppRecord a;
    a.appId = q.value(f).toString();
    a.position = q.value(f + 1).toInt();
    a.name = q.value(f + 2).toString();
    a.seller = q.value(f + 3).toString();
    a.edition = q.value(f + 4).toString();
    a.instanceId = q.value(f + 5).toString();
    a.orderId = q.value(f + 6).toString();
    a.seats = q.value(f + 7).toInt();
    a.assigned = q.value(f + 8).toInt();
    a.waiting = q.value(f + 9).toInt();
    a.startMs = q.value(f + 10).toLongLong();
    a.endMs = q.value(f + 11).toLongLong();
    a.enabled = q.value(f + 12).toBool();
    a.loginType = q.value(f + 13).toString();
    a.loginUrl = q.value(f + 14).toString();
    a.agreement = q.value(f + 15).toBool();
    a.version = q.value(f + 16).toLongLong();
    return a;
}

QString AppsStore::seatColumns()
{
    return QStringLiteral("app_id, user_name, source, source_id, seated, member_state, "
                          "granted_ms, last_used_ms, version");
}

SeatRecord AppsStore::seatFromRow(const QSqlQuery &q, int f)
{
    return {q.value(f).toString(),       q.value(f + 1).toString(),   q.value(f + 2).toString(),
            q.value(f + 3).toString(),   q.value(f + 4).toBool(),     q.value(f + 5).toString(),
            q.value(f + 6).toLongLong(), q.value(f + 7).toLongLong(), q.value(f + 8).toLongLong()};
}

QString AppsStore::grantColumns()
{
    return QStringLiteral("app_id, kind, target, granted_ms, version");
}

GrantRecord AppsStore::grantFromRow(const QSqlQuery &q, int f)
{
    return {q.value(f).toString(), q.value(f + 1).toString(), q.value(f + 2).toString(),
            q.value(f + 3).toLongLong(), q.value(f + 4).toLongLong()};
}

std::optional<AppRecord> AppsStore::findApp(const QString &appId) const
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT %1 FROM apps WHERE app_id = ?").arg(appColumns()));
    q.addBindValue(appId);
    if (q.exec() && q.next())
        return appFromRow(q, 0);
    return std::nullopt;
}

bool AppsStore::writeApp(const AppRecord &a)
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO apps(%1, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(appColumns()));
    for (const QVariant &v :
         {QVariant(a.appId), QVariant(a.position), QVariant(a.name), QVariant(a.seller),
          QVariant(a.edition), QVariant(a.instanceId), QVariant(a.orderId), QVariant(a.seats),
          QVariant(a.assigned), QVariant(a.waiting), QVariant(a.startMs), QVariant(a.endMs),
          QVariant(int(a.enabled)), QVariant(a.loginType), QVariant(notNull(a.loginUrl)),
          QVariant(int(a.agreement)), QVariant(a.version), QVariant(m_log.next())})
        q.addBindValue(v);
    return q.exec();
}

bool AppsStore::refreshCounts(const QString &appId)
{
    auto app = findApp(appId);
    if (!app)
        return false;
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(seated), 0), COALESCE(SUM(1 - seated), 0) FROM "
                             "app_seats WHERE app_id = ?"));
    q.addBindValue(appId);
    if (!q.exec() || !q.next())
        return false;
    const int assigned = q.value(0).toInt(), waiting = q.value(1).toInt();
    if (assigned == app->assigned && waiting == app->waiting)
        return true;
    app->assigned = assigned;
    app->waiting = waiting;
    ++app->version;
    return writeApp(*app);
}

std::optional<GrantRecord> AppsStore::findGrant(const QString &appId, const QString &kind,
                                                const QString &target) const
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT %1 FROM app_grants WHERE app_id = ? AND kind = ? AND "
                             "target = ?")
                  .arg(grantColumns()));
    q.addBindValue(appId);
    q.addBindValue(kind);
    q.addBindValue(target);
    if (q.exec() && q.next())
        return grantFromRow(q, 0);
    return std::nullopt;
}

QList<GrantRecord> AppsStore::grantsOf(const QString &appId, const QStringList &kinds) const
{
    QList<GrantRecord> out;
    if (kinds.isEmpty())
        return out;
    // The kinds are filtered by the primary key (app_id, kind, target): an app's member grants
    // can be tens of thousands, and the seat reconciler asks for its units once a member.
    QStringList marks(kinds.size(), QStringLiteral("?"));
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT %1 FROM app_grants WHERE app_id = ? AND kind IN (%2) ORDER "
                             "BY granted_ms, kind, target")
                  .arg(grantColumns(), marks.join(u',')));
    q.addBindValue(appId);
    for (const QString &kind : kinds)
        q.addBindValue(kind);
    if (q.exec())
        while (q.next())
            out.append(grantFromRow(q, 0));
    return out;
}

bool AppsStore::writeGrant(const GrantRecord &g)
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO app_grants(%1, seq) VALUES (?, ?, ?, ?, ?, ?)")
                  .arg(grantColumns()));
    for (const QVariant &v : {QVariant(g.appId), QVariant(g.kind), QVariant(g.target),
                              QVariant(g.grantedMs), QVariant(g.version), QVariant(m_log.next())})
        q.addBindValue(v);
    return q.exec() && m_log.lift(QStringLiteral("grant"), g.appId, g.kind + u':' + g.target);
}

bool AppsStore::removeGrant(const QString &appId, const QString &kind, const QString &target)
{
    QSqlQuery q = database().query();
    q.prepare(
        QStringLiteral("DELETE FROM app_grants WHERE app_id = ? AND kind = ? AND target = ?"));
    q.addBindValue(appId);
    q.addBindValue(kind);
    q.addBindValue(target);
    return q.exec() && m_log.tombstone(QStringLiteral("grant"), appId, kind + u':' + target);
}

std::optional<SeatRecord> AppsStore::findSeat(const QString &appId, const QString &userName) const
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT %1 FROM app_seats WHERE app_id = ? AND user_name = ?")
                  .arg(seatColumns()));
    q.addBindValue(appId);
    q.addBindValue(userName);
    if (q.exec() && q.next())
        return seatFromRow(q, 0);
    return std::nullopt;
}

bool AppsStore::writeSeat(const SeatRecord &s)
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO app_seats(%1, seq) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?)")
                  .arg(seatColumns()));
    for (const QVariant &v : {QVariant(s.appId), QVariant(s.userName), QVariant(s.source),
                              QVariant(notNull(s.sourceId)), QVariant(int(s.seated)),
                              QVariant(s.memberState), QVariant(s.grantedMs),
                              QVariant(s.lastUsedMs), QVariant(s.version), QVariant(m_log.next())})
        q.addBindValue(v);
    return q.exec() && m_log.lift(QStringLiteral("seat"), s.appId, s.userName);
}

bool AppsStore::removeSeat(const QString &appId, const QString &userName)
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("DELETE FROM app_seats WHERE app_id = ? AND user_name = ?"));
    q.addBindValue(appId);
    q.addBindValue(userName);
    return q.exec() && m_log.tombstone(QStringLiteral("seat"), appId, userName);
}

int AppsStore::seatWaiting(const QString &appId)
{
    const auto app = findApp(appId);
    if (!app || app->free() == 0 || app->waiting == 0)
        return 0;
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM app_seats WHERE app_id = ? AND seated = 0 AND member_state = "
                  "'enabled' ORDER BY "
                  "granted_ms, user_name LIMIT ?")
                  .arg(seatColumns()));
    q.addBindValue(appId);
    q.addBindValue(app->free());
    QList<SeatRecord> seats;
    if (q.exec())
        while (q.next())
            seats.append(seatFromRow(q, 0));
    for (SeatRecord &s : seats) {
        s.seated = true;
        ++s.version;
        if (!writeSeat(s))
            return 0;
    }
    return int(seats.size());
}

QString AppsStore::groupName(const QString &groupId) const
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT name FROM member_groups WHERE group_id = ?"));
    q.addBindValue(groupId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList AppsStore::groupsOf(const QString &userName) const
{
    QStringList out;
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT group_id FROM group_members WHERE user_name = ?"));
    q.addBindValue(userName);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool AppsStore::touchGroup(const QString &groupId)
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("UPDATE member_groups SET version = version + 1, seq = ? WHERE "
                             "group_id = ?"));
    q.addBindValue(m_log.next());
    q.addBindValue(groupId);
    return q.exec();
}

QString AppsStore::meta(const QString &key) const
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool AppsStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q = database().query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}
