#include "seller/client/seller_debug_desk.h"

#include "seller/client/seller_client_logging.h"
#include "seller/debugger/debug_report.h"

QString DebugOutcome::verdict() const
{
    if (!error.isEmpty())
        return QStringLiteral("error");
    if (cancelled)
        return QStringLiteral("cancelled");
    const DebugTally t = tally();
    // A run where nothing passed proves nothing: it is not a pass.
    return t.allPassed() && t.passed > 0 ? QStringLiteral("passed") : QStringLiteral("failed");
}

SellerDebugDesk::SellerDebugDesk(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DebugOutcome>();
    qRegisterMetaType<DebugCheck>();
    qRegisterMetaType<DebugTarget>();
    qRegisterMetaType<QList<DebugCheck>>();
}

SellerDebugDesk::~SellerDebugDesk()
{
    if (m_run && m_run->isRunning()) {
        // The account is closing: the run ends as cancelled and is journalled as such (the
        // journal still exists: the service deletes this first).
        m_run->cancel();
    }
    if (m_run)
        disconnect(m_run.get(), nullptr, this, nullptr);
}

void SellerDebugDesk::run(quint64 ticket, const DebugTarget &target, DebugRun::Suite suite)
{
    if (isRunning()) {
        DebugOutcome refused;
        refused.address = target.address.toString(QUrl::RemoveUserInfo);
        refused.suite = DebugRun::suiteName(suite);
        refused.error = tr("Another debugging run is in progress; wait for it or cancel it.");
        Q_EMIT finished(ticket, refused);
        return;
    }
    m_ticket = ticket;
    m_run = std::make_unique<DebugRun>(target, suite);
    DebugRun *run = m_run.get();
    connect(run, &DebugRun::checkFinished, this, [this, run](int index) {
        Q_EMIT checkFinished(m_ticket, index, run->checks().at(index));
    });
    connect(run, &DebugRun::progress, this,
            [this](int done, int total) { Q_EMIT progress(m_ticket, done, total); });
    connect(run, &DebugRun::finished, this, &SellerDebugDesk::onFinished);
    run->start();
    // A target that cannot be used has finished already, inside start().
    if (run->isRunning())
        Q_EMIT started(ticket, run->checks());
}

void SellerDebugDesk::cancel()
{
    if (isRunning())
        m_run->cancel();
}

void SellerDebugDesk::onFinished()
{
    const DebugRun &run = *m_run;
    DebugOutcome o;
    o.runId = run.runId();
    o.address = run.target().address.toString(QUrl::RemoveUserInfo); // never a password
    o.suite = DebugRun::suiteName(run.suite());
    o.mode = DebugTarget::modeName(run.target().mode);
    o.startedAt = run.startedAt();
    o.elapsedMs = run.elapsedMs();
    o.cancelled = run.wasCancelled();
    o.error = run.error();
    o.checks = run.checks();
    const DebugTally t = o.tally();
    const QString detail =
        o.error.isEmpty()
            ? QStringLiteral("suite %1, %2, %3 passed, %4 failed, %5 skipped, %6 ms, run %7")
                  .arg(o.suite, o.mode)
                  .arg(t.passed)
                  .arg(t.failed)
                  .arg(t.skipped)
                  .arg(o.elapsedMs)
                  .arg(o.runId)
            : QStringLiteral("suite %1, %2: %3").arg(o.suite, o.mode, o.error);
    qCInfo(lcSellerClient) << "debugging run" << o.runId << o.verdict();
    QString error;
    if (m_journal &&
        !m_journal(QStringLiteral("seller.debug.local"), o.address, o.verdict(), detail, &error)) {
        // The run stands; that it is not in the journal must not pass unseen.
        o.journalProblem = tr("The run is not in the audit journal: %1").arg(error);
    }
    Q_EMIT finished(m_ticket, o);
}

void SellerDebugDesk::exportReport(quint64 ticket, const QString &path)
{
    if (!m_run || m_run->isRunning()) {
        Q_EMIT exported(ticket, false,
                        m_run ? tr("The run has not finished yet.")
                              : tr("There is no debugging run to export."));
        return;
    }
    const SellerResult<void> written = DebugReport(*m_run).write(path);
    if (!written) {
        Q_EMIT exported(ticket, false, written.error());
        return;
    }
    QString error;
    if (m_journal)
        m_journal(QStringLiteral("seller.debug.export"), path, QStringLiteral("done"),
                  QStringLiteral("run %1").arg(m_run->runId()), &error);
    Q_EMIT exported(ticket, true, tr("The report was saved to %1.").arg(path));
}
