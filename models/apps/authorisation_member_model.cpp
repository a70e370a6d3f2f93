#include "models/apps/authorisation_member_model.h"

#include "apps/client/authorisation_draft.h"
#include "models/common/plain_tooltip.h"

#include <QHash>

#include <algorithm>

AuthorisationMemberModel::AuthorisationMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuthorisationMemberModel::setDraft(AuthorisationDraft *draft)
{
    m_draft = draft;
    m_scope = Scope::Everyone;
    m_unit = -1;
    rebuild();
}

void AuthorisationMemberModel::setScope(Scope scope, int unit)
{
    m_scope = scope;
    m_unit = unit;
    rebuild();
}

void AuthorisationMemberModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    rebuild();
}

void AuthorisationMemberModel::setShow(Show show)
{
    m_show = show;
    rebuild();
}

void AuthorisationMemberModel::refresh()
{
    // The rows in view depend on the draft only when the filter does.
    if (m_show != Show::All) {
        rebuild();
        return;
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool AuthorisationMemberModel::changed(int m) const
{
    return m_draft->memberByHand(m) != m_draft->memberByHandNow(m) ||
           m_draft->access(m).granted() != m_draft->accessNow(m).granted();
}

void AuthorisationMemberModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_draft) {
        const OrgDirectory &dir = m_draft->directory();
        const int n = dir.memberCount();
        std::vector<std::uint8_t> marks;
        if (!m_search.isEmpty())
            dir.markMatches(m_search, marks);
        std::vector<std::uint8_t> inGroup;
        if (m_scope == Scope::Group && m_unit >= 0) {
            inGroup.assign(size_t(n), 0);
            for (const int m : m_draft->groupMembers(m_unit))
                inGroup[size_t(m)] = 1;
        }
        for (int m = 0; m < n; ++m) {
            if (!marks.empty() && !marks[size_t(m)])
                continue;
            if (m_scope == Scope::Department && m_unit >= 0 && !dir.inSubtree(m, m_unit))
                continue;
            if (!inGroup.empty() && !inGroup[size_t(m)])
                continue;
            if (m_show == Show::WithAccess && !m_draft->access(m).granted())
                continue;
            if (m_show == Show::Changes && !changed(m))
                continue;
            m_rows.push_back(m);
        }
        sortRows();
    }
    endResetModel();
}

void AuthorisationMemberModel::sortRows()
{
    const OrgDirectory &dir = m_draft->directory();
    auto by = [this](auto key) {
        const bool up = m_order == Qt::AscendingOrder;
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return up ? key(a) < key(b) : key(b) < key(a); });
    };
    switch (m_sortColumn) {
    case UserNameColumn:
        by([&dir](int m) { return dir.memberUserName(m); });
        break;
    case DepartmentColumn:
        by([&dir](int m) {
            const int d = dir.memberDepartment(m);
            return d >= 0 ? dir.departmentName(d) : QString();
        });
        break;
    case AccessColumn:
        by([this](int m) { return int(m_draft->access(m).source); });
        break;
    case SeatColumn:
        by([this](int m) { return int(m_draft->seat(m)); });
        break;
    case ChangeColumn:
        by([this](int m) { return !changed(m); });
        break;
    default:
        by([&dir](int m) { return dir.memberNameRank(m); });
        break;
    }
}

void AuthorisationMemberModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    if (!m_draft)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> members;
    members.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        members.push_back(memberAt(i.row()));
    sortRows();
    QHash<int, int> rowOfMember; // only the members a persistent index points at
    for (const int m : members)
        rowOfMember.insert(m, -1);
    for (size_t r = 0; r < m_rows.size(); ++r)
        if (const auto it = rowOfMember.find(m_rows[r]); it != rowOfMember.end())
            it.value() = int(r);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfMember.value(members[size_t(i)]), before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int AuthorisationMemberModel::rowOf(int member) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), member);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int AuthorisationMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthorisationMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuthorisationMemberModel::accessText(int m) const
{
    const AuthorisationDraft::Access a = m_draft->access(m);
    const OrgDirectory &dir = m_draft->directory();
    switch (a.source) {
    case AuthorisationDraft::Source::Manual:
        return tr("By hand");
    case AuthorisationDraft::Source::Department:
        return tr("Automatic: %1").arg(dir.departmentName(a.unit));
    case AuthorisationDraft::Source::Group:
        return tr("Automatic: group %1").arg(m_draft->group(a.unit).name);
    case AuthorisationDraft::Source::Excluded:
        return tr("Excluded (its seat was reclaimed)");
    case AuthorisationDraft::Source::None:
        break;
    }
    return {};
}

QString AuthorisationMemberModel::changeText(int m) const
{
    const bool was = m_draft->accessNow(m).granted();
    const bool will = m_draft->access(m).granted();
    if (!was && will)
        return m_draft->directory().memberEnabled(m) ? tr("Gains access")
                                                     : tr("No seat while disabled");
    if (was && !will)
        return tr("Loses access");
    if (m_draft->memberByHand(m) != m_draft->memberByHandNow(m))
        return m_draft->memberByHand(m) ? tr("Granted by hand") : tr("Grant by hand removed");
    return {};
}

QVariant AuthorisationMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int m = memberAt(index.row());
    const OrgDirectory &dir = m_draft->directory();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return dir.memberEnabled(m) ? dir.memberName(m)
                                        : tr("%1 (disabled)").arg(dir.memberName(m));
        case UserNameColumn:
            return dir.memberUserName(m);
        case DepartmentColumn: {
            const int d = dir.memberDepartment(m);
            return d >= 0 ? dir.departmentName(d) : QString();
        }
        case AccessColumn:
            return accessText(m);
        case SeatColumn:
            switch (m_draft->seat(m)) {
            case AuthorisationDraft::Seat::Seated:
                return tr("Holds a seat");
            case AuthorisationDraft::Seat::Waiting:
                return tr("Waiting for a seat");
            case AuthorisationDraft::Seat::None:
                return QString();
            }
            return {};
        case ChangeColumn:
            return changeText(m);
        }
    }
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        if (m_draft->memberByHand(m))
            return Qt::Checked;
        return m_draft->access(m).granted() ? Qt::PartiallyChecked : Qt::Unchecked;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !dir.memberEnabled(m))
        return plainToolTip(tr("Disabled members cannot use apps: enable the member first."));
    if (role == Qt::ToolTipRole && index.column() == NameColumn &&
        m_draft->access(m).source == AuthorisationDraft::Source::Department &&
        !m_draft->memberByHand(m))
        return plainToolTip(tr("Granted automatically; to take it away, revoke the department "
                               "or reclaim the seat."));
    if (role == UserNameRole)
        return dir.memberUserName(m);
    return {};
}

Qt::ItemFlags AuthorisationMemberModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int m = memberAt(index.row());
    // A disabled member cannot be granted (the server refuses it), only have a grant removed.
    if (index.column() == NameColumn &&
        (m_draft->directory().memberEnabled(m) || m_draft->memberByHand(m)))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool AuthorisationMemberModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    m_draft->setMemberByHand(memberAt(index.row()), value.toInt() == Qt::Checked);
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

QVariant AuthorisationMemberModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UserNameColumn:
        return tr("User name");
    case DepartmentColumn:
        return tr("Department");
    case AccessColumn:
        return tr("Access");
    case SeatColumn:
        return tr("Seat");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}
