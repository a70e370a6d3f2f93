#pragma once
// Mapping between the JSON of /api/v1/orders, /licenses and /images and the client's records.
// Server JSON is untrusted: a record is read whole or not at all, and every failure names the
// field and where the record was ("items[3].periodEnd: expected an ISO 8601 time, got …").
// The cache keeps what toJson() writes from the typed records, read back by the same
// functions, so a field the server adds — or a password it should have masked — is never kept.
#include "licenses/client/licenses_records.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace LicensesRecordJson {

QJsonObject toJson(const Order &order);
QJsonObject toJson(const IssuedLicense &license);
QJsonObject toJson(const ImageSubscriptionRecord &image);

// On failure nullopt, and *error names `where` and the field.
std::optional<Order> orderFromJson(const QJsonValue &value, const QString &where, QString *error);
std::optional<IssuedLicense> licenseFromJson(const QJsonValue &value, const QString &where,
                                             QString *error);
std::optional<ImageSubscriptionRecord> imageFromJson(const QJsonValue &value, const QString &where,
                                                     QString *error);

} // namespace LicensesRecordJson
