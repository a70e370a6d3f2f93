#include "seller/debugger/login_judge.h"

using Call = LoginProvider::Call;

QString LoginJudge::message(const DebugAnswer &a)
{
    if (!a.isJsonObject)
        return {};
    QString text = a.json.value(u"resultMsg").toString().left(300);
    if (text.isEmpty())
        text = a.json.value(u"error_description").toString().left(300);
    const QString step = a.json.value(u"step").toString().left(32);
    if (!step.isEmpty())
        text = text.isEmpty() ? step : step + QStringLiteral(": ") + text;
    return text;
}

bool LoginJudge::answeredWith(const LoginProvider *provider, Call::Endpoint endpoint,
                              const QString &code, const QString &error)
{
    const QList<Call> calls = provider->calls(endpoint, code);
    return std::any_of(calls.begin(), calls.end(),
                       [&error](const Call &c) { return c.error == error; });
}

bool LoginJudge::userRead(const LoginProvider *provider, const QString &code)
{
    const QList<Call> calls = provider->calls(Call::Endpoint::Userinfo, code);
    return std::any_of(calls.begin(), calls.end(), [](const Call &c) { return c.status == 200; });
}

QString LoginJudge::signIn(const DebugAnswer &a, ScenarioState &st, const LoginProvider *provider,
                           const QString &code, const QString &userName, const QString &tenant)
{
    const QString msg = message(a);
    const QString detail = msg.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(msg);
    if (a.isJsonObject && a.json.value(u"loggedIn").isBool()) {
        if (!a.json.value(u"loggedIn").toBool())
            return tr("the callback answered loggedIn: false (HTTP %1)%2: the login of %3 for "
                      "tenant %4 did not complete")
                .arg(a.status)
                .arg(detail, userName, tenant);
        const QString who = a.json.value(u"userName").toString();
        if (!who.isEmpty() && who != userName)
            return tr("signed in %1 instead of %2, the user userinfo named").arg(who, userName);
        const QString where = a.json.value(u"tenant").toString();
        if (!where.isEmpty() && where != tenant)
            return tr("signed the user in for tenant %1 instead of %2, the callback's")
                .arg(where, tenant);
        if (a.json.value(u"authorized") == QJsonValue(false))
            return tr("signed in, but not as authorised for the app although authSync "
                      "authorised the user, enabled (§4.3)");
        st.passReason = tr("signed in %1 for tenant %2 (HTTP %3, %4 ms)")
                            .arg(userName, tenant)
                            .arg(a.status)
                            .arg(a.elapsedMs);
        return {};
    }
    if (a.status >= 400)
        return tr("HTTP %1%2: the callback refused the login of %3 for tenant %4")
            .arg(a.status)
            .arg(detail, userName, tenant);
    if (!userRead(provider, code))
        return tr("HTTP %1, but the user was never read at userinfo with a token for the code: "
                  "nothing shows that anybody was signed in (§5 step 3)")
            .arg(a.status);
    st.passReason = tr("HTTP %1 after the code was exchanged and the user read: taken as signed "
                       "in (an answer with loggedIn, userName and tenant is checked more "
                       "closely)")
                        .arg(a.status);
    return {};
}

QString LoginJudge::token(ScenarioState &st, const LoginProvider *provider, const QString &code,
                          const QString &tenant, const QString &clientId)
{
    const QList<Call> calls = provider->calls(Call::Endpoint::Token, code);
    if (calls.isEmpty())
        return tr("the code was never presented at the tenant's token endpoint "
                  "({domainName}/api/v1/oauth2/token, §5.1)");
    const Call &c = calls.first();
    if (c.clientId != clientId)
        return tr("client_id \"%1\" is not the one applicationSync delivered to tenant %2 "
                  "(\"%3\", §4.2); the provider answered %4")
            .arg(c.clientId.left(64), tenant, clientId, c.error);
    if (!c.secretGiven)
        return tr("no client_secret was sent: the exchange needs the client_secret "
                  "applicationSync delivered to tenant %1, decrypted (§5.1, §3.6); the provider "
                  "answered 401 invalid_client")
            .arg(tenant);
    if (!c.secretRight)
        return tr("the client_secret sent is not the one applicationSync delivered to tenant %1 "
                  "(decrypted with the seller's private key, §3.6); the provider answered 401 "
                  "invalid_client")
            .arg(tenant);
    if (c.grantType != u"authorization_code")
        return tr("grant_type \"%1\" instead of authorization_code (§5.1)")
            .arg(c.grantType.left(64));
    if (c.status != 200)
        return tr("the provider refused the exchange: HTTP %1 %2").arg(c.status).arg(c.error);
    st.passReason = tr("exchanged with tenant %1's client_id and client_secret (%2); a token "
                       "was issued")
                        .arg(tenant, c.basicAuth ? tr("HTTP Basic") : tr("in the form"));
    return {};
}

QString LoginJudge::userinfo(ScenarioState &st, const LoginProvider *provider, const QString &code)
{
    const QList<Call> tokens = provider->calls(Call::Endpoint::Token, code);
    if (std::none_of(tokens.begin(), tokens.end(), [](const Call &c) { return c.status == 200; })) {
        st.undecided = tr("no token was issued for the code (see login.token), so userinfo could "
                          "not be read with it");
        return {};
    }
    if (!userRead(provider, code)) {
        qsizetype refused = 0;
        for (const Call &c : provider->allCalls())
            refused += c.endpoint == Call::Endpoint::Userinfo && c.status != 200;
        return tr("a token was issued, but userinfo ({domainName}/api/v1/oauth2/userinfo) was "
                  "never read with it: the server cannot know who signs in (§5.3)%1")
            .arg(refused ? tr("; %n userinfo call(s) came without the bearer issued", nullptr,
                              int(refused))
                         : QString());
    }
    st.passReason = tr("userinfo read with the bearer token issued for the code");
    return {};
}

QString LoginJudge::refused(const DebugAnswer &a, ScenarioState &st, const QString &because)
{
    const QString msg = message(a);
    if (a.isJsonObject && a.json.value(u"loggedIn").isBool()) {
        if (a.json.value(u"loggedIn").toBool())
            return tr("the callback signed %1 in for tenant %2: %3")
                .arg(a.json.value(u"userName").toString().left(64),
                     a.json.value(u"tenant").toString().left(64), because);
        st.passReason = msg.isEmpty() ? tr("refused (HTTP %1)").arg(a.status)
                                      : tr("refused (HTTP %1): %2").arg(a.status).arg(msg);
        return {};
    }
    if (a.status >= 400) {
        st.passReason = tr("refused with HTTP %1").arg(a.status);
        return {};
    }
    st.undecided = tr("HTTP %1 without a loggedIn field: whether somebody was signed in cannot be "
                      "told from outside; answer an error status (4xx) or JSON with loggedIn for "
                      "this check to decide")
                       .arg(a.status);
    return {};
}
