#pragma once
// The License inventory for its page: per app the seats bought, assigned, free and waiting,
// those held by disabled and deleted members and never used, what can be reclaimed, and the
// days until the period ends (flagged within 30 days).
#include "apps/client/seat_inventory.h"

#include <QAbstractTableModel>

class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        BoughtColumn,
        AssignedColumn,
        FreeColumn,
        WaitingColumn,
        DisabledColumn,
        DeletedColumn,
        NeverUsedColumn,
        ReclaimableColumn,
        EndsColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit InventoryModel(QObject *parent = nullptr);

    void setRows(const QList<InventoryRow> &rows);
    int rowOf(const QString &appId) const;
    const InventoryRow &row(int i) const { return m_rows.at(i); }
    // Sums over every app, for the page's headline.
    InventoryRow totals() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InventoryRow> m_rows;
};
