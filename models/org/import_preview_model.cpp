#include "models/org/import_preview_model.h"
#include "resources/status_colours.h"

#include "models/common/plain_tooltip.h"

#include <QColor>

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setRows(QList<Row> rows)
{
    beginResetModel();
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row &a, const Row &b) { return a.line < b.line; });
    m_rows = std::move(rows);
    endResetModel();
}

int ImportPreviewModel::badCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.bad; }));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && r.bad)
        return StatusColours::text(StatusColours::Kind::Error, StatusColours::applicationPalette());
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return r.line > 0 ? QVariant(r.line) : QVariant(tr("file"));
    case UserNameColumn:
        return r.userName;
    case NameColumn:
        return r.name;
    case OutcomeColumn:
        return r.outcome;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case UserNameColumn:
        return tr("User name");
    case NameColumn:
        return tr("Name", "a person's name");
    case OutcomeColumn:
        return tr("What happens");
    }
    return {};
}
