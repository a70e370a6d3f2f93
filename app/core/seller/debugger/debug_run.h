#pragma once
// One run of the integration debugger (应用接入调试): plays the marketplace against a seller's
// production address with the seller's keys and testFlag=1, running a suite's scenarios —
// independent ones side by side over one QNetworkAccessManager (at most six at a time, so
// that none waits for a connection and every call gets the full 5 s), the steps of a
// scenario in order — and keeping a verdict per check. Asynchronous: it never blocks the
// thread it lives on; progress() as checks finish, cancel() at any time, finished() once.
// The ids it sends (orderId, tenantId, eventId…) start with a random per-run prefix, so two
// runs never collide. The login suite also runs a small OAuth provider (LoginProvider) for
// the duration of the run, on the same thread.
#include "seller/debugger/debug_check.h"
#include "seller/debugger/debug_scenario.h"
#include "seller/debugger/debug_target.h"
#include "seller/debugger/secret_mask.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

class DebugCaller;
class LoginProvider;
class QNetworkAccessManager;

class DebugRun : public QObject
{
    Q_OBJECT

public:
    enum class Suite
    {
        Basic,   // V2 §6.1 / V1 §6.2 activities, and the basic signature refusals
        Kit,     // §4 Kit interfaces, and the Kit signature refusals
        License, // §7.1 getLicenseAsync
        Login,   // §5 unified login against the credential's callback address
        All      // everything; the login's checks skipped when no callback address is given
    };
    static constexpr int kParallel = 6; // QNetworkAccessManager's connections per host

    DebugRun(const DebugTarget &target, Suite suite, QObject *parent = nullptr);
    ~DebugRun() override;

    static bool parseSuite(const QString &name, Suite *suite);
    static QString suiteName(Suite suite);

    // Only these scenarios (ids such as "basic.lifecycle"); all of the suite when empty.
    void setScenarios(const QStringList &ids) { m_only = ids; }
    // Starts; a target that cannot be used finishes at once with error() set.
    void start();
    // Abandons the calls in flight; the checks not done are skipped ("cancelled").
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QString error() const { return m_error; }
    const QList<DebugCheck> &checks() const { return m_checks; }
    const DebugTarget &target() const { return m_target; }
    Suite suite() const { return m_suite; }
    QString runId() const { return m_runId; }
    QDateTime startedAt() const { return m_startedAt; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    const SecretMask &mask() const { return m_mask; }

Q_SIGNALS:
    void checkFinished(int index);
    void progress(int done, int total);
    void finished();

private:
    struct Running
    {
        int step = 0;
        ScenarioState state;
        QString brokenBy; // why the rest of the scenario is not run
        // A preparation failed: the next check fails with this (a run where nothing could be
        // checked must not look passed), the ones after it are skipped.
        QString preparationFailed;
    };

    QList<DebugScenario> buildScenarios();
    // Starts the login provider when the suite has the login in it; false (m_error set) when
    // it cannot listen.
    bool startProvider();
    void launchMore();
    void runStep(int scenario);
    void judge(int scenario, const DebugAnswer &answer);
    void record(int index, DebugCheck::Verdict verdict, const QString &reason,
                const DebugExchange *exchange = nullptr);
    void scenarioDone(int scenario);
    void finish();

    DebugTarget m_target;
    Suite m_suite;
    QStringList m_only;
    QString m_runId;
    SecretMask m_mask;
    QNetworkAccessManager *m_network;
    DebugCaller *m_caller;
    LoginProvider *m_provider = nullptr; // the login suite's OAuth provider, for this run only
    QList<DebugScenario> m_scenarios;
    QList<QList<int>> m_checkOf; // [scenario][step] → index into m_checks, or -1
    QList<Running> m_state;
    QList<int> m_queue; // scenarios not started, in order
    int m_active = 0;
    QList<DebugCheck> m_checks;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
};
