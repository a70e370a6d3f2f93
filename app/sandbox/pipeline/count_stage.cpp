#include "sandbox/pipeline/count_stage.h"

#include "sandbox/admin/admin_routes.h"
#include "sandbox/oauth/oauth_routes.h"

#include <QHttpServerRequest>

CountStage::CountStage(SandboxStats &stats)
    : m_stats(stats)
{
}

SandboxAnswer CountStage::handle(RequestContext &context, const Next &next)
{
    m_stats.maxInFlight = std::max(m_stats.maxInFlight, ++m_stats.inFlight);
    ++m_stats.received;
    if (!context.request.value("Authorization").isEmpty())
        ++m_stats.withAuthorization;
    // Unknown paths count as the console API's: a client that asks for one made a request.
    if (!AdminRoutes::handles(context.path) && !OAuthRoutes::inSignInArea(context.path))
        ++m_stats.requests;
    return next(context);
}
