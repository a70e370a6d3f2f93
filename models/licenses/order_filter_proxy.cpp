#include "models/licenses/order_filter_proxy.h"

#include "models/licenses/order_table_model.h"

OrderFilterProxy::OrderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OrderTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void OrderFilterProxy::setOrderFilter(const OrderFilter &filter)
{
    // Qt 6.4 has no begin/endFilterChange: invalidateFilter() re-runs filterAcceptsRow.
    m_filter = filter;
    invalidateFilter();
}

bool OrderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const OrderTableModel *>(sourceModel());
    if (model && !m_filter.matches(model->order(sourceRow)))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
