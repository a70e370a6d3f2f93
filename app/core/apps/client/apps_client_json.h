#pragma once
// Mapping between the apps API's JSON and the client's records. Server JSON is untrusted: a
// record is read whole or not at all, and a failure names the field and where the record was
// ("items[2].seatsBought: expected a whole number of at least 0").
#include "apps/client/apps_records.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace AppsClientJson {

QJsonObject toJson(const PurchasedApp &app);
QJsonObject toJson(const AppGroup &group);

std::optional<PurchasedApp> appFromJson(const QJsonValue &value, const QString &where,
                                        QString *error);
std::optional<AppGrant> grantFromJson(const QJsonValue &value, const QString &where,
                                      QString *error);
std::optional<AppSeat> seatFromJson(const QJsonValue &value, const QString &where, QString *error);
// A group of the listing (no members) or of GET /groups/{id} (`userNames` too).
std::optional<AppGroup> groupFromJson(const QJsonValue &value, const QString &where,
                                      QString *error);
std::optional<QList<SeatDay>> historyFromJson(const QJsonObject &json, QString *error);

// One target's answer of a grant, revoke or reclaim: its key ("member:fang.wang00042").
struct TargetResult
{
    QString key;
    QString resultCode;
    QString resultMsg;
    bool ok() const { return resultCode == QLatin1String("000000"); }
};
std::optional<QList<TargetResult>> targetResultsFromJson(const QJsonObject &json, QString *error);

} // namespace AppsClientJson
