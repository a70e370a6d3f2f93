#include "seller/debugger/security_scenarios.h"

#include "seller/v2_signature.h"

#include <QDateTime>

using namespace DebugSteps;

namespace {

const QStringList kRefused = {QStringLiteral("000001")};
constexpr qint64 kTenMinutesMs = 10 * 60 * 1000;

} // namespace

DebugScenario SecurityScenarios::probes(const ScenarioContext &c, const QString &kind,
                                        const std::function<DebugRequest()> &probe)
{
    const bool isKit = kind == u"kit";
    const QString prefix = QStringLiteral("security.") + kind;
    const QString rule =
        isKit ? QStringLiteral("§3.5") : (c.v1() ? QStringLiteral("§3.1") : QStringLiteral("§3.4"));
    DebugScenario s{prefix, false, {}};

    DebugStep wrong = step(
        prefix + QStringLiteral(".signature"),
        isKit ? tr("a Kit call with a wrong signature is refused")
              : tr("a basic call with a wrong signature is refused"),
        rule,
        [probe](ScenarioState &) {
            DebugRequest r = probe();
            r.wrongSignature = true;
            return r;
        },
        kRefused, tr("%1: a signature that does not verify is refused").arg(rule));
    s.steps.append(wrong);

    const QString v1Reason = tr("V1 defines no freshness window and no nonce (§3.1); only its "
                                "authToken is checked");
    if (c.v1()) {
        s.steps.append(skipped(prefix + QStringLiteral(".timestamp"),
                               tr("a call with an old timestamp is refused"), rule, v1Reason));
        s.steps.append(skipped(prefix + QStringLiteral(".nonce"),
                               tr("a replayed call (same nonce) is refused"), rule, v1Reason));
        return s;
    }
    s.steps.append(step(
        prefix + QStringLiteral(".timestamp"),
        isKit ? tr("a Kit call with a timestamp 10 minutes old is refused")
              : tr("a basic call with a timestamp 10 minutes old is refused"),
        rule,
        [probe](ScenarioState &) {
            DebugRequest r = probe();
            r.timestampMs = QDateTime::currentMSecsSinceEpoch() - kTenMinutesMs;
            return r;
        },
        kRefused, tr("%1: a timestamp more than 60 s from now is refused").arg(rule)));

    // The replay: the very same call (body, timestamp, nonce, signature) twice.
    DebugStep original;
    original.title = tr("send a call to replay");
    original.rule = rule;
    original.request = [probe](ScenarioState &st) {
        DebugRequest r = probe();
        r.nonce = V2Signature::makeNonce();
        r.timestampMs = QDateTime::currentMSecsSinceEpoch();
        st.values.insert(QStringLiteral("nonce"), QString::fromLatin1(r.nonce));
        st.values.insert(QStringLiteral("timestamp"), r.timestampMs);
        return r;
    };
    original.judge = [](const DebugAnswer &a, ScenarioState &) {
        return a.code() == u"000001"
                   ? tr("a correctly signed call was refused with 000001, so a replay cannot be "
                        "told apart")
                   : QString();
    };
    s.steps.append(original);
    DebugStep replay = step(
        prefix + QStringLiteral(".nonce"),
        isKit ? tr("a replayed Kit call (same nonce) is refused")
              : tr("a replayed basic call (same nonce) is refused"),
        rule,
        [probe](ScenarioState &st) {
            DebugRequest r = probe();
            r.nonce = st.values.value(QStringLiteral("nonce")).toString().toLatin1();
            r.timestampMs = qint64(st.values.value(QStringLiteral("timestamp")).toDouble());
            return r;
        },
        kRefused, tr("%1: a nonce already used is refused").arg(rule));
    replay.needs = QStringLiteral("nonce");
    s.steps.append(replay);
    return s;
}

QList<DebugScenario> SecurityScenarios::basic(const ScenarioContext &c)
{
    const QString missing = c.id(QStringLiteral("probe-instance"));
    const bool v1 = c.v1();
    QList<DebugScenario> out{probes(c, QStringLiteral("basic"), [missing, v1] {
        return v1 ? basicV1({{QStringLiteral("activity"), QStringLiteral("queryInstance")},
                             {QStringLiteral("instanceId"), missing}})
                  : DebugSteps::basic(
                        {{QStringLiteral("activity"), QStringLiteral("queryInstance")},
                         {QStringLiteral("instanceId"), missing}});
    })};
    if (v1) {
        // Body-Sign is checked on every answer (DebugJudge); this check names the rule alone.
        DebugScenario body{QStringLiteral("security.bodySign"), false, {}};
        body.steps.append(
            step(QStringLiteral("security.bodySign"),
                 tr("answers carry a Body-Sign that verifies and is quoted as specified"),
                 QStringLiteral("§3.2"),
                 [missing](ScenarioState &) {
                     return basicV1({{QStringLiteral("activity"), QStringLiteral("queryInstance")},
                                     {QStringLiteral("instanceId"), missing}});
                 },
                 {}, {}));
        out.append(body);
    }
    return out;
}

QList<DebugScenario> SecurityScenarios::kit(const ScenarioContext &c)
{
    const QString tenant = c.id(QStringLiteral("probe-tenant"));
    const QString org = c.id(QStringLiteral("probe-dept"));
    return {probes(c, QStringLiteral("kit"), [tenant, org] {
        return DebugSteps::kit(QStringLiteral("singleOrgSync"),
                               {{QStringLiteral("instanceId"), QString()},
                                {QStringLiteral("tenantId"), tenant},
                                {QStringLiteral("orgCode"), org},
                                {QStringLiteral("flag"), 0}});
    })};
}
