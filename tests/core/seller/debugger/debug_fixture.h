#pragma once
// Test support for the integration debugger: reference SaaS servers to run it against (V2 and
// V1, over HTTP and HTTPS, started once per test program), the target that points at one with
// the right keys, and a helper that runs a suite to its end (bounded wait, never a wall-time
// assertion).
#include "sandbox/reference/reference_client.h"
#include "seller/debugger/debug_run.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace DebugFixture {

struct Server
{
    ReferenceHost host;
    std::unique_ptr<ReferenceClient> client; // switches faults, resets
    bool tls = false;
    ReferenceConfig::Mode mode = ReferenceConfig::Mode::V2;
};

// "v2-http", "v2-https", "v1-http", "v1-https": started on first use, kept for the program.
Server &server(const QString &name);
// Stops every server started (from cleanupTestCase: while the application still exists).
void stopAll();
// The target for `server`: its production address, the two keys, the seller's public key, its
// CA when it speaks TLS, and its login callback (so that `all` runs the login suite too).
DebugTarget target(Server &server, bool referenceAware = true);
// Runs `suite` (only `scenarios` when not empty) to its end; null if it did not finish.
std::unique_ptr<DebugRun> run(const DebugTarget &target, DebugRun::Suite suite,
                              const QStringList &scenarios = {}, int waitMs = 60'000);
// The check with `id`, or null.
const DebugCheck *find(const DebugRun &run, const QString &id);
// "id: verdict (reason)" of every check, for failure messages.
QString describe(const DebugRun &run);

} // namespace DebugFixture
