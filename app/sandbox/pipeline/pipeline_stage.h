#pragma once
// One step of the request pipeline, with one job (count, fault, authenticate, …). A stage
// either answers the request itself or hands it on with next(), and may look at what the
// later stages answered (idempotency stores it).
#include "sandbox/http/sandbox_answer.h"
#include "sandbox/pipeline/request_context.h"

#include <functional>

class PipelineStage
{
public:
    using Next = std::function<SandboxAnswer(RequestContext &)>;

    virtual ~PipelineStage() = default;
    virtual SandboxAnswer handle(RequestContext &context, const Next &next) = 0;
};
