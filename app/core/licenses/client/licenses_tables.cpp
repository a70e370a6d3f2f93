#include "licenses/client/licenses_tables.h"

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QString LicensesTables::licenseState(const IssuedLicense &l, const QDateTime &now)
{
    if (l.effectiveTime.isValid() && now < l.effectiveTime)
        return QStringLiteral("pending");
    if (l.expireTime.isValid() && l.expireTime <= now)
        return QStringLiteral("expired");
    return QStringLiteral("valid");
}

QString LicensesTables::productOf(const IssuedLicense &license, const LicensesSnapshot &snapshot)
{
    for (const Order &o : snapshot.orders)
        if (o.orderId == license.orderId)
            return o.productName;
    return {};
}

QStringList LicensesTables::licenseHeader()
{
    return {QStringLiteral("licenseId"),   QStringLiteral("orderId"),
            QStringLiteral("productName"), QStringLiteral("instanceId"),
            QStringLiteral("type"),        QStringLiteral("deviceFingerprint"),
            QStringLiteral("fileName"),    QStringLiteral("sha256"),
            QStringLiteral("size"),        QStringLiteral("effectiveTime"),
            QStringLiteral("expireTime"),  QStringLiteral("state"),
            QStringLiteral("createdAt")};
}

QStringList LicensesTables::licenseFields(const IssuedLicense &l, const LicensesSnapshot &snapshot,
                                          const QDateTime &now)
{
    return {l.licenseId,
            l.orderId,
            productOf(l, snapshot),
            l.instanceId,
            l.type,
            l.deviceFingerprint,
            l.file ? l.file->fileName : QString(),
            l.file ? l.file->sha256 : QString(),
            l.file ? QString::number(l.file->size) : QString(),
            iso(l.effectiveTime),
            iso(l.expireTime),
            licenseState(l, now),
            iso(l.createdAt)};
}

QStringList LicensesTables::imageHeader()
{
    return {QStringLiteral("subscriptionId"),
            QStringLiteral("orderId"),
            QStringLiteral("imageName"),
            QStringLiteral("seller"),
            QStringLiteral("ecsInstanceId"),
            QStringLiteral("ecsName"),
            QStringLiteral("region"),
            QStringLiteral("periodType"),
            QStringLiteral("periodStart"),
            QStringLiteral("periodEnd"),
            QStringLiteral("daysLeft"),
            QStringLiteral("renewalFlag"),
            QStringLiteral("autoRenew"),
            QStringLiteral("inUse"),
            QStringLiteral("billing"),
            QStringLiteral("onDemandSince"),
            QStringLiteral("monthlyPrice"),
            QStringLiteral("yearlyPrice"),
            QStringLiteral("onDemandHourlyPrice"),
            QStringLiteral("currency"),
            QStringLiteral("consequence")};
}

QStringList LicensesTables::imageFields(const ImageSubscriptionRecord &i, const QDateTime &now)
{
    const ImageRenewalNotice n = ImageRenewal::assess(i.forRenewal(), now);
    return {i.subscriptionId,
            i.orderId,
            i.imageName,
            i.seller,
            i.ecsInstanceId,
            i.ecsName,
            i.region,
            i.periodType,
            iso(i.periodStart),
            iso(i.periodEnd),
            QString::number(n.daysLeft),
            flagCode(n.urgency),
            yesNo(i.autoRenew),
            yesNo(i.inUse),
            i.billing,
            iso(i.onDemandSince),
            i.monthlyPrice,
            i.yearlyPrice,
            i.onDemandHourlyPrice,
            i.currency,
            n.consequence};
}

QList<int> LicensesTables::imageNumericColumns()
{
    return {10, 16, 17, 18};
}

QString LicensesTables::flagCode(ImageRenewalNotice::Urgency urgency)
{
    using U = ImageRenewalNotice::Urgency;
    switch (urgency) {
    case U::None:
        return {};
    case U::Days30:
        return QStringLiteral("30");
    case U::Days7:
        return QStringLiteral("7");
    case U::Days1:
        return QStringLiteral("1");
    case U::Expired:
        return QStringLiteral("ended");
    }
    return {};
}
