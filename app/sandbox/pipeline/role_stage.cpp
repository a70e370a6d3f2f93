#include "sandbox/pipeline/role_stage.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"

RoleStage::RoleStage(const std::vector<std::unique_ptr<SandboxDomain>> &domains)
    : m_domains(domains)
{
}

SandboxAnswer RoleStage::handle(RequestContext &context, const Next &next)
{
    const SandboxDomain *domain =
        domainFor(m_domains, context.path.split(u'/', Qt::SkipEmptyParts));
    if (!domain)
        return next(context);
    const SandboxAccount &account = *context.account;
    const bool change = context.method != "GET";
    const DomainAccess access = domain->access();
    if (!(change ? access.writers : access.readers).contains(account.role))
        return SandboxAnswer::of(
            JsonReply::error(403, ResultCode::Forbidden, domain->refusal(account, change)));
    return next(context);
}
