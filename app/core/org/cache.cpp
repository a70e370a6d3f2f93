#include "org/cache.h"

#include "common/logging.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <string_view>

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
    // 3: a first listing lands here in the server's order, then goes into members in one
    // sorted pass. Written straight into members (clustered by userName), the server's order
    // scattered each page over the whole table: 2 of a 3.5 s sync were B-tree inserts. Rows
    // are only appended (a deletion is a row too): no index to keep, and for each member the
    // last row is the truth.
    {
        QStringLiteral("CREATE TABLE members_incoming(user_name TEXT NOT NULL, name TEXT NOT "
                       "NULL, email TEXT NOT NULL, mobile TEXT NOT NULL, org_code TEXT NOT NULL, "
                       "admin INTEGER NOT NULL, enabled INTEGER NOT NULL, version INTEGER NOT "
                       "NULL, deleted INTEGER NOT NULL DEFAULT 0)"),
    },
};

QByteArray kindName(Cache::Kind kind)
{
    return kind == Cache::Kind::Departments ? QByteArrayLiteral("departments")
                                            : QByteArrayLiteral("members");
}

// One prepared statement, finalized when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_ok; }
    // 1-based, as SQLite counts. A null QString is bound as '' (the schema says NOT NULL).
    bool bindText(int i, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        return sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) ==
               SQLITE_OK;
    }
    bool bindText(int i, const QByteArray &utf8)
    {
        return sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) ==
               SQLITE_OK;
    }
    bool bindInt(int i, qint64 value) { return sqlite3_bind_int64(m_stmt, i, value) == SQLITE_OK; }
    // Runs a statement that returns no rows and readies it for the next values; on failure it
    // is left as it is, so that the connection's error message still says why.
    bool exec()
    {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            return false;
        sqlite3_reset(m_stmt);
        return true;
    }
    // SQLITE_ROW while there are rows, SQLITE_DONE after the last, anything else on failure.
    int step() { return sqlite3_step(m_stmt); }
    std::string_view view(int c) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return std::string_view(text ? text : "", size_t(sqlite3_column_bytes(m_stmt, c)));
    }
    QString text(int c) const
    {
        const std::string_view v = view(c);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

// A transaction on the cache's connection, rolled back unless committed.
class CacheTransaction
{
public:
    enum class Kind
    {
        // One consistent view of the file across several statements.
        Read,
        // Takes the write lock at once: waiting for another writer happens here, within the
        // busy timeout, never halfway through a page.
        Write
    };
    CacheTransaction(sqlite3 *db, Kind kind)
        : m_db(db)
    {
        m_active = sqlite3_exec(db, kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN", nullptr,
                                nullptr, nullptr) == SQLITE_OK;
    }
    ~CacheTransaction()
    {
        if (m_active)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    CacheTransaction(const CacheTransaction &) = delete;
    CacheTransaction &operator=(const CacheTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return false; // still open: the destructor rolls it back
        m_active = false;
        return true;
    }

private:
    sqlite3 *m_db;
    bool m_active = false;
};

} // namespace

Cache::Cache(QString path, sqlite3 *db)
    : m_path(std::move(path))
    , m_db(db)
{
}

Cache::~Cache()
{
    sqlite3_close(m_db);
}

std::unique_ptr<Cache> Cache::open(const QString &path, QString *error, Database::Failure *failure)
{
    Database::Failure ignored;
    Database::Failure &why = failure ? *failure : ignored;
    // A second connection to ":memory:" would be another, empty database.
    if (path == u":memory:") {
        *error = QCoreApplication::translate("Cache", "The cache needs a file, not %1.").arg(path);
        return nullptr;
    }
    // Created, migrated and switched to WAL through Database, whose Qt connection is closed
    // again at once (the temporary goes), before this program's SQLite opens the file.
    if (!Database::open(path, Database::Durability::Normal, kMigrations, error, &why))
        return nullptr;
    sqlite3 *db = nullptr;
    // NOMUTEX: one thread at a time uses a cache, so SQLite need not lock every call (the
    // snapshot load makes a dozen calls a member). No CREATE: Database made the file.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Cache> self(new Cache(path, db)); // closes db whatever happens next
    if (rc != SQLITE_OK) {
        why.problem = StorageProblem::classify(path, rc);
        *error =
            QCoreApplication::translate("Cache", "Cannot open the cache %1: %2")
                .arg(path, StorageProblem::reason(
                               path, rc, db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString()));
        return nullptr;
    }
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    // What Database sets on its connections, and the settings that belong to a connection
    // rather than to the file. Reads map the file instead of copying pages through read(); the
    // cache is rebuildable, so the usual caveat (an I/O error becomes a signal) costs little.
    {
        Statement wal(db, "PRAGMA journal_mode=WAL");
        if (!wal.ok() || wal.step() != SQLITE_ROW || wal.view(0) != "wal") {
            why.problem = StorageProblem::classify(path, sqlite3_errcode(db));
            *error = QCoreApplication::translate("Cache", "Cannot open the cache %1: %2")
                         .arg(path, StorageProblem::reason(path, sqlite3_errcode(db),
                                                           QString::fromUtf8(sqlite3_errmsg(db))));
            return nullptr;
        }
    }
    for (const char *pragma :
         {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA mmap_size=268435456"}) {
        if (sqlite3_exec(db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK) {
            why.problem = StorageProblem::classify(path, sqlite3_errcode(db));
            *error = QCoreApplication::translate("Cache", "Cannot open the cache %1: %2")
                         .arg(path, StorageProblem::reason(path, sqlite3_errcode(db),
                                                           QString::fromUtf8(sqlite3_errmsg(db))));
            return nullptr;
        }
    }
    return self;
}

QString Cache::failure(Access access) const
{
    const bool writing = access == Access::Write;
    const QString said = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int code = sqlite3_errcode(m_db) & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return (writing ? QCoreApplication::translate(
                              "Cache", "cache write failed: another connection kept %1 locked "
                                       "for more than %2 s (%3)")
                        : QCoreApplication::translate(
                              "Cache", "cache read failed: another connection kept %1 locked "
                                       "for more than %2 s (%3)"))
            .arg(m_path)
            .arg(BusyTimeoutMs / 1000)
            .arg(said);
    const QString why = StorageProblem::explain(m_path, code, said);
    return (writing ? QCoreApplication::translate("Cache", "cache write failed: %1")
                    : QCoreApplication::translate("Cache", "cache read failed: %1"))
        .arg(why);
}

QString Cache::check(const char *pragma, StorageProblem::Kind *problem) const
{
    StorageProblem::Kind ignored;
    StorageProblem::Kind &kind = problem ? *problem : ignored;
    kind = StorageProblem::Kind::Damaged; // what the check reports, unless it cannot run
    Statement q(m_db, pragma);
    if (!q.ok()) {
        kind = StorageProblem::classify(m_path, sqlite3_errcode(m_db));
        return StorageProblem::explain(m_path, sqlite3_errcode(m_db),
                                       QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    QStringList problems;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        problems << q.text(0);
    if (rc != SQLITE_DONE) {
        kind = StorageProblem::classify(m_path, rc);
        problems << StorageProblem::explain(m_path, rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    return problems.join(u'\n');
}

Cache::SyncState Cache::syncState(Kind kind) const
{
    SyncState s;
    Statement q(m_db, "SELECT change_token, listing_since, cursor, synced_at FROM sync_state "
                      "WHERE kind = ?");
    if (q.ok() && q.bindText(1, kindName(kind)) && q.step() == SQLITE_ROW) {
        s.changeToken = q.text(0);
        s.listingSince = q.text(1);
        s.cursor = q.text(2);
        s.syncedAt = QDateTime::fromString(q.text(3), Qt::ISODateWithMs);
    }
    return s;
}

bool Cache::beginListing(Kind kind, QString *error)
{
    CacheTransaction tx(m_db, CacheTransaction::Kind::Write);
    // Checked before anything else runs on the connection: that would replace its error.
    if (!tx.isActive()) {
        *error = failure(Access::Write);
        return false;
    }
    Statement q(m_db, "INSERT INTO sync_state(kind) VALUES (?) ON CONFLICT(kind) DO UPDATE SET "
                      "listing_since = change_token, cursor = ''");
    // What an abandoned first listing left behind is not part of this one.
    const bool ok =
        q.ok() && q.bindText(1, kindName(kind)) && q.exec() &&
        (kind != Kind::Members || sqlite3_exec(m_db, "DELETE FROM members_incoming", nullptr,
                                               nullptr, nullptr) == SQLITE_OK) &&
        tx.commit();
    if (!ok)
        *error = failure(Access::Write);
    return ok;
}

bool Cache::firstListing() const
{
    // A listing with no starting point: the first sync, or the one after a reset.
    Statement q(m_db, "SELECT 1 FROM sync_state WHERE kind = 'members' AND listing_since = '' "
                      "AND change_token = ''");
    return q.ok() && q.step() == SQLITE_ROW;
}

bool Cache::mergeIncoming()
{
    // For each member the last row staged wins: the listing runs in the server's change order,
    // and a confirmed change of ours is staged as it is answered. Versions are not compared: a
    // member deleted and created again starts again at version 1. Sorted, each row goes to
    // the end of the table's B-tree.
    return sqlite3_exec(
               m_db,
               "DROP TABLE IF EXISTS temp.last_incoming; CREATE TEMP TABLE last_incoming AS SELECT "
               "MAX(rowid) AS id FROM members_incoming "
               "GROUP BY user_name; "
               "DELETE FROM members WHERE user_name IN (SELECT user_name FROM members_incoming "
               "WHERE deleted = 1 AND rowid IN (SELECT id FROM last_incoming)); "
               "INSERT OR REPLACE INTO members(user_name, name, email, mobile, org_code, admin, "
               "enabled, version) SELECT user_name, name, email, mobile, org_code, admin, "
               "enabled, version FROM members_incoming WHERE deleted = 0 AND rowid IN (SELECT id "
               "FROM last_incoming) ORDER BY user_name; "
               "DROP TABLE last_incoming; DELETE FROM members_incoming",
               nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool Cache::stageDeletion(const QString &userName)
{
    Statement q(m_db, "INSERT INTO members_incoming(user_name, name, email, mobile, org_code, "
                      "admin, enabled, version, deleted) VALUES (?, '', '', '', '', 0, 0, 0, 1)");
    return q.ok() && q.bindText(1, userName) && q.exec();
}

int Cache::incomingMemberCount() const
{
    Statement q(m_db, "SELECT COUNT(*) FROM members_incoming WHERE deleted = 0");
    return q.ok() && q.step() == SQLITE_ROW ? int(q.integer(0)) : 0;
}

bool Cache::finishPage(Kind kind, const QString &nextCursor, const QString &token, QString *error)
{
    bool ok;
    if (nextCursor.isEmpty()) {
        Statement q(m_db, "INSERT OR REPLACE INTO sync_state(kind, change_token, listing_since, "
                          "cursor, synced_at) VALUES (?, ?, '', '', ?)");
        ok = q.ok() && q.bindText(1, kindName(kind)) && q.bindText(2, token) &&
             q.bindText(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)) && q.exec();
    } else {
        Statement q(m_db, "UPDATE sync_state SET cursor = ? WHERE kind = ?");
        ok = q.ok() && q.bindText(1, nextCursor) && q.bindText(2, kindName(kind)) && q.exec();
    }
    if (!ok)
        *error = failure(Access::Write);
    return ok;
}

bool Cache::applyPage(const OrgJson::Page<Department> &page, QString *error)
{
    // Checked before anything else runs on the connection: that would replace its error.
    CacheTransaction tx(m_db, CacheTransaction::Kind::Write);
    if (!tx.isActive()) {
        *error = failure(Access::Write);
        return false;
    }
    Statement up(m_db, "INSERT OR REPLACE INTO departments(org_code, org_name, parent_code, "
                       "version) VALUES (?, ?, ?, ?)");
    Statement del(m_db, "DELETE FROM departments WHERE org_code = ?");
    if (!up.ok() || !del.ok()) {
        *error = failure(Access::Write);
        return false;
    }
    for (const Department &d : page.items) {
        if (!up.bindText(1, d.orgCode) || !up.bindText(2, d.orgName) ||
            !up.bindText(3, d.parentCode) || !up.bindInt(4, d.version) || !up.exec()) {
            *error = failure(Access::Write);
            return false;
        }
    }
    for (const QString &code : page.deleted) {
        if (!del.bindText(1, code) || !del.exec()) {
            *error = failure(Access::Write);
            return false;
        }
    }
    if (!finishPage(Kind::Departments, page.nextCursor, page.changeToken, error))
        return false;
    if (!tx.commit()) {
        *error = failure(Access::Write);
        return false;
    }
    return true;
}

bool Cache::applyPage(const OrgJson::Page<Member> &page, QString *error)
{
    // Through the C API rather than QSqlQuery: Qt's positional bindValue() formats a
    // placeholder name per value, which cost more than SQLite itself here.
    CacheTransaction tx(m_db, CacheTransaction::Kind::Write);
    if (!tx.isActive()) {
        *error = failure(Access::Write);
        return false;
    }
    const bool staged = firstListing();
    Statement up(m_db, staged
                           ? "INSERT INTO members_incoming(user_name, name, email, mobile, "
                             "org_code, admin, enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                           : "INSERT OR REPLACE INTO members(user_name, name, email, mobile, "
                             "org_code, admin, enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement del(m_db, "DELETE FROM members WHERE user_name = ?");
    if (!up.ok() || !del.ok()) {
        *error = failure(Access::Write);
        return false;
    }
    for (const Member &m : page.items) {
        if (!up.bindText(1, m.userName) || !up.bindText(2, m.name) || !up.bindText(3, m.email) ||
            !up.bindText(4, m.mobile) || !up.bindText(5, m.orgCode) || !up.bindInt(6, m.admin) ||
            !up.bindInt(7, m.enabled) || !up.bindInt(8, m.version) || !up.exec()) {
            *error = failure(Access::Write);
            return false;
        }
    }
    for (const QString &userName : page.deleted) {
        if (!del.bindText(1, userName) || !del.exec() || (staged && !stageDeletion(userName))) {
            *error = failure(Access::Write);
            return false;
        }
    }
    if (staged && page.nextCursor.isEmpty() && !mergeIncoming()) {
        *error = failure(Access::Write);
        return false;
    }
    if (!finishPage(Kind::Members, page.nextCursor, page.changeToken, error))
        return false;
    if (!tx.commit()) {
        *error = failure(Access::Write);
        return false;
    }
    return true;
}

bool Cache::resetForFullSync(QString *error)
{
    CacheTransaction tx(m_db, CacheTransaction::Kind::Write);
    const bool ok = tx.isActive() &&
                    sqlite3_exec(m_db,
                                 "DELETE FROM members; DELETE FROM members_incoming; DELETE "
                                 "FROM departments; DELETE FROM sync_state",
                                 nullptr, nullptr, nullptr) == SQLITE_OK &&
                    tx.commit();
    if (!ok)
        *error = failure(Access::Write);
    return ok;
}

bool Cache::applyMemberResults(MemberAction action, const QList<OrgJson::MemberResult> &results,
                               QString *error)
{
    CacheTransaction tx(m_db, CacheTransaction::Kind::Write);
    if (!tx.isActive()) {
        *error = failure(Access::Write);
        return false;
    }
    Statement q(m_db, action == MemberAction::Delete
                          ? "DELETE FROM members WHERE user_name = ?"
                          : "UPDATE members SET enabled = ?, version = MAX(version, ?) WHERE "
                            "user_name = ?");
    if (!q.ok()) {
        *error = failure(Access::Write);
        return false;
    }
    for (const OrgJson::MemberResult &r : results) {
        if (!r.ok())
            continue;
        const bool bound = action == MemberAction::Delete
                               ? q.bindText(1, r.userName)
                               : q.bindInt(1, action == MemberAction::Enable) &&
                                     q.bindInt(2, r.version) && q.bindText(3, r.userName);
        if (!bound || !q.exec()) {
            *error = failure(Access::Write);
            return false;
        }
    }
    if (firstListing() && !stageResults(action, results)) {
        *error = failure(Access::Write);
        return false;
    }
    if (!tx.commit()) {
        *error = failure(Access::Write);
        return false;
    }
    return true;
}

bool Cache::stageResults(MemberAction action, const QList<OrgJson::MemberResult> &results)
{
    // A member of a first listing may so far be only among the staged rows: the change the
    // server confirmed goes there too, as the member's last row, or the join would bring back
    // the state before it. Each looks through the staged rows (no index); changes confirmed
    // while a first listing runs are few.
    Statement copy(m_db, "INSERT INTO members_incoming(user_name, name, email, mobile, org_code, "
                         "admin, enabled, version) SELECT user_name, name, email, mobile, "
                         "org_code, admin, ?, MAX(version, ?) FROM (SELECT * FROM "
                         "members_incoming WHERE user_name = ? ORDER BY rowid DESC LIMIT 1) "
                         "WHERE deleted = 0");
    if (!copy.ok())
        return false;
    for (const OrgJson::MemberResult &r : results) {
        if (!r.ok())
            continue;
        const bool ok = action == MemberAction::Delete
                            ? stageDeletion(r.userName)
                            : copy.bindInt(1, action == MemberAction::Enable) &&
                                  copy.bindInt(2, r.version) && copy.bindText(3, r.userName) &&
                                  copy.exec();
        if (!ok)
            return false;
    }
    return true;
}

bool Cache::upsertMember(const Member &m, QString *error)
{
    CacheTransaction tx(m_db, CacheTransaction::Kind::Write);
    // During a first listing the member is staged too, as its last row (see stageResults).
    const bool staged = tx.isActive() && firstListing();
    const auto write = [&](const char *sql) {
        Statement up(m_db, sql);
        return up.ok() && up.bindText(1, m.userName) && up.bindText(2, m.name) &&
               up.bindText(3, m.email) && up.bindText(4, m.mobile) && up.bindText(5, m.orgCode) &&
               up.bindInt(6, m.admin) && up.bindInt(7, m.enabled) && up.bindInt(8, m.version) &&
               up.exec();
    };
    if (!tx.isActive() ||
        !write("INSERT OR REPLACE INTO members(user_name, name, email, mobile, org_code, admin, "
               "enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") ||
        (staged && !write("INSERT INTO members_incoming(user_name, name, email, mobile, "
                          "org_code, admin, enabled, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) ||
        !tx.commit()) {
        *error = failure(Access::Write);
        return false;
    }
    return true;
}

bool Cache::upsertDepartment(const Department &d, QString *error)
{
    Statement up(m_db, "INSERT OR REPLACE INTO departments(org_code, org_name, parent_code, "
                       "version) VALUES (?, ?, ?, ?)");
    if (!up.ok() || !up.bindText(1, d.orgCode) || !up.bindText(2, d.orgName) ||
        !up.bindText(3, d.parentCode) || !up.bindInt(4, d.version) || !up.exec()) {
        *error = failure(Access::Write);
        return false;
    }
    return true;
}

bool Cache::removeDepartment(const QString &orgCode, QString *error)
{
    Statement q(m_db, "DELETE FROM departments WHERE org_code = ?");
    if (!q.ok() || !q.bindText(1, orgCode) || !q.exec()) {
        *error = failure(Access::Write);
        return false;
    }
    return true;
}

std::optional<Member> Cache::member(const QString &userName) const
{
    Statement q(m_db, "SELECT user_name, name, email, mobile, org_code, admin, enabled, version "
                      "FROM members WHERE user_name = ?");
    if (!q.ok() || !q.bindText(1, userName) || q.step() != SQLITE_ROW)
        return std::nullopt;
    return Member{q.text(0), q.text(1),         q.text(2),         q.text(3),
                  q.text(4), q.integer(5) != 0, q.integer(6) != 0, q.integer(7)};
}

int Cache::memberCount() const
{
    Statement q(m_db, "SELECT COUNT(*) FROM members");
    return q.ok() && q.step() == SQLITE_ROW ? int(q.integer(0)) : 0;
}

QDateTime Cache::lastSync() const
{
    return syncState(Kind::Members).syncedAt;
}

std::shared_ptr<const OrgSnapshot> Cache::loadSnapshot(QString *error) const
{
    // Through the C API: UTF-8 straight into the snapshot's pool, with no QString per field
    // (Qt's driver converts every value to UTF-16 first; 5x slower here). One read
    // transaction, so departments, members and the sync time are of the same moment.
    CacheTransaction tx(m_db, CacheTransaction::Kind::Read);
    if (!tx.isActive()) {
        *error = failure(Access::Read);
        return nullptr;
    }
    OrgSnapshot::Builder builder;
    {
        Statement q(m_db, "SELECT org_code, org_name, parent_code, version FROM departments");
        int rc = q.ok() ? SQLITE_ROW : SQLITE_ERROR;
        while (rc == SQLITE_ROW && (rc = q.step()) == SQLITE_ROW)
            builder.addDepartment({q.text(0), q.text(1), q.text(2), q.integer(3)});
        if (rc != SQLITE_DONE) {
            *error = failure(Access::Read);
            return nullptr;
        }
    }
    builder.reserveMembers(memberCount());
    {
        Statement q(m_db, "SELECT user_name, name, email, mobile, org_code, admin, enabled, "
                          "version FROM members ORDER BY user_name");
        int rc = q.ok() ? SQLITE_ROW : SQLITE_ERROR;
        while (rc == SQLITE_ROW && (rc = q.step()) == SQLITE_ROW) {
            const std::string_view fields[OrgSnapshot::FieldCount] = {q.view(0), q.view(1),
                                                                      q.view(2), q.view(3)};
            builder.addMember(fields, q.view(4), q.integer(5) != 0, q.integer(6) != 0,
                              q.integer(7));
        }
        if (rc != SQLITE_DONE) {
            *error = failure(Access::Read);
            return nullptr;
        }
    }
    builder.setLastSync(lastSync());
    return builder.finish();
}
