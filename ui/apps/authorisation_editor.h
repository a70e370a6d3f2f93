#pragma once
// Who may use one app (应用授权): the organisation's departments and groups on the left, ticked
// to grant them automatically, and the members on the right, ticked to grant them by hand
// (automatic grants shown as such), with the member table's search. Nothing is sent while
// ticking: the line at the bottom says who gains and who loses access and the seats that
// leaves, and "Review and send" confirms it and sends the revokes, then the grants, as one
// operation through the outbox in the batch window (per-target results, retry, export).
#include "apps/client/apps_records.h"

#include <QDialog>

#include <memory>

class AppsService;
class AuthorisationDraft;
class AuthorisationMemberModel;
class AuthorisationTreeModel;
class BatchOperationDialog;
class OrgDirectory;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;

class AuthorisationEditor : public QDialog
{
    Q_OBJECT
public:
    // Reads the app's seats from `service`, then shows the draft over `directory`.
    AuthorisationEditor(AppsService *service, const AppsSnapshotPtr &snapshot, const QString &appId,
                        std::shared_ptr<const OrgDirectory> directory, QWidget *parent = nullptr);
    ~AuthorisationEditor() override;

    AuthorisationDraft *draft() const { return m_draft.get(); }
    AuthorisationTreeModel *treeModel() const { return m_tree; }
    AuthorisationMemberModel *memberModel() const { return m_members; }
    QTreeView *treeView() const { return m_treeView; }
    QTableView *memberView() const { return m_memberView; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *previewLabel() const { return m_preview; }
    // The confirmation or the batch window on screen, for tests.
    QMessageBox *pendingConfirmation() const { return m_confirm; }
    BatchOperationDialog *batchWindow() const { return m_batch; }

Q_SIGNALS:
    // The seats arrived and the draft is shown.
    void ready();

public Q_SLOTS:
    void reject() override;

private:
    void build(const QList<SeatHolding> &seats);
    void updatePreview();
    void onTreeCurrent();
    void askToSend();
    void send();

    AppsService *m_service;
    AppsSnapshotPtr m_snapshot;
    QString m_appId;
    QString m_appName;
    std::shared_ptr<const OrgDirectory> m_directory;
    std::unique_ptr<AuthorisationDraft> m_draft;
    AuthorisationTreeModel *m_tree;
    AuthorisationMemberModel *m_members;
    QTreeView *m_treeView;
    QTableView *m_memberView;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_show;
    QLabel *m_status;
    QLabel *m_preview;
    QPushButton *m_revert;
    QPushButton *m_send;
    QMessageBox *m_confirm = nullptr;
    BatchOperationDialog *m_batch = nullptr;
};
