#include "sandbox/seller/key_changes.h"

#include "common/secure_random.h"
#include "sandbox/seller/seller_codes.h"
#include "sandbox/seller/seller_json.h"

#include <QDateTime>
#include <QJsonArray>

using Kind = DomainResult::Kind;

KeyChanges::KeyChanges(SellerStore &store, SandboxStats &stats)
    : m_store(store)
    , m_stats(stats)
{
}

DomainResult KeyChanges::create(const QJsonObject &body)
{
    const QJsonValue name = body.value(u"name");
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return SellerResult::invalid(QStringLiteral("name"), QStringLiteral("expected a string"));
    SellerKey key;
    key.name = name.toString().trimmed();
    if (key.name.toUcs4().size() > MaxNameLength)
        return SellerResult::invalid(QStringLiteral("name"),
                                     QStringLiteral("at most %1 characters").arg(MaxNameLength));
    key.keyId = SellerStore::newId("key");
    key.secret = QString::fromLatin1(SecureRandom::urlSafeToken(32));
    key.createdMs = QDateTime::currentMSecsSinceEpoch();
    key.version = 1;
    ++m_stats.executedTargets;
    if (!m_store.writeKey(key))
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done(
        {{QStringLiteral("key"), SellerJson::key(key)}, {QStringLiteral("secret"), key.secret}},
        QStringLiteral("created; the secret is shown this once"));
}

DomainResult KeyChanges::remove(const QString &keyId, qint64 expectedVersion)
{
    const auto key = m_store.findKey(keyId);
    if (!key)
        return DomainResult::fail(Kind::NotFound, SellerCode::KeyNotFound,
                                  QStringLiteral("key \"%1\" does not exist").arg(keyId));
    if (expectedVersion > 0 && key->version != expectedVersion)
        return DomainResult::fail(Kind::Conflict, ResultCode::VersionConflict,
                                  QStringLiteral("key \"%1\" is at version %2, not %3")
                                      .arg(keyId)
                                      .arg(key->version)
                                      .arg(expectedVersion),
                                  {{QStringLiteral("current"), SellerJson::key(*key)}});
    const auto bindings = m_store.bindingsOf(keyId);
    if (!bindings.isEmpty()) {
        QStringList where;
        QJsonArray list;
        for (const auto &[address, interface] : bindings) {
            where.append(QStringLiteral("%1 (%2) for the %3 interfaces")
                             .arg(address.url, address.addressId, interface));
            list.append(QJsonObject{{QStringLiteral("addressId"), address.addressId},
                                    {QStringLiteral("url"), address.url},
                                    {QStringLiteral("interface"), interface}});
        }
        return DomainResult::fail(
            Kind::Refused, SellerCode::KeyBound,
            QStringLiteral("key \"%1\" is bound to %2; bind another key there first")
                .arg(keyId, where.join(QStringLiteral(" and "))),
            {{QStringLiteral("bindings"), list},
             {QStringLiteral("current"), SellerJson::key(*key)}});
    }
    ++m_stats.executedTargets;
    if (!m_store.removeKey(keyId))
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({}, QStringLiteral("deleted"));
}
