#pragma once
// The member table over an OrgSnapshot: filters (department subtree, status, search text) and
// sorting are done in the model on a vector of row numbers, which at 100,000 members is several
// times faster and smaller than a QSortFilterProxyModel over item data.
#include "org/org_snapshot.h"

#include <QAbstractTableModel>
#include <QBrush>

#include <vector>

class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UserNameColumn,
        DepartmentColumn,
        RoleColumn,
        StatusColumn,
        EmailColumn,
        MobileColumn,
        ColumnCount
    };
    enum Role
    {
        UserNameRole = Qt::UserRole + 1,
        EnabledRole,
        AdminRole
    };
    enum class Status
    {
        All,
        Enabled,
        Disabled
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setSnapshot(const OrgSnapshotPtr &snapshot);
    OrgSnapshotPtr snapshot() const { return m_snapshot; }
    void setDepartmentFilter(int department); // -1 = the whole enterprise; ignored while searching
    void setStatusFilter(Status status);
    void setSearchText(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int memberAt(int row) const { return m_rows[size_t(row)]; } // index into the snapshot
    int rowOf(const QString &userName) const;
    int totalMembers() const { return m_snapshot ? m_snapshot->memberCount() : 0; }
    // Disabled members are drawn in the muted colour of `palette` (the view's, when the theme
    // changes while the console runs).
    void setPalette(const QPalette &palette);

private:
    // Refilters as a layout change, keeping what is selected where it still shows.
    void refilterInPlace();
    void refilter();
    void applySort();
    QString departmentName(int member) const;

    QBrush m_disabledBrush;
    OrgSnapshotPtr m_snapshot;
    std::vector<int> m_rows;
    std::vector<quint8> m_marks;
    int m_department = -1;
    Status m_status = Status::All;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
