#include "ui/licenses/licenses_page.h"

#include "licenses/client/licenses_service.h"
#include "licenses/client/licenses_tables.h"
#include "models/licenses/license_table_model.h"
#include "models/licenses/order_filter_proxy.h"
#include "models/licenses/order_table_model.h"
#include "ui/licenses/apply_license_dialog.h"
#include "ui/licenses/license_details_pane.h"
#include "ui/licenses/notice_box.h"
#include "ui/shell/ticket_answer.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kProductsHeader = QStringLiteral("ui/qt6/licenses/productsHeader");
const QString kLicensesHeader = QStringLiteral("ui/qt6/licenses/licensesHeader");
const QString kSplitter = QStringLiteral("ui/qt6/licenses/splitter");

QTableView *table(const QString &name, QAbstractItemModel *model, int sortColumn)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    return view;
}
} // namespace

LicensesPage::LicensesPage(LicensesService *service, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_products(new OrderTableModel(this))
    , m_productProxy(new OrderFilterProxy(this))
    , m_licenses(new LicenseTableModel(this))
    , m_licenseProxy(new QSortFilterProxyModel(this))
    , m_details(new LicenseDetailsPane)
    , m_split(new QSplitter(Qt::Vertical))
    , m_menu(new QMenu(tr("&Licenses"), this))
    , m_apply(new QAction(tr("&Apply for a License…"), this))
    , m_copy(new QAction(tr("&Copy License"), this))
    , m_save(new QAction(tr("&Save License…"), this))
    , m_sync(new QAction(tr("S&ync"), this))
    , m_export(new QAction(tr("&Export Licenses…"), this))
{
    setObjectName(QStringLiteral("LicensesPage"));
    m_productProxy->setSourceModel(m_products);
    m_productProxy->setOrderFilter({QStringLiteral("license"), {}});
    m_licenseProxy->setSourceModel(m_licenses);
    m_licenseProxy->setSortRole(LicenseTableModel::SortRole);
    m_licenseProxy->setFilterRole(LicenseTableModel::OrderIdRole);
    m_productTable = table(QStringLiteral("licenseProductsTable"), m_productProxy,
                           OrderTableModel::ProductColumn);
    m_productTable->setColumnHidden(OrderTableModel::TypeColumn, true); // all License products
    m_productTable->setAccessibleName(tr("License products"));
    m_licenseTable =
        table(QStringLiteral("licensesTable"), m_licenseProxy, LicenseTableModel::EffectiveColumn);
    m_licenseTable->setAccessibleName(tr("Licenses of the selected product"));

    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_licenseTable);
    lower->addWidget(m_details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    m_split->addWidget(m_productTable);
    m_split->addWidget(lower);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split, 1);

    m_apply->setShortcut(QKeySequence::New);
    m_copy->setShortcut(QKeySequence::Copy);
    m_save->setShortcut(QKeySequence::Save);
    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (QAction *a : {m_apply, m_copy, m_save, m_sync, m_export}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_apply->setObjectName(QStringLiteral("applyLicenseAction"));
    m_menu->addAction(m_apply);
    m_menu->addSeparator();
    m_menu->addActions({m_copy, m_save});
    m_menu->addSeparator();
    m_menu->addActions({m_sync, m_export});
    for (QTableView *view : {m_productTable, m_licenseTable})
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &p) { m_menu->popup(view->viewport()->mapToGlobal(p)); });
    connect(m_productTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                // The Licenses of the chosen product only; exact, an id is not a pattern.
                const QString id = currentProductId();
                m_licenseProxy->setFilterRegularExpression(
                    id.isEmpty() ? QString() : u'^' + QRegularExpression::escape(id) + u'$');
                if (!m_licenseTable->currentIndex().isValid() && m_licenseProxy->rowCount() > 0)
                    m_licenseTable->setCurrentIndex(m_licenseProxy->index(0, 0));
                showLicense();
                updateActions();
            });
    connect(m_licenseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                showLicense();
                updateActions();
            });
    connect(m_apply, &QAction::triggered, this, &LicensesPage::openApplyDialog);
    connect(m_copy, &QAction::triggered, this, &LicensesPage::copyLicense);
    connect(m_save, &QAction::triggered, this, &LicensesPage::askSaveLicense);
    connect(m_sync, &QAction::triggered, this, &LicensesPage::requestSync);
    connect(m_export, &QAction::triggered, this, &LicensesPage::askExport);

    connect(service, &LicensesService::snapshotReady, this, &LicensesPage::onSnapshot);
    connect(service, &LicensesService::changeFinished, this, &LicensesPage::onOutcome);
    connect(service, &LicensesService::syncFinished, this, [this](bool ok, const QString &message) {
        m_syncing = false;
        updateActions();
        Q_EMIT statusMessage(ok ? tr("Orders and Licenses synced.")
                                : tr("Orders and Licenses sync failed: %1").arg(message),
                             ok ? 4000 : 0);
    });
    updateActions();
}

QString LicensesPage::title() const
{
    return tr("Licenses");
}

QList<QAction *> LicensesPage::pageActions(Place place) const
{
    if (place == Place::ToolBar)
        return {m_apply, m_copy, m_save, m_sync};
    if (place == Place::File)
        return {m_export};
    return {};
}

void LicensesPage::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    updateActions();
}

void LicensesPage::saveLayout(QSettings &settings) const
{
    settings.setValue(kProductsHeader, m_productTable->horizontalHeader()->saveState());
    settings.setValue(kLicensesHeader, m_licenseTable->horizontalHeader()->saveState());
    settings.setValue(kSplitter, m_split->saveState());
}

void LicensesPage::restoreLayout(const QSettings &settings)
{
    m_split->restoreState(settings.value(kSplitter).toByteArray());
    m_licenseTable->horizontalHeader()->restoreState(settings.value(kLicensesHeader).toByteArray());
    if (m_productTable->horizontalHeader()->restoreState(
            settings.value(kProductsHeader).toByteArray()))
        return;
    const int em = fontMetrics().averageCharWidth();
    m_productTable->setColumnWidth(OrderTableModel::ProductColumn, 40 * em);
    m_productTable->setColumnWidth(OrderTableModel::StatusColumn, 18 * em);
}

void LicensesPage::requestSync()
{
    m_syncing = true;
    updateActions();
    Q_EMIT statusMessage(tr("Syncing orders and Licenses…"), 0);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
}

ApplyLicenseDialog *LicensesPage::applyDialog() const
{
    return m_dialog;
}

QString LicensesPage::currentProductId() const
{
    const QModelIndex i = m_productTable->currentIndex();
    return i.isValid() ? i.data(OrderTableModel::IdRole).toString() : QString();
}

QString LicensesPage::currentLicenseId() const
{
    const QModelIndex i = m_licenseTable->currentIndex();
    return i.isValid() ? i.data(LicenseTableModel::IdRole).toString() : QString();
}

void LicensesPage::selectProduct(const QString &orderId)
{
    const int row = m_products->rowOf(orderId);
    if (row >= 0)
        m_productTable->setCurrentIndex(m_productProxy->mapFromSource(m_products->index(row, 0)));
}

void LicensesPage::selectLicense(const QString &licenseId)
{
    const int row = m_licenses->rowOf(licenseId);
    if (row < 0)
        return;
    selectProduct(m_licenses->license(row).orderId);
    m_licenseTable->setCurrentIndex(m_licenseProxy->mapFromSource(m_licenses->index(row, 0)));
}

void LicensesPage::onSnapshot(const LicensesSnapshotPtr &snapshot)
{
    const QString product = currentProductId();
    const QString license = currentLicenseId();
    m_snapshot = snapshot;
    m_products->setSnapshot(snapshot);
    m_licenses->setSnapshot(snapshot, m_now());
    if (!license.isEmpty())
        selectLicense(license);
    else if (!product.isEmpty())
        selectProduct(product);
    else if (m_productProxy->rowCount() > 0)
        m_productTable->setCurrentIndex(m_productProxy->index(0, 0));
    showLicense();
    updateActions();
}

void LicensesPage::updateActions()
{
    const int row = m_licenses->rowOf(currentLicenseId());
    const IssuedLicense *l = row >= 0 ? &m_licenses->license(row) : nullptr;
    m_apply->setEnabled(!m_readOnly && m_productProxy->rowCount() > 0 && !m_dialog);
    m_apply->setToolTip(m_readOnly ? m_readOnlyWhy : tr("Apply for a License (Ctrl+N)"));
    m_apply->setStatusTip(m_readOnly ? m_readOnlyWhy : QString());
    m_copy->setEnabled(l && !l->characters.isEmpty());
    m_copy->setToolTip(l && l->file ? tr("This License is a file: save it (Ctrl+S).")
                                    : tr("Copy the License's characters (Ctrl+C)"));
    m_save->setEnabled(l != nullptr);
    m_sync->setEnabled(!m_syncing);
}

void LicensesPage::showLicense()
{
    const int row = m_licenses->rowOf(currentLicenseId());
    if (row < 0 || !m_snapshot) {
        m_details->clear();
        return;
    }
    const IssuedLicense &l = m_licenses->license(row);
    m_details->show(l, LicensesTables::productOf(l, *m_snapshot), m_licenses->validityText(l));
}

void LicensesPage::openApplyDialog()
{
    if (m_dialog || !m_snapshot)
        return;
    QList<Order> products;
    for (const Order &o : m_snapshot->orders)
        if (o.productType == u"license")
            products.append(o);
    auto *dialog = new ApplyLicenseDialog(products, m_snapshot->licenses, currentProductId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ApplyLicenseDialog::submitted, this, &LicensesPage::sendApplication);
    // finished, not destroyed: a dialog still open when the page goes is destroyed with it,
    // and the page must not be touched then.
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        m_applyTicket = 0; // its answer, if any, only goes to the status bar now
        updateActions();
    });
    dialog->open();
    updateActions();
}

void LicensesPage::sendApplication()
{
    if (!m_dialog)
        return;
    m_dialog->setBusy(true);
    const quint64 ticket = LicensesService::newTicket();
    m_applyTicket = ticket;
    const QString instance = m_dialog->instanceId();
    const QString fingerprint = m_dialog->fingerprint();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, instance, fingerprint] {
        s->applyLicense(ticket, instance, fingerprint);
    });
}

void LicensesPage::onOutcome(const LicensesOutcome &o)
{
    if (o.action != u"licenses.apply")
        return;
    const bool mine = o.ticket != 0 && o.ticket == m_applyTicket;
    if (o.state == LicensesOutcome::State::Done) {
        const QString id = o.record.value(u"licenseId").toString();
        if (mine && m_dialog)
            m_dialog->accept();
        selectLicense(id);
        Q_EMIT statusMessage(o.created
                                 ? tr("License %1 issued.").arg(id)
                                 : tr("This device already had License %1; it is shown.").arg(id),
                             8000);
        requestSync(); // the order's quota moved at the server
        return;
    }
    if (!mine || !m_dialog) {
        if (o.state == LicensesOutcome::State::Refused)
            Q_EMIT statusMessage(tr("The License application was refused: %1").arg(o.message), 0);
        return;
    }
    if (o.state == LicensesOutcome::State::Kept) {
        // It waits in the outbox and is sent when the server answers: nothing to do here.
        m_dialog->accept();
        Q_EMIT statusMessage(o.message, 0);
        return;
    }
    m_dialog->setBusy(false);
    m_dialog->showRefusal(o.field,
                          o.code.isEmpty() ? o.message : tr("%1 (%2)").arg(o.message, o.code));
}

void LicensesPage::copyLicense()
{
    const int row = m_licenses->rowOf(currentLicenseId());
    if (row < 0 || m_licenses->license(row).characters.isEmpty())
        return;
    const IssuedLicense &l = m_licenses->license(row);
    QGuiApplication::clipboard()->setText(l.characters);
    Q_EMIT statusMessage(tr("License %1 copied.").arg(l.licenseId), 4000);
}

void LicensesPage::askSaveLicense()
{
    const int row = m_licenses->rowOf(currentLicenseId());
    if (row < 0)
        return;
    const IssuedLicense &l = m_licenses->license(row);
    const QString name = l.file ? l.file->fileName : l.licenseId + QStringLiteral(".txt");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save License"), name);
    if (!path.isEmpty())
        saveLicenseTo(path);
}

void LicensesPage::saveLicenseTo(const QString &path)
{
    const int row = m_licenses->rowOf(currentLicenseId());
    if (row < 0)
        return;
    const IssuedLicense &l = m_licenses->license(row);
    const quint64 ticket = LicensesService::newTicket();
    answerFile(ticket, tr("Save License"));
    const QString id = l.licenseId;
    if (l.file)
        QMetaObject::invokeMethod(m_service, [s = m_service, ticket, id, path] {
            s->downloadLicenseFile(ticket, id, path);
        });
    else
        QMetaObject::invokeMethod(
            m_service, [s = m_service, ticket, id, path] { s->saveLicenseText(ticket, id, path); });
}

void LicensesPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Licenses"), QStringLiteral("licenses.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void LicensesPage::exportTo(const QString &path)
{
    const quint64 ticket = LicensesService::newTicket();
    answerFile(ticket, tr("Export Licenses"));
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, path] { s->exportLicenses(ticket, path); });
}

void LicensesPage::answerFile(quint64 ticket, const QString &title)
{
    onTicketAnswer(m_service, &LicensesService::fileFinished, this, ticket,
                   [this, title](bool ok, const QString &message) {
                       if (ok)
                           Q_EMIT statusMessage(message, 8000);
                       else
                           showNotice(this, title, message);
                   });
}
