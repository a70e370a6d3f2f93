#include "ui/seller/seller_addresses_page.h"

#include "models/seller/seller_address_model.h"
#include "models/seller/seller_labels.h"
#include "models/seller/seller_run_model.h"
#include "seller/client/seller_service.h"
#include "ui/seller/address_dialog.h"
#include "ui/seller/seller_session.h"
#include "ui/shell/plain_text.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SellerAddressesPage::SellerAddressesPage(SellerSession *session, QWidget *parent)
    : SellerTablePage(session, new SellerAddressModel, SellerAddressModel::IdRole,
                      SellerAddressModel::SortRole, QStringLiteral("ui/qt6/seller/addressesHeader"),
                      parent)
    , m_model(static_cast<SellerAddressModel *>(sourceModel()))
    , m_runs(new SellerRunModel(this))
    , m_runTable(new QTableView)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_add(new QAction(tr("&Add production address…"), this))
    , m_bind(new QAction(tr("&Bind keys…"), this))
    , m_runBasic(new QAction(tr("Run debugging: &basic interfaces"), this))
    , m_runKit(new QAction(tr("Run debugging: &Kit sync"), this))
    , m_sync(new QAction(tr("&Sync"), this))
    , m_rotateBasic(new QAction(tr("Rotate the basic &key…"), this))
    , m_rotateKit(new QAction(tr("Rotate the Kit k&ey…"), this))
{
    setObjectName(QStringLiteral("SellerAddressesPage"));
    m_add->setObjectName(QStringLiteral("addAddressAction"));
    m_bind->setObjectName(QStringLiteral("bindKeysAction"));
    m_runBasic->setObjectName(QStringLiteral("runBasicAction"));
    m_runKit->setObjectName(QStringLiteral("runKitAction"));
    m_rotateBasic->setObjectName(QStringLiteral("rotateBasicKeyAction"));
    m_rotateKit->setObjectName(QStringLiteral("rotateKitKeyAction"));
    pageMenu()->setTitle(tr("&Addresses"));
    m_add->setShortcut(QKeySequence::New);
    m_bind->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_runBasic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runKit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    for (QAction *a : {m_add, m_bind, m_runBasic, m_runKit, m_sync}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    pageMenu()->addActions({m_add, m_bind});
    pageMenu()->addSeparator();
    pageMenu()->addActions({m_runBasic, m_runKit});
    pageMenu()->addSeparator();
    pageMenu()->addActions({m_rotateBasic, m_rotateKit});
    pageMenu()->addSeparator();
    pageMenu()->addAction(m_sync);
    connect(m_add, &QAction::triggered, this, &SellerAddressesPage::addAddress);
    connect(m_bind, &QAction::triggered, this, &SellerAddressesPage::bindKeys);
    connect(m_runBasic, &QAction::triggered, this,
            [this] { runDebugging(QStringLiteral("basic")); });
    connect(m_runKit, &QAction::triggered, this, [this] { runDebugging(QStringLiteral("kit")); });
    connect(m_sync, &QAction::triggered, session, &SellerSession::sync);
    connect(m_rotateBasic, &QAction::triggered, this,
            [this] { rotateKey(QStringLiteral("basic")); });
    connect(m_rotateKit, &QAction::triggered, this, [this] { rotateKey(QStringLiteral("kit")); });
    connect(table(), &QTableView::activated, m_bind, &QAction::trigger);

    // The runs of the selected address, under the list.
    m_runTable->setModel(m_runs);
    m_runTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runTable->verticalHeader()->hide();
    m_runTable->horizontalHeader()->setStretchLastSection(true);
    m_runTable->setAlternatingRowColors(true);
    m_runTable->setWordWrap(false);
    {
        const int em = fontMetrics().averageCharWidth();
        const int widths[] = {22, 14, 20, 10, 24};
        for (int i = 0; i < int(std::size(widths)); ++i)
            m_runTable->horizontalHeader()->resizeSection(i, widths[i] * em);
    }
    m_runTable->setAccessibleName(tr("Debugging runs of the selected address"));
    auto *runsBox = new QWidget;
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->addWidget(
        PlainText::label(tr("Debugging runs at the Seller Center (newest first):")));
    runsLayout->addWidget(m_runTable);
    pageLayout()->removeWidget(table());
    m_splitter->addWidget(table());
    m_splitter->addWidget(runsBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    pageLayout()->addWidget(m_splitter, 1);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SellerAddressesPage::showRuns);
    emptyLabel()->setText(tr("No production addresses yet: Add production address (Ctrl+N). "
                             "Make access keys first, one for the basic interfaces and one "
                             "for Kit sync."));
    updateActions();
}

AddressDialog *SellerAddressesPage::openDialog() const
{
    return m_dialog;
}

QString SellerAddressesPage::title() const
{
    return tr("Production addresses");
}

QList<QAction *> SellerAddressesPage::pageActions(Place place) const
{
    return place == Place::ToolBar ? QList<QAction *>{m_add, m_runBasic, m_runKit, m_sync}
                                   : QList<QAction *>{};
}

void SellerAddressesPage::saveLayout(QSettings &settings) const
{
    SellerTablePage::saveLayout(settings);
    settings.setValue(QStringLiteral("ui/qt6/seller/addressesSplitter"), m_splitter->saveState());
}

void SellerAddressesPage::restoreLayout(const QSettings &settings)
{
    SellerTablePage::restoreLayout(settings);
    m_splitter->restoreState(
        settings.value(QStringLiteral("ui/qt6/seller/addressesSplitter")).toByteArray());
}

void SellerAddressesPage::showSnapshot(const SellerSnapshotPtr &snapshot)
{
    m_model->setSnapshot(snapshot);
    emptyLabel()->setVisible(m_model->rowCount() == 0);
    // The reset cleared the selection; the runs pane follows it again when it is restored
    // (currentRowChanged), and stays empty when no address is current.
    showRuns();
}

void SellerAddressesPage::showRuns()
{
    m_runs->show(session()->snapshot(), currentId());
}

void SellerAddressesPage::updateActions()
{
    const QString id = currentId();
    const bool selected = !id.isEmpty();
    const bool running = m_running.contains(id);
    const int row = selected ? m_model->rowOf(id) : -1;
    m_add->setEnabled(!isReadOnly());
    m_bind->setEnabled(!isReadOnly() && selected);
    m_runBasic->setEnabled(!isReadOnly() && row >= 0 && !running &&
                           !m_model->address(row).basicKeyId.isEmpty());
    m_runKit->setEnabled(!isReadOnly() && row >= 0 && !running &&
                         !m_model->address(row).kitKeyId.isEmpty());
    // A rotation replaces a bound key (a kept one resumes whatever is bound now).
    m_rotateBasic->setEnabled(!isReadOnly() && row >= 0 &&
                              !m_model->address(row).basicKeyId.isEmpty());
    m_rotateKit->setEnabled(!isReadOnly() && row >= 0 && !m_model->address(row).kitKeyId.isEmpty());
}

void SellerAddressesPage::addAddress()
{
    openDialog(nullptr);
}

void SellerAddressesPage::bindKeys()
{
    const int row = m_model->rowOf(currentId());
    if (row < 0)
        return;
    const ProductionAddress address = m_model->address(row);
    openDialog(&address);
}

void SellerAddressesPage::openDialog(const ProductionAddress *address)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const SellerSnapshotPtr snapshot = session()->snapshot();
    m_dialog = new AddressDialog(snapshot ? snapshot->keys : QList<AccessKey>(), address, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString addressId = address ? address->addressId : QString();
    const QString wasBasic = address ? address->basicKeyId : QString();
    const QString wasKit = address ? address->kitKeyId : QString();
    connect(m_dialog, &AddressDialog::submitted, this, [this, addressId, wasBasic, wasKit] {
        QPointer<AddressDialog> d = m_dialog;
        const QString url = d->url(), basic = d->basicKeyId(), kit = d->kitKeyId();
        // Unbinding a key stops KooGallery's calls of that kind from verifying: ask first.
        if (((!wasBasic.isEmpty() && basic.isEmpty()) || (!wasKit.isEmpty() && kit.isEmpty())) &&
            PlainText::message(
                d, QMessageBox::Warning, tr("Bind keys"),
                tr("Leave %1 without a key for the %2? KooGallery's calls of that "
                   "kind will not verify until a key is bound again.")
                    .arg(url, basic.isEmpty() && !wasBasic.isEmpty() ? tr("basic interfaces")
                                                                     : tr("Kit interfaces")),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        d->setBusy(true);
        auto done = formAnswer(d, [this, url](const SellerOutcome &o) {
            report(o, tr("%1 saved.").arg(url));
            if (o.ok())
                selectId(o.record.value(u"addressId").toString());
        });
        if (addressId.isEmpty())
            session()->change(
                this,
                [url, basic, kit](SellerService *s, quint64 t) {
                    s->addAddress(t, url, basic, kit);
                },
                done);
        else
            session()->change(
                this,
                [addressId, basic, kit](SellerService *s, quint64 t) {
                    s->bindKeys(t, addressId, basic, kit);
                },
                done);
    });
    m_dialog->open();
}

void SellerAddressesPage::rotateKey(const QString &suite)
{
    const QString id = currentId();
    if (m_model->rowOf(id) < 0)
        return;
    auto *dialog = new KeyRotationDialog(session()->service(), id, suite, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_installer)
        dialog->setInstaller(m_installer);
    connect(dialog, &KeyRotationDialog::rotationFinished, session(), &SellerSession::sync);
    dialog->open();
}

void SellerAddressesPage::runDebugging(const QString &suite)
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0 || m_running.contains(id))
        return;
    const QString url = m_model->address(row).url;
    m_running.insert(id);
    updateActions();
    Q_EMIT statusMessage(
        tr("The Seller Center is debugging %1 (%2)…").arg(url, SellerLabels::suite(suite)), 0);
    session()->change(
        this, [id, suite](SellerService *s, quint64 t) { s->startDebugRun(t, id, suite); },
        [this, id, url, suite](const SellerOutcome &o) {
            if (o.state != SellerOutcome::State::Kept)
                m_running.remove(id);
            updateActions();
            const QString verdict = o.record.value(u"verdict").toString();
            // The run is in the cache with the answer, and the snapshot that follows shows it.
            report(o, tr("Debugging of %1 (%2): %3. %4")
                          .arg(url, SellerLabels::suite(suite), SellerLabels::verdict(verdict),
                               o.record.value(u"note").toString()));
        });
}
