#include "org/cache.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const Database::Migrations kMigrations = {
    {
        QStringLiteral("CREATE TABLE departments(org_code TEXT PRIMARY KEY, org_name TEXT NOT "
                       "NULL, parent_code TEXT NOT NULL, version INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE members(user_name TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "email TEXT NOT NULL, mobile TEXT NOT NULL, org_code TEXT NOT NULL, "
                       "admin INTEGER NOT NULL, enabled INTEGER NOT NULL, version INTEGER NOT "
                       "NULL)"),
        QStringLiteral("CREATE TABLE sync_state(kind TEXT PRIMARY KEY, change_token TEXT NOT "
                       "NULL DEFAULT '', listing_since TEXT NOT NULL DEFAULT '', cursor TEXT NOT "
                       "NULL DEFAULT '', synced_at TEXT)"),
    },
    // 2: members clustered by userName, so the ordered full read is one sequential scan.
    {
        QStringLiteral("CREATE TABLE members2(user_name TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "email TEXT NOT NULL, mobile TEXT NOT NULL, org_code TEXT NOT NULL, "
                       "admin INTEGER NOT NULL, enabled INTEGER NOT NULL, version INTEGER NOT "
                       "NULL) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO members2 SELECT user_name, name, email, mobile, org_code, "
                       "admin, enabled, version FROM members"),
        QStringLiteral("DROP TABLE members"),
        QStringLiteral("ALTER TABLE members2 RENAME TO members"),
    },
};

QString kindName(Cache::Kind kind)
{
    return kind == Cache::Kind::Departments ? QStringLiteral("departments")
                                            : QStringLiteral("members");
}

QString sqlError(const QSqlQuery &q)
{
    return QCoreApplication::translate("Cache", "cache write failed: %1").arg(q.lastError().text());
}

} // namespace

Cache::Cache(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

std::unique_ptr<Cache> Cache::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Normal, kMigrations, error);
    if (!db)
        return nullptr;
    // Reads map the file instead of copying pages through read(); the cache is rebuildable,
    // so the usual caveat (an I/O error becomes a signal) costs little.
    db->exec(QStringLiteral("PRAGMA mmap_size=268435456"));
    return std::unique_ptr<Cache>(new Cache(std::move(db)));
}

QString Cache::quickCheck() const
{
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    return problems.join(u'\n');
}

Cache::SyncState Cache::syncState(Kind kind) const
{
    SyncState s;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT change_token, listing_since, cursor, synced_at FROM "
                             "sync_state WHERE kind = ?"));
    q.addBindValue(kindName(kind));
    if (q.exec() && q.next()) {
        s.changeToken = q.value(0).toString();
        s.listingSince = q.value(1).toString();
        s.cursor = q.value(2).toString();
        s.syncedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    }
    return s;
}

bool Cache::beginListing(Kind kind, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral(
        "INSERT INTO sync_state(kind) VALUES (?) ON CONFLICT(kind) DO UPDATE SET listing_since = "
        "change_token, cursor = ''"));
    q.addBindValue(kindName(kind));
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

bool Cache::finishPage(Kind kind, const QString &nextCursor, const QString &token, QString *error)
{
    QSqlQuery q = m_db->query();
    if (nextCursor.isEmpty()) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(kind, change_token, "
                                 "listing_since, cursor, synced_at) VALUES (?, ?, '', '', ?)"));
        q.addBindValue(kindName(kind));
        q.addBindValue(token);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    } else {
        q.prepare(QStringLiteral("UPDATE sync_state SET cursor = ? WHERE kind = ?"));
        q.addBindValue(nextCursor);
        q.addBindValue(kindName(kind));
    }
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

bool Cache::applyPage(const OrgJson::Page<Department> &page, QString *error)
{
    Transaction tx(*m_db);
    QSqlQuery up = m_db->query();
    up.prepare(QStringLiteral("INSERT OR REPLACE INTO departments(org_code, org_name, "
                              "parent_code, version) VALUES (?, ?, ?, ?)"));
    for (const Department &d : page.items) {
        up.bindValue(0, notNull(d.orgCode));
        up.bindValue(1, notNull(d.orgName));
        up.bindValue(2, notNull(d.parentCode));
        up.bindValue(3, d.version);
        if (!up.exec()) {
            *error = sqlError(up);
            return false;
        }
    }
    QSqlQuery del = m_db->query();
    del.prepare(QStringLiteral("DELETE FROM departments WHERE org_code = ?"));
    for (const QString &code : page.deleted) {
        del.bindValue(0, code);
        if (!del.exec()) {
            *error = sqlError(del);
            return false;
        }
    }
    return finishPage(Kind::Departments, page.nextCursor, page.changeToken, error) &&
           tx.commit(error);
}

bool Cache::applyPage(const OrgJson::Page<Member> &page, QString *error)
{
    // The raw handle: Qt's positional bindValue() formats a placeholder name per value, which
    // cost more than SQLite itself here.
    sqlite3 *db = rawHandle();
    Transaction tx(*m_db);
    sqlite3_stmt *up = nullptr;
    sqlite3_stmt *del = nullptr;
    auto fail = [&] {
        *error = QCoreApplication::translate("Cache", "cache write failed: %1")
                     .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no handle"));
        sqlite3_finalize(up);
        sqlite3_finalize(del);
        return false;
    };
    if (!db || !tx.isActive() ||
        sqlite3_prepare_v2(db,
                           "INSERT OR REPLACE INTO members(user_name, name, email, mobile, "
                           "org_code, admin, enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &up, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "DELETE FROM members WHERE user_name = ?", -1, &del, nullptr) !=
            SQLITE_OK)
        return fail();
    auto bindText = [](sqlite3_stmt *st, int i, const QString &v) {
        const QByteArray u = v.toUtf8();
        return sqlite3_bind_text(st, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    };
    for (const Member &m : page.items) {
        if (bindText(up, 1, m.userName) != SQLITE_OK || bindText(up, 2, m.name) != SQLITE_OK ||
            bindText(up, 3, m.email) != SQLITE_OK || bindText(up, 4, m.mobile) != SQLITE_OK ||
            bindText(up, 5, m.orgCode) != SQLITE_OK ||
            sqlite3_bind_int(up, 6, m.admin) != SQLITE_OK ||
            sqlite3_bind_int(up, 7, m.enabled) != SQLITE_OK ||
            sqlite3_bind_int64(up, 8, m.version) != SQLITE_OK || sqlite3_step(up) != SQLITE_DONE)
            return fail();
        sqlite3_reset(up);
    }
    for (const QString &userName : page.deleted) {
        if (bindText(del, 1, userName) != SQLITE_OK || sqlite3_step(del) != SQLITE_DONE)
            return fail();
        sqlite3_reset(del);
    }
    sqlite3_finalize(up);
    sqlite3_finalize(del);
    return finishPage(Kind::Members, page.nextCursor, page.changeToken, error) && tx.commit(error);
}

bool Cache::resetForFullSync(QString *error)
{
    Transaction tx(*m_db);
    return m_db->exec(QStringLiteral("DELETE FROM members"), error) &&
           m_db->exec(QStringLiteral("DELETE FROM departments"), error) &&
           m_db->exec(QStringLiteral("DELETE FROM sync_state"), error) && tx.commit(error);
}

bool Cache::applyMemberResults(MemberAction action, const QList<OrgJson::MemberResult> &results,
                               QString *error)
{
    Transaction tx(*m_db);
    QSqlQuery q = m_db->query();
    if (action == MemberAction::Delete)
        q.prepare(QStringLiteral("DELETE FROM members WHERE user_name = ?"));
    else
        q.prepare(QStringLiteral("UPDATE members SET enabled = ?, version = MAX(version, ?) "
                                 "WHERE user_name = ?"));
    for (const OrgJson::MemberResult &r : results) {
        if (!r.ok())
            continue;
        if (action == MemberAction::Delete) {
            q.bindValue(0, r.userName);
        } else {
            q.bindValue(0, int(action == MemberAction::Enable));
            q.bindValue(1, r.version);
            q.bindValue(2, r.userName);
        }
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
    }
    return tx.commit(error);
}

bool Cache::upsertMember(const Member &m, QString *error)
{
    QSqlQuery up = m_db->query();
    up.prepare(
        QStringLiteral("INSERT OR REPLACE INTO members(user_name, name, email, mobile, "
                       "org_code, admin, enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    up.addBindValue(notNull(m.userName));
    up.addBindValue(notNull(m.name));
    up.addBindValue(notNull(m.email));
    up.addBindValue(notNull(m.mobile));
    up.addBindValue(notNull(m.orgCode));
    up.addBindValue(int(m.admin));
    up.addBindValue(int(m.enabled));
    up.addBindValue(m.version);
    if (!up.exec()) {
        *error = sqlError(up);
        return false;
    }
    return true;
}

bool Cache::upsertDepartment(const Department &d, QString *error)
{
    QSqlQuery up = m_db->query();
    up.prepare(QStringLiteral("INSERT OR REPLACE INTO departments(org_code, org_name, "
                              "parent_code, version) VALUES (?, ?, ?, ?)"));
    up.addBindValue(notNull(d.orgCode));
    up.addBindValue(notNull(d.orgName));
    up.addBindValue(notNull(d.parentCode));
    up.addBindValue(d.version);
    if (!up.exec()) {
        *error = sqlError(up);
        return false;
    }
    return true;
}

bool Cache::removeDepartment(const QString &orgCode, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("DELETE FROM departments WHERE org_code = ?"));
    q.addBindValue(orgCode);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

std::optional<Member> Cache::member(const QString &userName) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT user_name, name, email, mobile, org_code, admin, enabled, "
                             "version FROM members WHERE user_name = ?"));
    q.addBindValue(userName);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Member{q.value(0).toString(), q.value(1).toString(),  q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(),  q.value(5).toBool(),
                  q.value(6).toBool(),   q.value(7).toLongLong()};
}

int Cache::memberCount() const
{
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM members")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QDateTime Cache::lastSync() const
{
    return syncState(Kind::Members).syncedAt;
}

sqlite3 *Cache::rawHandle() const
{
    const QVariant handle = m_db->db().driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

std::shared_ptr<const OrgSnapshot> Cache::loadSnapshot(QString *error) const
{
    // Through the raw handle: UTF-8 straight into the snapshot's pool, with no QString per
    // field (the Qt driver converts every value to UTF-16 first; 5x slower here).
    sqlite3 *db = rawHandle();
    auto fail = [&](sqlite3_stmt *stmt) {
        *error = QCoreApplication::translate("Cache", "cache read failed: %1")
                     .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no handle"));
        sqlite3_finalize(stmt);
        return nullptr;
    };
    if (!db)
        return fail(nullptr);
    OrgSnapshot::Builder builder;
    sqlite3_stmt *stmt = nullptr;
    auto column = [&stmt](int c) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
        return std::string_view(text ? text : "", size_t(sqlite3_column_bytes(stmt, c)));
    };
    auto qstring = [&column](int c) {
        const std::string_view v = column(c);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    };
    if (sqlite3_prepare_v2(db, "SELECT org_code, org_name, parent_code, version FROM departments",
                           -1, &stmt, nullptr) != SQLITE_OK)
        return fail(stmt);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        builder.addDepartment({qstring(0), qstring(1), qstring(2), sqlite3_column_int64(stmt, 3)});
    if (rc != SQLITE_DONE)
        return fail(stmt);
    sqlite3_finalize(stmt);
    builder.reserveMembers(memberCount());
    if (sqlite3_prepare_v2(db,
                           "SELECT user_name, name, email, mobile, org_code, admin, enabled, "
                           "version FROM members ORDER BY user_name",
                           -1, &stmt, nullptr) != SQLITE_OK)
        return fail(stmt);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const std::string_view fields[OrgSnapshot::FieldCount] = {column(0), column(1), column(2),
                                                                  column(3)};
        builder.addMember(fields, column(4), sqlite3_column_int(stmt, 5) != 0,
                          sqlite3_column_int(stmt, 6) != 0, sqlite3_column_int64(stmt, 7));
    }
    if (rc != SQLITE_DONE)
        return fail(stmt);
    sqlite3_finalize(stmt);
    builder.setLastSync(lastSync());
    return builder.finish();
}
