#include "ui/apps/authorisation_editor.h"

#include "apps/client/apps_service.h"
#include "apps/client/authorisation_draft.h"
#include "apps/client/authorisation_preview_text.h"
#include "models/apps/app_table_model.h"
#include "models/apps/authorisation_member_model.h"
#include "models/apps/authorisation_tree_model.h"
#include "ui/apps/apps_batch_operations.h"
#include "ui/shell/batch_operation_dialog.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString kGeometryKey = QStringLiteral("ui/qt6/apps/authorisationEditor/geometry");
const QString kSplitterKey = QStringLiteral("ui/qt6/apps/authorisationEditor/splitter");
const QString kHeaderKey = QStringLiteral("ui/qt6/apps/authorisationEditor/memberHeader");
} // namespace

AuthorisationEditor::AuthorisationEditor(AppsService *service, const AppsSnapshotPtr &snapshot,
                                         const QString &appId,
                                         std::shared_ptr<const OrgDirectory> directory,
                                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_snapshot(snapshot)
    , m_appId(appId)
    , m_directory(std::move(directory))
    , m_tree(new AuthorisationTreeModel(this))
    , m_members(new AuthorisationMemberModel(this))
    , m_treeView(new QTreeView)
    , m_memberView(new QTableView)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_show(new QComboBox)
    , m_status(PlainText::label())
    , m_preview(PlainText::label())
    , m_revert(new QPushButton(tr("&Revert")))
    , m_send(new QPushButton(tr("Review and &send…")))
{
    setObjectName(QStringLiteral("authorisationEditor"));
    const PurchasedApp *app = snapshot ? snapshot->app(appId) : nullptr;
    m_appName = app ? app->name : appId;
    setWindowTitle(tr("Who may use %1").arg(m_appName));

    m_search->setObjectName(QStringLiteral("authorisationSearch"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setPlaceholderText(
        tr("Search members by name, user name, e-mail or mobile (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_members->setSearch(m_search->text()); });
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); });
    addAction(find);
    m_show->addItem(tr("Everyone"), int(AuthorisationMemberModel::Show::All));
    m_show->addItem(tr("With access"), int(AuthorisationMemberModel::Show::WithAccess));
    m_show->addItem(tr("Changes only"), int(AuthorisationMemberModel::Show::Changes));
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_members->setShow(AuthorisationMemberModel::Show(m_show->currentData().toInt()));
    });

    m_treeView->setObjectName(QStringLiteral("authorisationTree"));
    m_treeView->setAccessibleName(tr("Departments and groups"));
    // Tab moves on to the next control; the arrows move within the view.
    m_treeView->setTabKeyNavigation(false);
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(AuthorisationTreeModel::NameColumn,
                                               QHeaderView::Stretch);
    m_memberView->setObjectName(QStringLiteral("authorisationMembers"));
    m_memberView->setAccessibleName(tr("Members"));
    m_memberView->setTabKeyNavigation(false);
    m_memberView->setModel(m_members);
    m_memberView->setSortingEnabled(true);
    m_memberView->sortByColumn(AuthorisationMemberModel::NameColumn, Qt::AscendingOrder);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->verticalHeader()->hide();
    m_memberView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setWordWrap(false);
    connect(m_tree, &AuthorisationTreeModel::edited, this, [this] {
        m_members->refresh();
        updatePreview();
    });
    connect(m_members, &AuthorisationMemberModel::edited, this,
            &AuthorisationEditor::updatePreview);

    auto *split = new QSplitter;
    split->setObjectName(QStringLiteral("authorisationSplitter"));
    split->addWidget(m_treeView);
    split->addWidget(m_memberView);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_status->setObjectName(QStringLiteral("authorisationStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Reading the app's seats…"));
    m_preview->setObjectName(QStringLiteral("authorisationPreview"));
    m_preview->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("authorisationSend"));
    m_send->setDefault(true);
    m_revert->setObjectName(QStringLiteral("authorisationRevert"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuthorisationEditor::reject);
    connect(m_send, &QPushButton::clicked, this, &AuthorisationEditor::askToSend);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (!m_draft)
            return;
        m_draft->revert();
        m_tree->refresh();
        m_members->refresh();
        updatePreview();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    QSettings s;
    if (!restoreGeometry(s.value(kGeometryKey).toByteArray()))
        resize(1100, 700);
    split->restoreState(s.value(kSplitterKey).toByteArray());
    m_memberView->horizontalHeader()->restoreState(s.value(kHeaderKey).toByteArray());
    connect(this, &QDialog::finished, this, [this, split] {
        QSettings settings;
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kSplitterKey, split->saveState());
        settings.setValue(kHeaderKey, m_memberView->horizontalHeader()->saveState());
    });
    updatePreview();

    // The seats come from the cache on the service's thread; the rest is at hand.
    const quint64 ticket = AppsService::newTicket();
    onTicketAnswer(m_service, &AppsService::holdingsReady, this, ticket,
                   [this](const QString &, const QList<SeatHolding> &seats) { build(seats); });
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, appId] { s->readHoldings(ticket, appId); });
}

AuthorisationEditor::~AuthorisationEditor()
{
    // The batch window goes with this dialog: its end must not call back into a dialog
    // that is being destroyed.
    if (m_batch)
        disconnect(m_batch, nullptr, this, nullptr);
    // The models point into the draft: let go of it first.
    m_tree->setDraft(nullptr);
    m_members->setDraft(nullptr);
}

void AuthorisationEditor::build(const QList<SeatHolding> &seats)
{
    const PurchasedApp *app = m_snapshot ? m_snapshot->app(m_appId) : nullptr;
    if (!app || !m_directory) {
        m_status->setText(
            app ? tr("The organisation's data is not loaded yet; open the "
                     "organisation page, let it sync, and try again.")
                : tr("The app %1 is not in the local copy; sync first.").arg(m_appId));
        return;
    }
    m_draft = std::make_unique<AuthorisationDraft>(
        m_directory, *app, m_snapshot->grants.value(m_appId), m_snapshot->groups, seats);
    m_tree->setDraft(m_draft.get());
    m_members->setDraft(m_draft.get());
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuthorisationEditor::onTreeCurrent);
    QStringList status;
    // One arg() call: a name holding "%2" must not take the numbers.
    status << tr("%1: %2 seat(s) bought, %3 free, %4 waiting.")
                  .arg(app->name, QString::number(app->seatsBought),
                       QString::number(app->seatsFree), QString::number(app->seatsWaiting));
    if (m_draft->unknownMembersByHand() > 0)
        status << tr("%n member(s) granted by hand are no longer in the organisation; reclaim "
                     "their seats on the License inventory page.",
                     nullptr, m_draft->unknownMembersByHand());
    if (const QString why = AppTableModel::grantBlocker(*app); !why.isEmpty())
        status << tr("Grants will be refused: %1 Revokes can still be sent.").arg(why);
    m_status->setText(status.join(u' '));
    updatePreview();
    Q_EMIT ready();
}

void AuthorisationEditor::onTreeCurrent()
{
    const QModelIndex current = m_treeView->currentIndex();
    switch (m_tree->kind(current)) {
    case AuthorisationTreeModel::NodeKind::Department:
        m_members->setScope(AuthorisationMemberModel::Scope::Department, m_tree->unit(current));
        break;
    case AuthorisationTreeModel::NodeKind::Group:
        m_members->setScope(AuthorisationMemberModel::Scope::Group, m_tree->unit(current));
        break;
    default:
        m_members->setScope(AuthorisationMemberModel::Scope::Everyone);
        break;
    }
}

void AuthorisationEditor::updatePreview()
{
    if (!m_draft) {
        m_preview->clear();
        m_send->setEnabled(false);
        m_revert->setEnabled(false);
        return;
    }
    const AuthorisationDraft::Preview p = m_draft->preview();
    QString text = AuthorisationPreviewText::summary(p);
    QString why = AuthorisationPreviewText::blocker(p);
    if (why.isEmpty() && !p.grants.isEmpty())
        why = AppTableModel::grantBlocker(m_draft->app());
    if (!why.isEmpty())
        text += u'\n' + why;
    m_preview->setText(text);
    m_send->setEnabled(!p.isEmpty() && why.isEmpty());
    m_send->setToolTip(why);
    m_revert->setEnabled(!p.isEmpty());
}

void AuthorisationEditor::askToSend()
{
    if (!m_draft || m_confirm || m_batch)
        return;
    const AuthorisationDraft::Preview p = m_draft->preview();
    if (p.isEmpty())
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Change who may use %1").arg(m_appName),
                                AuthorisationPreviewText::confirmation(m_appName, p),
                                QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("authorisationConfirmation"));
    m_confirm->setTextFormat(Qt::PlainText);
    QPushButton *go = m_confirm->addButton(tr("Send"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmAuthorisation"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, go] {
        const bool confirmed = m_confirm->clickedButton() == go;
        m_confirm = nullptr;
        if (confirmed)
            send();
    });
    m_confirm->open();
}

void AuthorisationEditor::send()
{
    const AuthorisationDraft::Preview p = m_draft->preview();
    QStringList keys;
    for (const AppsChange::Target &t : p.revokes)
        keys << QStringLiteral("-") + AppGrant::kindName(t.kind) + u':' + t.id;
    for (const AppsChange::Target &t : p.grants)
        keys << QStringLiteral("+") + AppGrant::kindName(t.kind) + u':' + t.id;
    m_batch = new BatchOperationDialog(
        new AppsBatchOperations(m_service, AppsBatchOperations::Action::Authorise, m_appId,
                                m_appName),
        keys, this);
    m_batch->setAttribute(Qt::WA_DeleteOnClose);
    // Sent: what is on screen is the past now. The page syncs when the operation ends; the
    // editor closes with its window.
    connect(m_batch, &QObject::destroyed, this, [this] {
        m_batch = nullptr;
        accept();
    });
    m_send->setEnabled(false);
    m_revert->setEnabled(false);
    m_treeView->setEnabled(false);
    m_memberView->setEnabled(false);
    m_batch->show();
}

void AuthorisationEditor::reject()
{
    if (m_batch)
        return; // the batch window closes the editor
    if (m_draft && m_draft->hasEdits() &&
        PlainText::message(this, QMessageBox::Question, tr("Discard changes"),
                           tr("Close without sending? The ticks made here are lost."),
                           QMessageBox::Discard | QMessageBox::Cancel,
                           QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}
