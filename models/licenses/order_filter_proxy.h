#pragma once
// The orders a view shows: those an OrderFilter lets through (product type, status of the
// order or its instance) and, among them, those whose text matches the search. Sorts by the
// model's SortRole. Over an OrderTableModel only.
#include "licenses/client/licenses_service.h"

#include <QSortFilterProxyModel>

class OrderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrderFilterProxy(QObject *parent = nullptr);

    void setOrderFilter(const OrderFilter &filter);
    const OrderFilter &orderFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    OrderFilter m_filter;
};
