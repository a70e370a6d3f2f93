// The Seller Center's answers (access keys, production addresses, debugging runs, credentials)
// and a credential form as a seller writes it in a file.
#include "fuzz/fuzz_support.h"
#include "seller/client/seller_record_json.h"

using namespace SellerRecordJson;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonValue root = Fuzz::json(Fuzz::bytes(data, size));
    for (const QJsonValue &record : Fuzz::records(root)) {
        Fuzz::roundTrip(record, keyFromJson, [](const AccessKey &k) { return toJson(k); });
        Fuzz::roundTrip(record, addressFromJson,
                        [](const ProductionAddress &a) { return toJson(a); });
        Fuzz::roundTrip(record, runFromJson, [](const SellerDebugRun &r) { return toJson(r); });
        Fuzz::roundTrip(record, credentialFromJson, [](const Credential &c) { return toJson(c); });
    }
    for (const bool forEdit : {false, true}) {
        QString error;
        const auto form = formFromJson(root.toObject(), forEdit, &error);
        if (!form) {
            FUZZ_REQUIRE(!error.isEmpty(), "a refused form says why");
            continue;
        }
        const QJsonObject written = formToJson(*form, forEdit);
        QString again;
        const auto second = formFromJson(written, forEdit, &again);
        FUZZ_REQUIRE(second.has_value(), "a form's own JSON reads back");
        FUZZ_REQUIRE(formToJson(*second, forEdit) == written,
                     "reading a form back changes nothing");
    }
    return 0;
}
