#include "seller/debugger/v1_scenarios.h"

#include "seller/debugger/basic_scenarios.h"
#include "seller/debugger/debug_judge.h"
#include "seller/field_cipher.h"

using namespace DebugSteps;

namespace {

using Params = QList<std::pair<QString, QString>>;

QString instanceOf(const ScenarioState &s)
{
    return s.values.value(QStringLiteral("instanceId")).toString();
}

} // namespace

QJsonObject V1Scenarios::decryptedAppInfo(const DebugAnswer &a, const QJsonObject &appInfo,
                                          const QByteArray &key, QString *why)
{
    const QString type = a.json.value(u"encryptType").toString(QStringLiteral("1"));
    const auto size = FieldCipher::keySizeFor(type);
    if (!size) {
        *why = tr("encryptType \"%1\" is neither 1 (AES-256) nor 2 (AES-128) (§3.3)")
                   .arg(type.left(8));
        return {};
    }
    QJsonObject out = appInfo;
    for (const char *name : {"userName", "password"}) {
        const QString value = appInfo.value(QLatin1String(name)).toString();
        if (value.isEmpty())
            continue;
        const auto plain = FieldCipher::decrypt(key, value, size.value());
        if (!plain) {
            *why = tr("appInfo.%1 does not decrypt with the basic key and encryptType %2 "
                      "(§3.3): %3")
                       .arg(QLatin1String(name), type, plain.error());
            return {};
        }
        out.insert(QLatin1String(name), plain.value());
    }
    return out;
}

QList<DebugScenario> V1Scenarios::basic(const ScenarioContext &c)
{
    const QString order = c.id(QStringLiteral("order"));
    const QString product = c.id(QStringLiteral("product"));
    const QByteArray key = c.target().basicKey;
    const auto size = FieldCipher::keySizeFor(c.target().encryptType).value();
    const QString phone = FieldCipher::encrypt(key, QStringLiteral("13800000000"), size).value();
    const QString email =
        FieldCipher::encrypt(key, QStringLiteral("debug+buyer@example.com"), size).value();
    auto open = [=](const QString &businessId) {
        return [=](ScenarioState &) {
            return basicV1({{QStringLiteral("activity"), QStringLiteral("newInstance")},
                            {QStringLiteral("businessId"), businessId},
                            {QStringLiteral("customerId"), c.id(QStringLiteral("customer"))},
                            {QStringLiteral("customerName"), QStringLiteral("调试 客户+1")},
                            {QStringLiteral("orderId"), order},
                            {QStringLiteral("productId"), product},
                            {QStringLiteral("mobilePhone"), phone},
                            {QStringLiteral("email"), email},
                            {QStringLiteral("expireTime"), BasicScenarios::nextYear()}});
        };
    };
    auto onInstance = [](const QString &activity, Params more) {
        return [activity, more](ScenarioState &s) {
            Params p{{QStringLiteral("activity"), activity},
                     {QStringLiteral("instanceId"), instanceOf(s)}};
            p.append(more);
            return basicV1(p);
        };
    };
    const QString why = tr("§6.2: 000000, or 000004 while opening asynchronously");
    DebugScenario life{QStringLiteral("basic.lifecycle"), false, {}};
    DebugStep first = step(QStringLiteral("basic.newInstance"), tr("newInstance opens an instance"),
                           QStringLiteral("§6.2"), open(c.id(QStringLiteral("business-1"))),
                           {QStringLiteral("000000"), QStringLiteral("000004")}, why);
    first.judge = [key](const DebugAnswer &a, ScenarioState &s) {
        if (QString e = DebugJudge::requireString(a.json, QStringLiteral("instanceId"), 64,
                                                  QStringLiteral("newInstance"));
            !e.isEmpty())
            return e;
        s.values.insert(QStringLiteral("instanceId"), a.json.value(u"instanceId"));
        if (a.json.contains(u"appInfo")) {
            QString e = BasicScenarios::checkAppInfo(a.json.value(u"appInfo"),
                                                     QStringLiteral("newInstance"));
            const QJsonObject plain =
                e.isEmpty() ? decryptedAppInfo(a, a.json.value(u"appInfo").toObject(), key, &e)
                            : QJsonObject();
            if (!e.isEmpty())
                return e;
            s.values.insert(QStringLiteral("appInfo"), plain);
        }
        return QString();
    };
    life.steps.append(first);

    DebugStep again = step(QStringLiteral("basic.newInstance.repeat"),
                           tr("newInstance again for the same order answers the same instance"),
                           tr("§6.2 idempotency"), open(c.id(QStringLiteral("business-2"))),
                           {QStringLiteral("000000"), QStringLiteral("000004")}, why);
    again.needs = QStringLiteral("instanceId");
    again.judge = [key](const DebugAnswer &a, ScenarioState &s) {
        const QString now = a.json.value(u"instanceId").toString();
        if (now != instanceOf(s))
            return tr("the same orderId and productId must answer the same instanceId: first "
                      "\"%1\", now \"%2\" (a second instance was opened)")
                .arg(instanceOf(s), now.left(64));
        if (s.values.contains(QStringLiteral("appInfo"))) {
            QString e;
            const QJsonObject plain =
                decryptedAppInfo(a, a.json.value(u"appInfo").toObject(), key, &e);
            if (!e.isEmpty())
                return e;
            if (plain != s.values.value(QStringLiteral("appInfo")).toObject())
                return tr("the same order must answer the same appInfo; it changed");
        }
        return QString();
    };
    life.steps.append(again);

    DebugStep query = step(QStringLiteral("basic.queryInstance"),
                           tr("queryInstance returns the instance with its appInfo"),
                           QStringLiteral("§6.2"), onInstance(QStringLiteral("queryInstance"), {}),
                           {QStringLiteral("000000")}, tr("§6.2: success"));
    query.needs = QStringLiteral("instanceId");
    query.judge = [key](const DebugAnswer &a, ScenarioState &s) {
        QJsonObject entry;
        QString e = BasicScenarios::findInfo(a, instanceOf(s), &entry);
        if (e.isEmpty())
            e = BasicScenarios::checkAppInfo(entry.value(u"appInfo"),
                                             QStringLiteral("queryInstance"));
        if (e.isEmpty())
            decryptedAppInfo(a, entry.value(u"appInfo").toObject(), key, &e);
        return e;
    };
    life.steps.append(query);

    const QString ok = tr("§6.2: success for a live instance");
    const QList<std::tuple<QString, QString, QString, Params>> changes = {
        {QStringLiteral("basic.refreshInstance"),
         tr("refreshInstance renews the instance"),
         QStringLiteral("refreshInstance"),
         {{QStringLiteral("orderId"), c.id(QStringLiteral("renewal"))},
          {QStringLiteral("productId"), product},
          {QStringLiteral("expireTime"), BasicScenarios::nextYear()}}},
        {QStringLiteral("basic.instanceStatus.freeze"),
         tr("instanceStatus freezes the instance"),
         QStringLiteral("instanceStatus"),
         {{QStringLiteral("instanceStatus"), QStringLiteral("FREEZE")}}},
        {QStringLiteral("basic.instanceStatus.normal"),
         tr("instanceStatus makes the instance normal again"),
         QStringLiteral("instanceStatus"),
         {{QStringLiteral("instanceStatus"), QStringLiteral("NORMAL")}}},
        {QStringLiteral("basic.expireInstance"),
         tr("expireInstance freezes the instance"),
         QStringLiteral("expireInstance"),
         {{QStringLiteral("orderId"), order}}},
        {QStringLiteral("basic.upgrade"),
         tr("upgrade upgrades the instance"),
         QStringLiteral("upgrade"),
         {{QStringLiteral("orderId"), c.id(QStringLiteral("upgrade"))},
          {QStringLiteral("productId"), product}}},
        {QStringLiteral("basic.releaseInstance"),
         tr("releaseInstance releases the instance"),
         QStringLiteral("releaseInstance"),
         {}},
    };
    for (const auto &[id, title, activity, more] : changes) {
        DebugStep s = step(id, title, QStringLiteral("§6.2"), onInstance(activity, more),
                           {QStringLiteral("000000")}, ok);
        s.needs = QStringLiteral("instanceId");
        life.steps.append(s);
    }
    DebugStep release =
        step(QStringLiteral("basic.releaseInstance.repeat"),
             tr("releaseInstance of a released instance answers success"), tr("§6.2 idempotency"),
             onInstance(QStringLiteral("releaseInstance"), {}), {QStringLiteral("000000")},
             tr("idempotent per instanceId"));
    release.needs = QStringLiteral("instanceId");
    life.steps.append(release);

    DebugScenario errors{QStringLiteral("basic.errors"), false, {}};
    const QString missing = c.id(QStringLiteral("no-such-instance"));
    errors.steps.append(step(
        QStringLiteral("basic.unknownInstance.status"),
        tr("instanceStatus of an unknown instance answers 000003"), QStringLiteral("§2.3"),
        [missing](ScenarioState &) {
            return basicV1({{QStringLiteral("activity"), QStringLiteral("instanceStatus")},
                            {QStringLiteral("instanceId"), missing},
                            {QStringLiteral("instanceStatus"), QStringLiteral("FREEZE")}});
        },
        {QStringLiteral("000003")}, tr("§2.3: instanceId does not exist")));
    errors.steps.append(step(
        QStringLiteral("basic.invalidParameter"),
        tr("newInstance without customerId answers 000002"), QStringLiteral("§2.3"),
        [c, product](ScenarioState &) {
            return basicV1({{QStringLiteral("activity"), QStringLiteral("newInstance")},
                            {QStringLiteral("businessId"), c.id(QStringLiteral("business-x"))},
                            {QStringLiteral("orderId"), c.id(QStringLiteral("order-invalid"))},
                            {QStringLiteral("productId"), product}});
        },
        {QStringLiteral("000002")}, tr("§2.3: invalid request parameter")));
    return {life, errors};
}
