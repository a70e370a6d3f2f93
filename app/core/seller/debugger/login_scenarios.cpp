#include "seller/debugger/login_scenarios.h"

#include "common/secure_random.h"
#include "seller/client_secret_cipher.h"
#include "seller/debugger/login_judge.h"
#include "seller/debugger/login_provider.h"
#include "seller/debugger/secret_mask.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace DebugSteps;
using Call = LoginProvider::Call;

namespace {

// A browser waits longer than the marketplace's 5 s for an interface; the callback makes two
// calls of its own (token, userinfo) before it answers.
constexpr int kCallbackTimeoutMs = 10'000;

DebugStep kitPreparation(const QString &title, const QString &name,
                         std::function<QJsonObject()> body)
{
    DebugStep s;
    s.title = title;
    s.rule = QStringLiteral("§4");
    s.request = [name, body](ScenarioState &) { return kit(name, body()); };
    s.expect = {QStringLiteral("000000")};
    s.expectWhy = QStringLiteral("§4.0");
    return s;
}

DebugStep callback(const QString &id, const QString &title, const QString &rule,
                   const QString &tenant, const QString &code)
{
    DebugStep s;
    s.checkId = id;
    s.title = title;
    s.rule = rule;
    s.anyAnswer = true;
    s.request = [tenant, code](ScenarioState &) {
        DebugRequest r;
        r.kind = DebugRequest::Kind::LoginCallback;
        r.params = {{QStringLiteral("code"), code}, {QStringLiteral("tenant"), tenant}};
        r.timeoutMs = kCallbackTimeoutMs;
        return r;
    };
    return s;
}

// What the provider saw first of `endpoint` about `code`, as the answer a judge reads.
DebugStep inspection(const QString &id, const QString &title, LoginProvider *provider,
                     Call::Endpoint endpoint, const QString &code)
{
    DebugStep s;
    s.checkId = id;
    s.title = title;
    s.rule = endpoint == Call::Endpoint::Token ? QStringLiteral("§5.1") : QStringLiteral("§5.3");
    s.inspect = [provider, endpoint, code](ScenarioState &) {
        DebugAnswer a;
        const QList<Call> calls = provider->calls(endpoint, code);
        if (!calls.isEmpty()) {
            a.exchange = calls.first().exchange;
            a.status = calls.first().status;
        }
        return a;
    };
    return s;
}

} // namespace

const QStringList &LoginScenarios::checkIds()
{
    static const QStringList ids = {
        QStringLiteral("login.callback"),    QStringLiteral("login.token"),
        QStringLiteral("login.userinfo"),    QStringLiteral("login.codeReplay"),
        QStringLiteral("login.unknownCode"), QStringLiteral("login.otherTenant")};
    return ids;
}

QList<DebugScenario> LoginScenarios::build(const ScenarioContext &c, const QString &skipReason)
{
    const QStringList titles = {
        tr("the callback signs the user in for the right tenant"),
        tr("the code is exchanged with the tenant's client_id and client_secret"),
        tr("userinfo is read with the bearer token issued"),
        tr("a code already used signs nobody in"),
        tr("an unknown code signs nobody in"),
        tr("a code of tenant A presented for tenant B signs nobody in")};
    const QStringList rules = {QStringLiteral("§5"),   QStringLiteral("§5.1, §4.2"),
                               QStringLiteral("§5.3"), QStringLiteral("§5.1"),
                               QStringLiteral("§5.1"), QStringLiteral("§5.3, §4.1")};
    DebugScenario s{QStringLiteral("login"), false, {}};
    LoginProvider *provider = c.provider();
    const QString why = !skipReason.isEmpty() ? skipReason
                        : c.target().publicKey.isNull()
                            ? tr("no seller public key was given (--public-key), so no "
                                 "clientSecret can be delivered for the login")
                        : !provider ? tr("the login provider is not running")
                                    : QString();
    if (!why.isEmpty()) {
        for (qsizetype i = 0; i < checkIds().size(); ++i)
            s.steps.append(skipped(checkIds()[i], titles[i], rules[i], why));
        return {s};
    }

    const QString app =
        c.target().appId.isEmpty() ? c.id(QStringLiteral("login-app")) : c.target().appId;
    const QString domain =
        c.target().loginDomain(quint16(provider->url().port())).toString(QUrl::FullyEncoded);
    const QString tenantA = c.id(QStringLiteral("login-tenant"));
    const QString tenantB = c.id(QStringLiteral("login-other"));
    const QString userName = c.id(QStringLiteral("login-user"));
    const QString dept = c.id(QStringLiteral("login-dept"));
    const RsaKey key = c.target().publicKey;
    // Each tenant's client: its id, and a secret nobody else knows.
    auto secret = [&c] {
        const QByteArray s = SecureRandom::urlSafeToken(24);
        c.mask().addSecret(s);
        return s;
    };
    const QString clientA = tenantA + QStringLiteral("-client");
    const QString clientB = tenantB + QStringLiteral("-client");
    const QByteArray secretA = secret();
    const QByteArray secretB = secret();
    provider->addClient(tenantA, clientA, secretA);
    provider->addClient(tenantB, clientB, secretB);

    auto tenantBody = [domain](const QString &t, int flag) {
        return [domain, t, flag] {
            return QJsonObject{{QStringLiteral("instanceId"), QString()},
                               {QStringLiteral("orderId"), QString()},
                               {QStringLiteral("tenantId"), t},
                               {QStringLiteral("tenantCode"), QString(t + QStringLiteral("-code"))},
                               {QStringLiteral("name"), tr("marketdesk login tenant %1").arg(t)},
                               {QStringLiteral("domainName"), domain},
                               {QStringLiteral("flag"), flag}};
        };
    };
    auto appBody = [app, key](const QString &t, const QString &id, const QByteArray &secret,
                              int flag) {
        return [app, key, t, id, secret, flag] {
            QJsonObject b{{QStringLiteral("instanceId"), QString()},
                          {QStringLiteral("tenantId"), t},
                          {QStringLiteral("appId"), app},
                          {QStringLiteral("flag"), flag}};
            if (flag != 0) {
                const auto sealed = ClientSecretCipher::encrypt(key, secret);
                b.insert(QStringLiteral("clientId"), id);
                b.insert(QStringLiteral("clientSecret"),
                         QString::fromLatin1(sealed ? sealed.value() : QByteArray()));
            }
            return b;
        };
    };
    const QJsonArray users{
        QJsonObject{{QStringLiteral("userName"), userName},
                    {QStringLiteral("name"), tr("Debug login user")},
                    {QStringLiteral("orgCode"), dept},
                    {QStringLiteral("role"), QStringLiteral("admin")},
                    {QStringLiteral("enable"), QStringLiteral("true")},
                    {QStringLiteral("email"), QStringLiteral("login@example.com")}}};
    const bool v1 = c.v1();
    auto authBody = [tenantA, app, users, v1](int flag) {
        return [tenantA, app, users, v1, flag] {
            return QJsonObject{{QStringLiteral("instanceId"), QString()},
                               {QStringLiteral("tenantId"), tenantA},
                               {QStringLiteral("appId"), app},
                               {QStringLiteral("currentSyncTime"), DebugCaller::kitTimeStamp()},
                               {QStringLiteral("flag"), flag},
                               {QStringLiteral("userList"),
                                v1 ? QJsonValue(QString::fromUtf8(
                                         QJsonDocument(users).toJson(QJsonDocument::Compact)))
                                   : QJsonValue(users)}};
        };
    };
    // userinfo's answer (§5.3): the user authSync authorised, of tenant A.
    const QJsonObject info{
        {QStringLiteral("id"), userName},
        {QStringLiteral("userId"), userName},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("name"), tr("Debug login user")},
        {QStringLiteral("email"), QStringLiteral("login@example.com")},
        {QStringLiteral("role"), QStringLiteral("admin")},
        {QStringLiteral("organizationCode"), dept},
        {QStringLiteral("organizationName"), tr("Research")},
        {QStringLiteral("projectName"), tr("marketdesk login tenant %1").arg(tenantA)},
        {QStringLiteral("tenant"), tenantA}};
    const QString code = provider->issueCode(tenantA, info);
    const QString unknown = provider->unknownCode();
    // A lenient auth centre shared by both tenants redeems it with either client: only the
    // seller's server can still notice that userinfo's tenant is not the callback's.
    const QString crossCode = provider->issueCode(tenantA, info, true);

    s.steps = {
        kitPreparation(tr("tenantSync delivers tenant A, its domainName the debugger's provider"),
                       QStringLiteral("tenantSync"), tenantBody(tenantA, 1)),
        kitPreparation(tr("applicationSync delivers tenant A's client_id and client_secret"),
                       QStringLiteral("applicationSync"), appBody(tenantA, clientA, secretA, 1)),
        kitPreparation(tr("authSync authorises the user for the app"), QStringLiteral("authSync"),
                       authBody(1)),
        kitPreparation(tr("tenantSync delivers tenant B"), QStringLiteral("tenantSync"),
                       tenantBody(tenantB, 1)),
        kitPreparation(tr("applicationSync delivers tenant B's client_id and client_secret"),
                       QStringLiteral("applicationSync"), appBody(tenantB, clientB, secretB, 1)),
    };

    DebugStep signIn = callback(checkIds()[0], titles[0], rules[0], tenantA, code);
    signIn.judge = [=](const DebugAnswer &a, ScenarioState &st) {
        return LoginJudge::signIn(a, st, provider, code, userName, tenantA);
    };
    s.steps.append(signIn);

    DebugStep token = inspection(checkIds()[1], titles[1], provider, Call::Endpoint::Token, code);
    token.rule = rules[1];
    token.judge = [=](const DebugAnswer &, ScenarioState &st) {
        return LoginJudge::token(st, provider, code, tenantA, clientA);
    };
    s.steps.append(token);

    DebugStep user = inspection(checkIds()[2], titles[2], provider, Call::Endpoint::Userinfo, code);
    user.judge = [=](const DebugAnswer &, ScenarioState &st) {
        return LoginJudge::userinfo(st, provider, code);
    };
    s.steps.append(user);

    DebugStep replay = callback(checkIds()[3], titles[3], rules[3], tenantA, code);
    replay.judge = [=](const DebugAnswer &a, ScenarioState &st) {
        const QString wrong = LoginJudge::refused(
            a, st, tr("the code had been exchanged already, and a code is used once (§5.1)"));
        if (wrong.isEmpty() && LoginJudge::answeredWith(provider, Call::Endpoint::Token, code,
                                                        QStringLiteral("invalid_grant")))
            st.passReason += tr("; the provider had answered invalid_grant to the second "
                                "exchange");
        return wrong;
    };
    s.steps.append(replay);

    DebugStep stranger = callback(checkIds()[4], titles[4], rules[4], tenantA, unknown);
    stranger.judge = [=](const DebugAnswer &a, ScenarioState &st) {
        const QString wrong = LoginJudge::refused(
            a, st, tr("the provider answered invalid_grant: the code was never issued (§5.1)"));
        if (wrong.isEmpty() && LoginJudge::answeredWith(provider, Call::Endpoint::Token, unknown,
                                                        QStringLiteral("invalid_grant")))
            st.passReason += tr("; after the provider answered invalid_grant");
        return wrong;
    };
    s.steps.append(stranger);

    DebugStep cross = callback(checkIds()[5], titles[5], rules[5], tenantB, crossCode);
    cross.judge = [=](const DebugAnswer &a, ScenarioState &st) {
        return LoginJudge::refused(
            a, st,
            tr("the code was issued for a user of tenant %1 and userinfo said "
               "so, but the callback named tenant %2: userinfo's tenant must be "
               "the callback's (§5.3)")
                .arg(tenantA, tenantB));
    };
    s.steps.append(cross);

    // Leaves the seller's server as it was.
    s.steps += {
        kitPreparation(tr("authSync deletes the user again"), QStringLiteral("authSync"),
                       authBody(0)),
        kitPreparation(tr("applicationSync deletes tenant A's app again"),
                       QStringLiteral("applicationSync"), appBody(tenantA, clientA, secretA, 0)),
        kitPreparation(tr("applicationSync deletes tenant B's app again"),
                       QStringLiteral("applicationSync"), appBody(tenantB, clientB, secretB, 0)),
        kitPreparation(tr("tenantSync deletes tenant A again"), QStringLiteral("tenantSync"),
                       tenantBody(tenantA, 0)),
        kitPreparation(tr("tenantSync deletes tenant B again"), QStringLiteral("tenantSync"),
                       tenantBody(tenantB, 0)),
    };
    return {s};
}
