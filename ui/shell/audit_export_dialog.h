#pragma once
// Export of the audit journal to CSV with filters (time range, actor, action) and the byte
// order mark choice; runs on the service's thread with progress and cancel.
#include <QDialog>

class OrgService;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

class AuditExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditExportDialog(OrgService *service, QWidget *parent = nullptr);

private:
    void start();

    OrgService *m_service;
    QCheckBox *m_useFrom, *m_useTo, *m_bom;
    QDateTimeEdit *m_from, *m_to;
    QLineEdit *m_actor, *m_action;
    QLabel *m_status;
    QPushButton *m_export, *m_cancel;
    bool m_running = false;
    quint64 m_ticket = 0; // of the export in progress
};
