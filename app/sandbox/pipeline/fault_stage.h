#pragma once
// Applies the injected faults (FaultInjector) to whatever their path prefix names, before any
// routing: 500, 503 and 429 answer here; the others are kept on the request for the stages
// that process it to pass on with their answer (drop, truncate, malformed, slow).
#include "sandbox/pipeline/pipeline_stage.h"
#include "sandbox/tenant/sandbox_stats.h"

class FaultStage : public PipelineStage
{
public:
    FaultStage(FaultInjector &faults, SandboxStats &stats);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    FaultInjector &m_faults;
    SandboxStats &m_stats;
};
