#include "seller/debugger/debug_run.h"

#include "common/secure_random.h"
#include "seller/debugger/basic_scenarios.h"
#include "seller/debugger/debug_caller.h"
#include "seller/debugger/debug_judge.h"
#include "seller/debugger/debugger_logging.h"
#include "seller/debugger/kit_scenarios.h"
#include "seller/debugger/license_scenarios.h"
#include "seller/debugger/login_provider.h"
#include "seller/debugger/login_scenarios.h"
#include "seller/debugger/reference_row_check.h"
#include "seller/debugger/security_scenarios.h"
#include "seller/debugger/v1_scenarios.h"

#include <QNetworkAccessManager>
#include <QTimer>

DebugRun::DebugRun(const DebugTarget &target, Suite suite, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_suite(suite)
    , m_network(new QNetworkAccessManager(this))
    , m_caller(new DebugCaller(m_target, m_mask, m_network, this))
{
}

DebugRun::~DebugRun()
{
    m_caller->abortAll();
}

bool DebugRun::parseSuite(const QString &name, Suite *suite)
{
    static const QHash<QString, Suite> names = {{QStringLiteral("basic"), Suite::Basic},
                                                {QStringLiteral("kit"), Suite::Kit},
                                                {QStringLiteral("license"), Suite::License},
                                                {QStringLiteral("login"), Suite::Login},
                                                {QStringLiteral("all"), Suite::All}};
    if (!names.contains(name))
        return false;
    *suite = names.value(name);
    return true;
}

QString DebugRun::suiteName(Suite suite)
{
    switch (suite) {
    case Suite::Basic:
        return QStringLiteral("basic");
    case Suite::Kit:
        return QStringLiteral("kit");
    case Suite::License:
        return QStringLiteral("license");
    case Suite::Login:
        return QStringLiteral("login");
    case Suite::All:
        break;
    }
    return QStringLiteral("all");
}

QList<DebugScenario> DebugRun::buildScenarios()
{
    const ScenarioContext c(m_target, m_runId, m_mask, m_provider);
    const bool v1 = m_target.mode == DebugTarget::Mode::V1;
    QList<DebugScenario> all;
    if (m_suite == Suite::Basic || m_suite == Suite::All) {
        all += v1 ? V1Scenarios::basic(c) : BasicScenarios::basic(c);
        all += SecurityScenarios::basic(c);
    }
    if (m_suite == Suite::License || m_suite == Suite::All)
        all += LicenseScenarios::build(c);
    if (m_suite == Suite::Kit || m_suite == Suite::All) {
        all += KitScenarios::build(c);
        all += SecurityScenarios::kit(c);
        all += ReferenceRowCheck::build(c);
    }
    if (m_suite == Suite::Login || m_suite == Suite::All)
        all += LoginScenarios::build(
            c, m_target.loginCallback.isEmpty()
                   ? tr("no callback address was given (--callback): the unified login is "
                        "checked only against the credential's callback address")
                   : QString());
    if (!m_only.isEmpty())
        all.removeIf([this](const DebugScenario &s) { return !m_only.contains(s.id); });
    return all;
}

bool DebugRun::startProvider()
{
    const bool wanted =
        m_suite == Suite::Login || (m_suite == Suite::All && !m_target.loginCallback.isEmpty());
    if (!wanted || (!m_only.isEmpty() && !m_only.contains(QStringLiteral("login"))))
        return true;
    if (const QString problem = m_target.loginProblem(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    m_provider = new LoginProvider(m_mask, this);
    QString why;
    if (!m_provider->listen(m_target.loginListenHost, m_target.loginListenPort, &why)) {
        m_error = tr("The login provider cannot listen on %1 port %2 (--login-listen): %3")
                      .arg(m_target.loginListenHost.toString())
                      .arg(m_target.loginListenPort)
                      .arg(why);
        return false;
    }
    qCInfo(lcDebugger).noquote() << "login provider listening at" << m_provider->url().toString()
                                 << "as"
                                 << m_target.loginDomain(m_provider->url().port()).toString();
    return true;
}

void DebugRun::start()
{
    if (m_running)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_error = m_target.problem();
    if (!m_error.isEmpty()) {
        QTimer::singleShot(0, this, &DebugRun::finished);
        return;
    }
    m_runId = QStringLiteral("md") + QString::fromLatin1(SecureRandom::bytes(5).toHex());
    m_mask.addSecret(m_target.basicKey);
    m_mask.addSecret(m_target.kitKey);
    if (!startProvider()) {
        QTimer::singleShot(0, this, &DebugRun::finished);
        return;
    }
    m_scenarios = buildScenarios();
    for (qsizetype s = 0; s < m_scenarios.size(); ++s) {
        QList<int> indexes;
        for (const DebugStep &step : m_scenarios[s].steps) {
            if (step.checkId.isEmpty()) {
                indexes.append(-1);
                continue;
            }
            DebugCheck check;
            check.id = step.checkId;
            check.scenario = m_scenarios[s].id;
            check.title = step.title;
            check.rule = step.rule;
            indexes.append(int(m_checks.size()));
            m_checks.append(check);
        }
        m_checkOf.append(indexes);
        m_state.append(Running{});
        if (!m_scenarios[s].exclusive)
            m_queue.append(int(s));
    }
    for (qsizetype s = 0; s < m_scenarios.size(); ++s) {
        if (m_scenarios[s].exclusive)
            m_queue.append(int(s));
    }
    m_running = true;
    qCInfo(lcDebugger).noquote() << "run" << m_runId << "suite" << suiteName(m_suite)
                                 << DebugTarget::modeName(m_target.mode) << "against"
                                 << m_mask.url(m_target.address) << m_checks.size() << "checks";
    Q_EMIT progress(0, int(m_checks.size()));
    // Started from the event loop, so that a caller connects to the signals first.
    QTimer::singleShot(0, this, &DebugRun::launchMore);
}

void DebugRun::launchMore()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty() && m_active == 0) {
        finish();
        return;
    }
    while (m_running && !m_queue.isEmpty() && m_active < kParallel) {
        const int next = m_queue.first();
        // One that reads server-wide counters runs alone.
        if (m_scenarios[next].exclusive && m_active > 0)
            return;
        m_queue.removeFirst();
        ++m_active;
        runStep(next);
        if (m_scenarios[next].exclusive)
            return;
    }
}

void DebugRun::runStep(int scenario)
{
    // A slot of checkFinished() or progress() may have cancelled the run meanwhile.
    if (!m_running)
        return;
    Running &r = m_state[scenario];
    const QList<DebugStep> &steps = m_scenarios[scenario].steps;
    while (r.step < steps.size()) {
        const DebugStep &step = steps[r.step];
        const int index = m_checkOf[scenario][r.step];
        QString skip = r.brokenBy;
        if (skip.isEmpty())
            skip = step.skipReason;
        if (skip.isEmpty() && !step.needs.isEmpty() && !r.state.values.contains(step.needs))
            skip = tr("not run: it needs %1 from an earlier step of this scenario, which did not "
                      "give it")
                       .arg(step.needs);
        if (skip.isEmpty() && step.inspect) {
            judge(scenario, step.inspect(r.state));
            return;
        }
        if (skip.isEmpty()) {
            m_caller->send(step.request(r.state),
                           [this, scenario](const DebugAnswer &a) { judge(scenario, a); });
            return;
        }
        if (index >= 0 && !r.preparationFailed.isEmpty()) {
            record(index, DebugCheck::Verdict::Fail, r.preparationFailed);
            r.preparationFailed.clear();
        } else if (index >= 0) {
            record(index, DebugCheck::Verdict::Skipped, skip);
        }
        ++r.step;
    }
    scenarioDone(scenario);
}

void DebugRun::judge(int scenario, const DebugAnswer &a)
{
    if (!m_running)
        return;
    Running &r = m_state[scenario];
    const DebugStep &step = m_scenarios[scenario].steps[r.step];
    const int index = m_checkOf[scenario][r.step];
    QString why;
    bool unusable = false;
    if (step.inspect) {
        // Made from what the run saw: always usable, the judge decides.
    } else if (step.anyAnswer) {
        unusable = !a.answered() || a.timedOut;
        if (unusable)
            why = tr("no answer: %1").arg(a.error);
    } else {
        why = step.referenceProbe ? DebugJudge::plainJson(a) : DebugJudge::common(a);
        unusable = !a.answered() || a.timedOut || !a.isJsonObject;
    }
    if (why.isEmpty() && !step.expect.isEmpty())
        why = DebugJudge::expectCode(a, step.expect, step.expectWhy);
    r.state.undecided.clear();
    r.state.passReason.clear();
    if (why.isEmpty() && step.judge)
        why = step.judge(a, r.state);
    // An inspection that found no call of the seller's server has no exchange to show.
    const DebugExchange *exchange =
        step.inspect && a.exchange.method.isEmpty() ? nullptr : &a.exchange;
    if (index >= 0) {
        if (!why.isEmpty())
            record(index, DebugCheck::Verdict::Fail, why, exchange);
        else if (!r.state.undecided.isEmpty())
            record(index, DebugCheck::Verdict::Skipped, r.state.undecided, exchange);
        else if (!r.state.passReason.isEmpty())
            record(index, DebugCheck::Verdict::Pass, r.state.passReason, exchange);
        else
            record(index, DebugCheck::Verdict::Pass,
                   a.code().isEmpty() ? tr("answered in %1 ms").arg(a.elapsedMs)
                                      : tr("answered %1 in %2 ms").arg(a.code()).arg(a.elapsedMs),
                   exchange);
        if (unusable)
            r.brokenBy = tr("not run: an earlier call of this scenario got no usable answer");
    } else if (!why.isEmpty()) {
        r.preparationFailed = tr("the preparation \"%1\" failed: %2").arg(step.title, why);
        r.brokenBy = tr("not run: the preparation \"%1\" failed").arg(step.title);
    }
    ++r.step;
    runStep(scenario);
}

void DebugRun::record(int index, DebugCheck::Verdict verdict, const QString &reason,
                      const DebugExchange *exchange)
{
    DebugCheck &c = m_checks[index];
    c.verdict = verdict;
    c.reason = m_mask.scrub(reason);
    if (exchange) {
        c.exchange = *exchange;
        c.hasExchange = true;
    }
    ++m_done;
    Q_EMIT checkFinished(index);
    Q_EMIT progress(m_done, int(m_checks.size()));
}

void DebugRun::scenarioDone(int scenario)
{
    Q_UNUSED(scenario)
    --m_active;
    launchMore();
}

void DebugRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_caller->abortAll();
    m_queue.clear();
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (m_checks[i].verdict == DebugCheck::Verdict::Pending)
            record(int(i), DebugCheck::Verdict::Skipped, tr("cancelled"));
    }
    finish();
}

void DebugRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_elapsedMs = m_clock.elapsed();
    const DebugTally t = DebugTally::of(m_checks);
    qCInfo(lcDebugger).noquote() << "run" << m_runId << (m_cancelled ? "cancelled" : "finished")
                                 << "in" << m_elapsedMs << "ms:" << t.passed << "passed" << t.failed
                                 << "failed" << t.skipped << "skipped";
    Q_EMIT finished();
}
