#include "sandbox/seller/seller_json.h"

#include "sandbox/seller/address_state.h"

#include <QDateTime>
#include <QJsonArray>

namespace SellerJson {

QString masked(const QString &secret)
{
    return QStringLiteral("****") + secret.right(4);
}

QString time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject key(const SellerKey &k)
{
    return {{QStringLiteral("keyId"), k.keyId},
            {QStringLiteral("name"), k.name},
            {QStringLiteral("secretMasked"), masked(k.secret)},
            {QStringLiteral("createdAt"), time(k.createdMs)},
            {QStringLiteral("version"), double(k.version)}};
}

QJsonObject address(const SellerStore &store, const SellerAddress &a)
{
    const QString notReady = AddressState::notReady(store, a);
    return {{QStringLiteral("addressId"), a.addressId},
            {QStringLiteral("url"), a.url},
            {QStringLiteral("basicKeyId"), a.basicKeyId},
            {QStringLiteral("basicDebug"), AddressState::of(store, a, QStringLiteral("basic"))},
            {QStringLiteral("kitKeyId"), a.kitKeyId},
            {QStringLiteral("kitDebug"), AddressState::of(store, a, QStringLiteral("kit"))},
            {QStringLiteral("ready"), notReady.isEmpty()},
            {QStringLiteral("notReady"), notReady},
            {QStringLiteral("createdAt"), time(a.createdMs)},
            {QStringLiteral("version"), double(a.version)}};
}

QJsonObject run(const DebugRunRecord &r)
{
    return {
        {QStringLiteral("runId"), r.runId},
        {QStringLiteral("addressId"), r.addressId},
        {QStringLiteral("url"), r.url},
        {QStringLiteral("suite"), r.suite},
        {QStringLiteral("keyId"), r.keyId},
        {QStringLiteral("verdict"), r.passed ? QStringLiteral("passed") : QStringLiteral("failed")},
        {QStringLiteral("checksPassed"), r.checksPassed},
        {QStringLiteral("checksFailed"), r.checksFailed},
        {QStringLiteral("runner"), r.runner},
        {QStringLiteral("note"), r.note},
        {QStringLiteral("at"), time(r.atMs)}};
}

QJsonObject testAccount(const SellerTestAccount &t)
{
    return {{QStringLiteral("domain"), t.domain},
            {QStringLiteral("tenantId"), t.tenantId},
            {QStringLiteral("account"), t.account},
            {QStringLiteral("createdAt"), time(t.createdMs)}};
}

QJsonObject credential(const SellerStore &store, const SellerCredential &c)
{
    const auto account = store.findTestAccount(c.appId);
    return {{QStringLiteral("appId"), c.appId},
            {QStringLiteral("appName"), c.appName},
            {QStringLiteral("authMethod"), c.authMethod},
            {QStringLiteral("callbackUrl"), c.callbackUrl},
            {QStringLiteral("addressId"), c.addressId},
            {QStringLiteral("multiInstance"), c.multiInstance},
            {QStringLiteral("loginType"), c.loginType},
            {QStringLiteral("loginUrl"), c.loginUrl},
            {QStringLiteral("publicKey"), c.publicKey},
            {QStringLiteral("platforms"), QJsonArray::fromStringList(c.platforms)},
            {QStringLiteral("listed"), c.listed},
            {QStringLiteral("testAccount"),
             account ? QJsonValue(testAccount(*account)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), time(c.createdMs)},
            {QStringLiteral("version"), double(c.version)}};
}

} // namespace SellerJson
