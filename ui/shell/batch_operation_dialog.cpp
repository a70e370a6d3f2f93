#include "ui/shell/batch_operation_dialog.h"

#include "models/common/operation_results_model.h"
#include "ui/shell/batch_operations.h"
#include "ui/shell/button_box_focus.h"
#include "ui/shell/desktop_notifier.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

BatchOperationDialog::BatchOperationDialog(BatchOperations *operations, const QStringList &keys,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ops(operations)
    , m_label(PlainText::label())
    , m_progress(new QProgressBar)
    , m_table(new QTableView)
    , m_results(new OperationResultsModel(this))
{
    setObjectName(QStringLiteral("OperationDialog"));
    m_ops->setParent(this);
    m_results->setKeyLabel([ops = m_ops](const QString &key) { return ops->keyLabel(key); },
                           m_ops->keyHeader());
    const int total = int(keys.size());
    setWindowTitle(m_ops->title(total));
    auto *layout = new QVBoxLayout(this);
    m_label->setObjectName(QStringLiteral("operationLabel"));
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setAccessibleName(tr("Results", "of each target of a batch operation"));
    m_table->setTabKeyNavigation(false); // Tab leaves the list; arrows move in it
    m_table->setModel(m_results);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setVisible(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(tr("Cancel the rest"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelOperationButton"));
    m_retry = buttons->addButton(tr("Retry the failed ones"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_export = buttons->addButton(tr("Export results…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportResultsButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // Hidden after the last addButton: the box shows every button each time it lays them out.
    m_retry->setVisible(false);
    m_undo->setVisible(false);
    m_export->setVisible(false);
    m_close->setEnabled(false);
    // Retry, the box's first button, is hidden until something failed.
    ButtonBoxFocus::keepTabThroughHiddenButtons(buttons);
    layout->addWidget(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_id)
            m_ops->cancel(m_id);
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling; calls already sent finish first…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const int failed = m_results->failedCount();
        follow(0, failed);
        send({}, m_id);
    });
    connect(m_export, &QPushButton::clicked, this, &BatchOperationDialog::exportResults);
    // Undo where it is cheap (a switch, enable and disable): the opposite change for the
    // targets that changed.
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QStringList keys = m_results->doneKeys();
        if (keys.isEmpty())
            return;
        m_undone = true;
        m_ops->switchToUndo();
        setWindowTitle(m_ops->title(int(keys.size())));
        follow(0, int(keys.size()));
        send(keys);
    });

    connect(m_ops, &BatchOperations::queued, this, [this](quint64 ticket, qint64 id, int total) {
        if (m_waitingForId && ticket == m_ticket) {
            m_waitingForId = false;
            follow(id, total);
        }
    });
    connect(m_ops, &BatchOperations::refused, this, [this](quint64 ticket, const QString &why) {
        if (!m_waitingForId || ticket != m_ticket)
            return;
        m_waitingForId = false;
        m_finished = true;
        m_label->setText(why);
        m_cancel->setEnabled(false);
        m_close->setEnabled(true);
    });
    connect(m_ops, &BatchOperations::progress, this, &BatchOperationDialog::onProgress);
    connect(m_ops, &BatchOperations::finished, this, &BatchOperationDialog::onFinished);
    connect(m_ops, &BatchOperations::resultsReady, this,
            [this](qint64 id, const QList<Outbox::Target> &targets) {
                if (id != m_id)
                    return;
                m_results->setTargets(targets);
                m_table->setVisible(true);
                // Whoever waited with the keyboard on Close lands on the results (Enter still
                // closes: Close is the default).
                if (QWidget *at = focusWidget(); !at || at == m_close) {
                    m_table->setCurrentIndex(m_results->index(0, 0));
                    m_table->setFocus(Qt::OtherFocusReason);
                }
                m_table->resizeColumnToContents(OperationResultsModel::UserNameColumn);
                const int failed = m_results->failedCount();
                m_retry->setVisible(failed > 0);
                m_retry->setText(tr("Retry the failed ones (%1)").arg(failed));
                m_undo->setVisible(!m_undone && m_ops->canUndo() &&
                                   !m_results->doneKeys().isEmpty());
            });
    connect(m_ops, &BatchOperations::stalled, this, [this](const QString &message) {
        if (!m_finished)
            m_label->setText(tr("Waiting for the server: %1 The changes are kept and sent when "
                                "it answers; you may close this window.")
                                 .arg(message));
        m_close->setEnabled(true);
    });
    follow(0, total);
    resize(620, 200);
    send(keys);
}

void BatchOperationDialog::send(const QStringList &keys, qint64 retryOf)
{
    m_ticket = m_ops->newTicket();
    m_waitingForId = true;
    m_finished = false;
    if (retryOf)
        m_ops->retryFailed(m_ticket, retryOf);
    else
        m_ops->send(m_ticket, keys);
}

void BatchOperationDialog::follow(qint64 id, int total)
{
    m_id = id ? id : m_id;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(0);
    m_label->setText(tr("Sending %n change(s)…", nullptr, total));
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_retry->setVisible(false);
    m_undo->setVisible(false);
    m_export->setVisible(false);
}

void BatchOperationDialog::onProgress(qint64 id, int done, int failed, int total)
{
    if (id != m_id || m_waitingForId)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done + failed);
    m_label->setText(tr("%1 of %2 done, %3 failed…").arg(done).arg(total).arg(failed));
}

void BatchOperationDialog::onFinished(qint64 id, int done, int failed)
{
    if (id != m_id || m_waitingForId)
        return;
    m_finished = true;
    m_progress->setValue(m_progress->maximum());
    m_label->setText(failed == 0 ? m_ops->doneText(done)
                                 : tr("Finished: %1 done, %2 failed. The reasons are listed "
                                      "below.")
                                       .arg(done)
                                       .arg(failed));
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    // Cancel had the focus while it ran: a keyboard user is not left with none.
    if (QWidget *at = focusWidget(); !at || !at->isEnabled() || at == m_cancel)
        m_close->setFocus(Qt::OtherFocusReason);
    m_export->setVisible(true);
    m_ops->requestResults(id);
    resize(width(), std::max(height(), 420));
    // Whoever went to another window while it ran hears that it ended, and how.
    DesktopNotifier::notifyIfInBackground(tr("%1: finished").arg(windowTitle()), m_label->text());
}

void BatchOperationDialog::exportResults()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export results"),
                                                      QStringLiteral("results-%1.csv").arg(m_id),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const quint64 ticket = m_ops->newTicket();
    onTicketAnswer(m_ops, &BatchOperations::exportFinished, this, ticket,
                   [this](bool ok, const QString &message) {
                       if (ok)
                           m_label->setText(message);
                       else
                           PlainText::warning(this, tr("Export results"), message);
                   });
    m_ops->exportResults(ticket, m_id, path);
}
