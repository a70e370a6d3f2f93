#pragma once
// The department tree over an OrgSnapshot, with the member count of each subtree.
#include "org/org_snapshot.h"

#include <QAbstractItemModel>

#include <vector>

class DepartmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        MembersColumn,
        ColumnCount
    };
    enum Role
    {
        DepartmentIndexRole = Qt::UserRole + 1,
        OrgCodeRole
    };

    explicit DepartmentTreeModel(QObject *parent = nullptr);

    void setSnapshot(const OrgSnapshotPtr &snapshot);
    OrgSnapshotPtr snapshot() const { return m_snapshot; }
    QModelIndex indexOf(const QString &orgCode) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QModelIndex indexForDepartment(int department, int column) const;

    OrgSnapshotPtr m_snapshot;
    std::vector<int> m_rowInParent; // per department: its row among its siblings
};
