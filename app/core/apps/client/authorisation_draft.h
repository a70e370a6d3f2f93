#pragma once
// What the authorisation editor is about to change for one app, and what that would do. It
// holds the app's authorisation list and seats as the cache has them, over the organisation
// (OrgDirectory), and the edits: members ticked by hand, departments and groups granted
// automatically. From those it answers each member's access before and after, and the
// preview the confirmation shows — who gains access, who loses it, and the seats that leaves —
// following the server's rules (docs/api.md, "Grants, revokes, reclaims"): revokes go first,
// the seats they release go to members waiting for one, and a grant needing more seats than
// are free is refused whole.
#include "apps/client/apps_change.h"
#include "apps/client/apps_records.h"
#include "apps/client/org_directory.h"

#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

class AuthorisationDraft
{
public:
    enum class Source : std::uint8_t
    {
        None,
        Manual,     // granted by hand
        Department, // covered by a department's grant (this one or one above it)
        Group,      // covered by a group's grant
        Excluded    // covered, but a reclaim took the member out of the automatic grants
    };
    struct Access
    {
        Source source = Source::None;
        int unit = -1; // the department or group index that covers the member
        bool granted() const
        {
            return source == Source::Manual || source == Source::Department ||
                   source == Source::Group;
        }
    };
    enum class Seat : std::uint8_t
    {
        None,
        Seated,
        Waiting
    };

    struct Preview
    {
        QStringList gaining;   // enabled members who will be given a seat they do not hold
        QStringList losing;    // members whose seat (or place in the queue) goes
        int seatsNeeded = 0;   // by the grants, once the revokes are done
        int seatsReleased = 0; // by the revokes
        int seatedAgain = 0;   // released by a revoke, then needing a seat from a new grant
        int freeNow = 0;
        int waitingNow = 0;     // enabled members waiting for a seat
        int takenByWaiting = 0; // seats free after the revokes that the waiting members get
        int freeAfter = 0;      // below 0: the grant is refused for want of seats
        int disabledByHand = 0; // disabled members ticked by hand: the server refuses them
        QList<AppsChange::Target> grants;
        QList<AppsChange::Target> revokes;
        bool isEmpty() const { return grants.isEmpty() && revokes.isEmpty(); }
        bool shortOfSeats() const { return freeAfter < 0; }
    };

    AuthorisationDraft(std::shared_ptr<const OrgDirectory> directory, const PurchasedApp &app,
                       const QList<AppGrant> &grants, const QList<AppGroup> &groups,
                       const QList<SeatHolding> &seats);

    const OrgDirectory &directory() const { return *m_dir; }
    const PurchasedApp &app() const { return m_app; }
    int groupCount() const { return int(m_groups.size()); }
    const AppGroup &group(int g) const { return m_groups[size_t(g)]; }
    const std::vector<int> &groupMembers(int g) const { return m_groupMembers[size_t(g)]; }
    // Members granted by hand who are not in the organisation's data (deleted since).
    int unknownMembersByHand() const { return m_unknownByHand; }

    bool memberByHand(int m) const { return m_byHand[size_t(m)]; }
    bool memberByHandNow(int m) const { return m_byHandNow[size_t(m)]; }
    void setMemberByHand(int m, bool on);
    bool departmentGranted(int d) const { return m_dept[size_t(d)]; }
    bool departmentGrantedNow(int d) const { return m_deptNow[size_t(d)]; }
    void setDepartmentGranted(int d, bool on);
    // The granted department at or above `d` after the edits; -1 when none.
    int departmentCoveredBy(int d) const;
    bool groupGranted(int g) const { return m_group[size_t(g)]; }
    bool groupGrantedNow(int g) const { return m_groupNow[size_t(g)]; }
    void setGroupGranted(int g, bool on);

    Access access(int m) const;    // after the edits
    Access accessNow(int m) const; // as the cache has it
    Seat seat(int m) const { return Seat(m_seat[size_t(m)]); }

    bool hasEdits() const;
    void revert();
    Preview preview() const;

private:
    struct Cover
    {
        std::vector<int> dept;  // by department: the granted one at or above it
        std::vector<int> group; // by member: the first granted group holding it
    };
    void recompute(Cover &cover, const std::vector<std::uint8_t> &depts,
                   const std::vector<std::uint8_t> &groups) const;
    Access accessOf(int m, const std::vector<std::uint8_t> &byHand, const Cover &cover) const;
    const Cover &cover() const;

    std::shared_ptr<const OrgDirectory> m_dir;
    PurchasedApp m_app;
    QList<AppGroup> m_groups;
    std::vector<std::vector<int>> m_groupMembers;
    std::vector<std::uint8_t> m_byHand, m_byHandNow, m_excluded, m_seat;
    std::vector<std::uint8_t> m_dept, m_deptNow, m_group, m_groupNow;
    Cover m_coverNow;
    mutable Cover m_cover;
    mutable bool m_dirty = true;
    int m_unknownByHand = 0;
};
