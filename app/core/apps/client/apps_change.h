#pragma once
// The apps' changes as outbox actions: their names, the outbox items (a target key carries
// its app: "app-3c1f…|member:fang.wang00042"), the request that carries a chunk with its
// idempotency key, and what an answer means for each target and for the cache. The executor
// sends and records; this says what is sent and what an answer means.
#include "apps/client/apps_client_json.h"
#include "net/api_types.h"
#include "storage/outbox.h"

class AppsCache;

namespace AppsChange {

// One app per change: its switch, its agreement.
inline constexpr char Enable[] = "apps.enable";
inline constexpr char Disable[] = "apps.disable";
inline constexpr char Agreement[] = "apps.agreement";
// Many targets of one app, 500 to a request.
inline constexpr char Grant[] = "apps.grant";
inline constexpr char Revoke[] = "apps.revoke";
inline constexpr char Reclaim[] = "apps.reclaim";
// The authorisation editor's change: revokes, then grants, of one app as one operation. Its
// chunks each hold one kind (Outbox::Item::group); a revoke's payload says so.
inline constexpr char Authorise[] = "apps.authorise";

bool isKnown(const QString &action);
bool isBatch(const QString &action);

// A target of a grant, revoke or reclaim: a member, a department (orgCode) or a group.
struct Target
{
    AppGrant::Kind kind = AppGrant::Kind::Member;
    QString id;
};
QString targetKey(const QString &appId, const Target &target);
// The app and the "kind:id" of a target key; nullopt for a key this program did not write.
std::optional<std::pair<QString, QString>> splitKey(const QString &key);

// The outbox item of a target of an Authorise change: revokes are group 0 and go first, so
// that the seats they release are free when the grants arrive.
Outbox::Item authoriseItem(const QString &appId, const Target &target, bool revoke);
bool isRevoke(const Outbox::Chunk &chunk);
// The action a chunk's targets are journalled under: its operation's, but "apps.revoke" or
// "apps.grant" for an Authorise chunk (the audit says what happened to each target).
QString journalAction(const Outbox::Chunk &chunk);

// The outbox item of an app's switch or agreement: the version it was read at.
Outbox::Item appItem(const QString &appId, qint64 version);

// The request for a chunk of a known action, with the chunk's idempotency key.
ApiRequest request(const Outbox::Chunk &chunk);

// The per-target outcome of a final answer (not a transient failure): the app the answer
// carries (or, on a conflict, the server's current one) goes to the cache; when that fails,
// `*localProblem` says why (the change stands at the server, only the local copy lags).
// nullopt when an answer that says it succeeded cannot be read: the chunk stays pending and
// its replay, with the same key, tells the outcome.
std::optional<QList<Outbox::Result>> interpret(const Outbox::Chunk &chunk,
                                               const ApiResponse &response, AppsCache *cache,
                                               QString *localProblem, QString *unreadable);

} // namespace AppsChange
