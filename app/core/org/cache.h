#pragma once
// The account's local copy of the organisation (one SQLite file per account, rebuildable from
// the server). Each synced page is written in one transaction together with the sync cursor,
// so an interrupted sync resumes exactly after the last written page.
#include "org/org_json.h"
#include "org/org_snapshot.h"
#include "storage/database.h"

#include <QDateTime>

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

    static std::unique_ptr<Cache> open(const QString &path, QString *error);

    SyncState syncState(Kind kind) const;
    // Starts a listing from the stored change token, remembering where it started.
    bool beginListing(Kind kind, QString *error);
    // Writes one page and the progress after it atomically. The last page (nextCursor empty)
    // also stores the page's change token as the new starting point.
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
    QDateTime lastSync() const;
    std::shared_ptr<const OrgSnapshot> loadSnapshot(QString *error) const;
    QString integrityCheck() const { return m_db->integrityCheck(); }
    // PRAGMA quick_check: "ok", or what is wrong. Cheap enough for every start (about 0.3 s
    // for 100,000 members, on the service's thread).
    QString quickCheck() const;
    QString path() const { return m_db->path(); }

private:
    explicit Cache(std::unique_ptr<Database> db);
    struct sqlite3 *rawHandle() const;
    bool finishPage(Kind kind, const QString &nextCursor, const QString &token, QString *error);

    std::unique_ptr<Database> m_db;
};
