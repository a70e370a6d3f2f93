#pragma once
// Whether a repeated Kit add really created nothing (protocol reference §4.0) cannot be seen
// through the protocol: a Kit answer carries only a code, and no interface lists what the
// seller stored. Against marketdesk's own reference SaaS server (DebugTarget::referenceAware)
// this check reads its row counters (GET /_reference/state, an endpoint no seller's server
// has) before and after repeating adds, and is labelled "reference server only"; against any
// other server it is skipped with that reason. It runs alone, after the other scenarios, so
// that their adds do not move the counters.
#include "seller/debugger/debug_scenario.h"

#include <QCoreApplication>

class ReferenceRowCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRowCheck)

public:
    static DebugScenario build(const ScenarioContext &context);
};
