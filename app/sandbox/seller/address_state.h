#pragma once
// Where a production address stands in debugging (应用接入调试), per binding: the verdict of
// the latest run against the address with the key bound for that interface type, and
// whether application credentials may use the address yet.
#include "sandbox/seller/seller_store.h"

namespace AddressState {

// "unbound" (no key for that interface type), "untested" (no run with the bound key),
// "passed" or "failed" (the latest such run's verdict). `suite`: "basic" or "kit".
QString of(const SellerStore &store, const SellerAddress &address, const QString &suite);

// Why a credential may not use the address, or "" when it may: its Kit binding (credentials
// are synchronised through the Kit interfaces) and every bound key passed their latest run.
QString notReady(const SellerStore &store, const SellerAddress &address);

} // namespace AddressState
