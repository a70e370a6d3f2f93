#include "models/seller/seller_address_model.h"

#include "models/common/plain_tooltip.h"
#include "models/seller/seller_labels.h"

SellerAddressModel::SellerAddressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SellerAddressModel::setSnapshot(const SellerSnapshotPtr &snapshot)
{
    beginResetModel();
    m_addresses = snapshot ? snapshot->addresses : QList<ProductionAddress>();
    m_keyNames.clear();
    if (snapshot) {
        for (const AccessKey &k : snapshot->keys)
            m_keyNames.insert(k.keyId, k.name);
    }
    endResetModel();
}

int SellerAddressModel::rowOf(const QString &addressId) const
{
    for (int i = 0; i < m_addresses.size(); ++i) {
        if (m_addresses.at(i).addressId == addressId)
            return i;
    }
    return -1;
}

QString SellerAddressModel::keyLabel(const QString &keyId) const
{
    if (keyId.isEmpty())
        return tr("none");
    const QString name = m_keyNames.value(keyId);
    // A key deleted elsewhere and not synced yet still shows its id.
    return name.isEmpty() ? keyId : tr("%1 (%2)").arg(name, keyId);
}

int SellerAddressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_addresses.size());
}

int SellerAddressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SellerAddressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductionAddress &a = m_addresses.at(index.row());
    if (role == IdRole)
        return a.addressId;
    if (role == Qt::ToolTipRole)
        return plainToolTip(index.column() == ReadyColumn && !a.ready
                                ? QVariant(a.notReady)
                                : data(index, Qt::DisplayRole));
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UrlColumn:
        return a.url;
    case BasicKeyColumn:
        return keyLabel(a.basicKeyId);
    case BasicDebugColumn:
        return SellerLabels::debugState(a.basicDebug);
    case KitKeyColumn:
        return keyLabel(a.kitKeyId);
    case KitDebugColumn:
        return SellerLabels::debugState(a.kitDebug);
    case ReadyColumn:
        return a.ready ? tr("ready") : tr("not ready: %1").arg(a.notReady);
    }
    return {};
}

QVariant SellerAddressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("Production address");
    case BasicKeyColumn:
        return tr("Basic key");
    case BasicDebugColumn:
        return tr("Basic debugging");
    case KitKeyColumn:
        return tr("Kit key");
    case KitDebugColumn:
        return tr("Kit debugging");
    case ReadyColumn:
        return tr("For credentials");
    }
    return {};
}
