#pragma once
// Groups (群组): named sets of members across departments, which an app can be granted to
// automatically (protocol reference §9). The organisation has none, so the apps domain keeps
// them: create one, add and remove members one result each; every change is taken through
// the seats at once (SeatReconciler), so a member added to a granted group gets a seat.
#include "sandbox/apps/seat_reconciler.h"
#include "sandbox/domain/domain_result.h"
#include "sandbox/tenant/sandbox_stats.h"

class GroupChanges
{
public:
    GroupChanges(AppsStore &store, const OrgView &org, SandboxStats &stats, qint64 nowMs);

    // {"name": "…"} → {"group": {…}}; ids are G and four digits, in order of creation.
    DomainResult create(const QJsonObject &body);
    // {"add": […], "remove": […]}: 1 to 500 names in all.
    DomainResult changeMembers(const QString &groupId, const QJsonObject &body);

private:
    AppsStore &m_store;
    const OrgView &m_org;
    SandboxStats &m_stats;
    qint64 m_now;
};
