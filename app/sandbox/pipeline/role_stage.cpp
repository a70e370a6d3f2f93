#include "sandbox/pipeline/role_stage.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"

SandboxAnswer RoleStage::handle(RequestContext &context, const Next &next)
{
    const SandboxAccount &account = *context.account;
    if (context.method != "GET" && account.role != u"admin")
        return SandboxAnswer::of(
            JsonReply::error(403, ResultCode::Forbidden,
                             QStringLiteral("%1 is not an administrator of %2; only "
                                            "administrators may change the organisation")
                                 .arg(account.userName, account.tenantName)));
    return next(context);
}
