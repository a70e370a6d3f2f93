// A seller's server answering the integration debugger: the rules every answer is held to,
// and the masking that keeps secrets out of the report. The input is a Body-Sign header line,
// a newline, then the body.
#include "fuzz/fuzz_support.h"
#include "seller/body_sign.h"
#include "seller/debugger/debug_judge.h"
#include "seller/debugger/secret_mask.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const QByteArray key = QByteArrayLiteral("fuzz-access-key-0123456789");

    DebugAnswer answer;
    answer.status = 200;
    answer.elapsedMs = 10;
    answer.body = body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    answer.isJsonObject = error.error == QJsonParseError::NoError && document.isObject();
    answer.json = document.object();
    answer.headers.insert("body-sign", header);
    answer.bodySignKey = key;
    const QString verdict = DebugJudge::common(answer);
    if (verdict.isEmpty())
        FUZZ_REQUIRE(BodySign::verify(key, body, header).ok(),
                     "an answer passes only with a Body-Sign that verifies");
    DebugJudge::plainJson(answer);
    DebugJudge::expectCode(answer, {QStringLiteral("000000")}, QStringLiteral("fuzz"));

    SecretMask mask;
    mask.addSecret(key);
    FUZZ_REQUIRE(!mask.body(body).contains(QLatin1String(key)), "a report never shows the key");
    FUZZ_REQUIRE(!mask.header("body-sign", header).contains(QLatin1String(key)),
                 "a report never shows the key");
    FUZZ_REQUIRE(!mask.scrub(QString::fromUtf8(input)).contains(QLatin1String(key)),
                 "a report never shows the key");
    return 0;
}
