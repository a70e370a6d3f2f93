#include "ui/apps/apps_page.h"

#include "apps/client/apps_service.h"
#include "apps/client/switch_impact.h"
#include "models/apps/app_table_model.h"
#include "ui/apps/authorisation_editor.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kHeaderKey = QStringLiteral("ui/qt6/apps/appsHeader");
}

// An editor still open when the page goes is destroyed with it, after the page's own members:
// its end must not call back into the page then.
AppsPage::~AppsPage()
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
}

AppsPage::AppsPage(AppsService *service, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_model(new AppTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_details(PlainText::label())
    , m_empty(PlainText::label())
    , m_menu(new QMenu(tr("&Apps"), this))
    , m_switchOn(new QAction(tr("Switch &on"), this))
    , m_switchOff(new QAction(tr("Switch o&ff…"), this))
    , m_undo(new QAction(tr("&Undo switch"), this))
    , m_agreement(new QAction(tr("&Accept the licence agreement…"), this))
    , m_authorise(new QAction(tr("&Who may use it…"), this))
    , m_sync(new QAction(tr("&Sync"), this))
    , m_export(new QAction(tr("&Export list…"), this))
{
    setObjectName(QStringLiteral("AppsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AppTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("appsSearch"));
    m_search->setAccessibleName(tr("Search apps"));
    m_search->setPlaceholderText(tr("Search apps and sellers (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); });
    addAction(find);

    m_table->setObjectName(QStringLiteral("appsTable"));
    m_table->setAccessibleName(tr("Purchased apps"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AppTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &p) { m_menu->popup(m_table->viewport()->mapToGlobal(p)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });

    m_details->setObjectName(QStringLiteral("appDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setObjectName(QStringLiteral("appsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No apps yet: the enterprise's purchased apps appear after the first "
                        "sync (F5)."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_empty);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_switchOn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_switchOff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_undo->setShortcut(QKeySequence::Undo);
    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_authorise->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_authorise->setObjectName(QStringLiteral("authoriseAction"));
    for (QAction *a :
         {m_switchOn, m_switchOff, m_undo, m_agreement, m_authorise, m_sync, m_export}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_switchOff->setObjectName(QStringLiteral("switchOffAction"));
    m_switchOn->setObjectName(QStringLiteral("switchOnAction"));
    m_undo->setObjectName(QStringLiteral("undoSwitchAction"));
    m_menu->addActions({m_switchOn, m_switchOff, m_undo});
    m_menu->addSeparator();
    m_menu->addActions({m_authorise, m_agreement});
    m_menu->addSeparator();
    m_menu->addActions({m_sync, m_export});
    connect(m_switchOn, &QAction::triggered, this, [this] {
        if (const QString id = currentAppId(); !id.isEmpty())
            sendSwitch(id, true, true);
    });
    connect(m_switchOff, &QAction::triggered, this, &AppsPage::askSwitchOff);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (const auto last = std::exchange(m_last, std::nullopt))
            sendSwitch(last->appId, !last->enabled, false);
        updateActions();
    });
    connect(m_agreement, &QAction::triggered, this, &AppsPage::acceptAgreement);
    connect(m_authorise, &QAction::triggered, this, &AppsPage::openEditor);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &AppsPage::openEditor);
    connect(m_sync, &QAction::triggered, this, &AppsPage::requestSync);
    connect(m_export, &QAction::triggered, this, &AppsPage::exportList);

    connect(service, &AppsService::snapshotReady, this, &AppsPage::onSnapshot);
    connect(service, &AppsService::syncFinished, this, [this](bool ok, const QString &message) {
        m_syncing = false;
        updateActions();
        Q_EMIT statusMessage(ok ? tr("Apps synced.") : tr("Apps sync failed: %1").arg(message),
                             ok ? 4000 : 0);
    });
    updateActions();
}

QString AppsPage::title() const
{
    return tr("Apps");
}

QList<QAction *> AppsPage::pageActions(Place place) const
{
    if (place == Place::ToolBar)
        return {m_switchOn, m_switchOff, m_authorise, m_sync};
    if (place == Place::File)
        return {m_export};
    return {};
}

void AppsPage::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    updateActions();
}

void AppsPage::saveLayout(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void AppsPage::restoreLayout(const QSettings &settings)
{
    if (m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray()))
        return;
    const int em = fontMetrics().averageCharWidth();
    const int widths[] = {30, 12, 16, 7, 22, 12, 28, 12};
    for (int i = 0; i < AppTableModel::ColumnCount; ++i)
        m_table->setColumnWidth(
            i, std::max(widths[i] * em, m_table->horizontalHeader()->sectionSizeHint(i)));
}

void AppsPage::requestSync()
{
    m_syncing = true;
    updateActions();
    Q_EMIT statusMessage(tr("Syncing apps…"), 0);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
}

QString AppsPage::currentAppId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(AppTableModel::IdRole).toString() : QString();
}

void AppsPage::selectApp(const QString &appId)
{
    const int row = m_model->rowOf(appId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void AppsPage::onSnapshot(const AppsSnapshotPtr &snapshot)
{
    const QString current = currentAppId();
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!current.isEmpty())
        selectApp(current);
    else if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
    showDetails();
}

void AppsPage::updateActions()
{
    const int row = m_model->rowOf(currentAppId());
    const PurchasedApp *app = row >= 0 ? &m_model->app(row) : nullptr;
    const bool may = !m_readOnly;
    m_switchOn->setEnabled(may && app && !app->enabled);
    m_switchOff->setEnabled(may && app && app->enabled);
    m_agreement->setEnabled(may && app && !app->agreementAccepted);
    m_authorise->setEnabled(may && app && !m_editor);
    m_undo->setEnabled(may && m_last.has_value());
    m_undo->setText(m_last ? (m_last->enabled ? tr("&Undo: switch %1 off again").arg(m_last->name)
                                              : tr("&Undo: switch %1 on again").arg(m_last->name))
                           : tr("&Undo switch"));
    m_sync->setEnabled(!m_syncing);
    const QString why = m_readOnly ? m_readOnlyWhy : QString();
    for (QAction *a : {m_switchOn, m_switchOff, m_agreement, m_authorise, m_undo}) {
        a->setToolTip(why.isEmpty() ? a->text().remove(u'&') : why);
        a->setStatusTip(why);
    }
}

void AppsPage::showDetails()
{
    const int row = m_model->rowOf(currentAppId());
    if (row < 0 || !m_snapshot) {
        m_details->clear();
        return;
    }
    const PurchasedApp &a = m_model->app(row);
    int members = 0, departments = 0, groups = 0, exclusions = 0;
    for (const AppGrant &g : m_snapshot->grants.value(a.appId)) {
        members += g.kind == AppGrant::Kind::Member;
        departments += g.kind == AppGrant::Kind::Department;
        groups += g.kind == AppGrant::Kind::Group;
        exclusions += g.kind == AppGrant::Kind::Exclusion;
    }
    QStringList lines;
    lines << tr("%1 — %2, %3").arg(a.name, a.seller, a.edition);
    lines << tr("Order %1, instance %2").arg(a.orderId, a.instanceId);
    lines << tr("Seats: %1 bought, %2 assigned, %3 free, %4 waiting")
                 .arg(a.seatsBought)
                 .arg(a.seatsAssigned)
                 .arg(a.seatsFree)
                 .arg(a.seatsWaiting);
    lines << tr("Authorised: %1 member(s) by hand, %2 department(s) and %3 group(s) "
                "automatically; %4 seat(s) reclaimed from automatic grants")
                 .arg(members)
                 .arg(departments)
                 .arg(groups)
                 .arg(exclusions);
    if (const QString why = AppTableModel::grantBlocker(a); !why.isEmpty())
        lines << why;
    if (!a.enabled)
        lines << tr("Switched off: nobody can use it; its authorisations and seats are kept.");
    m_details->setText(lines.join(u'\n'));
}

void AppsPage::askSwitchOff()
{
    const QString appId = currentAppId();
    const int row = m_model->rowOf(appId);
    // One question at a time: the seats are read first, and a second press meanwhile would
    // open a second box.
    if (row < 0 || m_asking)
        return;
    m_asking = true;
    const QString name = m_model->app(row).name;
    // The impact comes from the app's seats, read on the service's thread.
    const quint64 ticket = AppsService::newTicket();
    onTicketAnswer(m_service, &AppsService::seatsReady, this, ticket,
                   [this, appId, name](const QString &, const QList<AppSeat> &seats) {
                       const SwitchImpact impact = SwitchImpact::compute(seats, m_isAdministrator);
                       auto *box = new QMessageBox(QMessageBox::Warning, tr("Switch off"),
                                                   SwitchImpactText::describe(name, impact),
                                                   QMessageBox::Cancel, this);
                       box->setObjectName(QStringLiteral("switchOffConfirmation"));
                       box->setTextFormat(Qt::PlainText);
                       QPushButton *off =
                           box->addButton(tr("Switch off"), QMessageBox::DestructiveRole);
                       off->setObjectName(QStringLiteral("confirmSwitchOff"));
                       box->setDefaultButton(QMessageBox::Cancel);
                       box->setAttribute(Qt::WA_DeleteOnClose);
                       m_confirm = box;
                       connect(box, &QMessageBox::finished, this, [this, box, off, appId] {
                           const bool confirmed = box->clickedButton() == off;
                           m_confirm = nullptr;
                           m_asking = false;
                           if (confirmed)
                               sendSwitch(appId, false, true);
                       });
                       box->open();
                   });
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, appId] { s->readSeats(ticket, appId); });
}

void AppsPage::sendSwitch(const QString &appId, bool enabled, bool undoable)
{
    const int row = m_model->rowOf(appId);
    const QString name = row >= 0 ? m_model->app(row).name : appId;
    const quint64 ticket = AppsService::newTicket();
    // One context per switch: its connections go when the answer has been shown.
    auto *pending = new QObject(this);
    auto operation = std::make_shared<qint64>(0);
    onTicketAnswer(m_service, &AppsService::operationQueued, pending, ticket,
                   [this, pending, operation](qint64 id, const QString &, int, const QString &why) {
                       *operation = id;
                       if (id == 0) {
                           pending->deleteLater();
                           PlainText::warning(this, tr("Apps"), why);
                       }
                   });
    connect(m_service, &AppsService::operationFinished, pending,
            [this, pending, operation, appId, name, enabled, undoable](qint64 id, int done, int) {
                if (id != *operation)
                    return;
                if (done == 0) { // refused: its reason is in the results
                    QMetaObject::invokeMethod(m_service,
                                              [s = m_service, id] { s->requestResults(id); });
                    return;
                }
                pending->deleteLater();
                if (undoable)
                    m_last = LastSwitch{appId, name, enabled};
                updateActions();
                Q_EMIT statusMessage(enabled ? tr("%1 is switched on.").arg(name)
                                             : tr("%1 is switched off. Undo: Ctrl+Z.").arg(name),
                                     8000);
            });
    connect(m_service, &AppsService::resultsReady, pending,
            [this, pending, operation, name](qint64 id, const QList<Outbox::Target> &targets) {
                if (id != *operation)
                    return;
                pending->deleteLater();
                for (const Outbox::Target &t : targets)
                    if (t.state == Outbox::TargetState::Failed)
                        PlainText::warning(
                            this, tr("Apps"),
                            tr("%1 was not switched: %2 (%3)").arg(name, t.message, t.resultCode));
            });
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, appId, enabled] {
        s->setEnabled(ticket, appId, enabled);
    });
}

void AppsPage::acceptAgreement()
{
    const QString appId = currentAppId();
    const int row = m_model->rowOf(appId);
    if (row < 0)
        return;
    const QString name = m_model->app(row).name;
    if (PlainText::message(this, QMessageBox::Question, tr("Licence agreement"),
                           tr("Accept the licence agreement (协议许可) of %1 for the whole "
                              "enterprise? An accepted agreement is not withdrawn; it lets "
                              "you grant the app.")
                               .arg(name),
                           QMessageBox::Yes | QMessageBox::Cancel,
                           QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const quint64 ticket = AppsService::newTicket();
    QMetaObject::invokeMethod(
        m_service, [s = m_service, ticket, appId] { s->acceptAgreement(ticket, appId); });
}

void AppsPage::exportList()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export apps"), QStringLiteral("apps.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const quint64 ticket = AppsService::newTicket();
    onTicketAnswer(m_service, &AppsService::exportFinished, this, ticket,
                   [this](bool ok, const QString &message) {
                       if (ok)
                           Q_EMIT statusMessage(message, 8000);
                       else
                           PlainText::warning(this, tr("Export apps"), message);
                   });
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, path] { s->exportApps(ticket, path); });
}

void AppsPage::openEditor()
{
    const QString appId = currentAppId();
    if (appId.isEmpty() || m_editor || m_readOnly || !m_snapshot)
        return;
    std::shared_ptr<const OrgDirectory> directory = m_directory ? m_directory() : nullptr;
    if (!directory) {
        PlainText::information(this, tr("Who may use it"),
                               tr("The organisation's data is not loaded yet; open the "
                                  "organisation page, let it sync, and try again."));
        return;
    }
    m_editor = new AuthorisationEditor(m_service, m_snapshot, appId, std::move(directory), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QObject::destroyed, this, [this] {
        m_editor = nullptr;
        updateActions();
    });
    updateActions();
    m_editor->show();
}
