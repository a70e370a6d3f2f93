#pragma once
// What a domain of the console API (org today; seller and licenses next) gives the sandbox:
// the path it answers under, its storage in each tenant's database, and its routes. The
// server registers it once (SandboxServer::addDomain) and sends it only requests that passed
// the shared stages: counted, faults applied, bearer checked, tenant found, role allowed and
// idempotency settled (pipeline/).
#include "sandbox/auth_server.h"
#include "sandbox/http/sandbox_reply.h"

#include <QStringList>

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

class SandboxDomain
{
public:
    virtual ~SandboxDomain() = default;

    // The path segments it answers under, e.g. {"api", "v1", "org"}.
    virtual QStringList prefix() const = 0;
    // Called once for every tenant, before the tenant's first request: where a domain opens
    // its storage in the tenant's database.
    virtual void attach(SandboxTenant &tenant) {}
    virtual SandboxReply handle(const DomainRequest &request) = 0;
    // Adds its own figures to /_sandbox/stats for `tenant` (org: "members").
    virtual void addStats(SandboxTenant &tenant, QJsonObject *stats) {}
};
