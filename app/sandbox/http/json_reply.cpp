#include "sandbox/http/json_reply.h"

#include "net/result_code.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace JsonReply {

namespace {

int statusOf(DomainResult::Kind kind)
{
    switch (kind) {
    case DomainResult::Kind::Done:
        return 200;
    case DomainResult::Kind::Invalid:
        return 400;
    case DomainResult::Kind::NotFound:
        return 404;
    case DomainResult::Kind::Conflict:
        return 409;
    case DomainResult::Kind::Gone:
        return 410;
    case DomainResult::Kind::Refused:
        return 422;
    case DomainResult::Kind::Failed:
        return 500;
    }
    return 500;
}

} // namespace

SandboxReply error(int status, const char *code, const QString &message)
{
    return {status,
            {{QStringLiteral("resultCode"), QString::fromLatin1(code)},
             {QStringLiteral("resultMsg"), message}}};
}

SandboxReply ok(QJsonObject data)
{
    data.insert(QStringLiteral("resultCode"), QString::fromLatin1(ResultCode::Success));
    data.insert(QStringLiteral("resultMsg"), QStringLiteral("success"));
    return {200, data};
}

SandboxReply from(const DomainResult &result)
{
    QJsonObject body = result.data;
    body.insert(QStringLiteral("resultCode"), result.code);
    body.insert(QStringLiteral("resultMsg"), result.message);
    return {statusOf(result.kind), body};
}

bool parseBody(const QHttpServerRequest &r, QJsonObject *out, SandboxReply *fail)
{
    const QByteArray body = r.body();
    if (body.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *fail = error(400, ResultCode::InvalidParameter,
                      e.error != QJsonParseError::NoError
                          ? QStringLiteral("request body is not valid JSON: %1 at byte %2")
                                .arg(e.errorString())
                                .arg(e.offset)
                          : QStringLiteral("request body must be a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace JsonReply
