#include "apps/client/authorisation_draft.h"

#include <algorithm>

AuthorisationDraft::AuthorisationDraft(std::shared_ptr<const OrgDirectory> directory,
                                       const PurchasedApp &app, const QList<AppGrant> &grants,
                                       const QList<AppGroup> &groups,
                                       const QList<SeatHolding> &seats)
    : m_dir(std::move(directory))
    , m_app(app)
    , m_groups(groups)
{
    const size_t members = size_t(m_dir->memberCount());
    const size_t depts = size_t(m_dir->departmentCount());
    m_byHandNow.assign(members, 0);
    m_excluded.assign(members, 0);
    m_seat.assign(members, std::uint8_t(Seat::None));
    m_deptNow.assign(depts, 0);
    m_groupNow.assign(size_t(m_groups.size()), 0);

    QHash<QString, int> groupIndex;
    m_groupMembers.resize(size_t(m_groups.size()));
    for (int g = 0; g < m_groups.size(); ++g) {
        groupIndex.insert(m_groups[g].groupId, g);
        for (const QString &u : m_groups[g].userNames)
            if (const int m = m_dir->memberIndex(u); m >= 0)
                m_groupMembers[size_t(g)].push_back(m);
    }
    for (const AppGrant &grant : grants) {
        switch (grant.kind) {
        case AppGrant::Kind::Member:
        case AppGrant::Kind::Exclusion:
            if (const int m = m_dir->memberIndex(grant.id); m >= 0)
                (grant.kind == AppGrant::Kind::Member ? m_byHandNow : m_excluded)[size_t(m)] = 1;
            else if (grant.kind == AppGrant::Kind::Member)
                ++m_unknownByHand;
            break;
        case AppGrant::Kind::Department:
            if (const int d = m_dir->departmentIndex(grant.id); d >= 0)
                m_deptNow[size_t(d)] = 1;
            break;
        case AppGrant::Kind::Group:
            if (const int g = groupIndex.value(grant.id, -1); g >= 0)
                m_groupNow[size_t(g)] = 1;
            break;
        }
    }
    for (const SeatHolding &s : seats) {
        if (const int m = m_dir->memberIndex(s.userName); m >= 0)
            m_seat[size_t(m)] = std::uint8_t(s.seated ? Seat::Seated : Seat::Waiting);
    }
    m_byHand = m_byHandNow;
    m_dept = m_deptNow;
    m_group = m_groupNow;
    recompute(m_coverNow, m_deptNow, m_groupNow);
}

void AuthorisationDraft::setMemberByHand(int m, bool on)
{
    m_byHand[size_t(m)] = on; // no cover depends on it
}

void AuthorisationDraft::setDepartmentGranted(int d, bool on)
{
    m_dept[size_t(d)] = on;
    m_dirty = true;
}

void AuthorisationDraft::setGroupGranted(int g, bool on)
{
    m_group[size_t(g)] = on;
    m_dirty = true;
}

int AuthorisationDraft::departmentCoveredBy(int d) const
{
    return cover().dept[size_t(d)];
}

void AuthorisationDraft::recompute(Cover &cover, const std::vector<std::uint8_t> &depts,
                                   const std::vector<std::uint8_t> &groups) const
{
    // Top-down over the tree: a department is covered by the highest granted one above it
    // (the one whose revoke would matter), or by itself.
    cover.dept.assign(depts.size(), -1);
    std::vector<int> stack(m_dir->rootDepartments().begin(), m_dir->rootDepartments().end());
    while (!stack.empty()) {
        const int d = stack.back();
        stack.pop_back();
        const int parent = m_dir->departmentParent(d);
        const int above = parent >= 0 ? cover.dept[size_t(parent)] : -1;
        cover.dept[size_t(d)] = above >= 0 ? above : (depts[size_t(d)] ? d : -1);
        for (const int child : m_dir->departmentChildren(d))
            stack.push_back(child);
    }
    cover.group.assign(m_byHandNow.size(), -1);
    for (size_t g = 0; g < groups.size(); ++g) {
        if (!groups[g])
            continue;
        for (const int m : m_groupMembers[g])
            if (cover.group[size_t(m)] < 0)
                cover.group[size_t(m)] = int(g);
    }
}

const AuthorisationDraft::Cover &AuthorisationDraft::cover() const
{
    if (m_dirty) {
        recompute(m_cover, m_dept, m_group);
        m_dirty = false;
    }
    return m_cover;
}

AuthorisationDraft::Access AuthorisationDraft::accessOf(int m,
                                                        const std::vector<std::uint8_t> &byHand,
                                                        const Cover &cover) const
{
    if (byHand[size_t(m)])
        return {Source::Manual, -1};
    const int dept = m_dir->memberDepartment(m);
    const int byDept = dept >= 0 ? cover.dept[size_t(dept)] : -1;
    const int byGroup = cover.group[size_t(m)];
    if (byDept < 0 && byGroup < 0)
        return {};
    const Access covered =
        byDept >= 0 ? Access{Source::Department, byDept} : Access{Source::Group, byGroup};
    // A grant by hand lifts an exclusion; an automatic one does not.
    return m_excluded[size_t(m)] ? Access{Source::Excluded, covered.unit} : covered;
}

AuthorisationDraft::Access AuthorisationDraft::access(int m) const
{
    return accessOf(m, m_byHand, cover());
}

AuthorisationDraft::Access AuthorisationDraft::accessNow(int m) const
{
    return accessOf(m, m_byHandNow, m_coverNow);
}

bool AuthorisationDraft::hasEdits() const
{
    return m_byHand != m_byHandNow || m_dept != m_deptNow || m_group != m_groupNow;
}

void AuthorisationDraft::revert()
{
    m_byHand = m_byHandNow;
    m_dept = m_deptNow;
    m_group = m_groupNow;
    m_dirty = true;
}

AuthorisationDraft::Preview AuthorisationDraft::preview() const
{
    // As the server will do it: the revokes first (members no grant left covers give their
    // seat back, or their place in the queue), then the members already waiting take the
    // seats free then, then the grants need a seat for each enabled member they cover who
    // holds none (a member ticked by hand: who is not seated). Someone whose grant moves
    // (unticked here, covered again by a new grant) gives the seat back and needs one again.
    Preview p;
    const Cover &after = cover();
    std::vector<std::uint8_t> deptMid(m_dept.size()), groupMid(m_group.size());
    for (size_t d = 0; d < m_dept.size(); ++d)
        deptMid[d] = m_deptNow[d] && m_dept[d];
    for (size_t g = 0; g < m_group.size(); ++g)
        groupMid[g] = m_groupNow[g] && m_group[g];
    Cover mid;
    recompute(mid, deptMid, groupMid);
    int waitingMid = 0, waitingByHand = 0; // enabled, still waiting once the revokes are done
    for (int m = 0, n = m_dir->memberCount(); m < n; ++m) {
        const bool byHand = m_byHand[size_t(m)], byHandNow = m_byHandNow[size_t(m)];
        const bool enabled = m_dir->memberEnabled(m);
        if (byHand != byHandNow) {
            const AppsChange::Target t{AppGrant::Kind::Member, m_dir->memberUserName(m)};
            (byHand ? p.grants : p.revokes).append(t);
            if (byHand && !enabled)
                ++p.disabledByHand;
        }
        const Seat now = seat(m);
        const bool was = accessOf(m, m_byHandNow, m_coverNow).granted();
        const bool will = accessOf(m, m_byHand, after).granted();
        // The revokes alone: a member by hand stays by hand unless unticked.
        const std::vector<std::uint8_t> &handMid = byHand ? m_byHandNow : m_byHand;
        const bool keeps = accessOf(m, handMid, mid).granted();
        Seat afterRevokes = keeps ? now : Seat::None;
        if (now == Seat::Seated && !keeps)
            ++p.seatsReleased;
        if (afterRevokes == Seat::Waiting && enabled) {
            ++waitingMid;
            if (byHand && !byHandNow) {
                ++waitingByHand; // seated by its own grant, unless the queue reaches it first
                afterRevokes = Seat::None;
            }
        }
        if (was && !will && now != Seat::None)
            p.losing.append(m_dir->memberUserName(m));
        const bool newlyByHand = byHand && !byHandNow;
        // A grant that reaches no one new asks nothing of the server.
        if (will && enabled && afterRevokes == Seat::None && (newlyByHand || !keeps)) {
            ++p.seatsNeeded;
            if (now == Seat::Seated)
                ++p.seatedAgain;
            else
                p.gaining.append(m_dir->memberUserName(m));
        }
        if (now == Seat::Waiting && enabled)
            ++p.waitingNow;
    }
    for (size_t d = 0; d < m_dept.size(); ++d)
        if (m_dept[d] != m_deptNow[d])
            (m_dept[d] ? p.grants : p.revokes)
                .append({AppGrant::Kind::Department, m_dir->departmentCode(int(d))});
    for (size_t g = 0; g < m_group.size(); ++g)
        if (m_group[g] != m_groupNow[g])
            (m_group[g] ? p.grants : p.revokes)
                .append({AppGrant::Kind::Group, m_groups[qsizetype(g)].groupId});
    p.freeNow = m_app.seatsFree;
    const int pool = p.freeNow + p.seatsReleased;
    p.takenByWaiting = std::min(waitingMid, pool);
    // Who in the queue gets the seats is the server's choice (longest waiting first): count
    // the members ticked here as served last, so that the preview never promises too much.
    const int servedByHand = std::max(0, p.takenByWaiting - (waitingMid - waitingByHand));
    p.seatsNeeded -= servedByHand;
    p.freeAfter = pool - p.takenByWaiting - p.seatsNeeded;
    return p;
}
