#pragma once
// The ordered stages every request passes through, shared by every domain: the order is the
// contract (docs/architecture.md, "The sandbox"), since it decides which refusal wins when
// several apply.
#include "sandbox/pipeline/pipeline_stage.h"

#include <memory>
#include <vector>

class RequestPipeline
{
public:
    void append(std::unique_ptr<PipelineStage> stage);
    // A request that the last stage hands on is answered 404.
    SandboxAnswer run(RequestContext &context) const;

private:
    SandboxAnswer runFrom(std::size_t index, RequestContext &context) const;

    std::vector<std::unique_ptr<PipelineStage>> m_stages;
};
