#pragma once
// Finds the enterprise of the signed-in account's tenant: a token sees only its own. A tenant
// the sandbox does not hold is answered 403.
#include "sandbox/pipeline/pipeline_stage.h"
#include "sandbox/tenant/tenant_directory.h"

class TenantStage : public PipelineStage
{
public:
    explicit TenantStage(const TenantDirectory &tenants);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    const TenantDirectory &m_tenants;
};
