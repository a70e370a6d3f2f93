#include "sandbox/seller/engine_debug_runner.h"

#include "common/secure_random.h"
#include "seller/debugger/debug_run.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

EngineDebugRunner::EngineDebugRunner(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

DebugRunOutcome EngineDebugRunner::run(const DebugRunRequest &request)
{
    DebugRunOutcome o;
    o.runner = QStringLiteral("marketdesk-debugger");
    DebugTarget target;
    target.address = QUrl(request.url, QUrl::StrictMode);
    // A run is of one suite with one key; the other interface type's key is never used, but
    // the target wants two that differ.
    const QByteArray unused = "unused-" + SecureRandom::urlSafeToken(24);
    const bool kit = request.suite == u"kit";
    target.basicKey = kit ? unused : request.secret;
    target.kitKey = kit ? request.secret : unused;
    target.caCertificates = m_cas;
    if (const QString problem = target.problem(); !problem.isEmpty()) {
        o.note = QStringLiteral("the debugger cannot run against %1: %2").arg(request.url, problem);
        return o;
    }
    const DebugRun::Suite suite = kit ? DebugRun::Suite::Kit : DebugRun::Suite::Basic;

    DebugTally tally;
    QString firstFailure;
    bool finished = false;
    QThread *worker = QThread::create([&] {
        QEventLoop loop;
        DebugRun run(target, suite);
        QObject::connect(&run, &DebugRun::finished, &loop, [&] {
            finished = true;
            loop.quit();
        });
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        run.start();
        if (!finished)
            loop.exec();
        if (!finished)
            run.cancel();
        tally = DebugTally::of(run.checks());
        for (const DebugCheck &c : run.checks())
            if (c.verdict == DebugCheck::Verdict::Fail) {
                firstFailure = c.id + QStringLiteral(": ") + c.reason;
                break;
            }
    });
    worker->start();
    worker->wait();
    delete worker;

    o.ran = true;
    o.checksPassed = tally.passed;
    o.checksFailed = tally.failed;
    o.passed = finished && tally.allPassed() && tally.passed > 0;
    if (!finished)
        o.note = QStringLiteral("the run did not end within %1 s").arg(m_timeoutMs / 1000);
    else if (!firstFailure.isEmpty())
        o.note = firstFailure.left(500);
    else if (tally.passed == 0)
        o.note = QStringLiteral("no check could run");
    else
        o.note =
            QStringLiteral("%1 checks passed, %2 skipped").arg(tally.passed).arg(tally.skipped);
    return o;
}
