#pragma once
// What the enterprise bought, one row per order with its instance, for the Orders page and
// (filtered to License products) the Licenses page: product, type, seller, the order's and
// the instance's status, the period's end, the amount and a License product's quota. Read from
// a LicensesSnapshot; rows keep their place when only values change.
#include "licenses/client/licenses_records.h"

#include <QAbstractTableModel>

class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProductColumn,
        TypeColumn,
        SellerColumn,
        OrderColumn,
        StatusColumn,
        InstanceColumn,
        PeriodEndColumn,
        AmountColumn,
        QuotaColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // the orderId, in every column
    static constexpr int SortRole = Qt::UserRole + 1; // what the column sorts by

    explicit OrderTableModel(QObject *parent = nullptr);

    void setSnapshot(const LicensesSnapshotPtr &snapshot);
    int rowOf(const QString &orderId) const;
    const Order &order(int row) const { return m_orders.at(row); }

    // Words for the API's values, shared by the pages' filters and details.
    static QString productTypeText(const QString &productType);
    static QString statusText(const QString &status);
    // Why a License product's instance issues no new License now, or empty.
    static QString applyBlocker(const Order &order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Order &order, int column) const;
    QList<Order> m_orders;
};
