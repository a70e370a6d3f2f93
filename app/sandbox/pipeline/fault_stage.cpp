#include "sandbox/pipeline/fault_stage.h"

#include "net/result_code.h"
#include "net/retry_policy.h"
#include "sandbox/http/json_reply.h"

#include <QDateTime>

FaultStage::FaultStage(FaultInjector &faults, SandboxStats &stats)
    : m_faults(faults)
    , m_stats(stats)
{
}

SandboxAnswer FaultStage::handle(RequestContext &context, const Next &next)
{
    const FaultInjector::Fault fault = m_faults.next(context.path);
    if (fault != FaultInjector::Fault::None)
        ++m_stats.faults;
    if (!FaultInjector::before(fault)) {
        context.fault = fault;
        return next(context);
    }
    SandboxAnswer answer;
    if (fault == FaultInjector::Fault::Error500) {
        answer.reply =
            JsonReply::error(500, ResultCode::InternalError, QStringLiteral("injected fault: 500"));
        return answer;
    }
    const int seconds = m_faults.retryAfterSeconds();
    const QByteArray after =
        m_faults.retryAfterAsDate()
            ? RetryPolicy::formatHttpDate(QDateTime::currentDateTimeUtc().addSecs(seconds))
            : QByteArray::number(seconds);
    answer.headers.append(qMakePair(QByteArray("Retry-After"), after));
    answer.reply =
        fault == FaultInjector::Fault::TooMany
            ? JsonReply::error(429, ResultCode::RateLimited, QStringLiteral("injected fault: 429"))
            : JsonReply::error(503, ResultCode::Unavailable, QStringLiteral("injected fault: 503"));
    return answer;
}
