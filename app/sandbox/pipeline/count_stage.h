#pragma once
// First stage: counts every request as it arrives (the response writer counts it out again),
// and the console API's own (`requests`: neither the switches nor the sign-in).
#include "sandbox/pipeline/pipeline_stage.h"
#include "sandbox/tenant/sandbox_stats.h"

class CountStage : public PipelineStage
{
public:
    explicit CountStage(SandboxStats &stats);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    SandboxStats &m_stats;
};
