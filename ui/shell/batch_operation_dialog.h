#pragma once
// Sends one batch operation and follows it: progress with cancel while it runs, then each
// target's outcome, "retry the failed ones", undo where the domain has one, and export of the
// results as CSV. Each request it makes carries its own ticket, so it never follows another
// window's operation. The domain's service is reached through BatchOperations.
#include <QDialog>

class BatchOperations;
class OperationResultsModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

class BatchOperationDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes `operations` as its child and sends `keys` at once.
    BatchOperationDialog(BatchOperations *operations, const QStringList &keys,
                         QWidget *parent = nullptr);
    qint64 operationId() const { return m_id; }
    bool isFinished() const { return m_finished; }
    OperationResultsModel *results() const { return m_results; }

private:
    // Asks the service for the change (or, with `retryOf`, for the failed ones of that
    // operation again) under a new ticket.
    void send(const QStringList &keys, qint64 retryOf = 0);
    void follow(qint64 id, int total);
    void onProgress(qint64 id, int done, int failed, int total);
    void onFinished(qint64 id, int done, int failed);
    void exportResults();

    BatchOperations *m_ops;
    qint64 m_id = 0;
    quint64 m_ticket = 0; // of the request whose operation this window waits for
    bool m_waitingForId = true;
    bool m_finished = false;
    bool m_undone = false;
    QLabel *m_label;
    QProgressBar *m_progress;
    QTableView *m_table;
    OperationResultsModel *m_results;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_undo;
    QPushButton *m_export;
    QPushButton *m_close;
};
