#include "seller/debugger/debug_check.h"

#include <QJsonArray>

namespace {

QJsonArray headersJson(const DebugExchange::Headers &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return out;
}

} // namespace

QJsonObject DebugExchange::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), method},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("requestHeaders"), headersJson(requestHeaders)},
                  {QStringLiteral("requestBody"), requestBody},
                  {QStringLiteral("httpStatus"), httpStatus},
                  {QStringLiteral("responseHeaders"), headersJson(responseHeaders)},
                  {QStringLiteral("responseBody"), responseBody},
                  {QStringLiteral("elapsedMs"), elapsedMs},
                  {QStringLiteral("resultCode"), resultCode},
                  {QStringLiteral("timedOut"), timedOut}};
    if (!transportError.isEmpty())
        o.insert(QStringLiteral("transportError"), transportError);
    return o;
}

QString DebugCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    case Verdict::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QString DebugCheck::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("pass");
    case Verdict::Fail:
        return tr("fail");
    case Verdict::Skipped:
        return tr("skipped");
    case Verdict::Pending:
        break;
    }
    return tr("pending");
}

QJsonObject DebugCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("scenario"), scenario},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("rule"), rule},
                  {QStringLiteral("verdict"), verdictName(verdict)},
                  {QStringLiteral("reason"), reason}};
    if (hasExchange)
        o.insert(QStringLiteral("exchange"), exchange.toJson());
    return o;
}

DebugTally DebugTally::of(const QList<DebugCheck> &checks)
{
    DebugTally t;
    for (const DebugCheck &c : checks) {
        switch (c.verdict) {
        case DebugCheck::Verdict::Pass:
            ++t.passed;
            break;
        case DebugCheck::Verdict::Fail:
            ++t.failed;
            break;
        case DebugCheck::Verdict::Skipped:
            ++t.skipped;
            break;
        case DebugCheck::Verdict::Pending:
            ++t.pending;
            break;
        }
    }
    return t;
}
