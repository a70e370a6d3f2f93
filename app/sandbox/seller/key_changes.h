#pragma once
// The rules for access keys (密钥管理, protocol reference §3.1, §8): a new key's secret is in
// the answer to its creation only (later reads mask it), and a key a production address
// binds cannot be deleted — the address would be left signing with nothing.
#include "sandbox/domain/domain_result.h"
#include "sandbox/seller/seller_store.h"
#include "sandbox/tenant/sandbox_stats.h"

class KeyChanges
{
public:
    KeyChanges(SellerStore &store, SandboxStats &stats);

    // {"name": optional, at most 64 characters} → {"key": {…}, "secret": "…"}.
    DomainResult create(const QJsonObject &body);
    // `expectedVersion` 0: whatever the version.
    DomainResult remove(const QString &keyId, qint64 expectedVersion);

    static constexpr int MaxNameLength = 64;

private:
    SellerStore &m_store;
    SandboxStats &m_stats;
};
