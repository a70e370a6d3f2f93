#include "sandbox/reference/basic_activities.h"

#include "sandbox/reference/field_reader.h"
#include "seller/field_cipher.h"

#include <QJsonArray>

namespace {

bool isDigits(const QString &s, std::initializer_list<int> lengths)
{
    if (std::find(lengths.begin(), lengths.end(), int(s.size())) == lengths.end())
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

ProtocolAnswer invalid(const QString &message)
{
    return ProtocolAnswer::failure(ReferenceCode::InvalidParameter, message);
}

} // namespace

BasicActivities::BasicActivities(InstanceStore &instances, LicenseDesk &licenses)
    : m_instances(instances)
    , m_licenses(licenses)
{
}

QString BasicActivities::activityOf(const QJsonObject &params)
{
    return params.value(u"activity").toString();
}

ProtocolAnswer BasicActivities::handle(const QJsonObject &params, const ReferenceConfig &config,
                                       const ReferenceFaults &faults)
{
    const bool v1 = config.mode == ReferenceConfig::Mode::V1;
    FieldReader f(params);
    const QString activity = f.required("activity", 20);
    if (!f.ok())
        return invalid(f.error());
    if (activity == u"newInstance")
        return newInstance(params, v1, config, faults);
    if (activity == u"refreshInstance")
        return refreshInstance(params, v1);
    if (activity == u"releaseInstance")
        return releaseInstance(params, v1);
    if (activity == u"queryInstance")
        return queryInstance(params, config);
    if (!v1 && activity == u"updateInstanceStatus")
        return changeStatus(params, false);
    if (!v1 && activity == u"upgradeInstance")
        return upgradeInstance(params);
    if (!v1 && activity == u"getLicenseAsync")
        return m_licenses.request(params, config.licenseQuota, faults.newLicenseForRepeatedEvent);
    if (v1 && (activity == u"instanceStatus" || activity == u"expireInstance"))
        return changeStatus(params, true);
    if (v1 && activity == u"upgrade")
        return upgradeInstance(params);
    return invalid(QStringLiteral("activity: \"%1\" is not a %2 activity of this server")
                       .arg(activity.left(20), v1 ? QStringLiteral("V1") : QStringLiteral("V2")));
}

Instance *BasicActivities::live(const QString &id, ProtocolAnswer *refusal)
{
    Instance *instance = m_instances.find(id);
    if (!instance || instance->released) {
        *refusal = ProtocolAnswer::failure(
            ReferenceCode::NoSuchInstance,
            QStringLiteral("instanceId: no instance \"%1\"%2")
                .arg(id.left(64), instance ? QStringLiteral(" (released)") : QString()));
        return nullptr;
    }
    return instance;
}

QJsonObject BasicActivities::appInfoJson(const AppInfo &app, const ReferenceConfig &config)
{
    QJsonObject o{{QStringLiteral("frontEndUrl"), app.frontEndUrl},
                  {QStringLiteral("adminUrl"), app.adminUrl},
                  {QStringLiteral("userName"), app.userName},
                  {QStringLiteral("password"), app.password},
                  {QStringLiteral("memo"), app.memo}};
    if (config.mode == ReferenceConfig::Mode::V1) {
        const auto size = FieldCipher::keySizeFor(config.encryptType);
        const auto user = FieldCipher::encrypt(config.basicAccessKey, app.userName, size.value());
        const auto pass = FieldCipher::encrypt(config.basicAccessKey, app.password, size.value());
        o.insert(QStringLiteral("userName"), user ? user.value() : QString());
        o.insert(QStringLiteral("password"), pass ? pass.value() : QString());
    }
    return o;
}

ProtocolAnswer BasicActivities::newInstance(const QJsonObject &p, bool v1,
                                            const ReferenceConfig &config,
                                            const ReferenceFaults &faults)
{
    FieldReader f(p);
    const QString orderId = f.required("orderId", 64);
    // V1 has no order line: an order opens one instance of its product (§6.2).
    const QString line = v1 ? f.required("productId", 64) : f.required("orderLineId", 64);
    const QString businessId = f.required("businessId", 64);
    if (v1) {
        f.required("customerId", 100);
        f.optional("customerName", 255);
        // Encrypted with the basic key (§3.3): one that does not decrypt is a bad parameter.
        const auto size = FieldCipher::keySizeFor(config.encryptType);
        for (const char *name : {"mobilePhone", "email"}) {
            const QString value = f.optional(name, 256);
            if (f.ok() && !value.isEmpty() &&
                !FieldCipher::decrypt(config.basicAccessKey, value, size.value()))
                f.fail(name, QStringLiteral("cannot be decrypted with this product's key and "
                                            "encryptType %1")
                                 .arg(config.encryptType));
        }
    }
    const int testFlag = f.testFlag();
    if (!f.ok())
        return invalid(f.error());
    const auto opened =
        m_instances.open(testFlag, orderId, line, businessId, faults.newInstanceForRepeatedOrder);
    if (opened.created)
        ++m_created;
    QJsonObject fields{{QStringLiteral("instanceId"), opened.instance->id},
                       {QStringLiteral("appInfo"), appInfoJson(opened.instance->appInfo, config)}};
    if (v1)
        fields.insert(QStringLiteral("encryptType"), config.encryptType);
    return ProtocolAnswer::success(fields, opened.created
                                               ? QStringLiteral("success")
                                               : QStringLiteral("success (already opened)"));
}

ProtocolAnswer BasicActivities::refreshInstance(const QJsonObject &p, bool v1)
{
    FieldReader f(p);
    if (!v1)
        f.oneOf("scene",
                {"TRIAL_TO_FORMAL", "RENEWAL", "UNSUBSCRIBE_RENEWAL_PERIOD", "RENEWAL_CHANGE"});
    f.required("orderId", 64);
    if (!v1)
        f.required("orderLineId", 64);
    const QString id = f.required("instanceId", 64);
    f.optional("productId", 64);
    const QString expire = f.required("expireTime", 17);
    f.testFlag();
    if (f.ok() && !isDigits(expire, {14, 17}))
        f.fail("expireTime", QStringLiteral("expected UTC yyyyMMddHHmmss"));
    if (!f.ok())
        return invalid(f.error());
    ProtocolAnswer refusal;
    Instance *instance = live(id, &refusal);
    if (!instance)
        return refusal;
    instance->expireTime = expire.left(14);
    return ProtocolAnswer::success();
}

ProtocolAnswer BasicActivities::changeStatus(const QJsonObject &p, bool v1)
{
    FieldReader f(p);
    const QString id = f.required("instanceId", 64);
    const bool expire = v1 && p.value(u"activity").toString() == u"expireInstance";
    QString status;
    if (expire)
        status = QStringLiteral("FREEZE");
    else if (v1)
        status = f.oneOf("instanceStatus", {"FREEZE", "NORMAL"});
    else
        status = f.oneOf("status", {"FREEZE", "UNFREEZE"});
    f.testFlag();
    if (!f.ok())
        return invalid(f.error());
    ProtocolAnswer refusal;
    Instance *instance = live(id, &refusal);
    if (!instance)
        return refusal;
    instance->frozen = status == u"FREEZE"; // setting it twice is the same state: idempotent
    return ProtocolAnswer::success();
}

ProtocolAnswer BasicActivities::upgradeInstance(const QJsonObject &p)
{
    FieldReader f(p);
    const QString id = f.required("instanceId", 64);
    f.required("orderId", 64);
    f.optional("orderLineId", 64);
    f.testFlag();
    if (!f.ok())
        return invalid(f.error());
    ProtocolAnswer refusal;
    return live(id, &refusal) ? ProtocolAnswer::success() : refusal;
}

ProtocolAnswer BasicActivities::releaseInstance(const QJsonObject &p, bool v1)
{
    FieldReader f(p);
    const QString id = f.required("instanceId", 64);
    if (!v1) {
        f.optional("orderId", 64);
        f.optional("orderLineId", 64);
    }
    f.testFlag();
    if (!f.ok())
        return invalid(f.error());
    Instance *instance = m_instances.find(id);
    if (!instance)
        return ProtocolAnswer::failure(ReferenceCode::NoSuchInstance,
                                       QStringLiteral("instanceId: no instance \"%1\"").arg(id));
    // Released already: done (§6.1, idempotent on instanceId).
    const bool again = instance->released;
    instance->released = true;
    return ProtocolAnswer::success({}, again ? QStringLiteral("success (already released)")
                                             : QStringLiteral("success"));
}

ProtocolAnswer BasicActivities::queryInstance(const QJsonObject &p, const ReferenceConfig &config)
{
    FieldReader f(p);
    const QString ids = f.required("instanceId", 100 * 65);
    f.testFlag();
    if (!f.ok())
        return invalid(f.error());
    const QStringList list = ids.split(u',');
    if (list.size() > 100)
        return invalid(QStringLiteral("instanceId: at most 100 ids, got %1").arg(list.size()));
    QJsonArray info;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString id = list[i].trimmed();
        if (id.isEmpty() || id.size() > 64)
            return invalid(QStringLiteral("instanceId: id %1 of the list is empty or longer "
                                          "than 64 characters")
                               .arg(i + 1));
        // Unknown and released instances are left out: the seller has nothing to say.
        const Instance *instance = m_instances.find(id);
        if (instance && !instance->released)
            info.append(
                QJsonObject{{QStringLiteral("instanceId"), id},
                            {QStringLiteral("appInfo"), appInfoJson(instance->appInfo, config)}});
    }
    QJsonObject fields{{QStringLiteral("info"), info}};
    if (config.mode == ReferenceConfig::Mode::V1)
        fields.insert(QStringLiteral("encryptType"), config.encryptType);
    return ProtocolAnswer::success(fields);
}
