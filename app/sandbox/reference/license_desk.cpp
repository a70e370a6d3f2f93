#include "sandbox/reference/license_desk.h"

#include "common/secure_random.h"
#include "sandbox/reference/field_reader.h"

#include <QTimeZone>

LicenseDesk::LicenseDesk(InstanceStore &instances)
    : m_instances(instances)
{
}

void LicenseDesk::clear()
{
    m_licenses.clear();
    m_perInstance.clear();
    m_issued = 0;
}

QDateTime LicenseDesk::parseTime(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u" z", Qt::CaseInsensitive) || t.endsWith(u" utc", Qt::CaseInsensitive))
        t = t.left(t.lastIndexOf(u' '));
    for (const char *format : {"yyyy-MM-dd HH:mm:ss", "yyyyMMddHHmmss", "yyyyMMddHHmmsszzz"}) {
        QDateTime dt = QDateTime::fromString(t, QLatin1String(format));
        if (dt.isValid()) {
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    return {};
}

ProtocolAnswer LicenseDesk::request(const QJsonObject &body, int quota, bool alwaysNew)
{
    FieldReader f(body);
    const QString instanceId = f.required("instanceId", 64);
    const QString effective = f.required("effectiveTime", 32);
    const QString expire = f.optional("expireTime", 32);
    const QString eventId = f.required("eventId", 64);
    const QString fingerprint = f.optional("deviceFingerprint", 1024);
    f.testFlag();
    if (!f.ok())
        return ProtocolAnswer::failure(ReferenceCode::InvalidParameter, f.error());
    const QDateTime from = parseTime(effective);
    if (!from.isValid())
        return ProtocolAnswer::failure(
            ReferenceCode::InvalidParameter,
            QStringLiteral("effectiveTime: expected a UTC time such as \"2023-10-27 10:30:15 z\""));
    const QDateTime to = expire.isEmpty() ? QDateTime() : parseTime(expire);
    if (!expire.isEmpty() && !to.isValid())
        return ProtocolAnswer::failure(
            ReferenceCode::InvalidParameter,
            QStringLiteral("expireTime: expected a UTC time such as \"2024-10-27 10:30:15 z\""));
    if (to.isValid() && to <= from)
        return ProtocolAnswer::failure(ReferenceCode::InvalidParameter,
                                       QStringLiteral("expireTime: must lie after effectiveTime"));
    const Instance *instance = m_instances.find(instanceId);
    if (!instance || instance->released)
        return ProtocolAnswer::failure(
            ReferenceCode::NoSuchInstance,
            QStringLiteral("instanceId: no instance \"%1\"").arg(instanceId));
    // \x1f, not '|': the fingerprint itself is MAC|disk|board|cpu.
    const QString key = instanceId + u'\x1f' + eventId + u'\x1f' + fingerprint;
    if (!alwaysNew) {
        if (const auto it = m_licenses.constFind(key); it != m_licenses.constEnd())
            return ProtocolAnswer::success(
                {{QStringLiteral("licenseId"), it->id}, {QStringLiteral("license"), it->text}},
                QStringLiteral("the License issued for this event"));
    }
    if (fingerprint.trimmed().isEmpty())
        return ProtocolAnswer::failure(ReferenceCode::LicenseNeedsFingerprint,
                                       QStringLiteral("deviceFingerprint: this product's "
                                                      "License is bound to a device"));
    if (!to.isValid())
        return ProtocolAnswer::failure(ReferenceCode::LicenseNeedsExpiry,
                                       QStringLiteral("expireTime: a period License needs one"));
    if (!instance->expireTime.isEmpty()) {
        const QDateTime until = parseTime(instance->expireTime);
        if (until.isValid() && (from >= until || to > until))
            return ProtocolAnswer::failure(
                ReferenceCode::LicenseOutsideValidity,
                QStringLiteral("the License must lie within the order's validity (until %1)")
                    .arg(until.toString(Qt::ISODate)));
    }
    if (m_perInstance.value(instanceId) >= quota)
        return ProtocolAnswer::failure(
            ReferenceCode::LicenseQuotaExhausted,
            QStringLiteral("the instance's order has no License quota left (%1 issued)")
                .arg(m_perInstance.value(instanceId)));
    License license;
    license.id = QStringLiteral("lic-") + QString::fromLatin1(SecureRandom::urlSafeToken(12));
    license.text =
        QStringLiteral("REFERENCE-LICENSE;instance=%1;from=%2;to=%3;device=%4;key=%5")
            .arg(instanceId, from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                 fingerprint.left(64), QString::fromLatin1(SecureRandom::urlSafeToken(24)));
    m_licenses.insert(key, license);
    ++m_perInstance[instanceId];
    ++m_issued;
    return ProtocolAnswer::success(
        {{QStringLiteral("licenseId"), license.id}, {QStringLiteral("license"), license.text}});
}
