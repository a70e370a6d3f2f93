#include "sandbox/licenses/licenses_store.h"

#include "sandbox/domain/sandbox_clock.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace {

bool execWith(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u", ");
}

} // namespace

LicensesStore::LicensesStore(Database &db)
    : m_log(db, {QStringLiteral("orders"), QStringLiteral("licenses"), QStringLiteral("images")},
            QStringLiteral("licenses_tombstones"))
{
}

bool LicensesStore::isEmpty() const
{
    QSqlQuery q = database().query();
    return !(q.exec(QStringLiteral("SELECT 1 FROM orders LIMIT 1")) && q.next());
}

QDate LicensesStore::today() const
{
    QSqlQuery q = database().query();
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'sandbox_today'")) && q.next())
        if (const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate); d.isValid())
            return d;
    return SandboxClock::realToday();
}

QString LicensesStore::orderColumns()
{
    return QStringLiteral("order_id, order_type, product_type, product_name, seller, sku, "
                          "period_type, period_number, amount_fen, status, created_ms, "
                          "instance_id, instance_status, start_ms, end_ms, app_id, license_type, "
                          "license_quota, app_info, version");
}

OrderRecord LicensesStore::orderFromRow(const QSqlQuery &q, int f)
{
    OrderRecord o;
    o.orderId = q.value(f).toString();
    o.orderType = q.value(f + 1).toString();
    o.productType = q.value(f + 2).toString();
    o.productName = q.value(f + 3).toString();
    o.seller = q.value(f + 4).toString();
    o.sku = q.value(f + 5).toString();
    o.periodType = q.value(f + 6).toString();
    o.periodNumber = q.value(f + 7).toInt();
    o.amountFen = q.value(f + 8).toLongLong();
    o.status = q.value(f + 9).toString();
    o.createdMs = q.value(f + 10).toLongLong();
    o.instanceId = q.value(f + 11).toString();
    o.instanceStatus = q.value(f + 12).toString();
    o.startMs = q.value(f + 13).toLongLong();
    o.endMs = q.value(f + 14).toLongLong();
    o.appId = q.value(f + 15).toString();
    o.licenseType = q.value(f + 16).toString();
    o.licenseQuota = q.value(f + 17).toInt();
    o.appInfo = q.value(f + 18).toString();
    o.version = q.value(f + 19).toLongLong();
    return o;
}

QString LicensesStore::licenseColumns()
{
    return QStringLiteral("license_id, order_id, instance_id, event_id, fingerprint, type, "
                          "characters, file_name, file_sha256, effective_ms, expire_ms, "
                          "created_ms, version, length(file)");
}

LicenseRecord LicensesStore::licenseFromRow(const QSqlQuery &q, int f)
{
    LicenseRecord l;
    l.licenseId = q.value(f).toString();
    l.orderId = q.value(f + 1).toString();
    l.instanceId = q.value(f + 2).toString();
    l.eventId = q.value(f + 3).toString();
    l.fingerprint = q.value(f + 4).toString();
    l.type = q.value(f + 5).toString();
    l.characters = q.value(f + 6).toString();
    l.fileName = q.value(f + 7).toString();
    l.fileSha256 = q.value(f + 8).toString();
    l.effectiveMs = q.value(f + 9).toLongLong();
    l.expireMs = q.value(f + 10).toLongLong();
    l.createdMs = q.value(f + 11).toLongLong();
    l.version = q.value(f + 12).toLongLong();
    // Only the size: the bytes are read by the file's own route.
    l.file.resize(q.value(f + 13).toInt());
    return l;
}

QString LicensesStore::imageColumns()
{
    return QStringLiteral("subscription_id, order_id, image_name, seller, ecs_id, ecs_name, "
                          "region, period_type, start_ms, end_ms, auto_renew, in_use, "
                          "monthly_fen, yearly_fen, hourly_fen, version");
}

ImageRecord LicensesStore::imageFromRow(const QSqlQuery &q, int f)
{
    return {
        q.value(f).toString(),        q.value(f + 1).toString(),    q.value(f + 2).toString(),
        q.value(f + 3).toString(),    q.value(f + 4).toString(),    q.value(f + 5).toString(),
        q.value(f + 6).toString(),    q.value(f + 7).toString(),    q.value(f + 8).toLongLong(),
        q.value(f + 9).toLongLong(),  q.value(f + 10).toBool(),     q.value(f + 11).toBool(),
        q.value(f + 12).toLongLong(), q.value(f + 13).toLongLong(), q.value(f + 14).toLongLong(),
        q.value(f + 15).toLongLong()};
}

std::optional<OrderRecord> LicensesStore::findOrder(const QString &orderId) const
{
    QSqlQuery q = database().query();
    if (execWith(q, QStringLiteral("SELECT %1 FROM orders WHERE order_id = ?").arg(orderColumns()),
                 {orderId}) &&
        q.next())
        return orderFromRow(q, 0);
    return std::nullopt;
}

std::optional<OrderRecord> LicensesStore::findOrderByInstance(const QString &instanceId) const
{
    QSqlQuery q = database().query();
    if (execWith(q,
                 QStringLiteral("SELECT %1 FROM orders WHERE instance_id = ? ORDER BY created_ms "
                                "DESC LIMIT 1")
                     .arg(orderColumns()),
                 {instanceId}) &&
        q.next())
        return orderFromRow(q, 0);
    return std::nullopt;
}

bool LicensesStore::writeOrder(const OrderRecord &o)
{
    QSqlQuery q = database().query();
    return execWith(q,
                    QStringLiteral("INSERT OR REPLACE INTO orders(%1, seq) VALUES (%2)")
                        .arg(orderColumns(), placeholders(21)),
                    {o.orderId,
                     o.orderType,
                     o.productType,
                     o.productName,
                     o.seller,
                     o.sku,
                     o.periodType,
                     o.periodNumber,
                     o.amountFen,
                     o.status,
                     o.createdMs,
                     o.instanceId,
                     o.instanceStatus,
                     o.startMs,
                     o.endMs,
                     notNull(o.appId),
                     notNull(o.licenseType),
                     o.licenseQuota,
                     notNull(o.appInfo),
                     o.version,
                     m_log.next()});
}

std::optional<LicenseRecord> LicensesStore::findLicense(const QString &licenseId) const
{
    QSqlQuery q = database().query();
    if (execWith(q,
                 QStringLiteral("SELECT %1, file FROM licenses WHERE license_id = ?")
                     .arg(licenseColumns()),
                 {licenseId}) &&
        q.next()) {
        LicenseRecord l = licenseFromRow(q, 0);
        l.file = q.value(14).toByteArray();
        return l;
    }
    return std::nullopt;
}

std::optional<LicenseRecord> LicensesStore::findIssued(const QString &orderId,
                                                       const QString &eventId,
                                                       const QString &fingerprint) const
{
    QSqlQuery q = database().query();
    if (execWith(q,
                 QStringLiteral("SELECT license_id FROM licenses WHERE order_id = ? AND event_id = "
                                "? AND fingerprint = ?"),
                 {orderId, eventId, fingerprint}) &&
        q.next())
        return findLicense(q.value(0).toString());
    return std::nullopt;
}

int LicensesStore::issuedCount(const QString &orderId) const
{
    QSqlQuery q = database().query();
    if (execWith(q, QStringLiteral("SELECT COUNT(*) FROM licenses WHERE order_id = ?"),
                 {orderId}) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

bool LicensesStore::writeLicense(const LicenseRecord &l)
{
    QSqlQuery q = database().query();
    return execWith(q,
                    QStringLiteral("INSERT OR REPLACE INTO licenses(license_id, order_id, "
                                   "instance_id, event_id, fingerprint, type, characters, "
                                   "file_name, file_sha256, file, effective_ms, expire_ms, "
                                   "created_ms, version, seq) VALUES (%1)")
                        .arg(placeholders(15)),
                    {l.licenseId, l.orderId, l.instanceId, l.eventId, l.fingerprint, l.type,
                     notNull(l.characters), notNull(l.fileName), notNull(l.fileSha256),
                     l.file.isNull() ? QByteArray("") : l.file, l.effectiveMs, l.expireMs,
                     l.createdMs, l.version, m_log.next()});
}

std::optional<ImageRecord> LicensesStore::findImage(const QString &subscriptionId) const
{
    QSqlQuery q = database().query();
    if (execWith(
            q,
            QStringLiteral("SELECT %1 FROM images WHERE subscription_id = ?").arg(imageColumns()),
            {subscriptionId}) &&
        q.next())
        return imageFromRow(q, 0);
    return std::nullopt;
}

bool LicensesStore::writeImage(const ImageRecord &i)
{
    QSqlQuery q = database().query();
    return execWith(q,
                    QStringLiteral("INSERT OR REPLACE INTO images(%1, seq) VALUES (%2)")
                        .arg(imageColumns(), placeholders(17)),
                    {i.subscriptionId, i.orderId, i.imageName, i.seller, i.ecsId, i.ecsName,
                     i.region, i.periodType, i.startMs, i.endMs, int(i.autoRenew), int(i.inUse),
                     i.monthlyFen, i.yearlyFen, i.hourlyFen, i.version, m_log.next()});
}
