#pragma once
// What the apps domain reads of the organisation, straight from the organisation's tables in
// the same tenant database (read-only: org's rules stay MemberChanges'): members and their
// state, the department tree for automatic grants (a department's grant covers its whole
// subtree), and the organisation's change sequence, to follow its changes.
#include <QHash>
#include <QStringList>

#include <optional>

class Database;

struct MemberState
{
    QString userName;
    QString orgCode;
    bool enabled = false;
    bool exists = false; // false: deleted at the server (a tombstone), or never existed
    QString state() const
    {
        return !exists   ? QStringLiteral("deleted")
               : enabled ? QStringLiteral("enabled")
                         : QStringLiteral("disabled");
    }
};

class OrgView
{
public:
    explicit OrgView(Database &db);

    std::optional<MemberState> member(const QString &userName) const;
    QString departmentName(const QString &orgCode) const; // "" when there is none
    // orgCode and every department below it.
    QStringList subtree(const QString &orgCode) const;
    // orgCode and every department above it, up to the root.
    QStringList ancestors(const QString &orgCode) const;

    // The last change to a member (written or deleted), in org's sequence.
    qint64 memberSeq() const;
    // Members written or deleted after `seq`.
    QList<MemberState> changedSince(qint64 seq) const;

private:
    void loadTree() const;

    Database &m_db;
    mutable QHash<QString, QString> m_parent; // orgCode → parentCode, loaded on first use
    mutable bool m_loaded = false;
};
