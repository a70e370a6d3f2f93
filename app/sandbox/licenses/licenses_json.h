#pragma once
// The licenses domain's records as the console API writes them (docs/api.md, "Orders,
// Licenses and images"): money as decimal strings in CNY, times as ISO 8601 UTC; an
// instance's appInfo as a buyer sees it (user name masked, password never); an image's
// billing judged on the sandbox's today (protocol reference §10: past expiry, an image still
// in use bills on demand).
#include "sandbox/licenses/licenses_records.h"

#include <QJsonObject>

namespace LicensesJson {

QString money(qint64 fen);             // "1234.50"
QString masked(const QString &secret); // "ad****in"; "****" when short
QJsonObject order(const OrderRecord &order, int issued);
QJsonObject license(const LicenseRecord &license);
QJsonObject image(const ImageRecord &image, qint64 nowMs);

} // namespace LicensesJson
