#pragma once
// The authorization server's endpoints (AuthServer) on KooGallery's paths: sign-in page,
// token, userinfo, sign-out and discovery. A stage after the faults (a test may aim them at
// the token endpoint) and before authentication, which these endpoints do for themselves.
#include "sandbox/pipeline/pipeline_stage.h"

#include <functional>

class OAuthRoutes : public PipelineStage
{
public:
    // `issuer`: what the sandbox calls itself (scheme, loopback address and port).
    OAuthRoutes(AuthServer &auth, std::function<QString()> issuer);

    // The sign-in's paths, answered here or not: they are not counted as console API requests.
    static bool inSignInArea(const QString &path);
    SandboxAnswer handle(RequestContext &context, const Next &next) override;

private:
    SandboxAnswer authorize(const RequestContext &context);
    SandboxAnswer token(const RequestContext &context);
    SandboxAnswer userinfo(const RequestContext &context);

    AuthServer &m_auth;
    std::function<QString()> m_issuer;
};
