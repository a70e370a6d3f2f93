#pragma once
// Demo data for a seller tenant's Seller Center, so that the console's Seller page has
// something to show: two keys, one production address bound to both (the first for the
// basic interfaces, the second for Kit) that passed debugging with each, and one credential
// on it, bound to a listed product.
#include "sandbox/seller/seller_store.h"

#include <QByteArray>
#include <QString>

// What the console's demo mode sets so that the seeded Seller Center points at a real seller's
// server (the reference SaaS server it starts beside the sandbox): its production address,
// the two keys that server checks signatures with, and the public half of the key pair whose
// private half decrypts clientSecret there. Empty fields keep the seed's own values.
struct DemoSellerOptions
{
    QString productionUrl;
    QByteArray basicKey;
    QByteArray kitKey;
    QString publicKeyBase64;
};

namespace SellerSeed {

// Seeds an empty store; a store with keys or credentials is left as it is.
bool seed(SellerStore &store, const DemoSellerOptions &demo, QString *error);

} // namespace SellerSeed
