#pragma once
// Who holds a seat of an app and why: the seat operations that grants, revokes, reclaims and
// the following of the organisation's changes share. A department's grant covers the members
// of its subtree and a group's its members, now and later; a member holds at most one seat per
// app, whose source says whether a person gave it (manual) or a grant did (department, group).
// Set-based SQL where a grant may cover tens of thousands of members.
#include "sandbox/apps/apps_store.h"
#include "sandbox/apps/org_view.h"

#include <QSet>

class SeatBook
{
public:
    SeatBook(AppsStore &store, const OrgView &org);

    // Where a member stands for automatic grants: its department and those above, its groups.
    struct Place
    {
        QStringList above;
        QStringList groups;
    };

    // The app's automatic grant (department or group) that covers the member, if any.
    std::optional<GrantRecord> coveringUnit(const QString &appId, const MemberState &member) const;
    // The app's automatic grants, oldest first.
    QList<GrantRecord> unitsOf(const QString &appId) const;
    Place placeOf(const MemberState &member) const;
    // The first of the units that covers a member standing at the place.
    static std::optional<GrantRecord> firstCovering(const QList<GrantRecord> &units,
                                                    const Place &place);
    // Enabled members the unit covers who have no seat of the app (seated or waiting) and are
    // not excluded from its automatic grants: whom granting it would seat.
    QSet<QString> newMembersOf(const QString &appId, const QString &kind,
                               const QString &target) const;
    // Seats them all (the caller checked there are seats enough); answers how many.
    int seatUnit(const QString &appId, const QString &kind, const QString &target, qint64 nowMs);
    // After the unit's grant is removed: its seats whose member another automatic grant still
    // covers move to that grant, the others are released. Answers how many were released.
    int releaseUnit(const QString &appId, const QString &kind, const QString &target);

private:
    // The condition on members `m` that the unit covers them, and its one bound value.
    QString coverageSql(const QString &kind, const QString &target, QVariant *bound) const;
    // "FROM members m WHERE …" for the members granting the unit would seat; its placeholders
    // are `bound`, then the app twice.
    QString newMembersSql(const QString &kind, const QString &target, QVariant *bound) const;

    AppsStore &m_store;
    const OrgView &m_org;
};
