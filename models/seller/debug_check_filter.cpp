#include "models/seller/debug_check_filter.h"

#include "models/seller/debug_check_model.h"

DebugCheckFilter::DebugCheckFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DebugCheckModel::SortRole);
}

void DebugCheckFilter::setVerdict(std::optional<DebugCheck::Verdict> verdict)
{
    if (verdict == m_verdict)
        return;
    m_verdict = verdict;
    invalidateFilter();
}

void DebugCheckFilter::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool DebugCheckFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_verdict &&
        m->index(sourceRow, 0, sourceParent).data(DebugCheckModel::VerdictRole).toInt() !=
            int(*m_verdict))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {DebugCheckModel::TitleColumn, DebugCheckModel::IdColumn, DebugCheckModel::RuleColumn,
          DebugCheckModel::CodeColumn, DebugCheckModel::ReasonColumn}) {
        if (m->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
