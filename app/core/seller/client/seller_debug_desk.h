#pragma once
// The console's integration debugger (应用接入调试) as a service: runs one DebugRun at a time on
// the seller service's thread (the UI thread never waits on the network), reports each check
// as it finishes and the run when it ends, journals every run in the account's audit journal
// (who, which address, which suite, the verdict — never a key), and writes the last run's
// report (HTML or JSON) when asked, off the UI thread too. The keys a run uses live only in
// memory, in the run, which is kept until the next run or the account closes: the report
// scrubs them from what it writes. An audit export waits on this thread, so the service
// refuses one while a run goes (it would hold up the answers past the 5 s rule).
#include "seller/debugger/debug_check.h"
#include "seller/debugger/debug_run.h"
#include "seller/debugger/debug_target.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>

#include <functional>
#include <memory>

// What a finished run came to, for a view: everything but the keys.
struct DebugOutcome
{
    QString runId;
    QString address;
    QString suite;
    QString mode;
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QString error;          // the target could not be used; no check ran
    QString journalProblem; // the run stands, but its journal entry could not be written
    QList<DebugCheck> checks;

    DebugTally tally() const { return DebugTally::of(checks); }
    // "passed", "failed", "cancelled" or "error", as journalled.
    QString verdict() const;
};

class SellerDebugDesk : public QObject
{
    Q_OBJECT
public:
    // `journal` appends (action, target, result, detail) to the account's journal; false and
    // a message when it could not.
    using Journal =
        std::function<bool(const QString &action, const QString &target, const QString &result,
                           const QString &detail, QString *error)>;

    explicit SellerDebugDesk(QObject *parent = nullptr);
    ~SellerDebugDesk() override;

    void setJournal(Journal journal) { m_journal = std::move(journal); }
    bool isRunning() const { return m_run && m_run->isRunning(); }

public Q_SLOTS:
    // Starts a run; refused (finished with error) while another one runs.
    void run(quint64 ticket, const DebugTarget &target, DebugRun::Suite suite);
    // The run in progress ends; checks not done are skipped as cancelled.
    void cancel();
    // Writes the last finished run's report: HTML for *.html, JSON for *.json.
    void exportReport(quint64 ticket, const QString &path);

Q_SIGNALS:
    // Every check of the run, still pending, in the order they are reported.
    void started(quint64 ticket, const QList<DebugCheck> &checks);
    void checkFinished(quint64 ticket, int index, const DebugCheck &check);
    void progress(quint64 ticket, int done, int total);
    void finished(quint64 ticket, const DebugOutcome &outcome);
    void exported(quint64 ticket, bool ok, const QString &message);

private:
    void onFinished();

    Journal m_journal;
    std::unique_ptr<DebugRun> m_run; // the running one, then the last finished one
    quint64 m_ticket = 0;
};

Q_DECLARE_METATYPE(DebugOutcome)
Q_DECLARE_METATYPE(DebugCheck)
Q_DECLARE_METATYPE(DebugTarget)
