#include "models/apps/authorisation_tree_model.h"

#include "apps/client/authorisation_draft.h"
#include "models/common/plain_tooltip.h"

namespace {
// A node's id: its kind in the high bits, its department or group index in the low ones.
constexpr int kKindShift = 28;
constexpr quintptr kUnitMask = (quintptr(1) << kKindShift) - 1;
} // namespace

AuthorisationTreeModel::AuthorisationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

quintptr AuthorisationTreeModel::id(NodeKind kind, int unit)
{
    return (quintptr(kind) << kKindShift) | (quintptr(unit + 1) & kUnitMask);
}

AuthorisationTreeModel::NodeKind AuthorisationTreeModel::kind(const QModelIndex &index) const
{
    return index.isValid() ? NodeKind(index.internalId() >> kKindShift) : NodeKind::None;
}

int AuthorisationTreeModel::unit(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId() & kUnitMask) - 1 : -1;
}

void AuthorisationTreeModel::setDraft(AuthorisationDraft *draft)
{
    beginResetModel();
    m_draft = draft;
    m_rowOf.clear();
    if (m_draft) {
        const OrgDirectory &dir = m_draft->directory();
        m_rowOf.assign(size_t(dir.departmentCount()), 0);
        const auto &roots = dir.rootDepartments();
        for (size_t r = 0; r < roots.size(); ++r)
            m_rowOf[size_t(roots[r])] = int(r);
        for (int d = 0; d < dir.departmentCount(); ++d) {
            const auto &children = dir.departmentChildren(d);
            for (size_t r = 0; r < children.size(); ++r)
                m_rowOf[size_t(children[r])] = int(r);
        }
    }
    endResetModel();
}

QModelIndex AuthorisationTreeModel::departmentIndex(int dept) const
{
    return m_draft ? createIndex(m_rowOf[size_t(dept)], 0, id(NodeKind::Department, dept))
                   : QModelIndex();
}

QModelIndex AuthorisationTreeModel::groupIndex(int group) const
{
    return m_draft ? createIndex(group, 0, id(NodeKind::Group, group)) : QModelIndex();
}

QModelIndex AuthorisationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const OrgDirectory &dir = m_draft->directory();
    switch (kind(parent)) {
    case NodeKind::None: {
        const auto &roots = dir.rootDepartments();
        if (row < int(roots.size()))
            return createIndex(row, column, id(NodeKind::Department, roots[size_t(row)]));
        return createIndex(row, column, id(NodeKind::GroupsNode, -1));
    }
    case NodeKind::Department:
        return createIndex(
            row, column,
            id(NodeKind::Department, dir.departmentChildren(unit(parent))[size_t(row)]));
    case NodeKind::GroupsNode:
        return createIndex(row, column, id(NodeKind::Group, row));
    case NodeKind::Group:
        break;
    }
    return {};
}

QModelIndex AuthorisationTreeModel::parent(const QModelIndex &child) const
{
    switch (kind(child)) {
    case NodeKind::Department: {
        const int p = m_draft->directory().departmentParent(unit(child));
        return p >= 0 ? createIndex(m_rowOf[size_t(p)], 0, id(NodeKind::Department, p))
                      : QModelIndex();
    }
    case NodeKind::Group:
        return createIndex(int(m_draft->directory().rootDepartments().size()), 0,
                           id(NodeKind::GroupsNode, -1));
    default:
        return {};
    }
}

int AuthorisationTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_draft || parent.column() > 0)
        return 0;
    switch (kind(parent)) {
    case NodeKind::None:
        return int(m_draft->directory().rootDepartments().size()) +
               (m_draft->groupCount() > 0 ? 1 : 0);
    case NodeKind::Department:
        return int(m_draft->directory().departmentChildren(unit(parent)).size());
    case NodeKind::GroupsNode:
        return m_draft->groupCount();
    case NodeKind::Group:
        break;
    }
    return 0;
}

int AuthorisationTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : ColumnCount;
}

QVariant AuthorisationTreeModel::checkState(NodeKind kind, int unit) const
{
    if (kind == NodeKind::Department) {
        if (m_draft->departmentGranted(unit))
            return Qt::Checked;
        return m_draft->departmentCoveredBy(unit) >= 0 ? Qt::PartiallyChecked : Qt::Unchecked;
    }
    if (kind == NodeKind::Group)
        return m_draft->groupGranted(unit) ? Qt::Checked : Qt::Unchecked;
    return {};
}

QString AuthorisationTreeModel::changeText(NodeKind kind, int unit) const
{
    bool now = false, after = false;
    if (kind == NodeKind::Department) {
        now = m_draft->departmentGrantedNow(unit);
        after = m_draft->departmentGranted(unit);
    } else if (kind == NodeKind::Group) {
        now = m_draft->groupGrantedNow(unit);
        after = m_draft->groupGranted(unit);
    }
    if (now == after)
        return {};
    return after ? tr("to be granted") : tr("to be revoked");
}

QVariant AuthorisationTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeKind k = kind(index);
    const int u = unit(index);
    const OrgDirectory &dir = m_draft->directory();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            if (k == NodeKind::Department)
                return dir.departmentName(u);
            if (k == NodeKind::Group)
                return m_draft->group(u).name;
            return tr("Groups (群组)");
        case MembersColumn:
            if (k == NodeKind::Department)
                return dir.departmentMemberTotal(u);
            if (k == NodeKind::Group)
                return m_draft->group(u).memberCount;
            return m_draft->groupCount();
        case ChangeColumn:
            return changeText(k, u);
        }
    }
    if (role == Qt::CheckStateRole && index.column() == NameColumn)
        return checkState(k, u);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && k == NodeKind::Department) {
        const int by = m_draft->departmentCoveredBy(u);
        if (by >= 0 && by != u)
            return plainToolTip(
                tr("Covered by the automatic grant of %1").arg(dir.departmentName(by)));
        return plainToolTip(tr("%1 (%2): tick to grant its members now and later")
                                .arg(dir.departmentName(u), dir.departmentCode(u)));
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && k == NodeKind::Group)
        return plainToolTip(
            tr("Group %1: tick to grant its members now and later").arg(m_draft->group(u).groupId));
    if (role == Qt::TextAlignmentRole && index.column() == MembersColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags AuthorisationTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn)
        return f;
    const NodeKind k = kind(index);
    const int u = unit(index);
    // A department inside a granted one is covered already; it can be ticked again only once
    // the one above is unticked.
    if (k == NodeKind::Group ||
        (k == NodeKind::Department &&
         (m_draft->departmentGranted(u) || m_draft->departmentCoveredBy(u) < 0)))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AuthorisationTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const NodeKind k = kind(index);
    const QModelIndex first = index.siblingAtColumn(0);
    if (k == NodeKind::Department) {
        m_draft->setDepartmentGranted(unit(index), on);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        childrenChanged(first); // what the grant covers below it
    } else if (k == NodeKind::Group) {
        m_draft->setGroupGranted(unit(index), on);
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    } else {
        return false;
    }
    Q_EMIT edited();
    return true;
}

void AuthorisationTreeModel::childrenChanged(const QModelIndex &parent)
{
    // One signal per parent for its children's rows, each row once.
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r)
        childrenChanged(index(r, 0, parent));
}

void AuthorisationTreeModel::refresh()
{
    if (m_draft)
        childrenChanged({});
}

QVariant AuthorisationTreeModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Department or group");
    case MembersColumn:
        return tr("Members");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}
