#pragma once
// The licenses domain's rows in an enterprise tenant's database: orders and their instances,
// the Licenses issued, image subscriptions, under one ChangeLog (nothing here is deleted: a
// released instance is a status). Rows only: the rules are LicenseIssuer's, the JSON
// LicensesJson's.
#include "sandbox/domain/change_log.h"
#include "sandbox/licenses/licenses_records.h"

#include <QDate>

#include <optional>

class QSqlQuery;

class LicensesStore
{
public:
    explicit LicensesStore(Database &db);

    bool isEmpty() const;
    ChangeLog &log() { return m_log; }
    const ChangeLog &log() const { return m_log; }
    Database &database() const { return m_log.database(); }
    // The sandbox's today (the apps seed keeps it), or the real one.
    QDate today() const;

    std::optional<OrderRecord> findOrder(const QString &orderId) const;
    std::optional<OrderRecord> findOrderByInstance(const QString &instanceId) const;
    bool writeOrder(const OrderRecord &order);

    std::optional<LicenseRecord> findLicense(const QString &licenseId) const;
    std::optional<LicenseRecord> findIssued(const QString &orderId, const QString &eventId,
                                            const QString &fingerprint) const;
    int issuedCount(const QString &orderId) const;
    bool writeLicense(const LicenseRecord &license);

    std::optional<ImageRecord> findImage(const QString &subscriptionId) const;
    bool writeImage(const ImageRecord &image);

    static QString orderColumns();
    static OrderRecord orderFromRow(const QSqlQuery &q, int first);
    static QString licenseColumns(); // without the file's bytes
    static LicenseRecord licenseFromRow(const QSqlQuery &q, int first);
    static QString imageColumns();
    static ImageRecord imageFromRow(const QSqlQuery &q, int first);

private:
    ChangeLog m_log;
};
