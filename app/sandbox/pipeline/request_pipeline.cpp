#include "sandbox/pipeline/request_pipeline.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"

void RequestPipeline::append(std::unique_ptr<PipelineStage> stage)
{
    m_stages.push_back(std::move(stage));
}

SandboxAnswer RequestPipeline::run(RequestContext &context) const
{
    return runFrom(0, context);
}

SandboxAnswer RequestPipeline::runFrom(std::size_t index, RequestContext &context) const
{
    if (index == m_stages.size())
        return SandboxAnswer::of(
            JsonReply::error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint")),
            context.fault);
    return m_stages[index]->handle(
        context, [this, index](RequestContext &c) { return runFrom(index + 1, c); });
}
