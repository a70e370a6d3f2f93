#include "ui/apps/inventory_page.h"

#include "apps/client/apps_service.h"
#include "apps/seat_forecast.h"
#include "models/apps/inventory_model.h"
#include "models/apps/reclaim_list_model.h"
#include "ui/apps/apps_batch_operations.h"
#include "ui/apps/utilisation_chart.h"
#include "ui/shell/batch_operation_dialog.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kHeaderKey = QStringLiteral("ui/qt6/apps/inventoryHeader");

QTableView *makeTable(const QString &name, QAbstractItemModel *model)
{
    auto *t = new QTableView;
    t->setObjectName(name);
    t->setModel(model);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}
} // namespace

// A reclaim window still open when the page goes is destroyed with it, after the page's own
// members: its end must not call back into the page then.
InventoryPage::~InventoryPage()
{
    if (m_dialog)
        disconnect(m_dialog, nullptr, this, nullptr);
}

InventoryPage::InventoryPage(AppsService *service, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_model(new InventoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_reclaim(new ReclaimListModel(this))
    , m_reclaimProxy(new QSortFilterProxyModel(this))
    , m_headline(PlainText::label())
    , m_reclaimButton(new QPushButton)
    , m_chart(new UtilisationChart)
    , m_forecast(PlainText::label())
    , m_menu(new QMenu(tr("&Inventory"), this))
    , m_reclaimAction(new QAction(tr("&Reclaim seats…"), this))
    , m_exportInventory(new QAction(tr("&Export inventory…"), this))
    , m_exportReclaim(new QAction(tr("Export &reclaim list…"), this))
    , m_sync(new QAction(tr("&Sync"), this))
{
    setObjectName(QStringLiteral("InventoryPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InventoryModel::SortRole);
    m_reclaimProxy->setSourceModel(m_reclaim);
    m_reclaimProxy->setSortRole(ReclaimListModel::SortRole);
    m_table = makeTable(QStringLiteral("inventoryTable"), m_proxy);
    m_table->sortByColumn(InventoryModel::ReclaimableColumn, Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Seats per app"));
    m_reclaimTable = makeTable(QStringLiteral("reclaimTable"), m_reclaimProxy);
    m_reclaimTable->sortByColumn(ReclaimListModel::ReasonColumn, Qt::AscendingOrder);
    m_reclaimTable->setAccessibleName(tr("Seats to reclaim"));
    m_headline->setObjectName(QStringLiteral("inventoryHeadline"));
    m_headline->setWordWrap(true);
    m_forecast->setObjectName(QStringLiteral("forecastLabel"));
    m_forecast->setWordWrap(true);
    m_reclaimButton->setObjectName(QStringLiteral("reclaimButton"));
    connect(m_reclaimButton, &QPushButton::clicked, m_reclaimAction, &QAction::trigger);

    auto *reclaimBox = new QWidget;
    auto *reclaimLayout = new QVBoxLayout(reclaimBox);
    reclaimLayout->setContentsMargins(0, 0, 0, 0);
    reclaimLayout->addWidget(m_reclaimTable, 1);
    reclaimLayout->addWidget(m_reclaimButton);
    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_forecast);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(reclaimBox);
    lower->addWidget(chartBox);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setSizes({400, 600});
    m_chart->setMinimumSize(360, 240);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);

    m_reclaimAction->setObjectName(QStringLiteral("reclaimAction"));
    m_reclaimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    m_exportInventory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (QAction *a : {m_reclaimAction, m_exportInventory, m_exportReclaim, m_sync}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_menu->addAction(m_reclaimAction);
    m_menu->addSeparator();
    m_menu->addActions({m_exportInventory, m_exportReclaim, m_sync});
    connect(m_reclaimAction, &QAction::triggered, this, &InventoryPage::askReclaim);
    connect(m_exportInventory, &QAction::triggered, this, [this] { exportCsv(false); });
    connect(m_exportReclaim, &QAction::triggered, this, [this] { exportCsv(true); });
    connect(m_sync, &QAction::triggered, this, [this] {
        Q_EMIT statusMessage(tr("Syncing apps…"), 0);
        QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InventoryPage::onCurrentApp);

    // Every new snapshot (a sync, a change) may move seats: the inventory is counted again.
    connect(service, &AppsService::snapshotReady, this, &InventoryPage::reload);
    connect(service, &AppsService::inventoryReady, this,
            [this](quint64 ticket, const QList<InventoryRow> &rows) {
                if (ticket == m_inventoryTicket)
                    onInventory(rows);
            });
    connect(
        service, &AppsService::reclaimListReady, this,
        [this](quint64 ticket, const QString &appId, const QList<ReclaimCandidate> &candidates) {
            if (ticket != m_reclaimTicket)
                return;
            m_reclaim->setCandidates(appId, candidates);
            updateActions();
        });
    connect(service, &AppsService::historyReady, this,
            [this](quint64 ticket, const QString &appId, const QList<SeatDay> &days, bool fresh,
                   const QString &problem) {
                if (ticket != m_historyTicket || appId != currentAppId())
                    return;
                QList<DailySeats> history;
                history.reserve(days.size());
                for (const SeatDay &d : days)
                    history.append({d.date, d.assigned, d.bought});
                const int row = m_model->rowOf(appId);
                const int bought = row >= 0 ? m_model->row(row).bought : 0;
                const SeatForecast forecast = SeatForecaster::forecast(history, bought);
                m_chart->setHistory(history, bought, forecast);
                QString text = history.isEmpty() ? tr("No seat history yet.") : forecast.text();
                if (fresh && !problem.isEmpty())
                    text +=
                        u' ' + tr("(The history could not be brought up to date: %1)").arg(problem);
                m_forecast->setText(text);
            });
    updateActions();
}

QString InventoryPage::title() const
{
    return tr("License inventory");
}

QList<QAction *> InventoryPage::pageActions(Place place) const
{
    if (place == Place::ToolBar)
        return {m_reclaimAction, m_sync};
    if (place == Place::File)
        return {m_exportInventory, m_exportReclaim};
    return {};
}

void InventoryPage::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    updateActions();
}

void InventoryPage::saveLayout(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void InventoryPage::restoreLayout(const QSettings &settings)
{
    if (m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray()))
        return;
    const int em = fontMetrics().averageCharWidth();
    QHeaderView *header = m_table->horizontalHeader();
    m_table->setColumnWidth(InventoryModel::NameColumn, 30 * em);
    // Never narrower than the column's title (in either language).
    for (int c = InventoryModel::BoughtColumn; c < InventoryModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::max(9 * em, header->sectionSizeHint(c)));
    m_reclaimTable->setColumnWidth(ReclaimListModel::UserNameColumn, 22 * em);
    m_reclaimTable->setColumnWidth(
        ReclaimListModel::ReasonColumn,
        std::max(18 * em, m_reclaimTable->horizontalHeader()->sectionSizeHint(1)));
}

QString InventoryPage::currentAppId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(InventoryModel::IdRole).toString() : QString();
}

void InventoryPage::selectApp(const QString &appId)
{
    const int row = m_model->rowOf(appId);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void InventoryPage::reload()
{
    m_inventoryTicket = AppsService::newTicket();
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, t = m_inventoryTicket] { s->readInventory(t); });
}

void InventoryPage::onInventory(const QList<InventoryRow> &rows)
{
    const QString current = currentAppId();
    m_model->setRows(rows);
    const InventoryRow t = m_model->totals();
    int ending = 0;
    for (const InventoryRow &r : rows)
        ending += r.expiringSoon;
    m_headline->setText(
        tr("%1 apps: %2 seats bought, %3 assigned, %4 free. %5 could be reclaimed (%6 held by "
           "disabled members, %7 by deleted ones, %8 never used). %9 period(s) end within "
           "30 days.")
            .arg(rows.size())
            .arg(t.bought)
            .arg(t.assigned)
            .arg(t.free)
            .arg(t.reclaimable)
            .arg(t.heldByDisabled)
            .arg(t.heldByDeleted)
            .arg(t.neverUsed)
            .arg(ending));
    if (!current.isEmpty() && m_model->rowOf(current) >= 0)
        selectApp(current);
    else if (!rows.isEmpty())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    onCurrentApp();
}

void InventoryPage::onCurrentApp()
{
    const QString appId = currentAppId();
    updateActions();
    if (appId.isEmpty())
        return;
    m_reclaimTicket = AppsService::newTicket();
    QMetaObject::invokeMethod(
        m_service, [s = m_service, t = m_reclaimTicket, appId] { s->readReclaimList(t, appId); });
    if (appId == m_reclaim->appId() && m_historyTicket)
        return; // the chart shows it already
    m_historyTicket = AppsService::newTicket();
    m_forecast->setText(tr("Reading the seat history…"));
    QMetaObject::invokeMethod(
        m_service, [s = m_service, t = m_historyTicket, appId] { s->readHistory(t, appId); });
}

void InventoryPage::updateActions()
{
    const int n = m_reclaim->appId() == currentAppId() ? m_reclaim->rowCount() : 0;
    const bool may = !m_readOnly && n > 0 && !m_dialog;
    m_reclaimAction->setEnabled(may);
    m_reclaimButton->setEnabled(may);
    m_reclaimButton->setText(tr("Reclaim these %n seat(s)…", nullptr, n));
    const QString why = m_readOnly ? m_readOnlyWhy : QString();
    m_reclaimAction->setToolTip(why.isEmpty() ? m_reclaimAction->text().remove(u'&') : why);
    m_reclaimButton->setToolTip(why);
    m_exportReclaim->setEnabled(!currentAppId().isEmpty());
}

void InventoryPage::askReclaim()
{
    const QString appId = m_reclaim->appId();
    const int row = m_model->rowOf(appId);
    if (row < 0 || m_confirm || m_dialog || m_reclaim->rowCount() == 0)
        return;
    const InventoryRow &r = m_model->row(row);
    const QStringList users = m_reclaim->userNames();
    m_confirm = new QMessageBox(
        QMessageBox::Question, tr("Reclaim seats"),
        tr("Reclaim %n seat(s) of %1?", nullptr, int(users.size())).arg(r.name) + u'\n' +
            tr("%1 held by deleted members, %2 by disabled members, %3 never used. Members who "
               "never used the app lose access; seats freed go to whoever waits for one. A "
               "reclaimed seat is not given back by an automatic grant.")
                .arg(r.heldByDeleted)
                .arg(r.heldByDisabled)
                .arg(r.neverUsed),
        QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("reclaimConfirmation"));
    m_confirm->setTextFormat(Qt::PlainText);
    QPushButton *go = m_confirm->addButton(tr("Reclaim"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmReclaim"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, go, appId, name = r.name, users] {
        const bool confirmed = m_confirm->clickedButton() == go;
        m_confirm = nullptr;
        if (!confirmed)
            return;
        QStringList keys;
        keys.reserve(users.size());
        for (const QString &u : users)
            keys.append(QStringLiteral("member:") + u);
        m_dialog = new BatchOperationDialog(
            new AppsBatchOperations(m_service, AppsBatchOperations::Action::Reclaim, appId, name),
            keys, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QObject::destroyed, this, &InventoryPage::updateActions);
        m_dialog->show();
        updateActions();
    });
    m_confirm->open();
}

void InventoryPage::exportCsv(bool reclaimList)
{
    const QString appId = currentAppId();
    const QString path = QFileDialog::getSaveFileName(
        this, reclaimList ? tr("Export reclaim list") : tr("Export inventory"),
        reclaimList ? QStringLiteral("reclaim-%1.csv").arg(appId)
                    : QStringLiteral("license-inventory.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const quint64 ticket = AppsService::newTicket();
    onTicketAnswer(m_service, &AppsService::exportFinished, this, ticket,
                   [this](bool ok, const QString &message) {
                       if (ok)
                           Q_EMIT statusMessage(message, 8000);
                       else
                           PlainText::warning(this, tr("Export"), message);
                   });
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, path, appId, reclaimList] {
        if (reclaimList)
            s->exportReclaimList(ticket, appId, path);
        else
            s->exportInventory(ticket, path);
    });
}
