#include "ui/licenses/orders_page.h"

#include "licenses/client/licenses_service.h"
#include "models/licenses/order_filter_proxy.h"
#include "models/licenses/order_table_model.h"
#include "ui/licenses/notice_box.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kHeaderKey = QStringLiteral("ui/qt6/orders/ordersHeader");
const QString kSplitterKey = QStringLiteral("ui/qt6/orders/splitter");

QString day(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
}
} // namespace

OrdersPage::OrdersPage(LicensesService *service, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_model(new OrderTableModel(this))
    , m_proxy(new OrderFilterProxy(this))
    , m_type(new QComboBox)
    , m_status(new QComboBox)
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_details(PlainText::label())
    , m_count(PlainText::label())
    , m_split(new QSplitter(Qt::Vertical))
    , m_menu(new QMenu(tr("&Orders"), this))
    , m_sync(new QAction(tr("S&ync"), this))
    , m_export(new QAction(tr("&Export orders…"), this))
{
    setObjectName(QStringLiteral("OrdersPage"));
    m_proxy->setSourceModel(m_model);
    m_type->setObjectName(QStringLiteral("orderTypeFilter"));
    m_type->addItem(tr("All products"), QString());
    for (const char *t : {"saas", "license", "image"})
        m_type->addItem(OrderTableModel::productTypeText(QLatin1String(t)), QLatin1String(t));
    m_status->setObjectName(QStringLiteral("orderStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"paid", "normal", "frozen", "expired"})
        m_status->addItem(OrderTableModel::statusText(QLatin1String(s)), QLatin1String(s));
    m_search->setObjectName(QStringLiteral("ordersSearch"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setPlaceholderText(tr("Search products, sellers, orders and instances (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &OrdersPage::applyFilter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); });
    addAction(find);

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrderTableModel::PeriodEndColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &p) { m_menu->popup(m_table->viewport()->mapToGlobal(p)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::showDetails);
    m_details->setObjectName(QStringLiteral("orderDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_count->setObjectName(QStringLiteral("ordersCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(PlainText::label(tr("Product:")));
    filters->addWidget(m_type);
    filters->addWidget(PlainText::label(tr("Status:")));
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    m_split->addWidget(m_table);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);

    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (QAction *a : {m_sync, m_export}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_menu->addActions({m_sync, m_export});
    connect(m_sync, &QAction::triggered, this, &OrdersPage::requestSync);
    connect(m_export, &QAction::triggered, this, &OrdersPage::askExport);
    connect(service, &LicensesService::snapshotReady, this, &OrdersPage::onSnapshot);
    connect(service, &LicensesService::syncFinished, this, [this] {
        m_syncing = false;
        m_sync->setEnabled(true);
    });
    applyFilter();
}

QString OrdersPage::title() const
{
    return tr("Orders");
}

QList<QAction *> OrdersPage::pageActions(Place place) const
{
    if (place == Place::ToolBar)
        return {m_sync};
    if (place == Place::File)
        return {m_export};
    return {};
}

void OrdersPage::setReadOnly(bool, const QString &)
{
    // Nothing here changes anything at the server.
}

void OrdersPage::saveLayout(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_split->saveState());
}

void OrdersPage::restoreLayout(const QSettings &settings)
{
    m_split->restoreState(settings.value(kSplitterKey).toByteArray());
    if (m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray()))
        return;
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(OrderTableModel::ProductColumn, 40 * em);
    m_table->setColumnWidth(OrderTableModel::StatusColumn, 18 * em);
}

void OrdersPage::requestSync()
{
    m_syncing = true;
    m_sync->setEnabled(false);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
}

QString OrdersPage::currentOrderId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(OrderTableModel::IdRole).toString() : QString();
}

void OrdersPage::selectOrder(const QString &orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void OrdersPage::onSnapshot(const LicensesSnapshotPtr &snapshot)
{
    const QString current = currentOrderId();
    m_model->setSnapshot(snapshot);
    if (!current.isEmpty())
        selectOrder(current);
    applyFilter();
}

void OrdersPage::applyFilter()
{
    m_proxy->setOrderFilter({m_type->currentData().toString(), m_status->currentData().toString()});
    m_proxy->setFilterFixedString(m_search->text());
    m_count->setText(
        tr("%1 of %n order(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showDetails();
}

void OrdersPage::showDetails()
{
    const int row = m_model->rowOf(currentOrderId());
    if (row < 0) {
        m_details->setText(tr("Choose an order to see its resource."));
        return;
    }
    const Order &o = m_model->order(row);
    const OrderInstance &i = o.instance;
    QStringList lines;
    lines << tr("%1 — %2 (%3)")
                 .arg(o.productName, o.seller, OrderTableModel::productTypeText(o.productType));
    lines << tr("Order %1 (%2, %3), %4 %5, created %6")
                 .arg(o.orderId, o.orderType, OrderTableModel::statusText(o.status), o.amount,
                      o.currency, day(o.createdAt));
    lines << tr("Instance %1: %2, %3 to %4")
                 .arg(i.instanceId, OrderTableModel::statusText(i.status), day(i.periodStart),
                      day(i.periodEnd));
    if (o.license)
        lines << tr("License product: %1 of %2 License(s) issued, as %3.")
                     .arg(o.license->issued)
                     .arg(o.license->quota)
                     .arg(o.license->type == u"FILE" ? tr("files") : tr("characters"));
    if (i.appInfo) {
        const MaskedAppInfo &a = *i.appInfo;
        lines << tr("Front end: %1").arg(a.frontEndUrl);
        lines << tr("Administration: %1").arg(a.adminUrl);
        // The server masks the user name and never sends a password to a buyer.
        lines << tr("User name: %1 (masked by the server)").arg(a.userName);
        lines << (a.passwordGiven ? tr("Password: given by the seller; not shown here — the "
                                       "seller's notice has it.")
                                  : tr("Password: none given."));
        if (!a.memo.isEmpty())
            lines << tr("Seller's note: %1").arg(a.memo);
    } else if (o.productType == u"saas") {
        lines << tr("The seller has not given the instance's access details yet.");
    }
    m_details->setText(lines.join(u'\n'));
}

void OrdersPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export orders"), QStringLiteral("orders.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void OrdersPage::exportTo(const QString &path)
{
    const quint64 ticket = LicensesService::newTicket();
    onTicketAnswer(m_service, &LicensesService::fileFinished, this, ticket,
                   [this](bool ok, const QString &message) {
                       if (ok)
                           Q_EMIT statusMessage(message, 8000);
                       else
                           showNotice(this, tr("Export orders"), message);
                   });
    const OrderFilter filter = m_proxy->orderFilter();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, path, filter] {
        s->exportOrders(ticket, path, filter);
    });
}
