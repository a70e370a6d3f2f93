#include "sandbox/licenses/license_issuer.h"

#include "licenses/license_fingerprint.h"
#include "licenses/licenses_codes.h"
#include "sandbox/apps/apps_codes.h"
#include "sandbox/apps/apps_json.h"
#include "sandbox/licenses/licenses_json.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

using Kind = DomainResult::Kind;

LicenseIssuer::LicenseIssuer(LicensesStore &store, SandboxStats &stats, qint64 nowMs)
    : m_store(store)
    , m_stats(stats)
    , m_now(nowMs)
{
}

LicenseRecord LicenseIssuer::make(const OrderRecord &o, const QString &eventId,
                                  const QString &fingerprint) const
{
    LicenseRecord l;
    const QByteArray request = (o.orderId + u'|' + eventId + u'|' + fingerprint).toUtf8();
    l.licenseId =
        QStringLiteral("lic-") +
        QString::fromLatin1(
            QCryptographicHash::hash(request, QCryptographicHash::Sha256).toHex().left(12));
    l.orderId = o.orderId;
    l.instanceId = o.instanceId;
    l.eventId = eventId;
    l.fingerprint = fingerprint;
    l.type = o.licenseType;
    l.effectiveMs = m_now;
    l.expireMs = o.endMs; // a period License expires with its order (000902 never applies)
    l.createdMs = m_now;
    const QByteArray signature = QMessageAuthenticationCode::hash(
        request + '|' + QByteArray::number(l.expireMs), m_store.log().epoch().toUtf8(),
        QCryptographicHash::Sha256);
    const QString body = QStringLiteral("MDLIC1.%1.%2.%3")
                             .arg(o.instanceId, AppsJson::time(l.expireMs),
                                  QString::fromLatin1(signature.toBase64()));
    if (l.type == u"CHARACTERS") {
        l.characters = body.left(1024);
    } else {
        l.fileName = l.licenseId + QStringLiteral(".lic");
        l.file = QStringLiteral("# marketdesk sandbox License\nproduct=%1\ninstance=%2\ndevice=%3\n"
                                "effective=%4\nexpire=%5\nsignature=%6\n")
                     .arg(o.productName, o.instanceId, fingerprint, AppsJson::time(l.effectiveMs),
                          AppsJson::time(l.expireMs), QString::fromLatin1(signature.toBase64()))
                     .toUtf8();
        l.fileSha256 = QString::fromLatin1(
            QCryptographicHash::hash(l.file, QCryptographicHash::Sha256).toHex());
    }
    return l;
}

DomainResult LicenseIssuer::apply(const QJsonObject &body)
{
    static const QStringList fields = {QStringLiteral("instanceId"), QStringLiteral("eventId"),
                                       QStringLiteral("deviceFingerprint")};
    for (const QString &key : body.keys())
        if (!fields.contains(key))
            return AppsResult::invalid(
                key, QStringLiteral("not a field of this request (%1)").arg(fields.join(u", ")));
    const QString instanceId = body.value(u"instanceId").toString();
    if (!body.value(u"instanceId").isString() || instanceId.isEmpty())
        return AppsResult::invalid(QStringLiteral("instanceId"),
                                   QStringLiteral("expected the instance of a License product"));
    static const QRegularExpression eventPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    const QString eventId = body.value(u"eventId").toString();
    if (!body.value(u"eventId").isString() || !eventPattern.match(eventId).hasMatch())
        return AppsResult::invalid(QStringLiteral("eventId"),
                                   QStringLiteral("expected 1 to 64 of A-Z a-z 0-9 . _ : -"));
    const QJsonValue fp = body.value(u"deviceFingerprint");
    if (!fp.isUndefined() && !fp.isString())
        return AppsResult::invalid(QStringLiteral("deviceFingerprint"),
                                   QStringLiteral("expected a string"));
    const QString fingerprint = fp.toString();
    const auto order = m_store.findOrderByInstance(instanceId);
    if (!order)
        return AppsResult::fieldProblem(
            Kind::Refused, ResultCode::OrderNotFound, QStringLiteral("instanceId"),
            QStringLiteral("instance \"%1\" does not exist").arg(instanceId.left(64)));
    if (order->productType != u"license")
        return AppsResult::fieldProblem(
            Kind::Refused, ResultCode::NotLicenseProduct, QStringLiteral("instanceId"),
            QStringLiteral("\"%1\" is an instance of %2 (a %3 product); Licenses are applied for "
                           "License products only")
                .arg(instanceId, order->productName, order->productType));
    if (fingerprint.isEmpty())
        return AppsResult::fieldProblem(
            Kind::Refused, ResultCode::FingerprintRequired, QStringLiteral("deviceFingerprint"),
            QStringLiteral("this License product binds to a device: send its fingerprint "
                           "(MAC|disk|board|cpu)"));
    if (const QString why = LicenseFingerprint::problem(fingerprint); !why.isEmpty())
        return AppsResult::invalid(QStringLiteral("deviceFingerprint"), why);
    ++m_stats.executedTargets;
    // The same request again: the License it got, whatever happened since.
    if (const auto issued = m_store.findIssued(order->orderId, eventId, fingerprint))
        return DomainResult::done({{QStringLiteral("license"), LicensesJson::license(*issued)},
                                   {QStringLiteral("created"), false}},
                                  QStringLiteral("the License issued for this eventId and "
                                                 "fingerprint"));
    if (m_now < order->startMs || m_now >= order->endMs || order->instanceStatus != u"normal")
        return DomainResult::fail(
            Kind::Refused, ResultCode::OutsideValidity,
            QStringLiteral("order %1 is valid from %2 to %3 (instance %4); apply for a License "
                           "within its validity")
                .arg(order->orderId, AppsJson::time(order->startMs), AppsJson::time(order->endMs),
                     order->instanceStatus));
    const int issued = m_store.issuedCount(order->orderId);
    if (issued >= order->licenseQuota)
        return DomainResult::fail(
            Kind::Refused, ResultCode::LicenseQuotaUsed,
            QStringLiteral("order %1 allows %2 Licenses and all of them are issued")
                .arg(order->orderId)
                .arg(order->licenseQuota),
            {{QStringLiteral("quota"), order->licenseQuota}, {QStringLiteral("issued"), issued}});
    const LicenseRecord l = make(*order, eventId, fingerprint);
    OrderRecord changed = *order;
    ++changed.version; // its `issued` count is part of the record
    if (!m_store.writeLicense(l) || !m_store.writeOrder(changed))
        return AppsResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done(
        {{QStringLiteral("license"), LicensesJson::license(l)}, {QStringLiteral("created"), true}},
        QStringLiteral("License issued"));
}
