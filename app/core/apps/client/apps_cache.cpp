#include "apps/client/apps_cache.h"

#include "apps/client/apps_client_json.h"
#include "storage/database.h"
#include "storage/storage_problem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const Database::Migrations kMigrations = {
    {
        QStringLiteral("CREATE TABLE apps(app_id TEXT PRIMARY KEY, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE grants(app_id TEXT NOT NULL, key TEXT NOT NULL, kind TEXT "
                       "NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, granted_at TEXT NOT NULL, "
                       "version INTEGER NOT NULL, PRIMARY KEY(app_id, key)) WITHOUT ROWID"),
        // A rowid table: a first listing arrives in the server's change order, and appending
        // costs far less than placing each row in a table clustered by name (docs/performance.md).
        QStringLiteral("CREATE TABLE seats(app_id TEXT NOT NULL, user_name TEXT NOT NULL, source "
                       "TEXT NOT NULL, source_id TEXT NOT NULL, seated INTEGER NOT NULL, "
                       "member_state INTEGER NOT NULL, granted_at TEXT NOT NULL, last_used_at "
                       "TEXT NOT NULL, version INTEGER NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX seats_key ON seats(app_id, user_name)"),
        QStringLiteral("CREATE TABLE groups(group_id TEXT PRIMARY KEY, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE seat_history(app_id TEXT NOT NULL, day TEXT NOT NULL, "
                       "bought INTEGER NOT NULL, assigned INTEGER NOT NULL, used INTEGER NOT "
                       "NULL, PRIMARY KEY(app_id, day)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sync_state(kind TEXT NOT NULL, app_id TEXT NOT NULL, "
                       "change_token TEXT NOT NULL, PRIMARY KEY(kind, app_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE synced(id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT "
                       "NULL)"),
    },
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromIso(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

bool failed(const QSqlQuery &q, const QString &path, QString *error)
{
    *error = QCoreApplication::translate("AppsCache", "The apps cache could not be written: %1")
                 .arg(StorageProblem::explain(path, q.lastError()));
    return false;
}

bool run(const QString &path, QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() || failed(q, path, error);
}

} // namespace

QString AppsCache::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Apps:
        return QStringLiteral("apps");
    case Kind::Grants:
        return QStringLiteral("grants");
    case Kind::Seats:
        return QStringLiteral("seats");
    case Kind::Groups:
        return QStringLiteral("groups");
    }
    return {};
}

AppsCache::AppsCache(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

AppsCache::~AppsCache() = default;

std::unique_ptr<AppsCache> AppsCache::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Normal, kMigrations, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<AppsCache>(new AppsCache(std::move(db)));
}

QString AppsCache::path() const
{
    return m_db->path();
}

QString AppsCache::changeToken(Kind kind, const QString &appId) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT change_token FROM sync_state WHERE kind = ? AND app_id = ?"));
    q.addBindValue(kindName(kind));
    q.addBindValue(notNull(appId));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool AppsCache::setToken(Kind kind, const QString &appId, const QString &token, QString *error)
{
    if (token.isEmpty())
        return true;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_state(kind, app_id, change_token) VALUES (?, ?, ?)"));
    return run(m_db->path(), q, {kindName(kind), notNull(appId), token}, error);
}

bool AppsCache::applyApps(const QList<PurchasedApp> &apps, const QStringList &deleted,
                          const QString &finalToken, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    for (const PurchasedApp &a : apps)
        if (!upsertApp(a, error))
            return false;
    for (const QString &id : deleted) {
        // An app the enterprise no longer has takes its lists with it.
        for (const char *sql :
             {"DELETE FROM apps WHERE app_id = ?", "DELETE FROM grants WHERE app_id = ?",
              "DELETE FROM seats WHERE app_id = ?", "DELETE FROM seat_history WHERE app_id = ?",
              "DELETE FROM sync_state WHERE app_id = ?"}) {
            QSqlQuery q = m_db->query();
            q.prepare(QLatin1String(sql));
            if (!run(m_db->path(), q, {id}, error))
                return false;
        }
    }
    return setToken(Kind::Apps, {}, finalToken, error) && tx.commit(error);
}

bool AppsCache::upsertApp(const PurchasedApp &app, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO apps(app_id, json) VALUES (?, ?)"));
    return run(m_db->path(), q, {app.appId, compact(AppsClientJson::toJson(app))}, error);
}

bool AppsCache::keepAnsweredApp(const PurchasedApp &app, QString *error)
{
    const auto kept = this->app(app.appId);
    if (kept && kept->version > app.version)
        return true;
    return upsertApp(app, error);
}

QHash<QString, AppsCache::ReclaimCounts> AppsCache::reclaimCounts(const QDateTime &notUsedSince,
                                                                  QString *error) const
{
    QHash<QString, ReclaimCounts> out;
    // member_state: 0 enabled, 1 disabled, 2 deleted (AppSeat::State). Times are ISO 8601 UTC
    // with milliseconds, so they compare as text.
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral(
        "SELECT app_id, sum(member_state = 2), sum(member_state = 1), "
        "sum(member_state = 0 AND last_used_at = '' AND (granted_at = '' OR granted_at <= ?)) "
        "FROM seats WHERE seated = 1 GROUP BY app_id"));
    q.addBindValue(iso(notUsedSince));
    if (!q.exec()) {
        failed(q, m_db->path(), error);
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

bool AppsCache::applyGrants(const QString &appId, const QList<AppGrant> &grants,
                            const QStringList &deleted, const QString &finalToken, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    QSqlQuery up = m_db->query();
    up.prepare(QStringLiteral("INSERT OR REPLACE INTO grants(app_id, key, kind, id, name, "
                              "granted_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const AppGrant &g : grants)
        if (!run(m_db->path(), up,
                 {appId, g.key(), AppGrant::kindName(g.kind), g.id, notNull(g.name),
                  iso(g.grantedAt), g.version},
                 error))
            return false;
    QSqlQuery del = m_db->query();
    del.prepare(QStringLiteral("DELETE FROM grants WHERE app_id = ? AND key = ?"));
    for (const QString &key : deleted)
        if (!run(m_db->path(), del, {appId, key}, error))
            return false;
    return setToken(Kind::Grants, appId, finalToken, error) && tx.commit(error);
}

bool AppsCache::applySeats(const QString &appId, const QList<AppSeat> &seats,
                           const QStringList &deleted, const QString &finalToken, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    QSqlQuery up = m_db->query();
    up.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO seats(app_id, user_name, source, source_id, seated, "
        "member_state, granted_at, last_used_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AppSeat &s : seats)
        if (!run(m_db->path(), up,
                 {appId, s.userName, s.source, notNull(s.sourceId), int(s.seated),
                  int(s.memberState), iso(s.grantedAt), iso(s.lastUsedAt), s.version},
                 error))
            return false;
    QSqlQuery del = m_db->query();
    del.prepare(QStringLiteral("DELETE FROM seats WHERE app_id = ? AND user_name = ?"));
    for (const QString &user : deleted)
        if (!run(m_db->path(), del, {appId, user}, error))
            return false;
    return setToken(Kind::Seats, appId, finalToken, error) && tx.commit(error);
}

bool AppsCache::applyGroups(const QList<AppGroup> &groups, const QStringList &deleted,
                            const QString &finalToken, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    for (AppGroup g : groups) {
        // The listing carries no members: keep those read before until the group is read.
        QSqlQuery old = m_db->query();
        old.prepare(QStringLiteral("SELECT json FROM groups WHERE group_id = ?"));
        old.addBindValue(g.groupId);
        if (old.exec() && old.next() && g.userNames.isEmpty()) {
            const auto kept = AppsClientJson::groupFromJson(
                QJsonDocument::fromJson(old.value(0).toString().toUtf8()).object(), {}, error);
            if (kept && kept->version == g.version)
                g.userNames = kept->userNames;
        }
        QSqlQuery q = m_db->query();
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO groups(group_id, json) VALUES (?, ?)"));
        if (!run(m_db->path(), q, {g.groupId, compact(AppsClientJson::toJson(g))}, error))
            return false;
    }
    QSqlQuery del = m_db->query();
    del.prepare(QStringLiteral("DELETE FROM groups WHERE group_id = ?"));
    for (const QString &id : deleted)
        if (!run(m_db->path(), del, {id}, error))
            return false;
    return setToken(Kind::Groups, {}, finalToken, error) && tx.commit(error);
}

bool AppsCache::setGroupMembers(const QString &groupId, const QStringList &userNames,
                                QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT json FROM groups WHERE group_id = ?"));
    q.addBindValue(groupId);
    if (!q.exec() || !q.next())
        return true; // deleted since: nothing to keep
    QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    o.insert(QStringLiteral("userNames"), QJsonArray::fromStringList(userNames));
    QSqlQuery w = m_db->query();
    w.prepare(QStringLiteral("UPDATE groups SET json = ? WHERE group_id = ?"));
    return run(m_db->path(), w, {compact(o), groupId}, error);
}

bool AppsCache::reset(Kind kind, const QString &appId, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    QString sql;
    switch (kind) {
    case Kind::Apps:
        sql = QStringLiteral("DELETE FROM apps");
        break;
    case Kind::Grants:
        sql = QStringLiteral("DELETE FROM grants WHERE app_id = ?");
        break;
    case Kind::Seats:
        sql = QStringLiteral("DELETE FROM seats WHERE app_id = ?");
        break;
    case Kind::Groups:
        sql = QStringLiteral("DELETE FROM groups");
        break;
    }
    if (kind == Kind::Apps) {
        // Listed whole again: an app the server no longer lists must not keep its lists, so
        // every app's grants and seats are read whole again too.
        for (const char *all : {"DELETE FROM grants", "DELETE FROM seats",
                                "DELETE FROM seat_history", "DELETE FROM sync_state"}) {
            QSqlQuery q = m_db->query();
            if (!q.exec(QLatin1String(all)))
                return failed(q, m_db->path(), error);
        }
    }
    QSqlQuery q = m_db->query();
    q.prepare(sql);
    QVariantList values;
    if (kind == Kind::Grants || kind == Kind::Seats)
        values.append(appId);
    QSqlQuery t = m_db->query();
    t.prepare(QStringLiteral("DELETE FROM sync_state WHERE kind = ? AND app_id = ?"));
    return run(m_db->path(), q, values, error) &&
           run(m_db->path(), t, {kindName(kind), notNull(appId)}, error) && tx.commit(error);
}

bool AppsCache::replaceHistory(const QString &appId, const QList<SeatDay> &days, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    QSqlQuery del = m_db->query();
    del.prepare(QStringLiteral("DELETE FROM seat_history WHERE app_id = ?"));
    if (!run(m_db->path(), del, {appId}, error))
        return false;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT INTO seat_history(app_id, day, bought, assigned, used) "
                             "VALUES (?, ?, ?, ?, ?)"));
    for (const SeatDay &d : days)
        if (!run(m_db->path(), q,
                 {appId, d.date.toString(Qt::ISODate), d.bought, d.assigned, d.used}, error))
            return false;
    return tx.commit(error);
}

bool AppsCache::markSynced(QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO synced(id, at) VALUES (1, ?)"));
    return run(m_db->path(), q, {iso(QDateTime::currentDateTimeUtc())}, error);
}

std::optional<PurchasedApp> AppsCache::app(const QString &appId) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT json FROM apps WHERE app_id = ?"));
    q.addBindValue(appId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString error;
    return AppsClientJson::appFromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), {}, &error);
}

QStringList AppsCache::appIds() const
{
    QStringList out;
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT app_id FROM apps ORDER BY app_id")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

namespace {

QList<AppSeat> readSeats(QSqlQuery &q)
{
    QList<AppSeat> out;
    while (q.next()) {
        AppSeat s;
        s.userName = q.value(0).toString();
        s.source = q.value(1).toString();
        s.sourceId = q.value(2).toString();
        s.seated = q.value(3).toBool();
        s.memberState = AppSeat::State(std::clamp(q.value(4).toInt(), 0, 2));
        s.grantedAt = fromIso(q.value(5));
        s.lastUsedAt = fromIso(q.value(6));
        s.version = q.value(7).toLongLong();
        out.append(s);
    }
    return out;
}

} // namespace

QList<AppSeat> AppsCache::seats(const QString &appId, QString *error) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT user_name, source, source_id, seated, member_state, "
                             "granted_at, last_used_at, version FROM seats WHERE app_id = ? "
                             "ORDER BY user_name"));
    q.addBindValue(appId);
    if (!q.exec()) {
        failed(q, m_db->path(), error);
        return {};
    }
    return readSeats(q);
}

QList<SeatHolding> AppsCache::holdings(const QString &appId, QString *error) const
{
    QList<SeatHolding> out;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT user_name, seated FROM seats WHERE app_id = ?"));
    q.addBindValue(appId);
    if (!q.exec()) {
        failed(q, m_db->path(), error);
        return {};
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toBool()});
    return out;
}

QList<AppSeat> AppsCache::reclaimableSeats(const QString &appId, const QDateTime &notUsedSince,
                                           QString *error) const
{
    // The same rules as reclaimCounts(); ReclaimList applies them again to what comes back.
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral(
        "SELECT user_name, source, source_id, seated, member_state, granted_at, last_used_at, "
        "version FROM seats WHERE app_id = ? AND seated = 1 AND (member_state <> 0 OR "
        "(last_used_at = '' AND (granted_at = '' OR granted_at <= ?)))"));
    q.addBindValue(appId);
    q.addBindValue(iso(notUsedSince));
    if (!q.exec()) {
        failed(q, m_db->path(), error);
        return {};
    }
    return readSeats(q);
}

QList<SeatDay> AppsCache::history(const QString &appId, QString *error) const
{
    QList<SeatDay> out;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT day, bought, assigned, used FROM seat_history WHERE app_id "
                             "= ? ORDER BY day"));
    q.addBindValue(appId);
    if (!q.exec()) {
        failed(q, m_db->path(), error);
        return out;
    }
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt(),
                    q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

AppsSnapshotPtr AppsCache::snapshot(QString *error) const
{
    auto s = std::make_shared<AppsSnapshot>();
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("SELECT json FROM apps ORDER BY app_id"))) {
        failed(q, m_db->path(), error);
        return nullptr;
    }
    while (q.next()) {
        QString why;
        const auto a = AppsClientJson::appFromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), {}, &why);
        if (a)
            s->apps.append(*a);
    }
    QSqlQuery g = m_db->query();
    if (g.exec(QStringLiteral(
            "SELECT app_id, kind, id, name, granted_at, version FROM grants ORDER BY app_id, key")))
        while (g.next()) {
            AppGrant grant;
            grant.kind =
                AppGrant::kindFromName(g.value(1).toString()).value_or(AppGrant::Kind::Member);
            grant.id = g.value(2).toString();
            grant.name = g.value(3).toString();
            grant.grantedAt = fromIso(g.value(4));
            grant.version = g.value(5).toLongLong();
            s->grants[g.value(0).toString()].append(grant);
        }
    QSqlQuery gr = m_db->query();
    if (gr.exec(QStringLiteral("SELECT json FROM groups ORDER BY group_id")))
        while (gr.next()) {
            QString why;
            const auto group = AppsClientJson::groupFromJson(
                QJsonDocument::fromJson(gr.value(0).toString().toUtf8()).object(), {}, &why);
            if (group)
                s->groups.append(*group);
        }
    QSqlQuery sy = m_db->query();
    if (sy.exec(QStringLiteral("SELECT at FROM synced WHERE id = 1")) && sy.next())
        s->syncedAt = fromIso(sy.value(0));
    return s;
}
