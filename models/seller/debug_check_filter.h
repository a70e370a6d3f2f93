#pragma once
// Filters a run's checks for the results view: by verdict (all, failed, passed, skipped) and
// by text found in the title, id, rule, result code or reason; sorts by what each column
// means (times as numbers, verdicts failed first).
#include "seller/debugger/debug_check.h"

#include <QSortFilterProxyModel>

#include <optional>

class DebugCheckFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DebugCheckFilter(QObject *parent = nullptr);

    // No value: every verdict.
    void setVerdict(std::optional<DebugCheck::Verdict> verdict);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<DebugCheck::Verdict> m_verdict;
    QString m_text;
};
