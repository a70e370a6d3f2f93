#pragma once
// The apps domain's console API (docs/api.md, "Apps and authorisations"): maps the method
// and the path under /api/v1/apps/ and /api/v1/groups/ to the reads and the rules, and their
// results to HTTP answers. Made per request over the tenant's store, after the seats have
// caught up with the organisation's changes.
#include "sandbox/apps/apps_store.h"
#include "sandbox/apps/org_view.h"
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/tenant/sandbox_stats.h"

class AppsRoutes
{
public:
    AppsRoutes(AppsStore &store, const OrgView &org, SandboxStats &stats, qint64 nowMs);
    SandboxReply handle(const DomainRequest &request);

private:
    struct Call
    {
        QByteArray method;
        QString id;
        QString verb;
        QJsonObject body;
        const QHttpServerRequest *http = nullptr;
    };
    SandboxReply apps(const Call &call);
    SandboxReply groups(const Call &call);

    AppsStore &m_store;
    const OrgView &m_org;
    SandboxStats &m_stats;
    qint64 m_now;
};
