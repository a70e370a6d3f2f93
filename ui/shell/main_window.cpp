#include "ui/shell/main_window.h"

#include "models/org/department_tree_model.h"
#include "models/org/member_table_model.h"
#include "org/impact.h"
#include "org/org_service.h"
#include "ui/org/confirm_batch_dialog.h"
#include "ui/org/department_dialog.h"
#include "ui/org/import_dialog.h"
#include "ui/org/member_details_pane.h"
#include "ui/org/member_dialog.h"
#include "ui/org/operation_dialog.h"
#include "ui/shell/audit_export_dialog.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"
#include "ui/shell/view_settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(OrgService *service, const QString &accountLabel, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_accountLabel(accountLabel)
    , m_departments(new DepartmentTreeModel(this))
    , m_members(new MemberTableModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("marketdesk — %1").arg(accountLabel));
    buildActions();
    buildUi();
    connectService();
    restoreLayout();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

template <typename F> void MainWindow::callService(F &&f)
{
    // Runs on the service's thread; the window never waits for it.
    QMetaObject::invokeMethod(m_service, std::forward<F>(f), Qt::QueuedConnection);
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &name,
                       QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        if (icon != QStyle::SP_CustomBase)
            a->setIcon(style()->standardIcon(icon));
        a->setToolTip(key.isEmpty()
                          ? text
                          : QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                          key.toString(QKeySequence::NativeText)));
        return a;
    };
    m_syncAction = make(tr("&Sync"), QKeySequence::Refresh, QStringLiteral("syncAction"),
                        QStyle::SP_BrowserReload);
    m_cancelSyncAction = make(tr("Stop sync"), QKeySequence(), QStringLiteral("cancelSyncAction"),
                              QStyle::SP_BrowserStop);
    m_enableAction = make(tr("&Enable"), QKeySequence(tr("Ctrl+E")), QStringLiteral("enableAction"),
                          QStyle::SP_DialogApplyButton);
    m_disableAction = make(tr("&Disable"), QKeySequence(tr("Ctrl+D")),
                           QStringLiteral("disableAction"), QStyle::SP_DialogCancelButton);
    m_deleteAction = make(tr("De&lete"), QKeySequence::Delete, QStringLiteral("deleteAction"),
                          QStyle::SP_TrashIcon);
    m_addMemberAction = make(tr("&Add member…"), QKeySequence::New,
                             QStringLiteral("addMemberAction"), QStyle::SP_FileIcon);
    m_editMemberAction =
        make(tr("Edi&t member…"), QKeySequence(tr("F2")), QStringLiteral("editMemberAction"));
    m_addDepartmentAction = make(tr("Add de&partment…"), QKeySequence(tr("Ctrl+Shift+N")),
                                 QStringLiteral("addDepartmentAction"), QStyle::SP_DirIcon);
    m_editDepartmentAction =
        make(tr("Edit department…"), QKeySequence(), QStringLiteral("editDepartmentAction"));
    m_deleteDepartmentAction =
        make(tr("Delete department"), QKeySequence(), QStringLiteral("deleteDepartmentAction"));
    m_importAction = make(tr("&Import CSV…"), QKeySequence(tr("Ctrl+I")),
                          QStringLiteral("importAction"), QStyle::SP_DialogOpenButton);
    m_exportAuditAction = make(tr("Export audit &journal…"), QKeySequence(tr("Ctrl+Shift+S")),
                               QStringLiteral("exportAuditAction"), QStyle::SP_DialogSaveButton);
    m_findAction = make(tr("&Find"), QKeySequence::Find, QStringLiteral("findAction"));
    m_copyAction = make(tr("&Copy user names"), QKeySequence::Copy, QStringLiteral("copyAction"));

    connect(m_syncAction, &QAction::triggered, this, &MainWindow::requestSync);
    connect(m_cancelSyncAction, &QAction::triggered, this,
            [this] { callService([s = m_service] { s->cancelSync(); }); });
    connect(m_enableAction, &QAction::triggered, this,
            [this] { requestAction(MemberAction::Enable, selectedUserNames()); });
    connect(m_disableAction, &QAction::triggered, this,
            [this] { requestAction(MemberAction::Disable, selectedUserNames()); });
    connect(m_deleteAction, &QAction::triggered, this,
            [this] { requestAction(MemberAction::Delete, selectedUserNames()); });
    connect(m_addMemberAction, &QAction::triggered, this, &MainWindow::addMember);
    connect(m_editMemberAction, &QAction::triggered, this, &MainWindow::editMember);
    connect(m_addDepartmentAction, &QAction::triggered, this, &MainWindow::addDepartment);
    connect(m_editDepartmentAction, &QAction::triggered, this, &MainWindow::editDepartment);
    connect(m_deleteDepartmentAction, &QAction::triggered, this, &MainWindow::deleteDepartment);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsv);
    connect(m_exportAuditAction, &QAction::triggered, this, &MainWindow::exportAudit);
    connect(m_copyAction, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUserNames().join(u'\n')); });
}

void MainWindow::buildUi()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_exportAuditAction);
    file->addSeparator();
    QAction *language = file->addAction(tr("&Language…"));
    connect(language, &QAction::triggered, this, &MainWindow::chooseLanguage);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *members = menuBar()->addMenu(tr("&Members"));
    members->addActions({m_enableAction, m_disableAction, m_deleteAction});
    members->addSeparator();
    members->addActions({m_addMemberAction, m_editMemberAction, m_copyAction});
    members->addSeparator();
    members->addAction(m_findAction);
    QMenu *departments = menuBar()->addMenu(tr("&Departments"));
    departments->addActions(
        {m_addDepartmentAction, m_editDepartmentAction, m_deleteDepartmentAction});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_syncAction, m_cancelSyncAction});
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    QAction *switchAccount = account->addAction(tr("&Switch account…"));
    switchAccount->setObjectName(QStringLiteral("switchAccountAction"));
    switchAccount->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(switchAccount, &QAction::triggered, this, &MainWindow::switchAccountRequested);
    QAction *addAccount = account->addAction(tr("&Add account…"));
    connect(addAccount, &QAction::triggered, this, &MainWindow::addAccountRequested);
    account->addSeparator();
    QAction *signOut = account->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction *removeAccount = account->addAction(tr("&Remove this account…"));
    connect(removeAccount, &QAction::triggered, this, &MainWindow::removeAccountRequested);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About marketdesk"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_syncAction, m_cancelSyncAction});
    bar->addSeparator();
    bar->addActions({m_enableAction, m_disableAction, m_deleteAction});
    bar->addSeparator();
    bar->addActions({m_addMemberAction, m_importAction});

    // Navigation: only the sections that work.
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->addItem(tr("Organisation"));
    m_navigation->setCurrentRow(0);
    m_navigation->setFixedWidth(140);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_tree->setModel(m_departments);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addDepartmentAction, m_editDepartmentAction, m_deleteDepartmentAction});

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search name, user name, email or mobile (Ctrl+F)"));
    m_search->setToolTip(tr("Searches the whole enterprise, whichever department is selected."));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All members"), int(MemberTableModel::Status::All));
    m_status->addItem(tr("Enabled"), int(MemberTableModel::Status::Enabled));
    m_status->addItem(tr("Disabled"), int(MemberTableModel::Status::Disabled));
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(PlainText::label(tr("Status:")));
    filterRow->addWidget(m_status);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_members);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &MainWindow::editMember);

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(filterRow);
    middleLayout->addWidget(m_table, 1);

    m_details = new MemberDetailsPane;
    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("orgSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 740, 260});

    // Shown when the server no longer accepts the sign-in: nothing is lost, changes wait.
    m_signInBanner = new QFrame;
    m_signInBanner->setObjectName(QStringLiteral("signInBanner"));
    m_signInBanner->setStyleSheet(
        QStringLiteral("#signInBanner { background: #fff4e5; border: 1px solid #f0b46c; }"));
    m_signInReason = PlainText::label();
    m_signInReason->setWordWrap(true);
    auto *signInAgain = new QPushButton(tr("Sign in again…"));
    signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    connect(signInAgain, &QPushButton::clicked, this, &MainWindow::signInAgainRequested);
    auto *bannerLayout = new QHBoxLayout(m_signInBanner);
    bannerLayout->addWidget(m_signInReason, 1);
    bannerLayout->addWidget(signInAgain);
    m_signInBanner->setVisible(false);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_signInBanner);
    auto *centralLayout = new QHBoxLayout;
    centralLayout->setContentsMargins(4, 4, 4, 0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_splitter, 1);
    outer->addLayout(centralLayout, 1);
    setCentralWidget(central);

    m_countLabel = PlainText::label();
    m_syncLabel = PlainText::label();
    m_onlineLabel = PlainText::label();
    m_onlineLabel->setObjectName(QStringLiteral("onlineIndicator"));
    m_syncProgress = new QProgressBar;
    m_syncProgress->setMaximumWidth(180);
    m_syncProgress->setVisible(false);
    m_identityLabel = PlainText::label();
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        m_members->setSearchText(m_search->text());
        updateStatus();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_members->setStatusFilter(MemberTableModel::Status(m_status->currentData().toInt()));
        updateStatus();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onDepartmentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_members, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);
}

void MainWindow::connectService()
{
    connect(m_service, &OrgService::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_service, &OrgService::syncProgress, this, [this](qint64 done, qint64 total) {
        m_syncProgress->setVisible(true);
        m_syncProgress->setRange(0, int(std::max<qint64>(total, 1)));
        m_syncProgress->setValue(int(done));
    });
    connect(m_service, &OrgService::syncFinished, this, [this](bool ok, const QString &message) {
        m_syncing = false;
        m_syncProgress->setVisible(false);
        statusBar()->showMessage(ok ? message : tr("Sync failed: %1").arg(message), 8000);
        updateActions();
        updateStatus();
    });
    connect(m_service, &OrgService::onlineChanged, this, [this](bool online, const QString &why) {
        m_online = online;
        m_onlineLabel->setToolTip(PlainText::toolTip(why));
        updateStatus();
    });
    connect(m_service, &OrgService::outboxStalled, this, [this](const QString &message) {
        statusBar()->showMessage(
            tr("Changes are waiting to be sent: %1 They go out when the server answers.")
                .arg(message),
            10000);
    });
    connect(m_service, &OrgService::failed, this, [this](const QString &message) {
        PlainText::warning(this, tr("marketdesk"), message);
    });
    connect(m_service, &OrgService::signInRequired, this, &MainWindow::setSignedOut);
}

void MainWindow::setIdentity(const QString &name, const QString &tenantName, const QString &role,
                             const QString &details)
{
    m_readOnly = role == u"user";
    QStringList parts{name};
    if (!tenantName.isEmpty())
        parts << tenantName;
    if (role == u"admin")
        parts << tr("administrator");
    else if (m_readOnly)
        parts << tr("member (read only)");
    m_identityLabel->setText(parts.join(QStringLiteral(" · ")));
    m_identityLabel->setToolTip(PlainText::toolTip(details));
    updateActions();
}

void MainWindow::setSignedOut(const QString &reason)
{
    m_signedIn = false;
    m_signInReason->setText(tr("You are signed out: %1 Changes you make wait in the outbox and "
                               "are sent once you sign in again.")
                                .arg(reason));
    m_signInBanner->setVisible(true);
}

void MainWindow::setSignedIn()
{
    m_signedIn = true;
    m_signInBanner->setVisible(false);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    if (!restoreGeometry(s.value(UiSettings::kWindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(UiSettings::kWindowState).toByteArray());
    m_splitter->restoreState(s.value(UiSettings::kOrgSplitter).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(s.value(UiSettings::kMemberHeader).toByteArray())) {
        const int em = fontMetrics().averageCharWidth();
        const std::pair<int, int> widths[] = {
            {MemberTableModel::NameColumn, 12},       {MemberTableModel::UserNameColumn, 20},
            {MemberTableModel::DepartmentColumn, 26}, {MemberTableModel::RoleColumn, 12},
            {MemberTableModel::StatusColumn, 10},     {MemberTableModel::EmailColumn, 30}};
        for (const auto &[column, chars] : widths)
            header->resizeSection(column, chars * em);
    }
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(UiSettings::kWindowGeometry, saveGeometry());
    s.setValue(UiSettings::kWindowState, saveState());
    s.setValue(UiSettings::kOrgSplitter, m_splitter->saveState());
    s.setValue(UiSettings::kMemberHeader, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::requestSync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    updateActions();
    callService([s = m_service] { s->sync(); });
}

void MainWindow::onSnapshot(const OrgSnapshotPtr &snapshot)
{
    // Keep what the administrator was looking at across the refresh.
    const QStringList selected =
        m_pendingSelection.isEmpty() ? selectedUserNames() : m_pendingSelection;
    m_pendingSelection.clear();
    const QModelIndex current = m_tree->currentIndex();
    const QString currentDept = current.data(DepartmentTreeModel::OrgCodeRole).toString();
    // Expanded branches, by code: a reset forgets them.
    QStringList expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_departments->rowCount(parent); ++r) {
            const QModelIndex i = m_departments->index(r, 0, parent);
            if (m_tree->isExpanded(i)) {
                expanded << i.data(DepartmentTreeModel::OrgCodeRole).toString();
                collect(i);
            }
        }
    };
    collect({});
    m_snapshot = snapshot;
    m_departments->setSnapshot(snapshot);
    m_members->setSnapshot(snapshot);
    for (const QString &code : expanded)
        m_tree->expand(m_departments->indexOf(code));
    if (m_firstSnapshot && m_departments->rowCount() > 0) {
        m_tree->expand(m_departments->index(0, 0));
        m_tree->resizeColumnToContents(1);
        m_firstSnapshot = false;
    }
    if (!currentDept.isEmpty()) {
        const QModelIndex again = m_departments->indexOf(currentDept);
        if (again.isValid()) {
            QSignalBlocker block(m_tree->selectionModel());
            m_tree->setCurrentIndex(again);
        }
    }
    selectUserNames(selected);
    updateStatus();
}

void MainWindow::selectUserNames(const QStringList &userNames)
{
    QItemSelection selection;
    int first = -1;
    for (const QString &u : userNames) {
        const int row = m_members->rowOf(u);
        if (row < 0)
            continue;
        selection.select(m_members->index(row, 0),
                         m_members->index(row, MemberTableModel::ColumnCount - 1));
        if (first < 0)
            first = row;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0)
        m_table->scrollTo(m_members->index(first, 0));
}

void MainWindow::showFirstMember()
{
    const QModelIndex root = m_departments->index(0, 0);
    const QModelIndex division = m_departments->index(0, 0, root);
    if (division.isValid()) {
        m_tree->expand(division);
        m_tree->setCurrentIndex(division);
    }
    if (m_members->rowCount() > 0)
        m_table->selectRow(0);
}

QStringList MainWindow::selectedUserNames() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(MemberTableModel::UserNameRole).toString();
    return out;
}

void MainWindow::onDepartmentChanged()
{
    const QModelIndex i = m_tree->currentIndex();
    m_members->setDepartmentFilter(
        i.isValid() ? i.data(DepartmentTreeModel::DepartmentIndexRole).toInt() : -1);
    updateActions();
    updateStatus();
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1 && m_snapshot)
        m_details->showMember(*m_snapshot, m_members->memberAt(rows.first().row()));
    else
        m_details->showSummary(int(rows.size()));
    updateActions();
    updateStatus();
}

void MainWindow::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const bool haveData = m_snapshot && m_snapshot->departmentCount() > 0;
    // A member may look but not change; the server refuses it anyway (403).
    const bool admin = !m_readOnly;
    m_enableAction->setEnabled(admin && selected > 0);
    m_disableAction->setEnabled(admin && selected > 0);
    m_deleteAction->setEnabled(admin && selected > 0);
    m_editMemberAction->setEnabled(admin && selected == 1);
    m_copyAction->setEnabled(selected > 0);
    m_addMemberAction->setEnabled(admin && haveData);
    m_addDepartmentAction->setEnabled(admin && haveData);
    m_importAction->setEnabled(admin);
    const bool dept = m_tree->currentIndex().isValid();
    m_editDepartmentAction->setEnabled(admin && dept);
    m_deleteDepartmentAction->setEnabled(admin && dept);
    const QString readOnly =
        admin ? QString()
              : tr("Only administrators can change the organisation; you are signed in as a "
                   "member.");
    for (QAction *a :
         {m_enableAction, m_disableAction, m_deleteAction, m_editMemberAction, m_addMemberAction,
          m_addDepartmentAction, m_editDepartmentAction, m_deleteDepartmentAction, m_importAction})
        a->setStatusTip(readOnly);
    m_syncAction->setEnabled(!m_syncing);
    m_cancelSyncAction->setEnabled(m_syncing);
}

void MainWindow::updateStatus()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_countLabel->setText(tr("%1 of %2 members shown, %3 selected")
                              .arg(m_members->rowCount())
                              .arg(m_members->totalMembers())
                              .arg(selected));
    const QDateTime last = m_snapshot ? m_snapshot->lastSync() : QDateTime();
    m_syncLabel->setText(
        last.isValid()
            ? tr("Last sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synced"));
    m_onlineLabel->setText(m_online ? tr("● Online") : tr("● Offline"));
    m_onlineLabel->setStyleSheet(m_online ? QStringLiteral("color: #2e7d32")
                                          : QStringLiteral("color: #c62828"));
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addActions({m_enableAction, m_disableAction, m_deleteAction});
    menu.addSeparator();
    menu.addActions({m_editMemberAction, m_copyAction});
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::requestAction(MemberAction action, const QStringList &userNames)
{
    if (userNames.isEmpty() || !m_snapshot)
        return;
    const Impact impact = assessImpact(action, userNames, *m_snapshot);
    ConfirmBatchDialog confirm(impact, this);
    if (confirm.exec() != QDialog::Accepted || impact.changes == 0)
        return;
    submitAction(impact);
}

void MainWindow::submitAction(const Impact &impact)
{
    const MemberAction action = impact.action;
    auto *dialog = new OperationDialog(m_service, action, impact.toSend(), this);
    m_operationDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::addMember()
{
    if (!m_snapshot)
        return;
    Member m;
    const QModelIndex dept = m_tree->currentIndex();
    m.orgCode = dept.data(DepartmentTreeModel::OrgCodeRole).toString();
    MemberDialog dialog(m_service, *m_snapshot, m, true, this);
    if (dialog.exec() == QDialog::Accepted)
        m_pendingSelection = {dialog.member().userName};
}

void MainWindow::editMember()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_snapshot)
        return;
    MemberDialog dialog(m_service, *m_snapshot,
                        m_snapshot->member(m_members->memberAt(rows.first().row())), false, this);
    dialog.exec();
}

void MainWindow::addDepartment()
{
    if (!m_snapshot)
        return;
    Department d;
    d.parentCode = m_tree->currentIndex().data(DepartmentTreeModel::OrgCodeRole).toString();
    DepartmentDialog dialog(m_service, *m_snapshot, d, true, this);
    dialog.exec();
}

void MainWindow::editDepartment()
{
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() || !m_snapshot)
        return;
    const OrgSnapshot::Dept &dept =
        m_snapshot->department(i.data(DepartmentTreeModel::DepartmentIndexRole).toInt());
    Department d{dept.orgCode, dept.orgName,
                 dept.parent >= 0 ? m_snapshot->department(dept.parent).orgCode : QString(),
                 dept.version};
    DepartmentDialog dialog(m_service, *m_snapshot, d, false, this);
    dialog.exec();
}

void MainWindow::deleteDepartment()
{
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() || !m_snapshot)
        return;
    const OrgSnapshot::Dept &dept =
        m_snapshot->department(i.data(DepartmentTreeModel::DepartmentIndexRole).toInt());
    if (dept.totalMembers > 0 || !dept.children.empty()) {
        PlainText::information(
            this, tr("Delete department"),
            tr("\"%1\" still has %n member(s) and %2 sub-department(s). Move or delete them "
               "first.",
               nullptr, dept.totalMembers)
                .arg(dept.orgName)
                .arg(dept.children.size()));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete department"),
                    tr("Delete the department \"%1\" (%2)?").arg(dept.orgName, dept.orgCode),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *del = box.addButton(tr("Delete department"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != del)
        return;
    const QString code = dept.orgCode;
    const quint64 ticket = OrgService::newTicket();
    onTicketAnswer(m_service, &OrgService::mutationFinished, this, ticket,
                   [this](bool ok, const QString &message) {
                       if (!ok)
                           PlainText::warning(this, tr("Delete department"), message);
                   });
    callService([s = m_service, ticket, code] { s->deleteDepartment(ticket, code); });
}

void MainWindow::importCsv()
{
    if (!m_snapshot)
        return;
    ImportDialog dialog(m_service, m_snapshot, this);
    // Its preview is the confirmation: it lists every change and every bad row.
    if (dialog.exec() == QDialog::Accepted && dialog.impact().changes > 0)
        submitAction(dialog.impact());
}

void MainWindow::exportAudit()
{
    AuditExportDialog dialog(m_service, this);
    dialog.exec();
}

void MainWindow::chooseLanguage()
{
    UiSettings::chooseLanguage(this);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About marketdesk"),
                       tr("<b>marketdesk %1</b><p>A desktop console for Huawei Cloud KooGallery "
                          "sellers and enterprise administrators.</p>")
                           .arg(QStringLiteral(MARKETDESK_VERSION)));
}
