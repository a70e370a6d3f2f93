#include "sandbox/pipeline/route_stage.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"

RouteStage::RouteStage(const std::vector<std::unique_ptr<SandboxDomain>> &domains)
    : m_domains(domains)
{
}

SandboxAnswer RouteStage::handle(RequestContext &context, const Next &)
{
    const QStringList parts = context.path.split(u'/', Qt::SkipEmptyParts);
    SandboxAnswer answer;
    answer.fault = context.fault;
    if (SandboxDomain *domain = domainFor(m_domains, parts)) {
        answer.reply =
            domain->handle({context.request, context.method, parts.mid(domain->prefix().size()),
                            *context.tenant, *context.account});
        return answer;
    }
    answer.reply =
        JsonReply::error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
    return answer;
}
