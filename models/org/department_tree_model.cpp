#include "models/org/department_tree_model.h"

#include "models/common/plain_tooltip.h"

// internalId() holds the department's number in the snapshot.

DepartmentTreeModel::DepartmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DepartmentTreeModel::setSnapshot(const OrgSnapshotPtr &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_rowInParent.assign(snapshot ? size_t(snapshot->departmentCount()) : 0, 0);
    if (snapshot) {
        const auto &roots = snapshot->roots();
        for (size_t r = 0; r < roots.size(); ++r)
            m_rowInParent[size_t(roots[r])] = int(r);
        for (int d = 0; d < snapshot->departmentCount(); ++d) {
            const auto &children = snapshot->department(d).children;
            for (size_t r = 0; r < children.size(); ++r)
                m_rowInParent[size_t(children[r])] = int(r);
        }
    }
    endResetModel();
}

QModelIndex DepartmentTreeModel::indexForDepartment(int department, int column) const
{
    return createIndex(m_rowInParent[size_t(department)], column, quintptr(department));
}

QModelIndex DepartmentTreeModel::indexOf(const QString &orgCode) const
{
    if (!m_snapshot)
        return {};
    const int d = m_snapshot->departmentIndex(orgCode);
    return d < 0 ? QModelIndex() : indexForDepartment(d, NameColumn);
}

QModelIndex DepartmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_snapshot || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const std::vector<int> &siblings =
        parent.isValid() ? m_snapshot->department(int(parent.internalId())).children
                         : m_snapshot->roots();
    if (row >= int(siblings.size()))
        return {};
    return createIndex(row, column, quintptr(siblings[size_t(row)]));
}

QModelIndex DepartmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_snapshot)
        return {};
    const int p = m_snapshot->department(int(child.internalId())).parent;
    return p < 0 ? QModelIndex() : indexForDepartment(p, 0);
}

int DepartmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_snapshot)
        return 0;
    if (!parent.isValid())
        return int(m_snapshot->roots().size());
    if (parent.column() != 0)
        return 0;
    return int(m_snapshot->department(int(parent.internalId())).children.size());
}

int DepartmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DepartmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int d = int(index.internalId());
    const OrgSnapshot::Dept &dept = m_snapshot->department(d);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return dept.orgName;
        return dept.totalMembers;
    case Qt::ToolTipRole:
        return plainToolTip(
            tr("%1 (%2): %n member(s) in all, %3 directly", nullptr, dept.totalMembers)
                .arg(dept.orgName, dept.orgCode)
                .arg(dept.directMembers));
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DepartmentIndexRole:
        return d;
    case OrgCodeRole:
        return dept.orgCode;
    default:
        return {};
    }
}

QVariant DepartmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Department") : tr("Members");
}
