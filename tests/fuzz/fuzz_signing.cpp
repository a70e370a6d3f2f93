// What arrives signed, and the signing code reads: a body's canonical JSON, V2 signatures,
// V1 authTokens over a query or a body, and V1 Body-Sign headers. The input is a header or
// signature line, a newline, then the body.
#include "fuzz/fuzz_support.h"
#include "seller/body_sign.h"
#include "seller/canonical_json.h"
#include "seller/json_tree.h"
#include "seller/v1_auth_token.h"
#include "seller/v2_signature.h"

namespace {

const QByteArray kKey = QByteArrayLiteral("fuzz-access-key-0123456789");

void v1(const SellerResult<V1AuthToken::Params> &params)
{
    if (!params) {
        FUZZ_REQUIRE(!params.error().isEmpty(), "refused parameters say why");
        return;
    }
    const auto token = V1AuthToken::sign(kKey, params.value());
    if (!token)
        return;
    FUZZ_REQUIRE(V1AuthToken::verify(kKey, params.value(), token.value()).ok(),
                 "an authToken verifies against what it signed");
    FUZZ_REQUIRE(!V1AuthToken::verify("another-key", params.value(), token.value()).ok(),
                 "an authToken does not verify with another key");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray line = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    JsonTree::parse(body);
    const auto canonical = CanonicalJson::fromBody(body);
    if (canonical) {
        const auto again = CanonicalJson::fromBody(canonical.value());
        FUZZ_REQUIRE(again.ok(), "canonical JSON is JSON");
        FUZZ_REQUIRE(again.value() == canonical.value(),
                     "canonical JSON is its own canonical form");
    }
    for (const auto scheme : {V2Signature::Scheme::Basic, V2Signature::Scheme::Kit}) {
        const auto signature = V2Signature::signBody(scheme, kKey, "nonce", "1764669600000", body);
        FUZZ_REQUIRE(signature.ok() == canonical.ok(), "a body signs when it is canonical");
        if (signature)
            FUZZ_REQUIRE(V2Signature::verifyBody(scheme, kKey, "nonce", "1764669600000", body,
                                                 signature.value())
                             .ok(),
                         "a signature verifies over its body");
        if (V2Signature::verifyBody(scheme, kKey, "nonce", "1764669600000", body, line))
            FUZZ_REQUIRE(line.toLower() == signature.value(), "only the signature verifies");
    }
    v1(V1AuthToken::fromQuery(body));
    v1(V1AuthToken::fromBody(body));

    const auto parsed = BodySign::parse(line);
    if (BodySign::verify(kKey, body, line)) {
        FUZZ_REQUIRE(parsed.ok(), "a header that verifies is readable");
        FUZZ_REQUIRE(parsed.value() == BodySign::signature(kKey, body),
                     "only the signature verifies");
    }
    FUZZ_REQUIRE(BodySign::verify(kKey, body, BodySign::headerValue(kKey, body)).ok(),
                 "a Body-Sign header verifies over its body");
    return 0;
}
