#pragma once
// An app's own switches (protocol reference §9, 应用管理): enabled or not (启用停用 — a
// disabled app can be used by nobody, its authorisations and seats stay as they are), and the
// licence agreement (协议许可), accepted once by an administrator before anyone is granted.
// Versions guard against overwriting another administrator's change, as for members.
#include "sandbox/apps/apps_store.h"
#include "sandbox/domain/domain_result.h"
#include "sandbox/tenant/sandbox_stats.h"

class AppChanges
{
public:
    AppChanges(AppsStore &store, SandboxStats &stats);

    // `expectedVersion` 0: whatever the version.
    DomainResult setEnabled(const QString &appId, bool enabled, qint64 expectedVersion);
    DomainResult acceptAgreement(const QString &appId, const QJsonObject &body);

private:
    AppsStore &m_store;
    SandboxStats &m_stats;
};
