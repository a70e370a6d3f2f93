#pragma once
// The seller's access keys (密钥管理) for the keys page: name, id, the masked secret, the
// production addresses that bind each key, and when it was made. Read from a SellerSnapshot;
// a key's secret is never in it.
#include "seller/client/seller_records.h"

#include <QAbstractTableModel>

class SellerKeyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KeyIdColumn,
        SecretColumn,
        BoundColumn,
        CreatedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // the keyId, in every column
    static constexpr int SortRole = Qt::UserRole + 1; // what the column sorts by

    explicit SellerKeyModel(QObject *parent = nullptr);

    void setSnapshot(const SellerSnapshotPtr &snapshot);
    // The row of `keyId`, or -1.
    int rowOf(const QString &keyId) const;
    const AccessKey &key(int row) const { return m_keys.at(row); }
    // Where `keyId` is bound ("https://…/produce (basic)"), empty when nowhere.
    QStringList bindings(const QString &keyId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AccessKey> m_keys;
    QHash<QString, QStringList> m_bindings; // keyId → where it is bound
};
