#pragma once
// The checks of one integration-debugger run for the results view: verdict, title, id, the
// protocol rule, time, result code and reason; rows appear when the run starts and change
// as checks finish, so the view fills in while the run goes on.
#include "seller/debugger/debug_check.h"

#include <QAbstractTableModel>

class DebugCheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VerdictColumn,
        TitleColumn,
        IdColumn,
        RuleColumn,
        TimeColumn,
        CodeColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int VerdictRole = Qt::UserRole;  // DebugCheck::Verdict as int
    static constexpr int SortRole = Qt::UserRole + 1; // what the column sorts by

    explicit DebugCheckModel(QObject *parent = nullptr);

    void setChecks(const QList<DebugCheck> &checks);
    // Check `row` finished (or changed); a row outside the list is ignored.
    void updateCheck(int row, const DebugCheck &check);
    void clear() { setChecks({}); }
    const DebugCheck &check(int row) const { return m_checks.at(row); }
    const QList<DebugCheck> &checks() const { return m_checks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DebugCheck> m_checks;
};
