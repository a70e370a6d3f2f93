#include "sandbox/seller/credential_form.h"

#include "sandbox/seller/seller_codes.h"
#include "seller/credential_rules.h"
#include "seller/seller_urls.h"

#include <QJsonArray>

namespace SellerCredentialForm {

namespace {

// The string at `field` ("" when absent), or false with a refusal when it is not a string.
bool readString(const QJsonObject &body, const QString &field, QString *out, DomainResult *refusal)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *refusal = SellerResult::invalid(field, QStringLiteral("expected a string"));
        return false;
    }
    *out = v.toString();
    return true;
}

bool readPlatforms(const QJsonObject &body, QStringList *out, DomainResult *refusal)
{
    const QJsonValue v = body.value(u"platforms");
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *refusal = SellerResult::invalid(QStringLiteral("platforms"),
                                         QStringLiteral("expected an array of platform names"));
        return false;
    }
    // Which names are allowed, and each once, is CredentialRules' to say.
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *refusal = SellerResult::invalid(QStringLiteral("platforms[%1]").arg(i),
                                             QStringLiteral("expected a string"));
            return false;
        }
        out->append(array.at(i).toString());
    }
    return true;
}

} // namespace

std::optional<SellerCredential> read(const QJsonObject &body, bool edit, DomainResult *refusal)
{
    SellerCredential c;
    if (!readString(body, QStringLiteral("appName"), &c.appName, refusal) ||
        !readString(body, QStringLiteral("authMethod"), &c.authMethod, refusal) ||
        !readString(body, QStringLiteral("callbackUrl"), &c.callbackUrl, refusal) ||
        !readString(body, QStringLiteral("addressId"), &c.addressId, refusal) ||
        !readString(body, QStringLiteral("loginType"), &c.loginType, refusal) ||
        !readString(body, QStringLiteral("loginUrl"), &c.loginUrl, refusal) ||
        !readString(body, QStringLiteral("publicKey"), &c.publicKey, refusal) ||
        !readPlatforms(body, &c.platforms, refusal))
        return std::nullopt;
    auto refuse = [refusal](const char *field, const QString &message) {
        *refusal = SellerResult::invalid(QLatin1String(field), message);
        return std::nullopt;
    };
    const QJsonValue multi = body.value(u"multiInstance");
    if (!multi.isUndefined() && !multi.isNull() && !multi.isBool())
        return refuse("multiInstance", QStringLiteral("expected true or false"));
    c.multiInstance = multi.toBool(false);
    // The form's rules are the console's own (app/core/seller/credential_rules.h): the first
    // problem is the answer.
    CredentialDraft draft{c.appName,   c.authMethod, c.callbackUrl, c.addressId, c.multiInstance,
                          c.loginType, c.loginUrl,   c.publicKey,   c.platforms};
    if (const QList<FieldProblem> problems = CredentialRules::check(draft); !problems.isEmpty()) {
        *refusal = SellerResult::invalid(problems.first().field, problems.first().message);
        return std::nullopt;
    }
    c.appName = c.appName.trimmed();
    // Kept as pasted less surrounding space; whitespace inside the base64 goes too.
    c.publicKey = c.publicKey.simplified().remove(u' ');
    if (edit) {
        const QJsonValue version = body.value(u"version");
        if (!version.isDouble() || version.toInteger(0) < 1)
            return refuse("version", QStringLiteral("required: the version the credential was "
                                                    "read at"));
        c.version = version.toInteger();
    }
    return c;
}

} // namespace SellerCredentialForm
