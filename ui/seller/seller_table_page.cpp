#include "ui/seller/seller_table_page.h"

#include "ui/seller/seller_session.h"
#include "ui/shell/plain_text.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

SellerTablePage::SellerTablePage(SellerSession *session, QAbstractTableModel *model, int idRole,
                                 int sortRole, const QString &settingsKey, QWidget *parent)
    : Page(parent)
    , m_session(session)
    , m_model(model)
    , m_idRole(idRole)
    , m_settingsKey(settingsKey)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_layout(new QVBoxLayout(this))
    , m_search(new QLineEdit)
    , m_table(new QTableView)
    , m_empty(PlainText::label())
    , m_menu(new QMenu(this))
{
    model->setParent(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_menu->popup(m_table->viewport()->mapToGlobal(pos)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_layout->addWidget(m_search);
    m_layout->addWidget(m_empty);
    m_layout->addWidget(m_table, 1);
    connect(session, &SellerSession::snapshotChanged, this, &SellerTablePage::onSnapshot);
    // A page made after the session had its snapshot shows it at once (from the event loop:
    // the subclass is not built yet here).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_session->snapshot())
                onSnapshot(m_session->snapshot());
        },
        Qt::QueuedConnection);
}

QList<QMenu *> SellerTablePage::menus() const
{
    return {m_menu};
}

void SellerTablePage::setReadOnly(bool readOnly, const QString &why)
{
    Q_UNUSED(why);
    m_readOnly = readOnly;
    updateActions();
}

void SellerTablePage::saveLayout(QSettings &settings) const
{
    settings.setValue(m_settingsKey, m_table->horizontalHeader()->saveState());
}

void SellerTablePage::restoreLayout(const QSettings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(m_settingsKey).toByteArray()))
        return;
    const int em = fontMetrics().averageCharWidth();
    const QList<int> widths = defaultWidths();
    for (int i = 0; i < widths.size(); ++i) {
        // Never narrower than the column's title (in either language).
        const int title = header->fontMetrics().horizontalAdvance(
            m_model->headerData(i, Qt::Horizontal).toString());
        header->resizeSection(i, std::max(widths.at(i) * em, title + 4 * em));
    }
}

QString SellerTablePage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(m_idRole).toString() : QString();
}

void SellerTablePage::selectId(const QString &id)
{
    if (id.isEmpty())
        return;
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, 0), m_idRole, id, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_table->setCurrentIndex(found.first());
}

void SellerTablePage::onSnapshot(const SellerSnapshotPtr &snapshot)
{
    const QString keep = currentId();
    showSnapshot(snapshot);
    selectId(keep);
    // Something is always current when there is something: the pane below and the actions
    // have a record to speak of, and the keyboard a place to start.
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
}

QString SellerTablePage::refusalText(const SellerOutcome &outcome)
{
    return outcome.code.isEmpty() ? outcome.message
                                  : tr("%1 (%2)").arg(outcome.message, outcome.code);
}

void SellerTablePage::report(const SellerOutcome &outcome, const QString &doneText)
{
    switch (outcome.state) {
    case SellerOutcome::State::Done:
        Q_EMIT statusMessage(doneText, 8000);
        return;
    case SellerOutcome::State::Kept:
        Q_EMIT statusMessage(outcome.message, 0);
        return;
    case SellerOutcome::State::Conflict:
        PlainText::warning(this, title(),
                           tr("%1 was changed by someone else meanwhile; the list now shows "
                              "their version. Look at it and try again.\n\n%2")
                               .arg(outcome.target, outcome.message));
        return;
    case SellerOutcome::State::Refused:
        PlainText::warning(this, title(), refusalText(outcome));
        return;
    }
}
