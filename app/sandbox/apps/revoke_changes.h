#pragma once
// Taking access away (取消授权) and seats back: a revoke removes members, departments or
// groups from an app's authorisation list (a unit's members lose the seats it gave them unless
// another automatic grant covers them); a member who holds a seat only through an automatic
// grant is not on the list and cannot be revoked alone, which a reclaim does instead: it frees
// the seat whatever gave it and keeps the automatic grants from giving it back (an exclusion).
// Freed seats go to members waiting for one. One result per target, like the grants.
#include "sandbox/apps/seat_book.h"
#include "sandbox/domain/domain_result.h"
#include "sandbox/tenant/sandbox_stats.h"

class RevokeChanges
{
public:
    RevokeChanges(AppsStore &store, const OrgView &org, SandboxStats &stats, qint64 nowMs);

    DomainResult revoke(const QString &appId, const QJsonObject &body);
    DomainResult reclaim(const QString &appId, const QJsonObject &body);

private:
    QJsonObject revokeMember(const QString &appId, const QString &userName, bool *failed);
    QJsonObject revokeUnit(const QString &appId, const QString &kind, const QString &id,
                           bool *failed);

    AppsStore &m_store;
    const OrgView &m_org;
    SandboxStats &m_stats;
    SeatBook m_book;
    qint64 m_now;
};
