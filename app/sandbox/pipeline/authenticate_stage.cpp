#include "sandbox/pipeline/authenticate_stage.h"

#include <QHttpServerRequest>

AuthenticateStage::AuthenticateStage(AuthServer &auth)
    : m_auth(auth)
{
}

SandboxAnswer AuthenticateStage::handle(RequestContext &context, const Next &next)
{
    SandboxAnswer refused;
    QByteArray challenge;
    context.account =
        m_auth.authenticate(context.request.value("Authorization"), &refused.reply, &challenge);
    if (!context.account) {
        refused.headers.append(qMakePair(QByteArray("WWW-Authenticate"), challenge));
        return refused;
    }
    return next(context);
}
