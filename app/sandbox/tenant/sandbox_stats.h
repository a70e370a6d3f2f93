#pragma once
// Counters of what a sandbox actually saw and did, for tests and benchmarks
// (/_sandbox/stats). The server-wide ones (received, requests, faults, in flight) are kept in
// the primary tenant's; changes and replays in the tenant they happened to.
#include <QJsonObject>

struct SandboxStats
{
    qint64 received = 0;          // every HTTP request, admin and sign-in included
    qint64 withAuthorization = 0; // of those, how many carried an Authorization header
    qint64 requests = 0;
    qint64 appliedChanges = 0;  // changes of state actually made
    qint64 executedTargets = 0; // per-target executions that were not replays
    qint64 replays = 0;         // answers served from the idempotency store
    qint64 faults = 0;          // injected faults
    int inFlight = 0;           // requests received and not yet answered
    int maxInFlight = 0;
    QJsonObject toJson() const;
};
