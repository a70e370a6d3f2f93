#pragma once
// Last stage: hands the request to the domain whose path prefix it is under (org, and the
// domains that come beside it), with the segments after the prefix. No domain: 404.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/pipeline/pipeline_stage.h"

#include <memory>
#include <vector>

class RouteStage : public PipelineStage
{
public:
    explicit RouteStage(const std::vector<std::unique_ptr<SandboxDomain>> &domains);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    const std::vector<std::unique_ptr<SandboxDomain>> &m_domains;
};
