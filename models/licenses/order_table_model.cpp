#include "models/licenses/order_table_model.h"

#include "models/common/plain_tooltip.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

OrderTableModel::OrderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrderTableModel::setSnapshot(const LicensesSnapshotPtr &snapshot)
{
    // Rows keep their place when only values change (a License issued, a status): the view
    // keeps its selection and scroll position.
    QList<Order> orders = snapshot ? snapshot->orders : QList<Order>();
    bool sameRows = orders.size() == m_orders.size();
    for (qsizetype i = 0; sameRows && i < orders.size(); ++i)
        sameRows = orders.at(i).orderId == m_orders.at(i).orderId;
    if (sameRows) {
        m_orders = std::move(orders);
        if (!m_orders.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_orders.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_orders = std::move(orders);
    endResetModel();
}

int OrderTableModel::rowOf(const QString &orderId) const
{
    for (qsizetype i = 0; i < m_orders.size(); ++i)
        if (m_orders.at(i).orderId == orderId)
            return int(i);
    return -1;
}

QString OrderTableModel::productTypeText(const QString &productType)
{
    if (productType == u"saas")
        return tr("SaaS");
    if (productType == u"license")
        return tr("License product");
    if (productType == u"image")
        return tr("Image");
    return productType;
}

QString OrderTableModel::statusText(const QString &status)
{
    if (status == u"paid")
        return tr("Paid");
    if (status == u"normal")
        return tr("In service");
    if (status == u"frozen")
        return tr("Period over");
    if (status == u"expired")
        return tr("Expired");
    return status;
}

QString OrderTableModel::applyBlocker(const Order &o)
{
    if (!o.license)
        return tr("Not a License product.");
    if (o.instance.status != u"normal")
        return tr("The order's period is over (%1): a License can only be applied for within "
                  "it.")
            .arg(statusText(o.instance.status));
    if (o.license->issued >= o.license->quota)
        return tr("The order's quota is used up: %1 of %2 License(s) issued.")
            .arg(o.license->issued)
            .arg(o.license->quota);
    return {};
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &o = m_orders.at(index.row());
    switch (role) {
    case IdRole:
        return o.orderId;
    case Qt::DisplayRole:
        return display(o, index.column());
    case Qt::ToolTipRole:
        if (index.column() == QuotaColumn && o.license) {
            const QString why = applyBlocker(o);
            return plainToolTip(why.isEmpty() ? display(o, QuotaColumn) : QVariant(why));
        }
        return plainToolTip(display(o, index.column()));
    case Qt::ForegroundRole:
        if (o.instance.status != u"normal")
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case PeriodEndColumn:
            return o.instance.periodEnd;
        case AmountColumn:
            return o.amount.toDouble();
        case QuotaColumn:
            return o.license ? o.license->quota - o.license->issued : -1;
        default:
            return display(o, index.column());
        }
    }
    return {};
}

QVariant OrderTableModel::display(const Order &o, int column) const
{
    switch (column) {
    case ProductColumn:
        return o.productName;
    case TypeColumn:
        return productTypeText(o.productType);
    case SellerColumn:
        return o.seller;
    case OrderColumn:
        return o.orderId;
    case StatusColumn:
        return tr("%1, %2").arg(statusText(o.status), statusText(o.instance.status));
    case InstanceColumn:
        return o.instance.instanceId;
    case PeriodEndColumn:
        return o.instance.periodEnd.isValid()
                   ? QLocale().toString(o.instance.periodEnd.toLocalTime().date(),
                                        QLocale::ShortFormat)
                   : QString();
    case AmountColumn:
        return QStringLiteral("%1 %2").arg(o.amount, o.currency);
    case QuotaColumn:
        return o.license ? tr("%1 of %2 issued").arg(o.license->issued).arg(o.license->quota)
                         : QString();
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case TypeColumn:
        return tr("Type");
    case SellerColumn:
        return tr("Seller");
    case OrderColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Order, instance");
    case InstanceColumn:
        return tr("Instance");
    case PeriodEndColumn:
        return tr("Period ends");
    case AmountColumn:
        return tr("Amount");
    case QuotaColumn:
        return tr("Licenses");
    }
    return {};
}
