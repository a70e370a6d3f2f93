#pragma once
// The rules for application credentials (应用凭证管理, protocol reference §8) that need the
// store: the production address must have passed debugging, the login address is unique
// among this seller's credentials, multi-instance binding once on stays on, and a credential
// bound to a listed product changes only its production address, login address and public
// key. Applying answers the app secret once (the sandbox keeps its hash); a test account is
// requested once per credential and its password is shown once (hashed too).
#include "sandbox/domain/domain_result.h"
#include "sandbox/seller/seller_store.h"
#include "sandbox/tenant/sandbox_stats.h"

#include <optional>

class CredentialChanges
{
public:
    CredentialChanges(SellerStore &store, SandboxStats &stats);

    // The form (CredentialForm) → {"credential": {…}, "appSecret": "…"}.
    DomainResult apply(const QJsonObject &body);
    // The whole form again with the `version` it was read at → {"credential": {…}}.
    DomainResult edit(const QString &appId, const QJsonObject &body);
    // → {"testAccount": {domain, tenantId, account, password}, "credential": {…}}.
    DomainResult requestTestAccount(const QString &appId);
    // Bound to a listed product or not: the marketplace's doing (the seed, /_sandbox/seller).
    DomainResult setListed(const QString &appId, bool listed);

private:
    std::optional<DomainResult> checkAddress(const QString &addressId) const;
    std::optional<DomainResult> checkLoginUnique(const SellerCredential &credential) const;
    // Refuses what the stored credential does not allow to change (multi-instance off again;
    // anything but address, login URL and public key once listed).
    std::optional<DomainResult> checkChanges(const SellerCredential &current,
                                             const SellerCredential &wanted) const;
    DomainResult notFound(const QString &appId) const;

    SellerStore &m_store;
    SandboxStats &m_stats;
};
