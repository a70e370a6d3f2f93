#include "seller/debugger/basic_scenarios.h"

#include "seller/debugger/debug_judge.h"

#include <QDateTime>
#include <QJsonArray>

using namespace DebugSteps;

namespace {

const QString kSync = QStringLiteral("000000");
const QString kAsync = QStringLiteral("000004");

QJsonObject activity(const char *name, QJsonObject fields = {})
{
    fields.insert(QStringLiteral("activity"), QLatin1String(name));
    return fields;
}

QString instanceOf(const ScenarioState &s)
{
    return s.values.value(QStringLiteral("instanceId")).toString();
}

} // namespace

QString BasicScenarios::nextYear()
{
    return QDateTime::currentDateTimeUtc().addYears(1).toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString BasicScenarios::checkAppInfo(const QJsonValue &appInfo, const QString &where)
{
    if (!appInfo.isObject())
        return tr("%1: appInfo is missing or not an object (§6.1)").arg(where);
    const QJsonObject o = appInfo.toObject();
    if (QString e = DebugJudge::requireString(o, QStringLiteral("frontEndUrl"), 512, where);
        !e.isEmpty())
        return e + tr(" (§6.1: appInfo.frontEndUrl is mandatory)");
    const std::pair<const char *, int> limits[] = {
        {"adminUrl", 512}, {"userName", 128}, {"password", 128}, {"memo", 1024}};
    for (const auto &[name, max] : limits) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && (!v.isString() || v.toString().size() > max))
            return tr("%1: appInfo.%2 must be a string of at most %3 characters (§6.1)")
                .arg(where, QLatin1String(name))
                .arg(max);
    }
    return {};
}

QString BasicScenarios::findInfo(const DebugAnswer &a, const QString &instanceId,
                                 QJsonObject *entry)
{
    const QJsonValue info = a.json.value(u"info");
    if (!info.isArray())
        return tr("info is missing or not an array (§6.1 queryInstance)");
    for (const QJsonValue &v : info.toArray()) {
        if (v.toObject().value(u"instanceId").toString() == instanceId) {
            *entry = v.toObject();
            return {};
        }
    }
    return tr("info[] does not hold the instance %1 that was opened").arg(instanceId);
}

QList<DebugScenario> BasicScenarios::basic(const ScenarioContext &c)
{
    const QString order = c.id(QStringLiteral("order"));
    const QString line = order + QStringLiteral("-000001");
    const QString why = tr("§6.1: 000000, or 000004 while opening asynchronously");
    auto open = [order, line](const QString &businessId) {
        return [order, line, businessId](ScenarioState &) {
            return DebugSteps::basic(
                activity("newInstance", {{QStringLiteral("orderId"), order},
                                         {QStringLiteral("orderLineId"), line},
                                         {QStringLiteral("businessId"), businessId}}));
        };
    };
    auto onInstance = [](const char *name, QJsonObject fields) {
        return [name, fields](ScenarioState &s) {
            QJsonObject body = activity(name, fields);
            body.insert(QStringLiteral("instanceId"), instanceOf(s));
            return DebugSteps::basic(body);
        };
    };

    DebugScenario life{QStringLiteral("basic.lifecycle"), false, {}};
    DebugStep first = step(QStringLiteral("basic.newInstance"), tr("newInstance opens an instance"),
                           QStringLiteral("§6.1"), open(c.id(QStringLiteral("business-1"))),
                           {kSync, kAsync}, why);
    first.judge = [](const DebugAnswer &a, ScenarioState &s) {
        if (QString e = DebugJudge::requireString(a.json, QStringLiteral("instanceId"), 64,
                                                  QStringLiteral("newInstance"));
            !e.isEmpty())
            return e;
        s.values.insert(QStringLiteral("instanceId"), a.json.value(u"instanceId"));
        if (a.json.contains(u"appInfo")) {
            if (QString e = checkAppInfo(a.json.value(u"appInfo"), QStringLiteral("newInstance"));
                !e.isEmpty())
                return e;
            s.values.insert(QStringLiteral("appInfo"), a.json.value(u"appInfo"));
        }
        return QString();
    };
    life.steps.append(first);

    DebugStep again = step(QStringLiteral("basic.newInstance.repeat"),
                           tr("newInstance again for the same order answers the same instance"),
                           tr("§6.1 idempotency"), open(c.id(QStringLiteral("business-2"))),
                           {kSync, kAsync}, why);
    again.needs = QStringLiteral("instanceId");
    again.judge = [](const DebugAnswer &a, ScenarioState &s) {
        const QString before = instanceOf(s);
        const QString now = a.json.value(u"instanceId").toString();
        if (now != before)
            return tr("the same orderId and orderLineId must answer the same instanceId: first "
                      "\"%1\", now \"%2\" (a second instance was opened)")
                .arg(before, now.left(64));
        if (s.values.contains(QStringLiteral("appInfo")) &&
            a.json.value(u"appInfo") != s.values.value(QStringLiteral("appInfo")))
            return tr("the same order must answer the same appInfo; it changed");
        return QString();
    };
    life.steps.append(again);

    DebugStep query =
        step(QStringLiteral("basic.queryInstance"),
             tr("queryInstance returns the instance with its appInfo"), QStringLiteral("§6.1"),
             onInstance("queryInstance", {}), {kSync}, tr("§6.1: success"));
    query.needs = QStringLiteral("instanceId");
    query.judge = [](const DebugAnswer &a, ScenarioState &s) {
        QJsonObject entry;
        if (QString e = findInfo(a, instanceOf(s), &entry); !e.isEmpty())
            return e;
        return checkAppInfo(entry.value(u"appInfo"), QStringLiteral("queryInstance"));
    };
    life.steps.append(query);

    const QString ok = tr("§6.1: success for a live instance");
    const QList<std::tuple<QString, QString, const char *, QJsonObject>> changes = {
        {QStringLiteral("basic.refreshInstance"),
         tr("refreshInstance renews the instance"),
         "refreshInstance",
         {{QStringLiteral("scene"), QStringLiteral("RENEWAL")},
          {QStringLiteral("orderId"), c.id(QStringLiteral("renewal"))},
          {QStringLiteral("orderLineId"),
           QString(c.id(QStringLiteral("renewal")) + QStringLiteral("-000001"))},
          {QStringLiteral("expireTime"), nextYear()}}},
        {QStringLiteral("basic.updateInstanceStatus.freeze"),
         tr("updateInstanceStatus freezes the instance"),
         "updateInstanceStatus",
         {{QStringLiteral("status"), QStringLiteral("FREEZE")}}},
        {QStringLiteral("basic.updateInstanceStatus.unfreeze"),
         tr("updateInstanceStatus unfreezes the instance"),
         "updateInstanceStatus",
         {{QStringLiteral("status"), QStringLiteral("UNFREEZE")}}},
        {QStringLiteral("basic.upgradeInstance"),
         tr("upgradeInstance upgrades the instance"),
         "upgradeInstance",
         {{QStringLiteral("orderId"), c.id(QStringLiteral("upgrade"))},
          {QStringLiteral("orderLineId"),
           QString(c.id(QStringLiteral("upgrade")) + QStringLiteral("-000001"))}}},
        {QStringLiteral("basic.releaseInstance"),
         tr("releaseInstance releases the instance"),
         "releaseInstance",
         {}},
    };
    for (const auto &[id, title, name, fields] : changes) {
        DebugStep s =
            step(id, title, QStringLiteral("§6.1"), onInstance(name, fields), {kSync}, ok);
        s.needs = QStringLiteral("instanceId");
        life.steps.append(s);
    }
    DebugStep release = step(QStringLiteral("basic.releaseInstance.repeat"),
                             tr("releaseInstance of a released instance answers success"),
                             tr("§6.1 idempotency"), onInstance("releaseInstance", {}), {kSync},
                             tr("a release of what is gone succeeds again"));
    release.needs = QStringLiteral("instanceId");
    life.steps.append(release);

    DebugScenario errors{QStringLiteral("basic.errors"), false, {}};
    const QString missing = c.id(QStringLiteral("no-such-instance"));
    errors.steps.append(step(
        QStringLiteral("basic.unknownInstance.status"),
        tr("updateInstanceStatus of an unknown instance answers 000003"), QStringLiteral("§2.3"),
        [missing](ScenarioState &) {
            return DebugSteps::basic(activity(
                "updateInstanceStatus", {{QStringLiteral("instanceId"), missing},
                                         {QStringLiteral("status"), QStringLiteral("FREEZE")}}));
        },
        {QStringLiteral("000003")}, tr("§2.3: instanceId does not exist")));
    errors.steps.append(step(
        QStringLiteral("basic.unknownInstance.refresh"),
        tr("refreshInstance of an unknown instance answers 000003"), QStringLiteral("§2.3"),
        [missing, c](ScenarioState &) {
            return DebugSteps::basic(
                activity("refreshInstance",
                         {{QStringLiteral("instanceId"), missing},
                          {QStringLiteral("scene"), QStringLiteral("RENEWAL")},
                          {QStringLiteral("orderId"), c.id(QStringLiteral("renewal-missing"))},
                          {QStringLiteral("orderLineId"),
                           QString(c.id(QStringLiteral("renewal-missing")) + QStringLiteral("-1"))},
                          {QStringLiteral("expireTime"), nextYear()}}));
        },
        {QStringLiteral("000003")}, tr("§2.3: instanceId does not exist")));
    errors.steps.append(step(
        QStringLiteral("basic.invalidParameter"),
        tr("newInstance without orderLineId answers 000002"), QStringLiteral("§2.3"),
        [c](ScenarioState &) {
            return DebugSteps::basic(
                activity("newInstance",
                         {{QStringLiteral("orderId"), c.id(QStringLiteral("order-invalid"))},
                          {QStringLiteral("businessId"), c.id(QStringLiteral("business-x"))}}));
        },
        {QStringLiteral("000002")}, tr("§2.3: invalid request parameter")));
    return {life, errors};
}
