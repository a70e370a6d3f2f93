#include "models/apps/inventory_model.h"
#include "resources/status_colours.h"

#include "models/common/plain_tooltip.h"

#include <QColor>
#include <QLocale>

InventoryModel::InventoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InventoryModel::setRows(const QList<InventoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int InventoryModel::rowOf(const QString &appId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).appId == appId)
            return int(i);
    return -1;
}

InventoryRow InventoryModel::totals() const
{
    InventoryRow t;
    for (const InventoryRow &r : m_rows) {
        t.bought += r.bought;
        t.assigned += r.assigned;
        t.free += r.free;
        t.waiting += r.waiting;
        t.heldByDisabled += r.heldByDisabled;
        t.heldByDeleted += r.heldByDeleted;
        t.neverUsed += r.neverUsed;
        t.reclaimable += r.reclaimable;
        t.expiringSoon = t.expiringSoon || r.expiringSoon;
    }
    return t;
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryRow &r = m_rows.at(index.row());
    const int c = index.column();
    if (role == IdRole)
        return r.appId;
    if (role == Qt::TextAlignmentRole && c != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && c == EndsColumn && r.expiringSoon)
        return StatusColours::text(StatusColours::Kind::Error, StatusColours::applicationPalette());
    if (role == Qt::ToolTipRole) {
        if (c == EndsColumn && r.periodEnd.isValid())
            return plainToolTip(r.daysLeft < 0
                                    ? tr("The period ended on %1; renew it to keep the seats.")
                                          .arg(QLocale().toString(r.periodEnd.toLocalTime().date(),
                                                                  QLocale::LongFormat))
                                    : tr("The period ends on %1.")
                                          .arg(QLocale().toString(r.periodEnd.toLocalTime().date(),
                                                                  QLocale::LongFormat)));
        return plainToolTip(data(index, Qt::DisplayRole));
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (c) {
    case NameColumn:
        return r.name;
    case BoughtColumn:
        return r.bought;
    case AssignedColumn:
        return r.assigned;
    case FreeColumn:
        return r.free;
    case WaitingColumn:
        return r.waiting;
    case DisabledColumn:
        return r.heldByDisabled;
    case DeletedColumn:
        return r.heldByDeleted;
    case NeverUsedColumn:
        return r.neverUsed;
    case ReclaimableColumn:
        return r.reclaimable;
    case EndsColumn:
        if (sort)
            return r.daysLeft;
        if (!r.periodEnd.isValid())
            return QString();
        return r.daysLeft < 0 ? tr("ended %n day(s) ago", nullptr, -r.daysLeft)
                              : tr("in %n day(s)", nullptr, r.daysLeft);
    }
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("App");
    case BoughtColumn:
        return tr("Bought");
    case AssignedColumn:
        return tr("Assigned");
    case FreeColumn:
        return tr("Free");
    case WaitingColumn:
        return tr("Waiting");
    case DisabledColumn:
        return tr("Held by disabled");
    case DeletedColumn:
        return tr("Held by deleted");
    case NeverUsedColumn:
        return tr("Never used");
    case ReclaimableColumn:
        return tr("Reclaimable");
    case EndsColumn:
        return tr("Period ends");
    }
    return {};
}
