#include "seller/debugger/debug_judge.h"

#include "seller/body_sign.h"

const QStringList &DebugJudge::tableCodes()
{
    static const QStringList codes = {
        QStringLiteral("000000"), QStringLiteral("000001"), QStringLiteral("000002"),
        QStringLiteral("000003"), QStringLiteral("000004"), QStringLiteral("000005"),
        QStringLiteral("000100"), QStringLiteral("000101"), QStringLiteral("000102"),
        QStringLiteral("000103"), QStringLiteral("000104"), QStringLiteral("000105"),
        QStringLiteral("000106"), QStringLiteral("000107"), QStringLiteral("000900"),
        QStringLiteral("000901"), QStringLiteral("000902"), QStringLiteral("000903")};
    return codes;
}

QString DebugJudge::plainJson(const DebugAnswer &a)
{
    if (!a.answered())
        return a.error;
    if (a.status != 200)
        return tr("HTTP %1 instead of 200").arg(a.status);
    if (!a.isJsonObject)
        return tr("the answer is not a JSON object");
    return {};
}

QString DebugJudge::common(const DebugAnswer &a)
{
    if (a.timedOut || a.elapsedMs > DebugCaller::kTimeoutMs)
        return tr("no answer within %1 s: the marketplace gives up after 5 s (§2.4)")
            .arg(DebugCaller::kTimeoutMs / 1000);
    if (!a.answered())
        return tr("no answer: %1").arg(a.error);
    if (a.status != 200)
        return tr("HTTP %1: every interface answers HTTP 200 with a resultCode (§2.2)")
            .arg(a.status);
    if (!a.isJsonObject)
        return tr("the answer is not a JSON object with resultCode and resultMsg (§2.2)");
    const QJsonValue code = a.json.value(u"resultCode");
    if (!code.isString())
        return tr("resultCode is missing or not a string (§2.2)");
    if (!tableCodes().contains(code.toString()))
        return tr("resultCode %1 is not in the table of result codes (§2.3)")
            .arg(code.toString().left(16));
    if (!a.bodySignKey.isEmpty()) {
        const QByteArray header = a.headers.value("body-sign");
        if (header.isEmpty())
            return tr("the Body-Sign header is missing: every V1 answer carries one (§3.2)");
        if (const auto ok = BodySign::verify(a.bodySignKey, a.body, header); !ok)
            return tr("Body-Sign is wrong (§3.2: HMAC-SHA256 keyed with the accessKey alone "
                      "over the exact body, quoted as sign_type=\"HMAC-SHA256\", signature= "
                      "\"…\"): %1")
                .arg(ok.error());
    }
    return {};
}

QString DebugJudge::expectCode(const DebugAnswer &a, const QStringList &expected,
                               const QString &why)
{
    const QString code = a.code();
    if (expected.contains(code))
        return {};
    const QString message = a.json.value(u"resultMsg").toString().left(200);
    return tr("expected %1 (%2), got %3%4")
        .arg(expected.join(tr(" or ")), why, code,
             message.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(message));
}

QString DebugJudge::requireString(const QJsonObject &object, const QString &name, int maxLength,
                                  const QString &where)
{
    const QJsonValue v = object.value(name);
    if (!v.isString() || v.toString().isEmpty())
        return tr("%1: %2 is missing or not a non-empty string").arg(where, name);
    if (v.toString().size() > maxLength)
        return tr("%1: %2 is longer than %3 characters").arg(where, name).arg(maxLength);
    return {};
}
