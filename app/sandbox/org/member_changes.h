#pragma once
// The rules for changing members (docs/api.md, "Members" and "Batch"): versions guard against
// overwriting someone else's change, the last enabled administrator stays, only a disabled
// member can be deleted, and a batch applies the single rules in order in one transaction.
#include "sandbox/domain/domain_result.h"
#include "sandbox/org/org_store.h"
#include "sandbox/tenant/sandbox_stats.h"

class MemberChanges
{
public:
    MemberChanges(OrgStore &store, SandboxStats &stats);

    DomainResult create(const QJsonObject &body);
    DomainResult update(const QString &userName, const QJsonObject &body);
    // `expectedVersion` 0: whatever the version.
    DomainResult setEnabled(const QString &userName, bool enabled, qint64 expectedVersion);
    DomainResult remove(const QString &userName, qint64 expectedVersion);
    DomainResult batch(const QJsonObject &body);

private:
    struct Outcome
    {
        QString code;
        QString message;
        qint64 version = 0;
        bool changed = false;
    };
    // `enabledAdmins`: counted on the first administrator disabled (-1 until then), then kept
    // up to date, so a batch counts once.
    Outcome apply(MemberAction action, const QString &userName, qint64 expectedVersion,
                  int *enabledAdmins);
    static DomainResult resultOf(const Outcome &outcome, QJsonObject data);

    OrgStore &m_store;
    SandboxStats &m_stats;
};
