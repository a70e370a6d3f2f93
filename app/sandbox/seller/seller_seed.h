#pragma once
// Demo data for a seller tenant's Seller Center, so that the console's Seller page has
// something to show: two keys, one production address bound to both (the first for the
// basic interfaces, the second for Kit) that passed debugging with each, and one credential
// on it, bound to a listed product.
#include "sandbox/seller/seller_store.h"

namespace SellerSeed {

// Seeds an empty store; a store with keys or credentials is left as it is.
bool seed(SellerStore &store, QString *error);

} // namespace SellerSeed
