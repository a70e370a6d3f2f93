// The organisation's answers: member and department records, listing pages, batch results.
#include "fuzz/fuzz_support.h"
#include "net/json_fields.h"
#include "org/org_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue root = Fuzz::json(Fuzz::bytes(data, size));
    for (const QJsonValue &record : Fuzz::records(root)) {
        Fuzz::roundTrip(record, OrgJson::memberFromJson,
                        [](const Member &m) { return OrgJson::toJson(m); });
        Fuzz::roundTrip(record, OrgJson::departmentFromJson,
                        [](const Department &d) { return OrgJson::toJson(d); });
    }
    const QJsonObject object = root.toObject();
    QString error;
    if (!OrgJson::memberPageFromJson(object, &error))
        FUZZ_REQUIRE(!error.isEmpty(), "a refused page says why");
    error.clear();
    if (!OrgJson::departmentPageFromJson(object, &error))
        FUZZ_REQUIRE(!error.isEmpty(), "a refused page says why");
    error.clear();
    if (!OrgJson::batchResultsFromJson(object, &error))
        FUZZ_REQUIRE(!error.isEmpty(), "refused results say why");
    error.clear();
    if (!JsonFields::listingPage(object, &error))
        FUZZ_REQUIRE(!error.isEmpty(), "a refused page says why");
    return 0;
}
