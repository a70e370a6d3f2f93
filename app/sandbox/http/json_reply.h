#pragma once
// The JSON every answer of the console API shares: resultCode and resultMsg beside the data,
// request bodies read as one JSON object, and a domain's result turned into its HTTP status.
#include "sandbox/domain/domain_result.h"
#include "sandbox/http/sandbox_reply.h"

class QHttpServerRequest;

namespace JsonReply {

SandboxReply error(int status, const char *code, const QString &message);
// 200, "000000", "success", with `data`'s fields beside them.
SandboxReply ok(QJsonObject data = {});
SandboxReply from(const DomainResult &result);
// An empty body reads as {}. Anything but a JSON object fills `fail` with a 400.
bool parseBody(const QHttpServerRequest &request, QJsonObject *out, SandboxReply *fail);

} // namespace JsonReply
