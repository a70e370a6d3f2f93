#include "ui/licenses/images_page.h"

#include "licenses/client/licenses_service.h"
#include "models/licenses/image_table_model.h"
#include "ui/licenses/notice_box.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/ticket_answer.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kHeaderKey = QStringLiteral("ui/qt6/images/imagesHeader");
const QString kSplitterKey = QStringLiteral("ui/qt6/images/splitter");
} // namespace

ImagesPage::ImagesPage(LicensesService *service, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_model(new ImageTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_summary(PlainText::label())
    , m_details(PlainText::label())
    , m_split(new QSplitter(Qt::Vertical))
    , m_menu(new QMenu(tr("&Images"), this))
    , m_renewOn(new QAction(tr("Switch auto-renew &on"), this))
    , m_renewOff(new QAction(tr("Switch auto-renew o&ff…"), this))
    , m_sync(new QAction(tr("S&ync"), this))
    , m_exportIcs(new QAction(tr("Export renewal &calendar (.ics)…"), this))
    , m_export(new QAction(tr("&Export image subscriptions…"), this))
{
    setObjectName(QStringLiteral("ImagesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("imagesTable"));
    m_table->setAccessibleName(tr("Image subscriptions"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // The most pressing first: billing now, then a day, 7 and 30 days left.
    m_table->sortByColumn(ImageTableModel::FlagColumn, Qt::AscendingOrder);
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
    m_summary->setObjectName(QStringLiteral("imagesSummary"));
    m_summary->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("imageDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    m_split->addWidget(m_table);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);

    m_renewOn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_renewOff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_sync->setShortcut(QKeySequence(Qt::Key_F5)); // see OrgActions
    m_exportIcs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (QAction *a : {m_renewOn, m_renewOff, m_sync, m_exportIcs, m_export}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_menu->addActions({m_renewOn, m_renewOff});
    m_menu->addSeparator();
    m_menu->addActions({m_sync, m_exportIcs, m_export});
    connect(m_renewOn, &QAction::triggered, this, [this] {
        if (const QString id = currentImageId(); !id.isEmpty())
            sendAutoRenew(id, true);
    });
    connect(m_renewOff, &QAction::triggered, this, &ImagesPage::askAutoRenewOff);
    connect(m_sync, &QAction::triggered, this, &ImagesPage::requestSync);
    connect(m_exportIcs, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export renewal calendar"),
                                         QStringLiteral("renewals.ics"), tr("Calendars (*.ics)"));
        if (!path.isEmpty())
            exportCalendarTo(path);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export image subscriptions"),
                                         QStringLiteral("images.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(service, &LicensesService::snapshotReady, this, &ImagesPage::onSnapshot);
    connect(service, &LicensesService::changeFinished, this, &ImagesPage::onOutcome);
    connect(service, &LicensesService::syncFinished, this, [this] {
        m_syncing = false;
        updateActions();
    });
    updateActions();
}

QString ImagesPage::title() const
{
    return tr("Image subscriptions");
}

QList<QAction *> ImagesPage::pageActions(Place place) const
{
    if (place == Place::ToolBar)
        return {m_renewOn, m_renewOff, m_sync};
    if (place == Place::File)
        return {m_exportIcs, m_export};
    return {};
}

void ImagesPage::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    updateActions();
}

void ImagesPage::saveLayout(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_split->saveState());
}

void ImagesPage::restoreLayout(const QSettings &settings)
{
    m_split->restoreState(settings.value(kSplitterKey).toByteArray());
    if (m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray()))
        return;
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ImageTableModel::ImageColumn, 36 * em);
    m_table->setColumnWidth(ImageTableModel::EcsColumn, 30 * em);
    m_table->setColumnWidth(ImageTableModel::FlagColumn, 24 * em);
}

void ImagesPage::requestSync()
{
    m_syncing = true;
    updateActions();
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
}

QString ImagesPage::currentImageId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ImageTableModel::IdRole).toString() : QString();
}

void ImagesPage::selectImage(const QString &subscriptionId)
{
    const int row = m_model->rowOf(subscriptionId);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void ImagesPage::onSnapshot(const LicensesSnapshotPtr &snapshot)
{
    const QString current = currentImageId();
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot, m_now());
    if (!current.isEmpty())
        selectImage(current);
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    using U = ImageRenewalNotice::Urgency;
    int day = 0, week = 0, month = 0, billing = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ImageRenewalNotice &n = m_model->notice(r);
        day += n.urgency == U::Days1;
        week += n.urgency == U::Days7;
        month += n.urgency == U::Days30;
        billing += n.billsOnDemand;
    }
    QStringList parts;
    parts << tr("%n end(s) within a day", nullptr, day) << tr("%n within 7 days", nullptr, week)
          << tr("%n within 30 days", nullptr, month);
    QString text = parts.join(QStringLiteral(", ")) + u'.';
    if (billing > 0)
        text += u' ' + tr("%n ended and still billing on demand (hourly, from the account "
                          "balance).",
                          nullptr, billing);
    m_summary->setText(text);
    updateActions();
    showDetails();
}

void ImagesPage::updateActions()
{
    const int row = m_model->rowOf(currentImageId());
    const ImageSubscriptionRecord *i = row >= 0 ? &m_model->image(row) : nullptr;
    const bool may = !m_readOnly && i && i->status != u"expired";
    m_renewOn->setEnabled(may && !i->autoRenew);
    m_renewOff->setEnabled(may && i->autoRenew);
    for (QAction *a : {m_renewOn, m_renewOff}) {
        a->setToolTip(m_readOnly ? m_readOnlyWhy : a->text().remove(u'&'));
        a->setStatusTip(m_readOnly ? m_readOnlyWhy : QString());
    }
    m_sync->setEnabled(!m_syncing);
}

void ImagesPage::showDetails()
{
    const int row = m_model->rowOf(currentImageId());
    if (row < 0) {
        m_details->setText(tr("Choose an image subscription to see what its end means."));
        return;
    }
    const ImageSubscriptionRecord &i = m_model->image(row);
    const ImageRenewalNotice &n = m_model->notice(row);
    QStringList lines;
    lines << tr("%1 — %2, order %3").arg(i.imageName, i.seller, i.orderId);
    lines << tr("Serves ECS %1 (%2) in %3; %4.")
                 .arg(i.ecsName, i.ecsInstanceId, i.region,
                      i.inUse ? tr("the ECS runs on this image's system disk")
                              : tr("no ECS runs on it now"));
    lines << tr("Prices: %1 %4 a month, %2 %4 a year; on demand %3 %4 an hour.")
                 .arg(i.monthlyPrice, i.yearlyPrice, i.onDemandHourlyPrice, i.currency);
    lines << n.consequence;
    m_details->setText(lines.join(u'\n'));
}

void ImagesPage::askAutoRenewOff()
{
    const QString id = currentImageId();
    const int row = m_model->rowOf(id);
    if (row < 0 || m_confirm)
        return;
    const ImageSubscriptionRecord &i = m_model->image(row);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Switch auto-renew off"),
        tr("Switch auto-renew off for %1 on ECS %2?\n\nIt then ends on %3. If it is not renewed "
           "by then and the ECS keeps running on this image's system disk, the image is billed "
           "on demand — %4 %5 an hour, from the account balance.")
            .arg(i.imageName, i.ecsName,
                 QLocale().toString(i.periodEnd.toLocalTime().date(), QLocale::LongFormat),
                 i.onDemandHourlyPrice, i.currency),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("autoRenewOffConfirmation"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *off = box->addButton(tr("Switch off"), QMessageBox::DestructiveRole);
    off->setObjectName(QStringLiteral("confirmAutoRenewOff"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, off, id] {
        const bool confirmed = box->clickedButton() == off;
        m_confirm = nullptr;
        if (confirmed)
            sendAutoRenew(id, false);
    });
    box->open();
}

void ImagesPage::sendAutoRenew(const QString &subscriptionId, bool on)
{
    const quint64 ticket = LicensesService::newTicket();
    m_tickets.insert(ticket);
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket, subscriptionId, on] {
        s->setAutoRenew(ticket, subscriptionId, on);
    });
}

void ImagesPage::onOutcome(const LicensesOutcome &o)
{
    if (o.action != u"images.renewal" || !m_tickets.contains(o.ticket))
        return;
    if (o.state != LicensesOutcome::State::Kept)
        m_tickets.remove(o.ticket);
    switch (o.state) {
    case LicensesOutcome::State::Done:
        Q_EMIT statusMessage(o.record.value(u"autoRenew").toBool()
                                 ? tr("Auto-renew is on for %1.").arg(o.target)
                                 : tr("Auto-renew is off for %1.").arg(o.target),
                             8000);
        break;
    case LicensesOutcome::State::Kept:
        Q_EMIT statusMessage(o.message, 0);
        break;
    case LicensesOutcome::State::Conflict:
        showNotice(this, tr("Auto-renew"),
                   tr("Someone changed %1 first; it is shown as it is now. Check it and "
                      "switch again if needed.")
                       .arg(o.target));
        break;
    case LicensesOutcome::State::Refused:
        showNotice(this, tr("Auto-renew"),
                   tr("Auto-renew was not switched: %1 (%2)").arg(o.message, o.code));
        break;
    }
}

void ImagesPage::exportCalendarTo(const QString &path)
{
    const quint64 ticket = LicensesService::newTicket();
    answerFile(ticket, tr("Export renewal calendar"));
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, path] { s->exportIcs(ticket, path); });
}

void ImagesPage::exportTo(const QString &path)
{
    const quint64 ticket = LicensesService::newTicket();
    answerFile(ticket, tr("Export image subscriptions"));
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, path] { s->exportImages(ticket, path); });
}

void ImagesPage::answerFile(quint64 ticket, const QString &title)
{
    onTicketAnswer(m_service, &LicensesService::fileFinished, this, ticket,
                   [this, title](bool ok, const QString &message) {
                       if (ok)
                           Q_EMIT statusMessage(message, 8000);
                       else
                           showNotice(this, title, message);
                   });
}
