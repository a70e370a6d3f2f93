#pragma once
// The reference server's own switches and counters, for tests and demos (never part of a
// seller's real server): GET /health; GET and POST /_reference/faults (POST replaces every
// switch, {} turns them all off); GET /_reference/state (set-up without secrets, faults,
// counters); POST /_reference/reset (forgets data, nonces and counters); POST /_reference/keys
// (the seller installs a new access key, as a key rotation asks). Changes take JSON only, as
// the sandbox's switches do, so that a page in a browser cannot flip them.
#include "sandbox/reference/http_answer.h"

#include <QString>

class QHttpServerRequest;
struct ReferenceState;

class ReferenceAdmin
{
public:
    explicit ReferenceAdmin(ReferenceState &state);

    static bool handles(const QString &path);
    HttpAnswer answer(const QHttpServerRequest &request);

private:
    ReferenceState &m_state;
};
