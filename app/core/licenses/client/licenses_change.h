#pragma once
// The licenses domain's changes as outbox actions: their names, what each records (the body
// to send, complete when it is written: a License application's eventId is chosen then, once),
// the request that carries it with its idempotency key, and what an answer means — the
// outcome and the record for the cache. The executor sends and records; this says what is
// sent and what an answer means.
#include "licenses/client/licenses_cache.h"
#include "licenses/client/licenses_outcome.h"
#include "net/api_types.h"
#include "storage/outbox.h"

namespace LicensesChange {

inline constexpr char Apply[] = "licenses.apply";
inline constexpr char Renewal[] = "images.renewal";

bool isKnown(const QString &action);

// A new eventId for one License application: chosen once, when the application is written to
// the outbox, so that every resend (after a crash too) asks for the same License.
QString newEventId();

// The outbox item: `target` names the record (instanceId, subscriptionId), `body` is what is
// sent.
Outbox::Item item(const QString &target, const QJsonObject &body);
QJsonObject bodyOf(const Outbox::Chunk &chunk);

// The request for a chunk of a known action, with the chunk's idempotency key.
ApiRequest request(const Outbox::Chunk &chunk);

// What a final answer (not a transient failure) means. Writes the answered record (or, on a
// conflict, the server's current one) to the cache; when that fails, `*localProblem` says why
// (the change stands at the server, only the local copy lags).
LicensesOutcome interpret(const Outbox::Chunk &chunk, const ApiResponse &response,
                          LicensesCache *cache, QString *localProblem);

} // namespace LicensesChange
