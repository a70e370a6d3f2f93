#include "seller/debugger/debug_scenario.h"

namespace DebugSteps {

DebugStep step(const QString &checkId, const QString &title, const QString &rule,
               std::function<DebugRequest(ScenarioState &)> request, const QStringList &codes,
               const QString &why)
{
    DebugStep s;
    s.checkId = checkId;
    s.title = title;
    s.rule = rule;
    s.request = std::move(request);
    s.expect = codes;
    s.expectWhy = why;
    return s;
}

DebugRequest basic(QJsonObject body)
{
    DebugRequest r;
    r.kind = DebugRequest::Kind::Basic;
    body.insert(QStringLiteral("testFlag"), QStringLiteral("1"));
    r.body = body;
    return r;
}

DebugRequest basicV1(QList<std::pair<QString, QString>> params)
{
    DebugRequest r;
    r.kind = DebugRequest::Kind::Basic;
    params.append({QStringLiteral("testFlag"), QStringLiteral("1")});
    r.params = std::move(params);
    return r;
}

DebugRequest kit(const QString &name, QJsonObject body)
{
    DebugRequest r;
    r.kind = DebugRequest::Kind::Kit;
    r.kitName = name;
    body.insert(QStringLiteral("testFlag"), 1);
    if (!body.contains(u"timeStamp"))
        body.insert(QStringLiteral("timeStamp"), DebugCaller::kitTimeStamp());
    r.body = body;
    return r;
}

DebugStep skipped(const QString &checkId, const QString &title, const QString &rule,
                  const QString &reason)
{
    DebugStep s;
    s.checkId = checkId;
    s.title = title;
    s.rule = rule;
    s.skipReason = reason;
    return s;
}

} // namespace DebugSteps
