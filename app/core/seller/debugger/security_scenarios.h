#pragma once
// The refusals the marketplace relies on (protocol reference §3): a call with a wrong
// signature, one with a timestamp older than the 60 s window, and a replay of a call already
// answered (same nonce) must each be refused with 000001 — for the basic interfaces
// (signature/timestamp/nonce) and for Kit (x-sign headers). V1 signs with authToken only and
// defines no window or nonce (those checks are skipped with that reason); instead every V1
// answer's Body-Sign must verify and be quoted as specified (§3.2), which DebugJudge checks on
// every answer and security.bodySign names on its own. The probes change nothing on a correct
// server: a query of an instance that does not exist, a delete of a department that does not.
#include "seller/debugger/debug_scenario.h"

#include <QCoreApplication>

class SecurityScenarios
{
    Q_DECLARE_TR_FUNCTIONS(SecurityScenarios)

public:
    static QList<DebugScenario> basic(const ScenarioContext &context);
    static QList<DebugScenario> kit(const ScenarioContext &context);

private:
    // The probes of one interface type; `probe` builds the harmless request.
    static DebugScenario probes(const ScenarioContext &c, const QString &kind,
                                const std::function<DebugRequest()> &probe);
};
