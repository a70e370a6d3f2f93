// The apps API's answers: purchased apps, grants, seats, groups, seat history, target results.
#include "apps/client/apps_client_json.h"
#include "fuzz/fuzz_support.h"

using namespace AppsClientJson;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue root = Fuzz::json(Fuzz::bytes(data, size));
    for (const QJsonValue &record : Fuzz::records(root)) {
        Fuzz::roundTrip(record, appFromJson, [](const PurchasedApp &a) { return toJson(a); });
        Fuzz::roundTrip(record, groupFromJson, [](const AppGroup &g) { return toJson(g); });
        QString error;
        if (!grantFromJson(record, QStringLiteral("items[1]"), &error))
            FUZZ_REQUIRE(!error.isEmpty(), "a refused grant says why");
        error.clear();
        if (!seatFromJson(record, QStringLiteral("items[1]"), &error))
            FUZZ_REQUIRE(!error.isEmpty(), "a refused seat says why");
    }
    QString error;
    if (!historyFromJson(root.toObject(), &error))
        FUZZ_REQUIRE(!error.isEmpty(), "a refused history says why");
    error.clear();
    if (!targetResultsFromJson(root.toObject(), &error))
        FUZZ_REQUIRE(!error.isEmpty(), "refused results say why");
    return 0;
}
