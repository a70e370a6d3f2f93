#pragma once
// One request on its way through the pipeline: what it is (method, path, request id) and
// what the stages learnt about it so far (its fault, its account, its tenant).
#include "sandbox/auth_server.h"
#include "sandbox/fault_injector.h"

#include <optional>

class QHttpServerRequest;
class SandboxTenant;

struct RequestContext
{
    explicit RequestContext(const QHttpServerRequest &request);

    const QHttpServerRequest &request;
    QByteArray method; // "GET", "POST", …; "OTHER" for the rest
    QString path;
    QByteArray requestId;                                    // echoed in every JSON answer
    FaultInjector::Fault fault = FaultInjector::Fault::None; // FaultStage
    std::optional<SandboxAccount> account;                   // AuthenticateStage
    SandboxTenant *tenant = nullptr;                         // TenantStage
};
