#include "licenses/client/licenses_record_json.h"

#include "net/json_fields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace LicensesRecordJson {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Money is a decimal string ("31200.00"): read as text, never as a double.
QString money(JsonFields &f, const char *name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,2})?$"));
    const QString s = f.string(name);
    if (f.ok() && !pattern.match(s).hasMatch())
        f.fail(QLatin1String(name),
               QCoreApplication::translate("LicensesRecordJson",
                                           "expected an amount such as 31200.00, got \"%1\"")
                   .arg(s.left(64)));
    return s;
}

QString nonEmpty(JsonFields &f, const char *name)
{
    const QString s = f.string(name);
    if (f.ok() && s.isEmpty())
        f.fail(QLatin1String(name),
               QCoreApplication::translate("LicensesRecordJson", "must not be empty"));
    return s;
}

// A nested object read with its own path; nothing is read once the parent has failed, so the
// first failure is the one reported.
bool readInstance(JsonFields &f, OrderInstance *out, QString *error)
{
    JsonFields i(f.object().value(u"instance"), f.pathOf(QStringLiteral("instance")), error);
    out->instanceId = nonEmpty(i, "instanceId");
    out->status = i.oneOf(
        "status", {QStringLiteral("normal"), QStringLiteral("frozen"), QStringLiteral("expired")});
    out->periodStart = i.time("periodStart");
    out->periodEnd = i.time("periodEnd");
    const QJsonValue info = i.object().value(u"appInfo");
    if (i.ok() && !info.isUndefined() && !info.isNull()) {
        JsonFields a(info, i.pathOf(QStringLiteral("appInfo")), error);
        MaskedAppInfo m;
        m.frontEndUrl = a.string("frontEndUrl", false);
        m.adminUrl = a.string("adminUrl", false);
        m.userName = a.string("userName", false);
        // Whether one was given, nothing more: the value (a mask, or a mistake) is not kept.
        m.passwordGiven = !a.string("password", false).isEmpty();
        m.memo = a.string("memo", false);
        if (!a.ok())
            return false;
        out->appInfo = m;
    }
    return i.ok();
}

bool readQuota(JsonFields &f, LicenseQuota *out, QString *error)
{
    JsonFields q(f.object().value(u"license"), f.pathOf(QStringLiteral("license")), error);
    out->type = q.oneOf("type", {QStringLiteral("CHARACTERS"), QStringLiteral("FILE")});
    out->quota = int(q.integer("quota", 0));
    out->issued = int(q.integer("issued", 0));
    return q.ok();
}

} // namespace

QJsonObject toJson(const Order &o)
{
    QJsonObject instance{{QStringLiteral("instanceId"), o.instance.instanceId},
                         {QStringLiteral("status"), o.instance.status},
                         {QStringLiteral("periodStart"), iso(o.instance.periodStart)},
                         {QStringLiteral("periodEnd"), iso(o.instance.periodEnd)}};
    if (o.instance.appInfo) {
        const MaskedAppInfo &a = *o.instance.appInfo;
        QJsonObject info{{QStringLiteral("frontEndUrl"), a.frontEndUrl},
                         {QStringLiteral("adminUrl"), a.adminUrl},
                         {QStringLiteral("userName"), a.userName},
                         {QStringLiteral("memo"), a.memo}};
        if (a.passwordGiven) // the mask the API uses, never a value
            info.insert(QStringLiteral("password"), QStringLiteral("********"));
        instance.insert(QStringLiteral("appInfo"), info);
    }
    QJsonObject out{{QStringLiteral("orderId"), o.orderId},
                    {QStringLiteral("orderType"), o.orderType},
                    {QStringLiteral("productType"), o.productType},
                    {QStringLiteral("productName"), o.productName},
                    {QStringLiteral("seller"), o.seller},
                    {QStringLiteral("skuCode"), o.skuCode},
                    {QStringLiteral("chargingMode"), o.chargingMode},
                    {QStringLiteral("periodType"), o.periodType},
                    {QStringLiteral("periodNumber"), o.periodNumber},
                    {QStringLiteral("amount"), o.amount},
                    {QStringLiteral("currency"), o.currency},
                    {QStringLiteral("status"), o.status},
                    {QStringLiteral("createdAt"), iso(o.createdAt)},
                    {QStringLiteral("appId"), o.appId},
                    {QStringLiteral("instance"), instance},
                    {QStringLiteral("version"), double(o.version)}};
    if (o.license)
        out.insert(QStringLiteral("license"),
                   QJsonObject{{QStringLiteral("type"), o.license->type},
                               {QStringLiteral("quota"), o.license->quota},
                               {QStringLiteral("issued"), o.license->issued}});
    return out;
}

QJsonObject toJson(const IssuedLicense &l)
{
    QJsonObject out{{QStringLiteral("licenseId"), l.licenseId},
                    {QStringLiteral("orderId"), l.orderId},
                    {QStringLiteral("instanceId"), l.instanceId},
                    {QStringLiteral("eventId"), l.eventId},
                    {QStringLiteral("deviceFingerprint"), l.deviceFingerprint},
                    {QStringLiteral("type"), l.type},
                    {QStringLiteral("effectiveTime"), iso(l.effectiveTime)},
                    {QStringLiteral("expireTime"), iso(l.expireTime)},
                    {QStringLiteral("createdAt"), iso(l.createdAt)},
                    {QStringLiteral("version"), double(l.version)}};
    if (l.file)
        out.insert(QStringLiteral("file"),
                   QJsonObject{{QStringLiteral("fileName"), l.file->fileName},
                               {QStringLiteral("sha256"), l.file->sha256},
                               {QStringLiteral("size"), double(l.file->size)}});
    else
        out.insert(QStringLiteral("characters"), l.characters);
    return out;
}

QJsonObject toJson(const ImageSubscriptionRecord &i)
{
    return {{QStringLiteral("subscriptionId"), i.subscriptionId},
            {QStringLiteral("orderId"), i.orderId},
            {QStringLiteral("imageName"), i.imageName},
            {QStringLiteral("seller"), i.seller},
            {QStringLiteral("ecsInstanceId"), i.ecsInstanceId},
            {QStringLiteral("ecsName"), i.ecsName},
            {QStringLiteral("region"), i.region},
            {QStringLiteral("periodType"), i.periodType},
            {QStringLiteral("periodStart"), iso(i.periodStart)},
            {QStringLiteral("periodEnd"), iso(i.periodEnd)},
            {QStringLiteral("autoRenew"), i.autoRenew},
            {QStringLiteral("inUse"), i.inUse},
            {QStringLiteral("status"), i.status},
            {QStringLiteral("billing"), i.billing},
            {QStringLiteral("onDemandSince"),
             i.onDemandSince.isValid() ? QJsonValue(iso(i.onDemandSince)) : QJsonValue()},
            {QStringLiteral("monthlyPrice"), i.monthlyPrice},
            {QStringLiteral("yearlyPrice"), i.yearlyPrice},
            {QStringLiteral("onDemandHourlyPrice"), i.onDemandHourlyPrice},
            {QStringLiteral("currency"), i.currency},
            {QStringLiteral("version"), double(i.version)}};
}

std::optional<Order> orderFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    JsonFields f(value, where, error);
    Order o;
    o.orderId = nonEmpty(f, "orderId");
    o.orderType = f.string("orderType");
    o.productType = f.oneOf("productType", {QStringLiteral("saas"), QStringLiteral("license"),
                                            QStringLiteral("image")});
    o.productName = f.string("productName");
    o.seller = f.string("seller");
    o.skuCode = f.string("skuCode", false);
    o.chargingMode = f.string("chargingMode", false);
    o.periodType = f.oneOf("periodType", {QStringLiteral("year"), QStringLiteral("month")});
    o.periodNumber = int(f.integer("periodNumber", 1));
    o.amount = money(f, "amount");
    o.currency = f.string("currency");
    o.status = f.string("status");
    o.createdAt = f.time("createdAt");
    o.appId = f.string("appId", false);
    o.version = f.integer("version", 1);
    if (f.ok() && !readInstance(f, &o.instance, error))
        return std::nullopt;
    const QJsonValue license = f.object().value(u"license");
    if (f.ok() && o.productType == u"license") {
        LicenseQuota q;
        if (!readQuota(f, &q, error))
            return std::nullopt;
        o.license = q;
    } else if (f.ok() && !license.isUndefined() && !license.isNull()) {
        f.fail(QStringLiteral("license"),
               QCoreApplication::translate("LicensesRecordJson",
                                           "only a License product has a License quota"));
    }
    return f.ok() ? std::optional(o) : std::nullopt;
}

std::optional<IssuedLicense> licenseFromJson(const QJsonValue &value, const QString &where,
                                             QString *error)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    JsonFields f(value, where, error);
    IssuedLicense l;
    l.licenseId = nonEmpty(f, "licenseId");
    l.orderId = f.string("orderId");
    l.instanceId = f.string("instanceId");
    l.eventId = f.string("eventId");
    l.deviceFingerprint = f.string("deviceFingerprint", false);
    l.type = f.oneOf("type", {QStringLiteral("CHARACTERS"), QStringLiteral("FILE")});
    l.effectiveTime = f.time("effectiveTime");
    l.expireTime = f.time("expireTime");
    l.createdAt = f.time("createdAt");
    l.version = f.integer("version", 1);
    if (f.ok() && l.type == u"CHARACTERS") {
        l.characters = f.string("characters");
    } else if (f.ok()) {
        JsonFields file(f.object().value(u"file"), f.pathOf(QStringLiteral("file")), error);
        LicenseFileInfo info;
        info.fileName = nonEmpty(file, "fileName");
        info.sha256 = file.string("sha256");
        if (file.ok() && !sha256.match(info.sha256).hasMatch())
            file.fail(QStringLiteral("sha256"),
                      QCoreApplication::translate("LicensesRecordJson",
                                                  "expected 64 lower-case hexadecimal digits"));
        info.size = file.integer("size", 0);
        if (!file.ok())
            return std::nullopt;
        l.file = info;
    }
    return f.ok() ? std::optional(l) : std::nullopt;
}

std::optional<ImageSubscriptionRecord> imageFromJson(const QJsonValue &value, const QString &where,
                                                     QString *error)
{
    JsonFields f(value, where, error);
    ImageSubscriptionRecord i;
    i.subscriptionId = nonEmpty(f, "subscriptionId");
    i.orderId = f.string("orderId");
    i.imageName = f.string("imageName");
    i.seller = f.string("seller");
    i.ecsInstanceId = f.string("ecsInstanceId");
    i.ecsName = f.string("ecsName", false);
    i.region = f.string("region");
    i.periodType = f.oneOf("periodType", {QStringLiteral("year"), QStringLiteral("month")});
    i.periodStart = f.time("periodStart");
    i.periodEnd = f.time("periodEnd");
    i.autoRenew = f.boolean("autoRenew");
    i.inUse = f.boolean("inUse");
    i.status = f.oneOf("status", {QStringLiteral("active"), QStringLiteral("expired")});
    i.billing = f.oneOf("billing", {QStringLiteral("prepaid"), QStringLiteral("on-demand"),
                                    QStringLiteral("none")});
    i.onDemandSince = f.optionalTime("onDemandSince");
    i.monthlyPrice = money(f, "monthlyPrice");
    i.yearlyPrice = money(f, "yearlyPrice");
    i.onDemandHourlyPrice = money(f, "onDemandHourlyPrice");
    i.currency = f.string("currency");
    i.version = f.integer("version", 1);
    if (f.ok() && i.periodEnd < i.periodStart)
        f.fail(QStringLiteral("periodEnd"),
               QCoreApplication::translate("LicensesRecordJson", "ends before its period starts"));
    return f.ok() ? std::optional(i) : std::nullopt;
}

} // namespace LicensesRecordJson
