#pragma once
// The Seller Center's records as the console API shows them (docs/api.md, "Seller
// Center"): a key's secret masked to its last four characters, an address with the debugging
// state of each binding, a credential with its test account but never a secret or a hash.
#include "sandbox/seller/seller_store.h"

#include <QJsonObject>

namespace SellerJson {

QString masked(const QString &secret);
QString time(qint64 ms); // ISO 8601, UTC

QJsonObject key(const SellerKey &key);
QJsonObject address(const SellerStore &store, const SellerAddress &address);
QJsonObject run(const DebugRunRecord &run);
QJsonObject testAccount(const SellerTestAccount &account); // without the password
QJsonObject credential(const SellerStore &store, const SellerCredential &credential);

} // namespace SellerJson
