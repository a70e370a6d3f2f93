#include "models/seller/seller_run_model.h"

#include "models/common/plain_tooltip.h"
#include "models/seller/seller_labels.h"

#include <QLocale>

#include <algorithm>

SellerRunModel::SellerRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SellerRunModel::show(const SellerSnapshotPtr &snapshot, const QString &addressId)
{
    beginResetModel();
    m_addressId = addressId;
    m_runs = snapshot && !addressId.isEmpty() ? snapshot->runs.value(addressId)
                                              : QList<SellerDebugRun>();
    std::reverse(m_runs.begin(), m_runs.end()); // the cache keeps them oldest first
    endResetModel();
}

int SellerRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SellerRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SellerRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SellerDebugRun &r = m_runs.at(index.row());
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
    case SuiteColumn:
        return SellerLabels::suite(r.suite);
    case KeyColumn:
        return r.keyId;
    case VerdictColumn:
        return SellerLabels::verdict(r.verdict);
    case ChecksColumn:
        return tr("%1 passed, %2 failed").arg(r.checksPassed).arg(r.checksFailed);
    case NoteColumn:
        return r.note;
    }
    return {};
}

QVariant SellerRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case SuiteColumn:
        return tr("Suite");
    case KeyColumn:
        return tr("Key");
    case VerdictColumn:
        return tr("Verdict");
    case ChecksColumn:
        return tr("Checks");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}
