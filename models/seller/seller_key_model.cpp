#include "models/seller/seller_key_model.h"

#include "models/common/plain_tooltip.h"

#include <QLocale>

SellerKeyModel::SellerKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SellerKeyModel::setSnapshot(const SellerSnapshotPtr &snapshot)
{
    beginResetModel();
    m_keys = snapshot ? snapshot->keys : QList<AccessKey>();
    m_bindings.clear();
    if (snapshot) {
        for (const ProductionAddress &a : snapshot->addresses) {
            if (!a.basicKeyId.isEmpty())
                m_bindings[a.basicKeyId] << tr("%1 (basic)").arg(a.url);
            if (!a.kitKeyId.isEmpty())
                m_bindings[a.kitKeyId] << tr("%1 (Kit)").arg(a.url);
        }
    }
    endResetModel();
}

int SellerKeyModel::rowOf(const QString &keyId) const
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).keyId == keyId)
            return i;
    }
    return -1;
}

QStringList SellerKeyModel::bindings(const QString &keyId) const
{
    return m_bindings.value(keyId);
}

int SellerKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int SellerKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SellerKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessKey &k = m_keys.at(index.row());
    if (role == IdRole)
        return k.keyId;
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole));
    if (role == SortRole)
        return index.column() == CreatedColumn ? QVariant(k.createdAt)
                                               : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return k.name;
    case KeyIdColumn:
        return k.keyId;
    case SecretColumn:
        return k.secretMasked;
    case BoundColumn: {
        const QStringList where = m_bindings.value(k.keyId);
        return where.isEmpty() ? tr("not bound") : where.join(QStringLiteral("; "));
    }
    case CreatedColumn:
        return QLocale().toString(k.createdAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant SellerKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyIdColumn:
        return tr("Key ID");
    case SecretColumn:
        return tr("Secret");
    case BoundColumn:
        return tr("Bound to");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}
