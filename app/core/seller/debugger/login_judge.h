#pragma once
// How the login suite judges the seller's server (protocol reference §5). The callback's answer
// is not a protocol interface: a JSON object with a boolean "loggedIn" (and "userName",
// "tenant", "authorized" when it gives them, as marketdesk's reference server does) is read
// exactly; otherwise an error status (4xx, 5xx) means refused, and a page or redirect (2xx,
// 3xx) means signed in only when the provider saw the user read — a refusal check cannot tell
// from such an answer and is skipped with the reason. The token and userinfo checks read the
// provider's record of what the seller's server sent. Each returns why the check fails, or
// empty (with ScenarioState::passReason or ::undecided set).
#include "seller/debugger/debug_scenario.h"
#include "seller/debugger/login_provider.h"

#include <QCoreApplication>

class LoginJudge
{
    Q_DECLARE_TR_FUNCTIONS(LoginJudge)

public:
    // The callback with `code` for `tenant` signed `userName` in for `tenant`.
    static QString signIn(const DebugAnswer &answer, ScenarioState &state,
                          const LoginProvider *provider, const QString &code,
                          const QString &userName, const QString &tenant);
    // `code` was exchanged with `clientId` and the secret delivered to `tenant`.
    static QString token(ScenarioState &state, const LoginProvider *provider, const QString &code,
                         const QString &tenant, const QString &clientId);
    // The bearer issued for `code` was presented at userinfo.
    static QString userinfo(ScenarioState &state, const LoginProvider *provider,
                            const QString &code);
    // Nobody was signed in; `because` says why signing in would be wrong.
    static QString refused(const DebugAnswer &answer, ScenarioState &state, const QString &because);
    // The provider answered `error` to a call of `endpoint` about `code`.
    static bool answeredWith(const LoginProvider *provider, LoginProvider::Call::Endpoint endpoint,
                             const QString &code, const QString &error);

private:
    // The answer's resultMsg, or its step, for a reason; empty when it has neither.
    static QString message(const DebugAnswer &answer);
    // The provider issued a token for `code` and then saw it at userinfo.
    static bool userRead(const LoginProvider *provider, const QString &code);
};
