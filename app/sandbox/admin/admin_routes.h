#pragma once
// The sandbox's own endpoints, never part of a real server: /health and the /_sandbox/*
// switches and counters (docs/api.md, "Sandbox only"). A stage right after counting, so that
// no fault and no sign-in stands between a test and the switches.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/pipeline/pipeline_stage.h"
#include "sandbox/tenant/tenant_directory.h"

#include <memory>
#include <vector>

class AdminRoutes : public PipelineStage
{
public:
    AdminRoutes(FaultInjector &faults, AuthServer &auth, const TenantDirectory &tenants,
                const std::vector<std::unique_ptr<SandboxDomain>> &domains);

    static bool handles(const QString &path);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    SandboxReply answer(const RequestContext &context);
    SandboxReply stats(const RequestContext &context);

    FaultInjector &m_faults;
    AuthServer &m_auth;
    const TenantDirectory &m_tenants;
    const std::vector<std::unique_ptr<SandboxDomain>> &m_domains;
};
