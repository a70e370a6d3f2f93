#pragma once
// The seller's application credentials (应用凭证) for the credentials page: appId, app name,
// how its users sign in, the production address it uses, the login address and its type,
// whether it is bound to a listed product, and its test account. No secret is in it.
#include "seller/client/seller_records.h"

#include <QAbstractTableModel>

class SellerCredentialModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AppIdColumn,
        NameColumn,
        AuthColumn,
        AddressColumn,
        LoginTypeColumn,
        LoginUrlColumn,
        ListedColumn,
        TestAccountColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // the appId, in every column
    static constexpr int SortRole = Qt::UserRole + 1; // what the column sorts by

    explicit SellerCredentialModel(QObject *parent = nullptr);

    void setSnapshot(const SellerSnapshotPtr &snapshot);
    int rowOf(const QString &appId) const;
    const Credential &credential(int row) const { return m_credentials.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Credential> m_credentials;
    QHash<QString, QString> m_addressUrls; // addressId → url
};
