#pragma once
// Deterministic crash points for the recovery tests (issue 11 §3): with
// MARKETDESK_TEST_CRASH_AT=<name>[:<n>] in the environment, the n-th time (1 unless given) the
// program reaches the point `name` it kills itself with SIGKILL: no handler runs and nothing is
// flushed, as with a power cut or the OOM killer. Points sit right after a durable state change
// (a commit), or inside a transaction before its commit. Without the variable a point costs a
// comparison with a flag read once.
namespace CrashPoint {

void reach(const char *name);

} // namespace CrashPoint
