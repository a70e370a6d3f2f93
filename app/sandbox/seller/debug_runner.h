#pragma once
// The one seam between the Seller Center and whatever debugs a production address (应用接入
// 调试): given the address, the suite and the key, it acts as the marketplace — sends the
// suite's calls to the address, signed with the key's secret — and answers what came of it.
// The sandbox records the outcome as a debugging run (AddressChanges::recordRun), and only
// passed runs let a key be switched or a credential use the address.
//
// Two runners: EngineDebugRunner, marketdesk's integration debugger (app/core/seller/debugger/),
// which the console's demo uses (SandboxOptions::realDebugger, SellerDomain::setRunner); and
// HarnessDebugRunner, a test harness whose verdict a test sets through /_sandbox/seller and
// which calls nothing, the default for tests of the Seller Center's own rules.
#include <QByteArray>
#include <QString>

struct DebugRunRequest
{
    QString addressId;
    QString url;   // the production address
    QString suite; // "basic" (SaaS production interfaces) or "kit" (联营 sync interfaces)
    QString keyId;
    QByteArray secret; // the key's: what the calls are signed with. Never logged.
};

struct DebugRunOutcome
{
    bool ran = false; // false: no run took place, `note` says why, nothing is recorded
    bool passed = false;
    int checksPassed = 0;
    int checksFailed = 0;
    QString runner; // the runner's name, recorded with the run
    QString note;   // for a person: what failed, or why nothing ran
};

class DebugRunner
{
public:
    virtual ~DebugRunner() = default;
    // Called on the sandbox's thread while the request waits, inside the tenant's
    // transaction: the sandbox answers every request before it reads the next.
    virtual DebugRunOutcome run(const DebugRunRequest &request) = 0;
};
