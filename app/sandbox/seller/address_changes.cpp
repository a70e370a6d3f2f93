#include "sandbox/seller/address_changes.h"

#include "sandbox/seller/seller_codes.h"
#include "sandbox/seller/seller_json.h"
#include "seller/seller_urls.h"
#include "storage/database.h"

#include <QDateTime>

using Kind = DomainResult::Kind;
using SellerResult::fieldProblem;
using SellerResult::invalid;

namespace {

DomainResult noSuchAddress(const QString &addressId)
{
    return DomainResult::fail(
        Kind::NotFound, SellerCode::AddressNotFound,
        QStringLiteral("production address \"%1\" does not exist").arg(addressId));
}

// The string at `field`, "" when absent; false when it is there but not a string.
bool stringAt(const QJsonObject &body, const QString &field, QString *out)
{
    const QJsonValue v = body.value(field);
    *out = v.toString();
    return v.isUndefined() || v.isNull() || v.isString();
}

} // namespace

AddressChanges::AddressChanges(SellerStore &store, SandboxStats &stats)
    : m_store(store)
    , m_stats(stats)
{
}

std::optional<DomainResult>
AddressChanges::checkBindings(const std::optional<SellerAddress> &current,
                              const SellerAddress &wanted) const
{
    struct Binding
    {
        QString field, suite, keyId, currentKeyId;
    };
    const Binding bindings[] = {{QStringLiteral("basicKeyId"), QStringLiteral("basic"),
                                 wanted.basicKeyId, current ? current->basicKeyId : QString()},
                                {QStringLiteral("kitKeyId"), QStringLiteral("kit"), wanted.kitKeyId,
                                 current ? current->kitKeyId : QString()}};
    for (const Binding &b : bindings)
        if (!b.keyId.isEmpty() && !m_store.findKey(b.keyId))
            return fieldProblem(Kind::Refused, SellerCode::KeyNotFound, b.field,
                                QStringLiteral("key \"%1\" does not exist").arg(b.keyId));
    if (!wanted.basicKeyId.isEmpty() && wanted.basicKeyId == wanted.kitKeyId)
        return fieldProblem(Kind::Refused, SellerCode::SameKeyTwice, QStringLiteral("kitKeyId"),
                            QStringLiteral("the basic and the Kit interfaces need different "
                                           "keys; \"%1\" is given for both")
                                .arg(wanted.kitKeyId));
    for (const Binding &b : bindings) {
        if (b.currentKeyId.isEmpty() || b.keyId == b.currentKeyId)
            continue; // a first binding, or no change
        if (b.keyId.isEmpty()) {
            const QStringList users = m_store.credentialsUsing(wanted.addressId);
            if (!users.isEmpty())
                return fieldProblem(Kind::Refused, SellerCode::AddressInUse, b.field,
                                    QStringLiteral("the %1 key cannot be unbound while "
                                                   "credentials use %2: %3")
                                        .arg(b.suite, wanted.url, users.join(u", ")));
            continue;
        }
        const auto run = m_store.latestRun(wanted.addressId, b.suite, b.keyId);
        if (!run || !run->passed)
            return fieldProblem(
                Kind::Refused, SellerCode::KeyNotDebugged, b.field,
                QStringLiteral("switching the %1 key of %2 from \"%3\" to \"%4\" needs a passed "
                               "%1 debugging run with \"%4\" against this address first "
                               "(latest: %5)")
                    .arg(b.suite, wanted.url, b.currentKeyId, b.keyId,
                         run ? QStringLiteral("failed") : QStringLiteral("none")));
    }
    return std::nullopt;
}

DomainResult AddressChanges::add(const QJsonObject &body)
{
    SellerAddress a;
    if (!stringAt(body, QStringLiteral("url"), &a.url))
        return invalid(QStringLiteral("url"), QStringLiteral("expected a string"));
    if (!stringAt(body, QStringLiteral("basicKeyId"), &a.basicKeyId))
        return invalid(QStringLiteral("basicKeyId"), QStringLiteral("expected a string"));
    if (!stringAt(body, QStringLiteral("kitKeyId"), &a.kitKeyId))
        return invalid(QStringLiteral("kitKeyId"), QStringLiteral("expected a string"));
    a.url = a.url.trimmed();
    if (const QString p = SellerUrls::problem(a.url, SellerUrls::Use::ProductionAddress);
        !p.isEmpty())
        return invalid(QStringLiteral("url"), p);
    if (const auto existing = m_store.findAddressByUrl(a.url))
        return fieldProblem(Kind::Conflict, SellerCode::AddressExists, QStringLiteral("url"),
                            QStringLiteral("%1 is already production address \"%2\"")
                                .arg(a.url, existing->addressId),
                            {{QStringLiteral("current"), SellerJson::address(m_store, *existing)}});
    a.addressId = SellerStore::newId("addr");
    if (auto refused = checkBindings(std::nullopt, a))
        return *refused;
    a.createdMs = QDateTime::currentMSecsSinceEpoch();
    a.version = 1;
    ++m_stats.executedTargets;
    if (!m_store.writeAddress(a))
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("address"), SellerJson::address(m_store, a)}});
}

DomainResult AddressChanges::update(const QString &addressId, const QJsonObject &body)
{
    const auto current = m_store.findAddress(addressId);
    SellerAddress wanted;
    QString url;
    if (!stringAt(body, QStringLiteral("basicKeyId"), &wanted.basicKeyId))
        return invalid(QStringLiteral("basicKeyId"), QStringLiteral("expected a string"));
    if (!stringAt(body, QStringLiteral("kitKeyId"), &wanted.kitKeyId))
        return invalid(QStringLiteral("kitKeyId"), QStringLiteral("expected a string"));
    if (!stringAt(body, QStringLiteral("url"), &url))
        return invalid(QStringLiteral("url"), QStringLiteral("expected a string"));
    const QJsonValue version = body.value(u"version");
    if (!version.isDouble() || version.toInteger(0) < 1)
        return invalid(QStringLiteral("version"),
                       QStringLiteral("required: the version the address was read at"));
    if (!current)
        return noSuchAddress(addressId);
    if (!url.isEmpty() && SellerUrls::normalised(url) != SellerUrls::normalised(current->url))
        return invalid(QStringLiteral("url"),
                       QStringLiteral("cannot be changed; add a new production address"));
    if (current->version != version.toInteger())
        return DomainResult::fail(
            Kind::Conflict, ResultCode::VersionConflict,
            QStringLiteral("production address \"%1\" was changed meanwhile (version %2, you "
                           "sent %3)")
                .arg(addressId)
                .arg(current->version)
                .arg(version.toInteger()),
            {{QStringLiteral("current"), SellerJson::address(m_store, *current)}});
    SellerAddress next = *current;
    next.basicKeyId = wanted.basicKeyId;
    next.kitKeyId = wanted.kitKeyId;
    if (auto refused = checkBindings(current, next))
        return *refused;
    ++next.version;
    ++m_stats.executedTargets;
    if (!m_store.writeAddress(next))
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("address"), SellerJson::address(m_store, next)}});
}

DomainResult AddressChanges::remove(const QString &addressId, qint64 expectedVersion)
{
    const auto current = m_store.findAddress(addressId);
    if (!current)
        return noSuchAddress(addressId);
    const QJsonObject shown{{QStringLiteral("current"), SellerJson::address(m_store, *current)}};
    if (expectedVersion > 0 && current->version != expectedVersion)
        return DomainResult::fail(Kind::Conflict, ResultCode::VersionConflict,
                                  QStringLiteral("production address \"%1\" is at version %2, "
                                                 "not %3")
                                      .arg(addressId)
                                      .arg(current->version)
                                      .arg(expectedVersion),
                                  shown);
    if (const QStringList users = m_store.credentialsUsing(addressId); !users.isEmpty())
        return DomainResult::fail(Kind::Refused, SellerCode::AddressInUse,
                                  QStringLiteral("production address %1 is used by the "
                                                 "credentials %2; move them to another address "
                                                 "first")
                                      .arg(current->url, users.join(u", ")),
                                  shown);
    Transaction tx(m_store.database());
    ++m_stats.executedTargets;
    if (!m_store.removeAddress(addressId) || !tx.commit())
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({}, QStringLiteral("deleted"));
}

DomainResult AddressChanges::recordRun(const QString &addressId, const QJsonObject &body,
                                       DebugRunner &runner)
{
    QString suite, keyId;
    if (!stringAt(body, QStringLiteral("suite"), &suite) || (suite != u"basic" && suite != u"kit"))
        return invalid(QStringLiteral("suite"), QStringLiteral("expected \"basic\" or \"kit\""));
    if (!stringAt(body, QStringLiteral("keyId"), &keyId))
        return invalid(QStringLiteral("keyId"), QStringLiteral("expected a string"));
    auto address = m_store.findAddress(addressId);
    if (!address)
        return noSuchAddress(addressId);
    if (keyId.isEmpty())
        keyId = suite == u"kit" ? address->kitKeyId : address->basicKeyId;
    if (keyId.isEmpty())
        return invalid(QStringLiteral("keyId"),
                       QStringLiteral("required: no key is bound for the %1 interfaces of %2")
                           .arg(suite, address->url));
    const auto key = m_store.findKey(keyId);
    if (!key)
        return fieldProblem(Kind::Refused, SellerCode::KeyNotFound, QStringLiteral("keyId"),
                            QStringLiteral("key \"%1\" does not exist").arg(keyId));
    ++m_stats.executedTargets;
    const DebugRunOutcome outcome =
        runner.run({addressId, address->url, suite, keyId, key->secret.toLatin1()});
    if (!outcome.ran)
        return DomainResult::fail(Kind::Refused, SellerCode::DebugRunImpossible,
                                  QStringLiteral("no debugging run took place: ") + outcome.note);
    const DebugRunRecord run{SellerStore::newId("run"),
                             addressId,
                             address->url,
                             suite,
                             keyId,
                             outcome.passed,
                             outcome.checksPassed,
                             outcome.checksFailed,
                             outcome.runner,
                             outcome.note,
                             QDateTime::currentMSecsSinceEpoch()};
    // The address's debugging state changes with the run: a new version, listed again.
    ++address->version;
    Transaction tx(m_store.database());
    if (!m_store.writeRun(run) || !m_store.writeAddress(*address) || !tx.commit())
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("run"), SellerJson::run(run)},
                               {QStringLiteral("address"), SellerJson::address(m_store, *address)}},
                              run.passed ? QStringLiteral("debugging passed")
                                         : QStringLiteral("debugging failed"));
}
