#pragma once
// Keeps seats in step with the organisation, which changes through its own routes without
// knowing about apps: before the apps domain answers, the members written or deleted since
// the last look (org's change sequence, one indexed read when nothing changed) are taken
// through the rules. A member who joins a granted department or group gets a seat if one is
// free, else waits for one; one who leaves it loses the seat that grant gave; a disabled
// member keeps the seat (until reclaimed) and a deleted one too, shown as "deleted". Group
// changes, made in this domain, come through reconcile() directly.
#include "sandbox/apps/seat_book.h"

class SeatReconciler
{
public:
    SeatReconciler(AppsStore &store, const OrgView &org);

    // Inside the caller's transaction. False on a storage error.
    bool followOrganisation(qint64 nowMs);
    bool reconcile(const QList<MemberState> &members, qint64 nowMs);
    // Where the organisation is now, as followOrganisation() would leave it: for the seed.
    bool markFollowed();

private:
    AppsStore &m_store;
    const OrgView &m_org;
    SeatBook m_book;
};
