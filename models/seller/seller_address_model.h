#pragma once
// The seller's production addresses (生产地址管理) for the addresses page: the URL, the key
// bound for the basic interfaces and the one for Kit with the debugging state of each, and
// whether credentials may use the address yet (and why not).
#include "seller/client/seller_records.h"

#include <QAbstractTableModel>

class SellerAddressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UrlColumn,
        BasicKeyColumn,
        BasicDebugColumn,
        KitKeyColumn,
        KitDebugColumn,
        ReadyColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // the addressId, in every column
    static constexpr int SortRole = Qt::UserRole + 1; // what the column sorts by

    explicit SellerAddressModel(QObject *parent = nullptr);

    void setSnapshot(const SellerSnapshotPtr &snapshot);
    int rowOf(const QString &addressId) const;
    const ProductionAddress &address(int row) const { return m_addresses.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString keyLabel(const QString &keyId) const;

    QList<ProductionAddress> m_addresses;
    QHash<QString, QString> m_keyNames; // keyId → name
};
