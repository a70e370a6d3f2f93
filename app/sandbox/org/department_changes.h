#pragma once
// The rules for changing departments (docs/api.md, "Departments"): a parent must exist, a
// department never moves under itself, versions guard against overwriting someone else's
// change, and only an empty department can be deleted.
#include "sandbox/domain/domain_result.h"
#include "sandbox/org/org_store.h"
#include "sandbox/tenant/sandbox_stats.h"

class DepartmentChanges
{
public:
    DepartmentChanges(OrgStore &store, SandboxStats &stats);

    DomainResult create(const QJsonObject &body);
    DomainResult update(const QString &orgCode, const QJsonObject &body);
    DomainResult remove(const QString &orgCode);

private:
    OrgStore &m_store;
    SandboxStats &m_stats;
};
