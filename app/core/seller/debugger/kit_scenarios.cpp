#include "seller/debugger/kit_scenarios.h"

#include "common/secure_random.h"
#include "seller/client_secret_cipher.h"
#include "seller/debugger/debug_judge.h"
#include "seller/debugger/secret_mask.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace DebugSteps;

namespace {

const QStringList kOk = {QStringLiteral("000000")};

QJsonObject tenantBody(const QString &tenant, int flag, const QString &name)
{
    return {{QStringLiteral("instanceId"), QString()},
            {QStringLiteral("orderId"), QString()},
            {QStringLiteral("tenantId"), tenant},
            {QStringLiteral("tenantCode"), QString(tenant + QStringLiteral("-code"))},
            {QStringLiteral("name"), name},
            {QStringLiteral("domainName"), QStringLiteral("https://%1.example.com").arg(tenant)},
            {QStringLiteral("flag"), flag}};
}

// A list field: an array in V2, a string holding the JSON array in V1 (§4.3, §4.5).
QJsonValue listValue(const ScenarioContext &c, const QJsonArray &list)
{
    if (!c.v1())
        return list;
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

DebugStep kitStep(const QString &id, const QString &title, const QString &name, QJsonObject body,
                  const QString &why)
{
    return step(
        id, title, QStringLiteral("§4"), [name, body](ScenarioState &) { return kit(name, body); },
        kOk, why);
}

} // namespace

QList<DebugScenario> KitScenarios::build(const ScenarioContext &c)
{
    return {tenant(c), application(c), auth(c), org(c)};
}

DebugScenario KitScenarios::tenant(const ScenarioContext &c)
{
    const QString t = c.id(QStringLiteral("tenant"));
    const QString name = tr("marketdesk debugging tenant");
    DebugScenario s{QStringLiteral("kit.tenant"), false, {}};
    s.steps = {
        kitStep(QStringLiteral("kit.tenantSync.add"), tr("tenantSync adds a tenant"),
                QStringLiteral("tenantSync"), tenantBody(t, 1, name), tr("§4.1: success")),
        kitStep(QStringLiteral("kit.tenantSync.repeat"), tr("tenantSync add again answers success"),
                QStringLiteral("tenantSync"), tenantBody(t, 1, name),
                tr("§4.0: a repeated add creates nothing and answers success")),
        c.v1() ? skipped(QStringLiteral("kit.tenantSync.modify"), tr("tenantSync modifies"),
                         QStringLiteral("§4.1"), tr("V1's tenantSync has no modify (flag 2)"))
               : kitStep(QStringLiteral("kit.tenantSync.modify"),
                         tr("tenantSync modifies the tenant"), QStringLiteral("tenantSync"),
                         tenantBody(t, 2, name + QStringLiteral(" (2)")), tr("§4.1: success")),
        kitStep(QStringLiteral("kit.tenantSync.delete"), tr("tenantSync deletes the tenant"),
                QStringLiteral("tenantSync"), tenantBody(t, 0, name), tr("§4.1: success")),
        kitStep(QStringLiteral("kit.tenantSync.deleteAgain"),
                tr("tenantSync delete of a deleted tenant answers success"),
                QStringLiteral("tenantSync"), tenantBody(t, 0, name),
                tr("§4.0: a delete of what is gone answers success")),
    };
    return s;
}

DebugScenario KitScenarios::application(const ScenarioContext &c)
{
    const QString t = c.id(QStringLiteral("app-tenant"));
    const QString app = c.id(QStringLiteral("app"));
    DebugScenario s{QStringLiteral("kit.application"), false, {}};
    DebugStep prepare =
        kitStep({}, tr("tenantSync adds the tenant first"), QStringLiteral("tenantSync"),
                tenantBody(t, 1, tr("marketdesk debugging tenant")), {});
    s.steps.append(prepare);
    const QString secretWhy =
        tr("§3.6: the clientSecret encrypted with the seller's public key must decrypt (000101: "
           "it did not)");
    QByteArray secret;
    if (!c.target().publicKey.isNull()) {
        secret = SecureRandom::urlSafeToken(24);
        c.mask().addSecret(secret);
    }
    const RsaKey key = c.target().publicKey;
    auto body = [t, app, secret, key](int flag) {
        return [t, app, secret, key, flag](ScenarioState &) {
            QJsonObject b{{QStringLiteral("instanceId"), QString()},
                          {QStringLiteral("tenantId"), t},
                          {QStringLiteral("appId"), app},
                          {QStringLiteral("flag"), flag}};
            if (flag != 0) {
                b.insert(QStringLiteral("clientId"), QString(app + QStringLiteral("-client")));
                // Encrypted afresh each time, as OAEP is randomised.
                const auto sealed = ClientSecretCipher::encrypt(key, secret);
                b.insert(QStringLiteral("clientSecret"),
                         QString::fromLatin1(sealed ? sealed.value() : QByteArray()));
            }
            return kit(QStringLiteral("applicationSync"), b);
        };
    };
    const QString noKey = tr("no seller public key was given (--public-key), so clientSecret "
                             "cannot be encrypted for this server");
    auto withSecret = [&](const QString &id, const QString &title, int flag, const QString &why) {
        return key.isNull() ? skipped(id, title, QStringLiteral("§4.2, §3.6"), noKey)
                            : step(id, title, QStringLiteral("§4.2, §3.6"), body(flag), kOk, why);
    };
    s.steps.append(withSecret(QStringLiteral("kit.applicationSync.add"),
                              tr("applicationSync adds an app and decrypts its clientSecret"), 1,
                              secretWhy));
    s.steps.append(withSecret(QStringLiteral("kit.applicationSync.repeat"),
                              tr("applicationSync add again answers success"), 1, secretWhy));
    s.steps.append(c.v1() ? skipped(QStringLiteral("kit.applicationSync.modify"),
                                    tr("applicationSync modifies"), QStringLiteral("§4.2"),
                                    tr("V1's applicationSync has no modify (flag 2)"))
                          : withSecret(QStringLiteral("kit.applicationSync.modify"),
                                       tr("applicationSync modifies the app"), 2, secretWhy));
    s.steps.append(step(QStringLiteral("kit.applicationSync.delete"),
                        tr("applicationSync deletes the app"), QStringLiteral("§4.2"), body(0), kOk,
                        tr("§4.2: success")));
    s.steps.append(step(QStringLiteral("kit.applicationSync.deleteAgain"),
                        tr("applicationSync delete of a deleted app answers success"),
                        QStringLiteral("§4.0"), body(0), kOk,
                        tr("§4.0: a delete of what is gone answers success")));
    return s;
}

DebugScenario KitScenarios::auth(const ScenarioContext &c)
{
    const QString t = c.id(QStringLiteral("auth-tenant"));
    const QString app = c.id(QStringLiteral("auth-app"));
    auto user = [&c](int n, const QString &enable) {
        return QJsonObject{
            {QStringLiteral("userName"), c.id(QStringLiteral("user%1")).arg(n)},
            {QStringLiteral("name"), tr("Debug user %1").arg(n)},
            {QStringLiteral("orgCode"), c.id(QStringLiteral("dept-root"))},
            {QStringLiteral("role"), n == 1 ? QStringLiteral("admin") : QStringLiteral("user")},
            {QStringLiteral("enable"), enable},
            {QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(n)}};
    };
    auto body = [&](int flag, const QJsonArray &users) {
        return QJsonObject{{QStringLiteral("instanceId"), QString()},
                           {QStringLiteral("tenantId"), t},
                           {QStringLiteral("appId"), app},
                           {QStringLiteral("currentSyncTime"), DebugCaller::kitTimeStamp()},
                           {QStringLiteral("flag"), flag},
                           {QStringLiteral("userList"), listValue(c, users)}};
    };
    const QJsonArray both{user(1, QStringLiteral("true")), user(2, QStringLiteral("true"))};
    const QString name = QStringLiteral("authSync");
    DebugScenario s{QStringLiteral("kit.auth"), false, {}};
    s.steps = {
        kitStep(QStringLiteral("kit.authSync.add"), tr("authSync authorises two users"), name,
                body(1, both), tr("§4.3: success")),
        kitStep(QStringLiteral("kit.authSync.repeat"), tr("authSync add again answers success"),
                name, body(1, both),
                tr("§4.0: a repeated add creates nothing and answers success")),
        kitStep(QStringLiteral("kit.authSync.modify"), tr("authSync disables a user (modify)"),
                name, body(2, QJsonArray{user(1, QStringLiteral("false"))}), tr("§4.3: success")),
        c.v1() ? skipped(QStringLiteral("kit.authSync.cancel"), tr("authSync cancels"),
                         QStringLiteral("§4.3"), tr("V1's authSync has no cancel (flag 3)"))
               : kitStep(QStringLiteral("kit.authSync.cancel"),
                         tr("authSync cancels a user's authorisation"), name,
                         body(3, QJsonArray{user(2, QStringLiteral("true"))}), tr("§4.3: success")),
        kitStep(QStringLiteral("kit.authSync.delete"), tr("authSync deletes the users"), name,
                body(0, both), tr("§4.3: success")),
        kitStep(QStringLiteral("kit.authSync.deleteAgain"),
                tr("authSync delete of deleted users answers success"), name, body(0, both),
                tr("§4.0: a delete of what is gone answers success")),
    };
    return s;
}

DebugScenario KitScenarios::org(const ScenarioContext &c)
{
    const QString t = c.id(QStringLiteral("org-tenant"));
    const QString code = c.id(QStringLiteral("dept-1"));
    auto single = [&](int flag, const QString &orgName) {
        return QJsonObject{
            {QStringLiteral("instanceId"), QString()}, {QStringLiteral("tenantId"), t},
            {QStringLiteral("orgCode"), code},         {QStringLiteral("orgName"), orgName},
            {QStringLiteral("parentCode"), QString()}, {QStringLiteral("flag"), flag}};
    };
    QJsonArray list;
    for (int i = 1; i <= 3; ++i)
        list.append(QJsonObject{
            {QStringLiteral("orgCode"), c.id(QStringLiteral("all-%1")).arg(i)},
            {c.v1() ? QStringLiteral("name") : QStringLiteral("orgName"),
             tr("Department %1").arg(i)},
            {QStringLiteral("parentCode"), i == 1 ? QString() : c.id(QStringLiteral("all-1"))}});
    const QJsonObject all{
        {QStringLiteral("instanceId"), QString()},
        {QStringLiteral("tenantId"), t},
        {c.v1() ? QStringLiteral("orgInfo") : QStringLiteral("orgInfoList"), listValue(c, list)}};
    const QString name = QStringLiteral("singleOrgSync");
    DebugScenario s{QStringLiteral("kit.org"), false, {}};
    s.steps = {
        kitStep(QStringLiteral("kit.singleOrgSync.add"), tr("singleOrgSync adds a department"),
                name, single(1, tr("Research")), tr("§4.4: success")),
        kitStep(QStringLiteral("kit.singleOrgSync.repeat"),
                tr("singleOrgSync add again answers success"), name, single(1, tr("Research")),
                tr("§4.0: a repeated add creates nothing and answers success")),
        kitStep(QStringLiteral("kit.singleOrgSync.modify"),
                tr("singleOrgSync renames the department"), name,
                single(2, tr("Research and development")), tr("§4.4: success")),
        kitStep(QStringLiteral("kit.singleOrgSync.delete"),
                tr("singleOrgSync deletes the department"), name, single(0, tr("Research")),
                tr("§4.4: success")),
        kitStep(QStringLiteral("kit.singleOrgSync.deleteAgain"),
                tr("singleOrgSync delete of a deleted department answers success"), name,
                single(0, tr("Research")), tr("§4.0: a delete of what is gone answers success")),
        kitStep(QStringLiteral("kit.allOrgSync"), tr("allOrgSync delivers all departments"),
                QStringLiteral("allOrgSync"), all, tr("§4.5: success")),
        kitStep(QStringLiteral("kit.allOrgSync.repeat"), tr("allOrgSync again answers success"),
                QStringLiteral("allOrgSync"), all, tr("§4.5: repeated calls create no new data")),
    };
    return s;
}
