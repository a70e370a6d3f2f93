#pragma once
// The Seller Center's changes as outbox actions: their names, what each records (the body to
// send and the caller's note; never a secret), the request that carries it with its
// idempotency key, and what an answer means — the outcome, the record for the cache and, for
// the three changes that answer one, the secret. The executor sends and records; this says
// what is sent and what an answer means.
#include "net/api_types.h"
#include "seller/client/seller_cache.h"
#include "seller/client/seller_outcome.h"
#include "storage/outbox.h"

namespace SellerChange {

inline constexpr char KeyCreate[] = "seller.key.create";
inline constexpr char KeyDelete[] = "seller.key.delete";
inline constexpr char AddressAdd[] = "seller.address.add";
inline constexpr char AddressBind[] = "seller.address.bind";
inline constexpr char AddressDebug[] = "seller.address.debug";
inline constexpr char CredentialApply[] = "seller.credential.apply";
inline constexpr char CredentialEdit[] = "seller.credential.edit";
inline constexpr char TestAccountRequest[] = "seller.credential.test-account";

bool isKnown(const QString &action);

// A body of the fields given, those with an empty value left out (the server's default).
QJsonObject nonEmpty(const QList<std::pair<QString, QString>> &fields);

// The outbox item: `target` names the record, `body` is what is sent, `note` is kept for the
// caller (the file a secret goes to) and never sent.
Outbox::Item item(const QString &target, const QJsonObject &body, const QString &note = {});
QString noteOf(const Outbox::Chunk &chunk);

// The request for a chunk of a known action, with the chunk's idempotency key.
ApiRequest request(const Outbox::Chunk &chunk);

// What a final answer (not a transient failure) means. Writes the answered record (or, on a
// conflict, the server's current one) to the cache; when that fails, `*localProblem` says why
// (the change stands at the server, only the local copy lags). `*secret` gets the secret the
// answer carried, if any.
SellerOutcome interpret(const Outbox::Chunk &chunk, const ApiResponse &response, SellerCache *cache,
                        QString *localProblem, std::optional<SellerSecret> *secret);

} // namespace SellerChange
