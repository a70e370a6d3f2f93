#pragma once
// The account's local copy of the organisation (one SQLite file per account, rebuildable from
// the server). Each synced page is written in one transaction together with the sync cursor,
// so an interrupted sync resumes exactly after the last written page.
//
// The file is read and written through the libsqlite3 this program links, on one connection
// of its own, not through Qt's QSQLITE driver: the fast paths (member pages, the snapshot)
// need the C API, and Qt may bundle another copy of SQLite. Handing the driver's sqlite3* to
// our library is undefined behaviour, and two copies with the same file open at once do not
// see each other's POSIX locks (sqlite.org/howtocorrupt.html §2.2.1), so Qt's driver only
// creates and migrates the schema (Database) and has closed the file before ours opens it.
// One thread at a time, like a Qt connection.
#include "org/org_json.h"
#include "org/org_snapshot.h"
#include "storage/database.h"

#include <QDateTime>

#include <memory>
#include <optional>

struct sqlite3;

class Cache
{
public:
    enum class Kind
    {
        Departments,
        Members
    };
    struct SyncState
    {
        QString changeToken;  // of the last completed listing; empty before the first
        QString listingSince; // the token the listing in progress started from
        QString cursor;       // progress of the listing in progress; empty if none
        QDateTime syncedAt;
        bool inProgress() const { return !cursor.isEmpty(); }
    };

    // How long a statement waits for a lock another connection holds (another program, or a
    // second marketdesk on the same account) before it fails: as Database's connections.
    static constexpr int BusyTimeoutMs = 5000;

    static std::unique_ptr<Cache> open(const QString &path, QString *error,
                                       Database::Failure *failure = nullptr);
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    SyncState syncState(Kind kind) const;
    // Starts a listing from the stored change token, remembering where it started.
    bool beginListing(Kind kind, QString *error);
    // Writes one page and the progress after it atomically. The last page (nextCursor empty)
    // also stores the page's change token as the new starting point. The pages of a first
    // listing (no change token yet) wait apart and join the members with the last page.
    bool applyPage(const OrgJson::Page<Department> &page, QString *error);
    bool applyPage(const OrgJson::Page<Member> &page, QString *error);
    // The server no longer knows our token: forget everything and start again.
    bool resetForFullSync(QString *error);

    // After a mutation the server confirmed.
    bool applyMemberResults(MemberAction action, const QList<OrgJson::MemberResult> &results,
                            QString *error);
    bool upsertMember(const Member &member, QString *error);
    bool upsertDepartment(const Department &department, QString *error);
    bool removeDepartment(const QString &orgCode, QString *error);

    std::optional<Member> member(const QString &userName) const;
    int memberCount() const;
    // Member rows of a first listing received so far (a member listed twice counts twice),
    // not yet among memberCount().
    int incomingMemberCount() const;
    QDateTime lastSync() const;
    std::shared_ptr<const OrgSnapshot> loadSnapshot(QString *error) const;
    QString integrityCheck() const { return check("PRAGMA integrity_check"); } // "ok" or not
    // PRAGMA quick_check: "ok", or what is wrong. Cheap enough for every start (about 0.3 s
    // for 100,000 members, on the service's thread). *problem tells damage (what the check
    // found, or SQLite's corrupt and not-a-database codes) from a check that could not run (a
    // full disk, a lock), which is no reason to set the file aside.
    QString quickCheck(StorageProblem::Kind *problem = nullptr) const
    {
        return check("PRAGMA quick_check", problem);
    }
    QString path() const { return m_path; }

private:
    Cache(QString path, sqlite3 *db);
    bool finishPage(Kind kind, const QString &nextCursor, const QString &token, QString *error);
    bool firstListing() const;
    bool mergeIncoming();
    bool stageDeletion(const QString &userName);
    bool stageResults(MemberAction action, const QList<OrgJson::MemberResult> &results);
    QString check(const char *pragma, StorageProblem::Kind *problem = nullptr) const;
    enum class Access
    {
        Read,
        Write
    };
    // Why the last call on m_db failed, in words (a lock held too long is said as such).
    QString failure(Access access) const;

    QString m_path;
    sqlite3 *m_db = nullptr;
};
