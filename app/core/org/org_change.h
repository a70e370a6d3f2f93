#pragma once
// The organisation's changes as outbox actions: which actions there are, the request that
// carries a chunk of one, and what the answer to a single-record change means for the cache.
// The executor sends and records; this says what is sent and what an answer means.
#include "net/api_types.h"
#include "org/domain.h"
#include "org/org_json.h"
#include "storage/outbox.h"

class Cache;

namespace OrgChange {

// Batch actions are the member action names ("enable", "disable", "delete"); the others
// change one record per call.
inline constexpr char MemberAdd[] = "member.add";
inline constexpr char MemberEdit[] = "member.edit";
inline constexpr char DepartmentAdd[] = "department.add";
inline constexpr char DepartmentEdit[] = "department.edit";
inline constexpr char DepartmentDelete[] = "department.delete";

bool isKnown(const QString &action);
bool isSingle(const QString &action);
// What the journal calls it: "member.disable" for a batch, else the action itself.
QString journalAction(const QString &action);

// The outbox item of a member or department to save (the record is the payload).
Outbox::Item memberItem(const Member &member, bool isNew);
Outbox::Item departmentItem(const Department &department, bool isNew);

// The request for a chunk of a known action, with the chunk's idempotency key.
ApiRequest request(const Outbox::Chunk &chunk);

// The outcome of a single-record change from an answer that is final (not transient): the
// cache takes the record the server sent back — or, on a version conflict, the server's
// current record, so the user sees what they would have overwritten. When the record could
// not be read or kept, `*localProblem` says why: the change stands at the server, only the
// local copy lags until the next sync.
OrgJson::MemberResult singleOutcome(const Outbox::Chunk &chunk, const ApiResponse &response,
                                    Cache *cache, QString *localProblem);

} // namespace OrgChange
