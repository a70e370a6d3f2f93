#include "models/seller/debug_check_model.h"

#include "models/common/plain_tooltip.h"

DebugCheckModel::DebugCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DebugCheckModel::setChecks(const QList<DebugCheck> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

void DebugCheckModel::updateCheck(int row, const DebugCheck &check)
{
    if (row < 0 || row >= m_checks.size())
        return;
    m_checks[row] = check;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DebugCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int DebugCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DebugCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DebugCheck &c = m_checks.at(index.row());
    const bool answered = c.hasExchange && c.exchange.elapsedMs >= 0;
    switch (role) {
    case VerdictRole:
        return int(c.verdict);
    case Qt::ToolTipRole:
        return plainToolTip(data(index, Qt::DisplayRole));
    case SortRole:
        if (index.column() == VerdictColumn)
            return int(c.verdict);
        if (index.column() == TimeColumn)
            return answered ? c.exchange.elapsedMs : -1;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case VerdictColumn:
        return DebugCheck::verdictText(c.verdict);
    case TitleColumn:
        return c.title;
    case IdColumn:
        return c.id;
    case RuleColumn:
        return c.rule;
    case TimeColumn:
        return answered ? tr("%1 ms").arg(c.exchange.elapsedMs) : QString();
    case CodeColumn:
        return c.hasExchange ? c.exchange.resultCode : QString();
    case ReasonColumn:
        return c.reason;
    }
    return {};
}

QVariant DebugCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case TitleColumn:
        return tr("Check");
    case IdColumn:
        return tr("ID");
    case RuleColumn:
        return tr("Rule");
    case TimeColumn:
        return tr("Time");
    case CodeColumn:
        return tr("Code");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}
