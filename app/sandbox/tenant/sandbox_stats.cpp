#include "sandbox/tenant/sandbox_stats.h"

QJsonObject SandboxStats::toJson() const
{
    return {{QStringLiteral("received"), double(received)},
            {QStringLiteral("withAuthorization"), double(withAuthorization)},
            {QStringLiteral("requests"), double(requests)},
            {QStringLiteral("appliedChanges"), double(appliedChanges)},
            {QStringLiteral("executedTargets"), double(executedTargets)},
            {QStringLiteral("replays"), double(replays)},
            {QStringLiteral("faults"), double(faults)},
            {QStringLiteral("maxInFlight"), maxInFlight}};
}
