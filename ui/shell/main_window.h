#pragma once
// The console's main window: navigation, the organisation view (department tree, member table
// with search and status filter, details pane), actions on the selection, and the status bar.
// It talks to OrgService, which lives on a worker thread, only through queued calls.
#include "org/domain.h"
#include "org/org_snapshot.h"

#include <QMainWindow>
#include <QPointer>

class DepartmentTreeModel;
class MemberDetailsPane;
class MemberTableModel;
class OperationDialog;
class OrgService;
struct Impact;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `service` must already live on its worker thread; the window never calls it directly.
    MainWindow(OrgService *service, const QString &accountLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList selectedUserNames() const;
    MemberTableModel *memberModel() const { return m_members; }
    DepartmentTreeModel *departmentModel() const { return m_departments; }
    // Used by tests and the CSV import: select these members in the table.
    void selectUserNames(const QStringList &userNames);
    // Opens the first division and selects its first member (for screenshots and demos).
    void showFirstMember();
    // Who is signed in, shown in the status bar. `role` is "admin", "user" or empty (the
    // provider did not say); a plain member ("user") can look but not change, and the window
    // says so.
    void setIdentity(const QString &name, const QString &tenantName, const QString &role,
                     const QString &details);
    void setSignedOut(const QString &reason);
    void setSignedIn();

Q_SIGNALS:
    void switchAccountRequested();
    void addAccountRequested();
    void signOutRequested();
    void signInAgainRequested();
    void removeAccountRequested();

public Q_SLOTS:
    void requestSync();
    void requestAction(MemberAction action, const QStringList &userNames);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildUi();
    void connectService();
    void restoreLayout();
    void saveLayout();
    void submitAction(const Impact &impact);
    void onSnapshot(const OrgSnapshotPtr &snapshot);
    void onSelectionChanged();
    void onDepartmentChanged();
    void updateActions();
    void updateStatus();
    void showContextMenu(const QPoint &pos);
    void addMember();
    void editMember();
    void addDepartment();
    void editDepartment();
    void deleteDepartment();
    void importCsv();
    void exportAudit();
    void showAbout();
    void chooseLanguage();
    template <typename F> void callService(F &&f);

    OrgService *m_service;
    QString m_accountLabel;
    DepartmentTreeModel *m_departments;
    MemberTableModel *m_members;
    OrgSnapshotPtr m_snapshot;
    QListWidget *m_navigation = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    MemberDetailsPane *m_details = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_onlineLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QWidget *m_signInBanner = nullptr;
    QLabel *m_signInReason = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QPointer<OperationDialog> m_operationDialog;
    QStringList m_pendingSelection;
    bool m_online = true;
    bool m_syncing = false;
    bool m_firstSnapshot = true;
    bool m_readOnly = false;
    bool m_signedIn = true;

    QAction *m_syncAction = nullptr;
    QAction *m_cancelSyncAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addMemberAction = nullptr;
    QAction *m_editMemberAction = nullptr;
    QAction *m_addDepartmentAction = nullptr;
    QAction *m_editDepartmentAction = nullptr;
    QAction *m_deleteDepartmentAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAuditAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
};
