#include "sandbox/pipeline/idempotency_stage.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"
#include "sandbox/pipeline/idempotency_store.h"
#include "sandbox/tenant/sandbox_tenant.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>

SandboxAnswer IdempotencyStage::handle(RequestContext &context, const Next &next)
{
    if (context.method == "GET")
        return next(context);
    // From here on the request counts as processed: a fault spoils even a refusal.
    SandboxAnswer answer;
    answer.fault = context.fault;
    const QByteArray key = context.request.value("Idempotency-Key").trimmed();
    if (key.isEmpty() || key.size() > 255) {
        answer.reply = JsonReply::error(400, ResultCode::InvalidParameter,
                                        QStringLiteral("Idempotency-Key header is required on "
                                                       "every change (1 to 255 characters)"));
        return answer;
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray(context.method + ' ' + context.path.toUtf8() + '\n'));
    h.addData(context.request.body());
    const QByteArray fingerprint = h.result().toHex();
    SandboxTenant &tenant = *context.tenant;
    IdempotencyStore store(tenant.database(), tenant.stats());
    // The change and its stored answer commit together: a replay can never find the change
    // made but the answer missing.
    Transaction tx(tenant.database());
    if (auto stored = store.replay(key, fingerprint)) {
        answer.reply = *stored;
        if (answer.reply.status != 422 || answer.reply.body.value(u"resultCode").toString() !=
                                              QLatin1String(ResultCode::IdempotencyMismatch))
            answer.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
    } else {
        answer = next(context);
        store.remember(key, fingerprint, answer.reply);
    }
    tx.commit();
    return answer;
}
