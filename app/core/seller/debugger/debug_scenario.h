#pragma once
// A scenario of the integration debugger: steps that must run in order against one server
// (open an instance, then open it again, query, renew, freeze, release…), each sending one
// call and judging its answer as one check. Independent scenarios run side by side; steps
// that need a value an earlier step got (instanceId, a License) are skipped with the reason
// when it did not come. ScenarioContext gives the builders what they share: the target, the
// run's id prefix (so two runs never collide) and the mask for generated secrets.
#include "seller/debugger/debug_caller.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class LoginProvider;
class SecretMask;

struct ScenarioState
{
    QHash<QString, QJsonValue> values; // what earlier steps stored, e.g. "instanceId"
    // Set by a judge that cannot decide from what the protocol shows: the check is skipped
    // with this reason instead of passing.
    QString undecided;
    // Set by a judge that can say more than the time when the check passes.
    QString passReason;
};

struct DebugStep
{
    QString checkId; // empty: a preparation, not reported (its failure skips the rest)
    QString title;
    QString rule;
    QString needs;      // a value of ScenarioState an earlier step must have stored
    QString skipReason; // non-empty: skipped with this reason, nothing sent
    std::function<DebugRequest(ScenarioState &)> request;
    QStringList expect; // the codes the case calls for; empty: any code of §2.3's table
    QString expectWhy;  // the rule that calls for them
    // Runs after the code matched; may store values; returns why the check fails, or empty.
    std::function<QString(const DebugAnswer &, ScenarioState &)> judge;
    bool referenceProbe = false; // reads the reference server's own state: 200 and JSON only
    // Not a protocol interface (the login callback): any answer goes to the judge, which
    // alone decides; only a missing answer fails before it.
    bool anyAnswer = false;
    // Sends nothing: the answer to judge is made from what the run saw (the login provider's
    // record of the seller's calls).
    std::function<DebugAnswer(ScenarioState &)> inspect;
};

struct DebugScenario
{
    QString id;
    bool exclusive = false; // runs alone, after the others (reads server-wide counters)
    QList<DebugStep> steps;
};

class ScenarioContext
{
public:
    ScenarioContext(const DebugTarget &target, QString runId, SecretMask &mask,
                    LoginProvider *provider = nullptr)
        : m_target(target)
        , m_runId(std::move(runId))
        , m_mask(mask)
        , m_provider(provider)
    {
    }
    const DebugTarget &target() const { return m_target; }
    bool v1() const { return m_target.mode == DebugTarget::Mode::V1; }
    // "<runId>-<what>": orderIds, tenantIds, eventIds of this run.
    QString id(const QString &what) const { return m_runId + u'-' + what; }
    SecretMask &mask() const { return m_mask; }
    // The run's OAuth provider for the login suite; null when the suite does not run.
    LoginProvider *provider() const { return m_provider; }

private:
    const DebugTarget &m_target;
    QString m_runId;
    SecretMask &m_mask;
    LoginProvider *m_provider;
};

// The step builders' shorthands.
namespace DebugSteps {
// A step that sends `request` and expects `codes` (§2.3) because of `why`.
DebugStep step(const QString &checkId, const QString &title, const QString &rule,
               std::function<DebugRequest(ScenarioState &)> request, const QStringList &codes,
               const QString &why);
// A V2 basic call with `body` (activity first, testFlag "1" added).
DebugRequest basic(QJsonObject body);
// A V1 basic call with `params` (testFlag=1 added).
DebugRequest basicV1(QList<std::pair<QString, QString>> params);
// A Kit call (testFlag 1 and timeStamp, UTC+8, added).
DebugRequest kit(const QString &name, QJsonObject body);
// A step that is skipped with `reason` and sends nothing.
DebugStep skipped(const QString &checkId, const QString &title, const QString &rule,
                  const QString &reason);
} // namespace DebugSteps
