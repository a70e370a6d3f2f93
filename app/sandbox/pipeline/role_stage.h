#pragma once
// A plain member (role "user") may read; any change is answered 403, whatever it would change.
#include "sandbox/pipeline/pipeline_stage.h"

class RoleStage : public PipelineStage
{
public:
    SandboxAnswer handle(RequestContext &context, const Next &next) override;
};
