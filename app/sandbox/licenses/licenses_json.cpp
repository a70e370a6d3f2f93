#include "sandbox/licenses/licenses_json.h"

#include "sandbox/apps/apps_json.h"

#include <QJsonDocument>

namespace LicensesJson {

QString money(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QString masked(const QString &secret)
{
    if (secret.size() <= 4)
        return QStringLiteral("****");
    return secret.left(2) + QStringLiteral("****") + secret.right(2);
}

QJsonObject order(const OrderRecord &o, int issued)
{
    QJsonObject appInfo = QJsonDocument::fromJson(o.appInfo.toUtf8()).object();
    if (appInfo.contains(u"userName"))
        appInfo.insert(QStringLiteral("userName"), masked(appInfo.value(u"userName").toString()));
    if (appInfo.contains(u"password"))
        appInfo.insert(QStringLiteral("password"), QStringLiteral("********"));
    QJsonObject instance{{QStringLiteral("instanceId"), o.instanceId},
                         {QStringLiteral("status"), o.instanceStatus},
                         {QStringLiteral("periodStart"), AppsJson::time(o.startMs)},
                         {QStringLiteral("periodEnd"), AppsJson::time(o.endMs)}};
    if (!appInfo.isEmpty())
        instance.insert(QStringLiteral("appInfo"), appInfo);
    QJsonObject out{{QStringLiteral("orderId"), o.orderId},
                    {QStringLiteral("orderType"), o.orderType},
                    {QStringLiteral("productType"), o.productType},
                    {QStringLiteral("productName"), o.productName},
                    {QStringLiteral("seller"), o.seller},
                    {QStringLiteral("skuCode"), o.sku},
                    {QStringLiteral("chargingMode"), QStringLiteral("PERIOD")},
                    {QStringLiteral("periodType"), o.periodType},
                    {QStringLiteral("periodNumber"), o.periodNumber},
                    {QStringLiteral("amount"), money(o.amountFen)},
                    {QStringLiteral("currency"), QStringLiteral("CNY")},
                    {QStringLiteral("status"), o.status},
                    {QStringLiteral("createdAt"), AppsJson::time(o.createdMs)},
                    {QStringLiteral("appId"), o.appId},
                    {QStringLiteral("instance"), instance},
                    {QStringLiteral("version"), double(o.version)}};
    if (o.productType == u"license")
        out.insert(QStringLiteral("license"), QJsonObject{{QStringLiteral("type"), o.licenseType},
                                                          {QStringLiteral("quota"), o.licenseQuota},
                                                          {QStringLiteral("issued"), issued}});
    return out;
}

QJsonObject license(const LicenseRecord &l)
{
    QJsonObject out{{QStringLiteral("licenseId"), l.licenseId},
                    {QStringLiteral("orderId"), l.orderId},
                    {QStringLiteral("instanceId"), l.instanceId},
                    {QStringLiteral("eventId"), l.eventId},
                    {QStringLiteral("deviceFingerprint"), l.fingerprint},
                    {QStringLiteral("type"), l.type},
                    {QStringLiteral("effectiveTime"), AppsJson::time(l.effectiveMs)},
                    {QStringLiteral("expireTime"), AppsJson::time(l.expireMs)},
                    {QStringLiteral("createdAt"), AppsJson::time(l.createdMs)},
                    {QStringLiteral("version"), double(l.version)}};
    if (l.type == u"CHARACTERS")
        out.insert(QStringLiteral("characters"), l.characters);
    else
        out.insert(QStringLiteral("file"),
                   QJsonObject{{QStringLiteral("fileName"), l.fileName},
                               {QStringLiteral("sha256"), l.fileSha256},
                               {QStringLiteral("size"), int(l.file.size())}});
    return out;
}

QJsonObject image(const ImageRecord &i, qint64 nowMs)
{
    const bool expired = i.endMs <= nowMs;
    const QString billing = !expired  ? QStringLiteral("prepaid")
                            : i.inUse ? QStringLiteral("on-demand")
                                      : QStringLiteral("none");
    return {
        {QStringLiteral("subscriptionId"), i.subscriptionId},
        {QStringLiteral("orderId"), i.orderId},
        {QStringLiteral("imageName"), i.imageName},
        {QStringLiteral("seller"), i.seller},
        {QStringLiteral("ecsInstanceId"), i.ecsId},
        {QStringLiteral("ecsName"), i.ecsName},
        {QStringLiteral("region"), i.region},
        {QStringLiteral("periodType"), i.periodType},
        {QStringLiteral("periodStart"), AppsJson::time(i.startMs)},
        {QStringLiteral("periodEnd"), AppsJson::time(i.endMs)},
        {QStringLiteral("autoRenew"), i.autoRenew},
        {QStringLiteral("inUse"), i.inUse},
        {QStringLiteral("status"), expired ? QStringLiteral("expired") : QStringLiteral("active")},
        {QStringLiteral("billing"), billing},
        {QStringLiteral("onDemandSince"),
         billing == u"on-demand" ? QJsonValue(AppsJson::time(i.endMs)) : QJsonValue()},
        {QStringLiteral("monthlyPrice"), money(i.monthlyFen)},
        {QStringLiteral("yearlyPrice"), money(i.yearlyFen)},
        {QStringLiteral("onDemandHourlyPrice"), money(i.hourlyFen)},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("version"), double(i.version)}};
}

} // namespace LicensesJson
