#pragma once
// What a domain of the console API (org, seller, apps, licenses) gives the sandbox: the path
// it answers under (a prefix, and the collections right below it when it shares the prefix), who
// may use it, its storage in each tenant's database, its routes and, if it has one, a switch of its
// own under /_sandbox/. The server registers it once (SandboxServer::addDomain) and sends it only
// requests that passed the shared stages: counted, faults applied, bearer checked, tenant found,
// role allowed by the domain's own rule and idempotency settled (pipeline/).
#include "sandbox/auth_server.h"
#include "sandbox/http/sandbox_reply.h"

#include <QStringList>

#include <memory>
#include <vector>

class QHttpServerRequest;
class SandboxTenant;

struct DomainRequest
{
    const QHttpServerRequest &http;
    QByteArray method;     // "GET", "POST", …
    QStringList path;      // the segments after the domain's prefix
    SandboxTenant &tenant; // the signed-in account's
    const SandboxAccount &account;
};

// Which account roles (SandboxAccount::role) may use a domain: RoleStage checks it before a
// request reaches the domain, so the rule is the domain's and not a special case there.
struct DomainAccess
{
    QStringList readers; // may GET
    QStringList writers; // may change: anything but GET
};

class SandboxDomain
{
public:
    virtual ~SandboxDomain() = default;

    // The path segments it answers under, e.g. {"api", "v1", "org"}.
    virtual QStringList prefix() const = 0;
    // The first segments after the prefix it answers, or empty for all of them: lets a domain
    // own several top-level collections (apps: /api/v1/apps/… and /api/v1/groups/…) without
    // claiming every path under /api/v1/. The domain still sees them in DomainRequest::path.
    virtual QStringList collections() const { return {}; }
    virtual DomainAccess access() const = 0;
    // The 403's message for an account whose role access() leaves out: a sentence naming
    // the account and who may read (`change` false) or change.
    virtual QString refusal(const SandboxAccount &account, bool change) const = 0;
    // Called once for every tenant, before the tenant's first request: where a domain opens
    // its storage in the tenant's database.
    virtual void attach(SandboxTenant &tenant) {}
    virtual SandboxReply handle(const DomainRequest &request) = 0;
    // Adds its own figures to /_sandbox/stats for `tenant` (org: "members").
    virtual void addStats(SandboxTenant &tenant, QJsonObject *stats) {}
    // A switch of its own at /_sandbox/<switchName()>, or "" for none. GET reads it (`body`
    // empty); POST, with a JSON body like every switch, sets it.
    virtual QString switchName() const { return {}; }
    virtual SandboxReply configure(const QByteArray &method, const QJsonObject &body)
    {
        return {404, {}};
    }
};

// The domain whose prefix the path `segments` start with, or nullptr.
SandboxDomain *domainFor(const std::vector<std::unique_ptr<SandboxDomain>> &domains,
                         const QStringList &segments);
