#pragma once
// Lets through only requests with a valid bearer token (AuthServer), and notes whose it is;
// the others are answered 401 with a WWW-Authenticate challenge.
#include "sandbox/pipeline/pipeline_stage.h"

class AuthenticateStage : public PipelineStage
{
public:
    explicit AuthenticateStage(AuthServer &auth);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    AuthServer &m_auth;
};
