#include "sandbox/pipeline/tenant_stage.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"

TenantStage::TenantStage(const TenantDirectory &tenants)
    : m_tenants(tenants)
{
}

SandboxAnswer TenantStage::handle(RequestContext &context, const Next &next)
{
    context.tenant = m_tenants.find(context.account->tenant);
    if (!context.tenant)
        return SandboxAnswer::of(JsonReply::error(
            403, ResultCode::Forbidden,
            QStringLiteral("tenant \"%1\" has no enterprise here").arg(context.account->tenant)));
    return next(context);
}
