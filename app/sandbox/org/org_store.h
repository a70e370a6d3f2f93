#pragma once
// The organisation's rows in a tenant's database: departments and members under one change
// sequence, tombstones for what was deleted, and the epoch that tells this data set's change
// tokens from another's. Rows only: the rules are MemberChanges' and DepartmentChanges', the
// listings OrgReader's.
#include "org/domain.h"

#include <optional>

class Database;
class QSqlQuery;

class OrgStore
{
public:
    // Reads the epoch and the change sequence, or starts a new epoch for a new data set.
    explicit OrgStore(Database &db);

    bool isEmpty() const;
    qint64 memberCount() const;
    bool insertSeed(const QList<Department> &departments, const QList<Member> &members,
                    QString *error);

    std::optional<Member> findMember(const QString &userName) const;
    std::optional<Department> findDepartment(const QString &orgCode) const;
    int enabledAdmins() const;
    // Members in the department and departments under it; false on a storage error.
    bool countDependents(const QString &orgCode, int *members, int *children, QString *error) const;

    // Each write takes the next change sequence number and lifts a tombstone of the same key.
    bool writeMember(const Member &m);
    bool writeDepartment(const Department &d);
    // Deletes the row and leaves a tombstone, for incremental listings.
    bool removeMember(const QString &userName);
    bool removeDepartment(const QString &orgCode);

    QString epoch() const { return m_epoch; }
    qint64 lastSeq() const { return m_seq; }
    Database &database() const { return m_db; }

    static QString memberColumns();
    static Member memberFromRow(const QSqlQuery &q, int first);

private:
    bool tombstone(const QString &kind, const QString &id);

    Database &m_db;
    QString m_epoch;
    qint64 m_seq = 0;
};
