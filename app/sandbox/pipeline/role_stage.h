#pragma once
// Lets a request reach its domain only when the domain's rule (SandboxDomain::access) allows
// the signed-in account's role to read or, for anything but GET, to change there; otherwise
// 403 with the domain's own reason. A path under no domain goes on (the route stage answers
// 404).
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/pipeline/pipeline_stage.h"

class RoleStage : public PipelineStage
{
public:
    explicit RoleStage(const std::vector<std::unique_ptr<SandboxDomain>> &domains);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    const std::vector<std::unique_ptr<SandboxDomain>> &m_domains;
};
