#include "models/apps/reclaim_list_model.h"

#include "models/common/plain_tooltip.h"

#include <QLocale>

ReclaimListModel::ReclaimListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReclaimListModel::setCandidates(const QString &appId,
                                     const QList<ReclaimCandidate> &candidates)
{
    beginResetModel();
    m_appId = appId;
    m_candidates = candidates;
    endResetModel();
}

QStringList ReclaimListModel::userNames() const
{
    QStringList out;
    out.reserve(m_candidates.size());
    for (const ReclaimCandidate &c : m_candidates)
        out.append(c.userName);
    return out;
}

int ReclaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int ReclaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReclaimListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReclaimCandidate &c = m_candidates.at(index.row());
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole));
    if (role == SortRole) {
        if (index.column() == ReasonColumn)
            return int(c.reason);
        if (index.column() == GrantedColumn)
            return c.grantedAt;
    } else if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case UserNameColumn:
        return c.userName;
    case ReasonColumn:
        return ReclaimList::reasonText(c.reason);
    case GrantedColumn:
        return c.grantedAt.isValid()
                   ? QLocale().toString(c.grantedAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QVariant ReclaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserNameColumn:
        return tr("User name");
    case ReasonColumn:
        return tr("Why it can go back");
    case GrantedColumn:
        return tr("Seat given");
    }
    return {};
}
