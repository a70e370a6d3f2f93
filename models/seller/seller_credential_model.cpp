#include "models/seller/seller_credential_model.h"

#include "models/common/plain_tooltip.h"
#include "models/seller/seller_labels.h"

SellerCredentialModel::SellerCredentialModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SellerCredentialModel::setSnapshot(const SellerSnapshotPtr &snapshot)
{
    beginResetModel();
    m_credentials = snapshot ? snapshot->credentials : QList<Credential>();
    m_addressUrls.clear();
    if (snapshot) {
        for (const ProductionAddress &a : snapshot->addresses)
            m_addressUrls.insert(a.addressId, a.url);
    }
    endResetModel();
}

int SellerCredentialModel::rowOf(const QString &appId) const
{
    for (int i = 0; i < m_credentials.size(); ++i) {
        if (m_credentials.at(i).appId == appId)
            return i;
    }
    return -1;
}

int SellerCredentialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_credentials.size());
}

int SellerCredentialModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SellerCredentialModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Credential &c = m_credentials.at(index.row());
    if (role == IdRole)
        return c.appId;
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole));
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AppIdColumn:
        return c.appId;
    case NameColumn:
        return c.form.appName;
    case AuthColumn:
        return c.form.authMethod;
    case AddressColumn:
        return m_addressUrls.value(c.form.addressId, c.form.addressId);
    case LoginTypeColumn:
        return SellerLabels::loginType(c.form.loginType);
    case LoginUrlColumn:
        return c.form.loginUrl;
    case ListedColumn:
        return c.listed ? tr("listed") : tr("not listed");
    case TestAccountColumn:
        return c.testAccount ? tr("%1 at %2").arg(c.testAccount->account, c.testAccount->domain)
                             : tr("none");
    }
    return {};
}

QVariant SellerCredentialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AppIdColumn:
        return tr("App ID");
    case NameColumn:
        return tr("App name");
    case AuthColumn:
        return tr("Sign-in");
    case AddressColumn:
        return tr("Production address");
    case LoginTypeColumn:
        return tr("Login address type");
    case LoginUrlColumn:
        return tr("Login address");
    case ListedColumn:
        return tr("Product");
    case TestAccountColumn:
        return tr("Test account");
    }
    return {};
}
