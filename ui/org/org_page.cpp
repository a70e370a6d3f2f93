#include "ui/org/org_page.h"

#include "models/org/department_tree_model.h"
#include "models/org/member_table_model.h"
#include "org/impact.h"
#include "org/org_service.h"
#include "ui/org/confirm_batch_dialog.h"
#include "ui/org/department_dialog.h"
#include "ui/org/import_dialog.h"
#include "ui/org/member_details_pane.h"
#include "ui/org/member_dialog.h"
#include "ui/org/member_table_delegate.h"
#include "ui/org/operation_dialog.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"
#include "ui/shell/view_settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

OrgPage::OrgPage(OrgService *service, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_actions(new OrgActions(this))
    , m_departments(new DepartmentTreeModel(this))
    , m_members(new MemberTableModel(this))
{
    setObjectName(QStringLiteral("orgPage"));
    // Shortcuts work while the page is shown, whichever menus the shell displays.
    addActions(m_actions->all());
    buildMenus();
    buildUi();
    connectService();
    updateActions();
    updateStatus();
}

OrgPage::~OrgPage() = default;

void OrgPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_members->setPalette(palette());
    Page::changeEvent(event);
}

template <typename F> void OrgPage::callService(F &&f)
{
    // Runs on the service's thread; the page never waits for it.
    QMetaObject::invokeMethod(m_service, std::forward<F>(f), Qt::QueuedConnection);
}

QString OrgPage::title() const
{
    return tr("Organisation");
}

QList<QMenu *> OrgPage::menus() const
{
    return {m_membersMenu, m_departmentsMenu};
}

QList<QAction *> OrgPage::pageActions(Place place) const
{
    const OrgActions &a = *m_actions;
    switch (place) {
    case Place::File:
        return {a.import};
    case Place::View:
        return {a.sync, a.cancelSync};
    case Place::ToolBar:
        return {a.sync,   a.cancelSync, nullptr,     a.enable, a.disable,
                a.remove, nullptr,      a.addMember, a.import};
    }
    return {};
}

QList<QWidget *> OrgPage::statusWidgets() const
{
    return {m_countLabel, m_syncProgress, m_syncLabel};
}

void OrgPage::buildMenus()
{
    const OrgActions &a = *m_actions;
    connect(a.sync, &QAction::triggered, this, &OrgPage::requestSync);
    connect(a.cancelSync, &QAction::triggered, this,
            [this] { callService([s = m_service] { s->cancelSync(); }); });
    connect(a.enable, &QAction::triggered, this,
            [this] { requestAction(MemberAction::Enable, selectedUserNames()); });
    connect(a.disable, &QAction::triggered, this,
            [this] { requestAction(MemberAction::Disable, selectedUserNames()); });
    connect(a.remove, &QAction::triggered, this,
            [this] { requestAction(MemberAction::Delete, selectedUserNames()); });
    connect(a.addMember, &QAction::triggered, this, &OrgPage::addMember);
    connect(a.editMember, &QAction::triggered, this, &OrgPage::editMember);
    connect(a.addDepartment, &QAction::triggered, this, &OrgPage::addDepartment);
    connect(a.editDepartment, &QAction::triggered, this, &OrgPage::editDepartment);
    connect(a.deleteDepartment, &QAction::triggered, this, &OrgPage::deleteDepartment);
    connect(a.import, &QAction::triggered, this, &OrgPage::importCsv);
    connect(a.copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUserNames().join(u'\n')); });

    m_membersMenu = new QMenu(tr("&Members"), this);
    m_membersMenu->addActions({a.enable, a.disable, a.remove});
    m_membersMenu->addSeparator();
    m_membersMenu->addActions({a.addMember, a.editMember, a.copy});
    m_membersMenu->addSeparator();
    m_membersMenu->addAction(a.find);
    m_departmentsMenu = new QMenu(tr("&Departments"), this);
    m_departmentsMenu->addActions({a.addDepartment, a.editDepartment, a.deleteDepartment});
}

void OrgPage::buildUi()
{
    const OrgActions &a = *m_actions;
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_tree->setAccessibleName(tr("Departments"));
    m_tree->setModel(m_departments);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({a.addDepartment, a.editDepartment, a.deleteDepartment});

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search members"));
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
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_members);
    m_table->setItemDelegate(new MemberTableDelegate(m_table));
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
    connect(m_table, &QWidget::customContextMenuRequested, this, &OrgPage::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &OrgPage::editMember);

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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // Shown in the shell's status bar while this page is current: the shell moves them into
    // its status bar, which then owns them.
    m_countLabel = PlainText::label({}, this);
    m_countLabel->setObjectName(QStringLiteral("memberCount"));
    m_syncLabel = PlainText::label({}, this);
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setMaximumWidth(180);
    m_syncProgress->setVisible(false);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        m_members->setSearchText(m_search->text());
        updateStatus();
    });
    connect(a.find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_members->setStatusFilter(MemberTableModel::Status(m_status->currentData().toInt()));
        updateStatus();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrgPage::onDepartmentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrgPage::onSelectionChanged);
    connect(m_members, &QAbstractItemModel::modelReset, this, &OrgPage::onSelectionChanged);
}

void OrgPage::connectService()
{
    connect(m_service, &OrgService::opened, this, [this](bool ok, const QString &message) {
        // Without its local data the page can show nothing new and change nothing; the
        // actions say why instead of failing one by one.
        m_unavailable =
            ok ? QString()
               : tr("The local data of this account could not be opened: %1").arg(message);
        updateActions();
    });
    connect(m_service, &OrgService::snapshotReady, this, &OrgPage::onSnapshot);
    connect(m_service, &OrgService::syncProgress, this, [this](qint64 done, qint64 total) {
        m_syncProgress->setVisible(true);
        m_syncProgress->setRange(0, int(std::max<qint64>(total, 1)));
        m_syncProgress->setValue(int(done));
    });
    connect(m_service, &OrgService::syncFinished, this, [this](bool ok, const QString &message) {
        m_syncing = false;
        m_syncProgress->setVisible(false);
        Q_EMIT statusMessage(ok ? message : tr("Sync failed: %1").arg(message), 8000);
        updateActions();
        updateStatus();
    });
    connect(m_service, &OrgService::outboxStalled, this, [this](const QString &message) {
        Q_EMIT statusMessage(
            tr("Changes are waiting to be sent: %1 They go out when the server answers.")
                .arg(message),
            10000);
    });
    connect(m_service, &OrgService::failed, this, [this](const QString &message) {
        PlainText::warning(this, tr("marketdesk"), message);
    });
    connect(m_service, &OrgService::localWriteFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(
            tr("An answer could not be saved here: %1 The change is kept and saved again shortly.")
                .arg(message),
            10000);
    });
}

void OrgPage::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyReason = why;
    updateActions();
}

void OrgPage::restoreLayout(const QSettings &s)
{
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

void OrgPage::saveLayout(QSettings &s) const
{
    s.setValue(UiSettings::kOrgSplitter, m_splitter->saveState());
    s.setValue(UiSettings::kMemberHeader, m_table->horizontalHeader()->saveState());
}

void OrgPage::requestSync()
{
    if (m_syncing || !m_unavailable.isEmpty())
        return;
    m_syncing = true;
    updateActions();
    callService([s = m_service] { s->sync(); });
}

void OrgPage::onSnapshot(const OrgSnapshotPtr &snapshot)
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
    updateActions();
    updateStatus();
}

void OrgPage::selectUserNames(const QStringList &userNames)
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

void OrgPage::showFirstMember()
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

QStringList OrgPage::selectedUserNames() const
{
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        out << i.data(MemberTableModel::UserNameRole).toString();
    return out;
}

void OrgPage::onDepartmentChanged()
{
    const QModelIndex i = m_tree->currentIndex();
    m_members->setDepartmentFilter(
        i.isValid() ? i.data(DepartmentTreeModel::DepartmentIndexRole).toInt() : -1);
    updateActions();
    updateStatus();
}

void OrgPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1 && m_snapshot)
        m_details->showMember(*m_snapshot, m_members->memberAt(rows.first().row()));
    else
        m_details->showSummary(int(rows.size()));
    updateActions();
    updateStatus();
}

void OrgPage::updateActions()
{
    OrgActions::State s;
    s.selectedMembers = int(m_table->selectionModel()->selectedRows().size());
    s.departmentSelected = m_tree->currentIndex().isValid();
    s.haveData = m_snapshot && m_snapshot->departmentCount() > 0;
    s.readOnly = m_readOnly;
    s.readOnlyReason = m_readOnlyReason;
    s.syncing = m_syncing;
    s.unavailable = m_unavailable;
    m_actions->apply(s);
}

void OrgPage::updateStatus()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_countLabel->setText(tr("%n member(s) shown", nullptr, m_members->rowCount()) +
                          QStringLiteral(" · ") +
                          tr("%n in total", nullptr, m_members->totalMembers()) +
                          QStringLiteral(" · ") + tr("%n selected", nullptr, selected));
    const QDateTime last = m_snapshot ? m_snapshot->lastSync() : QDateTime();
    m_syncLabel->setText(
        last.isValid()
            ? tr("Last sync: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synced"));
}

void OrgPage::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    const OrgActions &a = *m_actions;
    QMenu menu(this);
    menu.addActions({a.enable, a.disable, a.remove});
    menu.addSeparator();
    menu.addActions({a.editMember, a.copy});
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void OrgPage::requestAction(MemberAction action, const QStringList &userNames)
{
    if (userNames.isEmpty() || !m_snapshot)
        return;
    const Impact impact = assessImpact(action, userNames, *m_snapshot);
    ConfirmBatchDialog confirm(impact, this);
    if (confirm.exec() != QDialog::Accepted || impact.changes == 0)
        return;
    submitAction(impact);
}

void OrgPage::submitAction(const Impact &impact)
{
    auto *dialog = new OperationDialog(m_service, impact.action, impact.toSend(), this);
    m_operationDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void OrgPage::addMember()
{
    if (!m_snapshot)
        return;
    Member m;
    m.orgCode = m_tree->currentIndex().data(DepartmentTreeModel::OrgCodeRole).toString();
    MemberDialog dialog(m_service, *m_snapshot, m, true, this);
    if (dialog.exec() == QDialog::Accepted)
        m_pendingSelection = {dialog.member().userName};
}

void OrgPage::editMember()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_snapshot || !m_actions->editMember->isEnabled())
        return;
    MemberDialog dialog(m_service, *m_snapshot,
                        m_snapshot->member(m_members->memberAt(rows.first().row())), false, this);
    dialog.exec();
}

void OrgPage::addDepartment()
{
    if (!m_snapshot)
        return;
    Department d;
    d.parentCode = m_tree->currentIndex().data(DepartmentTreeModel::OrgCodeRole).toString();
    DepartmentDialog dialog(m_service, *m_snapshot, d, true, this);
    dialog.exec();
}

void OrgPage::editDepartment()
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

void OrgPage::deleteDepartment()
{
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() || !m_snapshot)
        return;
    const OrgSnapshot::Dept &dept =
        m_snapshot->department(i.data(DepartmentTreeModel::DepartmentIndexRole).toInt());
    if (dept.totalMembers > 0 || !dept.children.empty()) {
        PlainText::information(
            this, tr("Delete department"),
            tr("\"%1\" still has %2 and %3. Move or delete them first.")
                .arg(dept.orgName, tr("%n member(s)", nullptr, dept.totalMembers),
                     tr("%n sub-department(s)", nullptr, int(dept.children.size()))));
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

void OrgPage::importCsv()
{
    if (!m_snapshot)
        return;
    ImportDialog dialog(m_service, m_snapshot, this);
    // Its preview is the confirmation: it lists every change and every bad row.
    if (dialog.exec() == QDialog::Accepted && dialog.impact().changes > 0)
        submitAction(dialog.impact());
}
