#pragma once
// Export of the audit journal to CSV with filters (time range, actor, action) and the byte
// order mark choice; runs on the service's thread with progress and cancel. The dialog knows
// no service: whoever opens it says how an export starts and is cancelled, and passes the
// service's progress and outcome on (every domain's service journals to the same file).
#include "storage/audit_export.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

class AuditExportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Backend
    {
        std::function<quint64()> newTicket; // the service's, so that its answers match
        // Queues the export on the service's thread; never blocks.
        std::function<void(quint64 ticket, const QString &path, const AuditExportOptions &)> start;
        // From this thread, while an export runs.
        std::function<void()> cancel;
    };

    explicit AuditExportDialog(Backend backend, QWidget *parent = nullptr);

public Q_SLOTS:
    void showProgress(quint64 ticket, qint64 rows);
    void showFinished(quint64 ticket, bool ok, const QString &message);

private:
    void start();

    Backend m_backend;
    QCheckBox *m_useFrom, *m_useTo, *m_bom;
    QDateTimeEdit *m_from, *m_to;
    QLineEdit *m_actor, *m_action;
    QLabel *m_status;
    QPushButton *m_export, *m_cancel;
    bool m_running = false;
    quint64 m_ticket = 0; // of the export in progress
};
