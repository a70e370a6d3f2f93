#pragma once
// The apps domain's rows in an enterprise tenant's database: purchased apps, their
// authorisation lists and seats, groups (群组) and their members, the seeded seat history,
// under one ChangeLog (tombstones "seat" and "grant" scoped by appId). Rows only: the rules
// are GrantChanges' and AppChanges', the listings AppsReader's.
#include "sandbox/apps/apps_records.h"
#include "sandbox/domain/change_log.h"

#include <QList>

#include <optional>

class QSqlQuery;

class AppsStore
{
public:
    explicit AppsStore(Database &db);

    bool isEmpty() const;
    ChangeLog &log() { return m_log; }
    const ChangeLog &log() const { return m_log; }
    Database &database() const { return m_log.database(); }

    std::optional<AppRecord> findApp(const QString &appId) const;
    bool writeApp(const AppRecord &app); // takes the next sequence number
    // Recounts the app's seats; a new count is a new version of the app.
    bool refreshCounts(const QString &appId);

    std::optional<GrantRecord> findGrant(const QString &appId, const QString &kind,
                                         const QString &target) const;
    QList<GrantRecord> grantsOf(const QString &appId, const QStringList &kinds) const;
    bool writeGrant(const GrantRecord &grant);
    bool removeGrant(const QString &appId, const QString &kind, const QString &target);

    std::optional<SeatRecord> findSeat(const QString &appId, const QString &userName) const;
    bool writeSeat(const SeatRecord &seat);
    bool removeSeat(const QString &appId, const QString &userName);
    // Gives free seats to waiting members, longest waiting first; answers how many.
    int seatWaiting(const QString &appId);

    QString groupName(const QString &groupId) const; // "" when there is no such group
    QStringList groupsOf(const QString &userName) const;
    // Bumps the group's version: its member list changed.
    bool touchGroup(const QString &groupId);

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    static QString appColumns();
    static AppRecord appFromRow(const QSqlQuery &q, int first);
    static QString seatColumns();
    static SeatRecord seatFromRow(const QSqlQuery &q, int first);
    static QString grantColumns();
    static GrantRecord grantFromRow(const QSqlQuery &q, int first);

private:
    ChangeLog m_log;
};
