#include "sandbox/seller/credential_changes.h"

#include "common/secure_random.h"
#include "sandbox/seller/address_state.h"
#include "sandbox/seller/credential_form.h"
#include "sandbox/seller/seller_codes.h"
#include "sandbox/seller/seller_json.h"
#include "seller/credential_rules.h"
#include "seller/seller_urls.h"
#include "storage/database.h"

#include <QDateTime>

using Kind = DomainResult::Kind;
using SellerResult::fieldProblem;

CredentialChanges::CredentialChanges(SellerStore &store, SandboxStats &stats)
    : m_store(store)
    , m_stats(stats)
{
}

DomainResult CredentialChanges::notFound(const QString &appId) const
{
    return DomainResult::fail(Kind::NotFound, SellerCode::CredentialNotFound,
                              QStringLiteral("credential \"%1\" does not exist").arg(appId));
}

std::optional<DomainResult> CredentialChanges::checkAddress(const QString &addressId) const
{
    const auto address = m_store.findAddress(addressId);
    if (!address)
        return fieldProblem(
            Kind::Refused, SellerCode::AddressNotFound, QStringLiteral("addressId"),
            QStringLiteral("production address \"%1\" does not exist").arg(addressId));
    if (const QString why = AddressState::notReady(m_store, *address); !why.isEmpty())
        return fieldProblem(Kind::Refused, SellerCode::AddressNotReady, QStringLiteral("addressId"),
                            why);
    return std::nullopt;
}

std::optional<DomainResult> CredentialChanges::checkLoginUnique(const SellerCredential &c) const
{
    const QString other = m_store.credentialWithLogin(SellerUrls::normalised(c.loginUrl), c.appId);
    if (other.isEmpty())
        return std::nullopt;
    return fieldProblem(Kind::Conflict, SellerCode::LoginUrlTaken, QStringLiteral("loginUrl"),
                        QStringLiteral("%1 is already the login address of credential \"%2\"; "
                                       "each app needs its own")
                            .arg(c.loginUrl, other));
}

std::optional<DomainResult> CredentialChanges::checkChanges(const SellerCredential &current,
                                                            const SellerCredential &wanted) const
{
    const auto draft = [](const SellerCredential &c) {
        return CredentialDraft{c.appName,   c.authMethod,    c.callbackUrl,
                               c.addressId, c.multiInstance, c.loginType,
                               c.loginUrl,  c.publicKey,     c.platforms};
    };
    const QList<FieldProblem> problems =
        CredentialRules::checkEdit(draft(current), current.listed, draft(wanted));
    if (problems.isEmpty())
        return std::nullopt;
    return fieldProblem(Kind::Refused, SellerCode::FieldLocked, problems.first().field,
                        problems.first().message);
}

DomainResult CredentialChanges::apply(const QJsonObject &body)
{
    DomainResult refusal;
    auto c = SellerCredentialForm::read(body, false, &refusal);
    if (!c)
        return refusal;
    if (auto refused = checkAddress(c->addressId))
        return *refused;
    if (auto refused = checkLoginUnique(*c))
        return *refused;
    const QByteArray secret = SecureRandom::urlSafeToken(32);
    c->appId = SellerStore::newId("app");
    c->secretHash = SellerStore::hashOf(secret);
    c->createdMs = QDateTime::currentMSecsSinceEpoch();
    c->version = 1;
    ++m_stats.executedTargets;
    if (!m_store.writeCredential(*c))
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done({{QStringLiteral("credential"), SellerJson::credential(m_store, *c)},
                               {QStringLiteral("appSecret"), QString::fromLatin1(secret)}},
                              QStringLiteral("applied; the app secret is shown this once"));
}

DomainResult CredentialChanges::edit(const QString &appId, const QJsonObject &body)
{
    DomainResult refusal;
    auto wanted = SellerCredentialForm::read(body, true, &refusal);
    if (!wanted)
        return refusal;
    const auto current = m_store.findCredential(appId);
    if (!current)
        return notFound(appId);
    if (current->version != wanted->version)
        return DomainResult::fail(
            Kind::Conflict, ResultCode::VersionConflict,
            QStringLiteral("credential \"%1\" was changed meanwhile (version %2, you sent %3)")
                .arg(appId)
                .arg(current->version)
                .arg(wanted->version),
            {{QStringLiteral("current"), SellerJson::credential(m_store, *current)}});
    if (auto refused = checkChanges(*current, *wanted))
        return *refused;
    if (wanted->addressId != current->addressId)
        if (auto refused = checkAddress(wanted->addressId))
            return *refused;
    wanted->appId = appId;
    if (auto refused = checkLoginUnique(*wanted))
        return *refused;
    wanted->listed = current->listed;
    wanted->secretHash = current->secretHash;
    wanted->createdMs = current->createdMs;
    wanted->version = current->version + 1;
    ++m_stats.executedTargets;
    if (!m_store.writeCredential(*wanted))
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    return DomainResult::done(
        {{QStringLiteral("credential"), SellerJson::credential(m_store, *wanted)}});
}

DomainResult CredentialChanges::requestTestAccount(const QString &appId)
{
    auto c = m_store.findCredential(appId);
    if (!c)
        return notFound(appId);
    if (m_store.findTestAccount(appId))
        return DomainResult::fail(
            Kind::Conflict, SellerCode::TestAccountExists,
            QStringLiteral("credential \"%1\" has its test account already").arg(appId),
            {{QStringLiteral("current"), SellerJson::credential(m_store, *c)}});
    // Random, with the upper case, lower case, digit and symbol a password policy asks for.
    const QByteArray password = SecureRandom::urlSafeToken(12) + "Aa1!";
    const QString domain =
        QStringLiteral("isvtest-") + QString::fromLatin1(SecureRandom::bytes(4).toHex());
    const SellerTestAccount account{appId,
                                    domain,
                                    QString::fromLatin1(SecureRandom::bytes(16).toHex()),
                                    QStringLiteral("test_admin"),
                                    SellerStore::hashOf(password),
                                    QDateTime::currentMSecsSinceEpoch()};
    ++c->version; // the credential shows its test account: a new version, listed again
    Transaction tx(m_store.database());
    ++m_stats.executedTargets;
    if (!m_store.writeTestAccount(account) || !m_store.writeCredential(*c) || !tx.commit())
        return SellerResult::storageError();
    ++m_stats.appliedChanges;
    QJsonObject shown = SellerJson::testAccount(account);
    shown.insert(QStringLiteral("password"), QString::fromLatin1(password));
    return DomainResult::done({{QStringLiteral("testAccount"), shown},
                               {QStringLiteral("credential"), SellerJson::credential(m_store, *c)}},
                              QStringLiteral("created; the password is shown this once"));
}

DomainResult CredentialChanges::setListed(const QString &appId, bool listed)
{
    auto c = m_store.findCredential(appId);
    if (!c)
        return notFound(appId);
    if (c->listed != listed) {
        c->listed = listed;
        ++c->version;
        if (!m_store.writeCredential(*c))
            return SellerResult::storageError();
        ++m_stats.appliedChanges;
    }
    return DomainResult::done(
        {{QStringLiteral("credential"), SellerJson::credential(m_store, *c)}});
}
