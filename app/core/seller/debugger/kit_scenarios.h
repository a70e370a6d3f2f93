#pragma once
// The joint-operation Kit interfaces as the marketplace drives them (protocol reference §4):
// tenantSync, applicationSync (clientSecret encrypted with the seller's public key, §3.6),
// authSync, singleOrgSync and allOrgSync — each add sent twice (a repeated add creates
// nothing and answers success), modified, deleted, and deleted again (a delete of what is
// gone answers success, §4.0). V1 sends userList and orgInfo as JSON strings and has no
// modify for tenants and apps. Whether a repeated add really created nothing is not visible
// through the protocol (a Kit answer is only a code): see ReferenceRowCheck.
#include "seller/debugger/debug_scenario.h"

#include <QCoreApplication>

class KitScenarios
{
    Q_DECLARE_TR_FUNCTIONS(KitScenarios)

public:
    static QList<DebugScenario> build(const ScenarioContext &context);

private:
    static DebugScenario tenant(const ScenarioContext &c);
    static DebugScenario application(const ScenarioContext &c);
    static DebugScenario auth(const ScenarioContext &c);
    static DebugScenario org(const ScenarioContext &c);
};
