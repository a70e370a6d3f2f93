#include "models/licenses/image_table_model.h"
#include "resources/status_colours.h"

#include "models/common/plain_tooltip.h"

#include <QColor>
#include <QLocale>

ImageTableModel::ImageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImageTableModel::setSnapshot(const LicensesSnapshotPtr &snapshot, const QDateTime &now)
{
    QList<ImageSubscriptionRecord> images =
        snapshot ? snapshot->images : QList<ImageSubscriptionRecord>();
    QList<ImageRenewalNotice> notices;
    for (const ImageSubscriptionRecord &i : images)
        notices.append(ImageRenewal::assess(i.forRenewal(), now));
    bool sameRows = images.size() == m_images.size();
    for (qsizetype i = 0; sameRows && i < images.size(); ++i)
        sameRows = images.at(i).subscriptionId == m_images.at(i).subscriptionId;
    if (sameRows) {
        m_images = std::move(images);
        m_notices = std::move(notices);
        if (!m_images.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_images.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_images = std::move(images);
    m_notices = std::move(notices);
    endResetModel();
}

int ImageTableModel::rowOf(const QString &subscriptionId) const
{
    for (qsizetype i = 0; i < m_images.size(); ++i)
        if (m_images.at(i).subscriptionId == subscriptionId)
            return int(i);
    return -1;
}

QString ImageTableModel::flagText(const ImageRenewalNotice &n)
{
    using U = ImageRenewalNotice::Urgency;
    switch (n.urgency) {
    case U::None:
        return {};
    case U::Days30:
        return tr("Ends within 30 days");
    case U::Days7:
        return tr("Ends within 7 days");
    case U::Days1:
        return tr("Ends within a day");
    case U::Expired:
        return n.billsOnDemand ? tr("Ended — billing on demand") : tr("Ended");
    }
    return {};
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageSubscriptionRecord &i = m_images.at(index.row());
    const ImageRenewalNotice &n = m_notices.at(index.row());
    using U = ImageRenewalNotice::Urgency;
    switch (role) {
    case IdRole:
        return i.subscriptionId;
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        // The flag says what the end means in words, not only how near it is.
        if (index.column() == FlagColumn || index.column() == BillingColumn)
            return plainToolTip(n.consequence);
        return plainToolTip(display(index.row(), index.column()));
    case Qt::BackgroundRole:
        if (index.column() != FlagColumn)
            return {};
        // Tints made for the palette in use (light or dark); the text says it too.
        if (n.billsOnDemand || n.urgency == U::Days1)
            return StatusColours::tint(StatusColours::Kind::Error,
                                       StatusColours::applicationPalette());
        if (n.urgency == U::Days7)
            return StatusColours::tint(StatusColours::Kind::Warning,
                                       StatusColours::applicationPalette());
        if (n.urgency == U::Days30)
            return StatusColours::tint(StatusColours::Kind::Warning,
                                       StatusColours::applicationPalette(), 0.5);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case EndsColumn:
            return i.periodEnd;
        case DaysLeftColumn:
            return n.daysLeft;
        case FlagColumn:
            // Most pressing first when sorted ascending: billing now, a day, 7, 30, the rest.
            if (n.billsOnDemand)
                return 0;
            switch (n.urgency) {
            case U::Days1:
                return 1;
            case U::Days7:
                return 2;
            case U::Days30:
                return 3;
            case U::Expired:
                return 5;
            case U::None:
                return 4;
            }
            return 4;
        default:
            return display(index.row(), index.column());
        }
    }
    return {};
}

QVariant ImageTableModel::display(int row, int column) const
{
    const ImageSubscriptionRecord &i = m_images.at(row);
    const ImageRenewalNotice &n = m_notices.at(row);
    switch (column) {
    case ImageColumn:
        return i.imageName;
    case EcsColumn:
        return tr("%1 (%2)").arg(i.ecsName, i.ecsInstanceId);
    case RegionColumn:
        return i.region;
    case EndsColumn:
        return i.periodEnd.isValid()
                   ? QLocale().toString(i.periodEnd.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case DaysLeftColumn:
        return n.daysLeft;
    case FlagColumn:
        return flagText(n);
    case AutoRenewColumn:
        return i.autoRenew ? tr("On") : tr("Off");
    case BillingColumn:
        if (i.billing == u"on-demand")
            return tr("On demand, %1 %2 an hour").arg(i.onDemandHourlyPrice, i.currency);
        if (i.billing == u"prepaid")
            return i.periodType == u"year" ? tr("Prepaid, yearly") : tr("Prepaid, monthly");
        if (i.billing == u"none")
            return tr("Not billed");
        return i.billing;
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ImageColumn:
        return tr("Image");
    case EcsColumn:
        return tr("ECS");
    case RegionColumn:
        return tr("Region");
    case EndsColumn:
        return tr("Period ends");
    case DaysLeftColumn:
        return tr("Days left");
    case FlagColumn:
        return tr("Renewal");
    case AutoRenewColumn:
        return tr("Auto-renew");
    case BillingColumn:
        return tr("Billing");
    }
    return {};
}
