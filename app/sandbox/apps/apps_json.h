#pragma once
// The apps domain's records as the console API writes them (docs/api.md, "Apps and
// authorisations"): times as ISO 8601 UTC with milliseconds, "never" as null.
#include "sandbox/apps/apps_records.h"

#include <QJsonObject>

namespace AppsJson {

QString time(qint64 ms); // "2026-11-30T08:00:00.000Z"; "" for 0
QJsonObject app(const AppRecord &app);
QJsonObject grant(const GrantRecord &grant, const QString &name);
QJsonObject seat(const SeatRecord &seat);

} // namespace AppsJson
