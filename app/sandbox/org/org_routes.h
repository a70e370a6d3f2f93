#pragma once
// The organisation's console API (docs/api.md): maps the method and the path under
// /api/v1/org/ to the reads and the rules for departments and members, and their results to
// HTTP answers. Made per request over the tenant's store.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/org/org_store.h"
#include "sandbox/tenant/sandbox_stats.h"

class OrgRoutes
{
public:
    OrgRoutes(OrgStore &store, SandboxStats &stats);
    SandboxReply handle(const DomainRequest &request);

private:
    // One request, taken apart: <collection>[/<id>[/<verb>]] and the listing's query.
    struct Call
    {
        QByteArray method;
        QString id;
        QString verb;
        QJsonObject body;
        QString since;
        QString cursor;
        int limit = 500;
        bool count = false;
    };
    SandboxReply departments(const Call &call);
    SandboxReply members(const Call &call);

    OrgStore &m_store;
    SandboxStats &m_stats;
};
