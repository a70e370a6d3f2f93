#pragma once
// The rules for production addresses (生产地址管理) and their debugging runs (应用接入调试),
// protocol reference §2.4, §3.1, §8: an address is an https URL (http only on a loopback
// host), fixed once added; it binds one key for the basic interfaces and a different one for
// the Kit interfaces; a bound key is switched only to a key that passed a run of that suite
// against the address; a key is unbound, or the address deleted, only while no credential
// uses it. A run is decided by the DebugRunner and recorded with its verdict.
#include "sandbox/domain/domain_result.h"
#include "sandbox/seller/debug_runner.h"
#include "sandbox/seller/seller_store.h"
#include "sandbox/tenant/sandbox_stats.h"

#include <optional>

class AddressChanges
{
public:
    AddressChanges(SellerStore &store, SandboxStats &stats);

    // {"url", "basicKeyId"?, "kitKeyId"?} → {"address": {…}}.
    DomainResult add(const QJsonObject &body);
    // {"basicKeyId", "kitKeyId", "version", "url"?}: the bindings as they should be; an
    // absent or empty one unbinds. The url may be sent back but not changed.
    DomainResult update(const QString &addressId, const QJsonObject &body);
    DomainResult remove(const QString &addressId, qint64 expectedVersion);
    // {"suite": "basic"|"kit", "keyId"?: the bound one by default} → {"run", "address"}.
    DomainResult recordRun(const QString &addressId, const QJsonObject &body, DebugRunner &runner);

private:
    // Refuses bindings that name no key, the same key twice, a switch to a key without a
    // passed run, or an unbinding while credentials use the address. `current`: the address
    // as stored (none when it is being added).
    std::optional<DomainResult> checkBindings(const std::optional<SellerAddress> &current,
                                              const SellerAddress &wanted) const;

    SellerStore &m_store;
    SandboxStats &m_stats;
};
