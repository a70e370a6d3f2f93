#pragma once
// Every change (anything but GET) carries an Idempotency-Key: without one it is answered 400;
// with a key already answered, the stored answer comes back and nothing runs twice; otherwise
// the later stages run and their answer is stored in the same transaction as the change.
#include "sandbox/pipeline/pipeline_stage.h"

class IdempotencyStage : public PipelineStage
{
public:
    SandboxAnswer handle(RequestContext &context, const Next &next) override;
};
