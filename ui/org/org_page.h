#pragma once
// The organisation page: department tree, member table with search and status filter,
// details pane, and the actions on the selection (OrgActions). It talks to OrgService, which
// lives on a worker thread, only through queued calls, and shows the local copy even when the
// server cannot be reached.
#include "org/domain.h"
#include "org/org_snapshot.h"
#include "ui/org/org_actions.h"
#include "ui/shell/page.h"

#include <QPointer>

class DepartmentTreeModel;
class MemberDetailsPane;
class MemberTableModel;
class OperationDialog;
class OrgService;
struct Impact;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

class OrgPage : public Page
{
    Q_OBJECT
public:
    // `service` must already live on its worker thread; the page never calls it directly.
    explicit OrgPage(OrgService *service, QWidget *parent = nullptr);
    ~OrgPage() override;

    QString title() const override;
    QList<QMenu *> menus() const override;
    QList<QAction *> pageActions(Place place) const override;
    QList<QWidget *> statusWidgets() const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    OrgActions *orgActions() const { return m_actions; }
    QStringList selectedUserNames() const;
    MemberTableModel *memberModel() const { return m_members; }
    DepartmentTreeModel *departmentModel() const { return m_departments; }
    // Used by tests and the CSV import: select these members in the table.
    void selectUserNames(const QStringList &userNames);
    // Opens the first division and selects its first member (for screenshots and demos).
    void showFirstMember();

public Q_SLOTS:
    void requestSync();
    void requestAction(MemberAction action, const QStringList &userNames);

protected:
    // A theme changed while the console runs: disabled members take its muted colour.
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildUi();
    void connectService();
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
    template <typename F> void callService(F &&f);

    OrgService *m_service;
    OrgActions *m_actions;
    DepartmentTreeModel *m_departments;
    MemberTableModel *m_members;
    OrgSnapshotPtr m_snapshot;
    QMenu *m_membersMenu = nullptr;
    QMenu *m_departmentsMenu = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    MemberDetailsPane *m_details = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QPointer<OperationDialog> m_operationDialog;
    QStringList m_pendingSelection;
    bool m_syncing = false;
    bool m_firstSnapshot = true;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_unavailable;
};
