#include "seller/client/seller_record_json.h"

#include "net/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace SellerRecordJson {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

const QStringList kDebugStates = {QStringLiteral("unbound"), QStringLiteral("untested"),
                                  QStringLiteral("passed"), QStringLiteral("failed")};

// Reads the form's fields from `f` (an apply, an edit, or a record the server sent).
CredentialForm readForm(JsonFields &f, bool withVersion, bool fromServer)
{
    CredentialForm c;
    c.appName = f.string("appName");
    c.authMethod = f.oneOf("authMethod", {QStringLiteral("OAuth2.0"), QStringLiteral("SDK")});
    c.callbackUrl = f.string("callbackUrl", false);
    c.addressId = f.string("addressId");
    c.multiInstance = f.boolean("multiInstance", fromServer ? std::nullopt : std::optional(false));
    c.loginType = f.oneOf("loginType", {QStringLiteral("shared"), QStringLiteral("per-tenant")});
    c.loginUrl = f.string("loginUrl");
    c.publicKey = f.string("publicKey");
    c.platforms = f.strings("platforms", fromServer);
    if (withVersion)
        c.version = f.integer("version", 1);
    return c;
}

} // namespace

QJsonObject toJson(const AccessKey &k)
{
    return {{QStringLiteral("keyId"), k.keyId},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("secretMasked"), k.secretMasked},
            {QStringLiteral("createdAt"), iso(k.createdAt)},
            {QStringLiteral("version"), double(k.version)}};
}

QJsonObject toJson(const ProductionAddress &a)
{
    return {{QStringLiteral("addressId"), a.addressId},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("basicKeyId"), a.basicKeyId},
            {QStringLiteral("basicDebug"), a.basicDebug},
            {QStringLiteral("kitKeyId"), a.kitKeyId},
            {QStringLiteral("kitDebug"), a.kitDebug},
            {QStringLiteral("ready"), a.ready},
            {QStringLiteral("notReady"), a.notReady},
            {QStringLiteral("createdAt"), iso(a.createdAt)},
            {QStringLiteral("version"), double(a.version)}};
}

QJsonObject toJson(const SellerDebugRun &r)
{
    return {{QStringLiteral("runId"), r.runId},
            {QStringLiteral("addressId"), r.addressId},
            {QStringLiteral("url"), r.url},
            {QStringLiteral("suite"), r.suite},
            {QStringLiteral("keyId"), r.keyId},
            {QStringLiteral("verdict"), r.verdict},
            {QStringLiteral("checksPassed"), r.checksPassed},
            {QStringLiteral("checksFailed"), r.checksFailed},
            {QStringLiteral("runner"), r.runner},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("at"), iso(r.at)}};
}

QJsonObject formToJson(const CredentialForm &c, bool withVersion)
{
    QJsonObject o{{QStringLiteral("appName"), c.appName},
                  {QStringLiteral("authMethod"), c.authMethod},
                  {QStringLiteral("callbackUrl"), c.callbackUrl},
                  {QStringLiteral("addressId"), c.addressId},
                  {QStringLiteral("multiInstance"), c.multiInstance},
                  {QStringLiteral("loginType"), c.loginType},
                  {QStringLiteral("loginUrl"), c.loginUrl},
                  {QStringLiteral("publicKey"), c.publicKey},
                  {QStringLiteral("platforms"), QJsonArray::fromStringList(c.platforms)}};
    if (withVersion)
        o.insert(QStringLiteral("version"), double(c.version));
    return o;
}

QJsonObject toJson(const Credential &c)
{
    QJsonObject o = formToJson(c.form, true);
    o.insert(QStringLiteral("appId"), c.appId);
    o.insert(QStringLiteral("listed"), c.listed);
    o.insert(QStringLiteral("createdAt"), iso(c.createdAt));
    if (c.testAccount)
        o.insert(QStringLiteral("testAccount"),
                 QJsonObject{{QStringLiteral("domain"), c.testAccount->domain},
                             {QStringLiteral("tenantId"), c.testAccount->tenantId},
                             {QStringLiteral("account"), c.testAccount->account},
                             {QStringLiteral("createdAt"), iso(c.testAccount->createdAt)}});
    else
        o.insert(QStringLiteral("testAccount"), QJsonValue::Null);
    return o;
}

std::optional<AccessKey> keyFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    JsonFields f(value, where, error);
    AccessKey k;
    k.keyId = f.string("keyId");
    k.name = f.string("name");
    k.secretMasked = f.string("secretMasked");
    k.createdAt = f.time("createdAt");
    k.version = f.integer("version", 1);
    if (f.ok() && k.keyId.isEmpty())
        f.fail(QStringLiteral("keyId"),
               QCoreApplication::translate("SellerRecordJson", "must not be empty"));
    return f.ok() ? std::optional(k) : std::nullopt;
}

std::optional<ProductionAddress> addressFromJson(const QJsonValue &value, const QString &where,
                                                 QString *error)
{
    JsonFields f(value, where, error);
    ProductionAddress a;
    a.addressId = f.string("addressId");
    a.url = f.string("url");
    a.basicKeyId = f.string("basicKeyId", false);
    a.basicDebug = f.oneOf("basicDebug", kDebugStates);
    a.kitKeyId = f.string("kitKeyId", false);
    a.kitDebug = f.oneOf("kitDebug", kDebugStates);
    a.ready = f.boolean("ready");
    a.notReady = f.string("notReady", false);
    a.createdAt = f.time("createdAt");
    a.version = f.integer("version", 1);
    if (f.ok() && a.addressId.isEmpty())
        f.fail(QStringLiteral("addressId"),
               QCoreApplication::translate("SellerRecordJson", "must not be empty"));
    return f.ok() ? std::optional(a) : std::nullopt;
}

std::optional<SellerDebugRun> runFromJson(const QJsonValue &value, const QString &where,
                                          QString *error)
{
    JsonFields f(value, where, error);
    SellerDebugRun r;
    r.runId = f.string("runId");
    r.addressId = f.string("addressId");
    r.url = f.string("url", false);
    r.suite = f.oneOf("suite", {QStringLiteral("basic"), QStringLiteral("kit")});
    r.keyId = f.string("keyId", false);
    r.verdict = f.oneOf("verdict", {QStringLiteral("passed"), QStringLiteral("failed")});
    r.checksPassed = int(f.integer("checksPassed", 0));
    r.checksFailed = int(f.integer("checksFailed", 0));
    r.runner = f.string("runner", false);
    r.note = f.string("note", false);
    r.at = f.time("at");
    return f.ok() ? std::optional(r) : std::nullopt;
}

std::optional<Credential> credentialFromJson(const QJsonValue &value, const QString &where,
                                             QString *error)
{
    JsonFields f(value, where, error);
    Credential c;
    c.appId = f.string("appId");
    c.form = readForm(f, true, true);
    c.listed = f.boolean("listed");
    c.createdAt = f.time("createdAt");
    const QJsonValue account = f.object().value(u"testAccount");
    if (f.ok() && !account.isNull() && !account.isUndefined()) {
        JsonFields t(account,
                     where.isEmpty() ? QStringLiteral("testAccount")
                                     : where + QStringLiteral(".testAccount"),
                     error);
        TestAccount a;
        a.domain = t.string("domain");
        a.tenantId = t.string("tenantId");
        a.account = t.string("account");
        a.createdAt = t.time("createdAt");
        if (!t.ok())
            return std::nullopt;
        c.testAccount = a;
    }
    return f.ok() ? std::optional(c) : std::nullopt;
}

std::optional<CredentialForm> formFromJson(const QJsonObject &json, bool forEdit, QString *error)
{
    static const QStringList known = {QStringLiteral("appName"),       QStringLiteral("authMethod"),
                                      QStringLiteral("callbackUrl"),   QStringLiteral("addressId"),
                                      QStringLiteral("multiInstance"), QStringLiteral("loginType"),
                                      QStringLiteral("loginUrl"),      QStringLiteral("publicKey"),
                                      QStringLiteral("platforms"),     QStringLiteral("version"),
                                      QStringLiteral("appId"),         QStringLiteral("listed"),
                                      QStringLiteral("testAccount"),   QStringLiteral("createdAt")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QCoreApplication::translate("SellerRecordJson",
                                                 "%1: unknown field (the form has %2)")
                         .arg(it.key().left(64), known.mid(0, 9).join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    JsonFields f(json, QString(), error);
    // An edit may leave the version out: the caller then takes the one it read.
    const bool hasVersion = forEdit && json.contains(u"version");
    CredentialForm c = readForm(f, hasVersion, false);
    if (!forEdit && json.contains(u"version") && f.ok())
        f.fail(QStringLiteral("version"),
               QCoreApplication::translate("SellerRecordJson",
                                           "an application has no version yet; leave it out"));
    return f.ok() ? std::optional(c) : std::nullopt;
}

} // namespace SellerRecordJson
