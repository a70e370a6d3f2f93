// The answers of /api/v1/orders, /licenses and /images.
#include "fuzz/fuzz_support.h"
#include "licenses/client/licenses_record_json.h"

using namespace LicensesRecordJson;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue root = Fuzz::json(Fuzz::bytes(data, size));
    for (const QJsonValue &record : Fuzz::records(root)) {
        Fuzz::roundTrip(record, orderFromJson, [](const Order &o) { return toJson(o); });
        Fuzz::roundTrip(record, licenseFromJson, [](const IssuedLicense &l) { return toJson(l); });
        Fuzz::roundTrip(record, imageFromJson,
                        [](const ImageSubscriptionRecord &i) { return toJson(i); });
    }
    return 0;
}
