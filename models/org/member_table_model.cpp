#include "models/org/member_table_model.h"

#include "resources/status_colours.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_disabledBrush(
          StatusColours::text(StatusColours::Kind::Muted, StatusColours::applicationPalette()))
{
}

void MemberTableModel::setPalette(const QPalette &palette)
{
    const QBrush muted(StatusColours::text(StatusColours::Kind::Muted, palette));
    if (muted == m_disabledBrush)
        return;
    m_disabledBrush = muted;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole});
}

void MemberTableModel::setSnapshot(const OrgSnapshotPtr &snapshot)
{
    beginResetModel();
    // Department numbers belong to one snapshot: carry the filter over by code.
    const QString code =
        m_snapshot && m_department >= 0 ? m_snapshot->department(m_department).orgCode : QString();
    m_snapshot = snapshot;
    m_department = code.isEmpty() || !m_snapshot ? -1 : m_snapshot->departmentIndex(code);
    refilter();
    endResetModel();
}

void MemberTableModel::setDepartmentFilter(int department)
{
    if (department == m_department)
        return;
    beginResetModel();
    m_department = department;
    refilter();
    endResetModel();
}

void MemberTableModel::setStatusFilter(Status status)
{
    if (status == m_status)
        return;
    beginResetModel();
    m_status = status;
    refilter();
    endResetModel();
}

void MemberTableModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilterInPlace();
}

void MemberTableModel::refilterInPlace()
{
    // A layout change, not a reset: the view keeps its header, scroll position and the
    // selected members that still match, and repaints once.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<int> members;
    members.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        members.push_back(i.row() < int(m_rows.size()) ? m_rows[size_t(i.row())] : -1);
    refilter();
    if (!before.isEmpty() && m_snapshot) {
        std::vector<int> rowOfMember(size_t(m_snapshot->memberCount()), -1);
        for (size_t r = 0; r < m_rows.size(); ++r)
            rowOfMember[size_t(m_rows[r])] = int(r);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k) {
            const int member = members[size_t(k)];
            const int row = member >= 0 ? rowOfMember[size_t(member)] : -1;
            after.append(row >= 0 ? index(row, before[k].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged();
}

void MemberTableModel::refilter()
{
    m_rows.clear();
    if (!m_snapshot)
        return;
    const OrgSnapshot &s = *m_snapshot;
    const bool searching = !m_search.isEmpty();
    if (searching)
        s.markMatches(m_search, m_marks);
    m_rows.reserve(size_t(s.memberCount()));
    for (int i = 0; i < s.memberCount(); ++i) {
        if (searching && !m_marks[size_t(i)])
            continue;
        if (m_status != Status::All && s.memberEnabled(i) != (m_status == Status::Enabled))
            continue;
        // A search covers the whole enterprise; the department narrows only the plain list.
        if (!searching && m_department >= 0 && !s.inSubtree(i, m_department))
            continue;
        m_rows.push_back(i);
    }
    applySort();
}

void MemberTableModel::applySort()
{
    if (!m_snapshot || m_sortColumn < 0)
        return;
    const OrgSnapshot &s = *m_snapshot;
    // Other text columns (user name, e-mail, mobile: identifiers) compare their lowercase
    // UTF-8, code point order ignoring case.
    auto keyOf = [&s](int member, int column) -> QByteArrayView {
        switch (column) {
        case NameColumn:
            return s.lowercase(member, OrgSnapshot::Name);
        case UserNameColumn:
            return s.lowercase(member, OrgSnapshot::UserName);
        case EmailColumn:
            return s.lowercase(member, OrgSnapshot::Email);
        case MobileColumn:
            return s.lowercase(member, OrgSnapshot::Mobile);
        default:
            return {};
        }
    };
    // Names (people's and departments') in pinyin order, by ranks the snapshot keeps.
    auto deptRank = [&s](int member) {
        const int d = s.memberDepartment(member);
        return d >= 0 ? s.department(d).nameRank : -1;
    };
    const std::vector<quint32> *nameRanks = m_sortColumn == NameColumn ? &s.nameRanks() : nullptr;
    const int column = m_sortColumn;
    auto less = [&](int a, int b) {
        int c = 0;
        if (column == RoleColumn)
            c = int(s.memberAdmin(b)) - int(s.memberAdmin(a));
        else if (column == StatusColumn)
            c = int(s.memberEnabled(b)) - int(s.memberEnabled(a));
        else if (column == DepartmentColumn)
            c = deptRank(a) - deptRank(b);
        else if (nameRanks)
            c = (*nameRanks)[size_t(a)] < (*nameRanks)[size_t(b)]
                    ? -1
                    : ((*nameRanks)[size_t(a)] > (*nameRanks)[size_t(b)] ? 1 : 0);
        else
            c = keyOf(a, column).compare(keyOf(b, column));
        return c != 0 ? c < 0 : a < b; // stable and total: ties by userName
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_rows.begin(), m_rows.end(), less);
    else
        std::sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return less(b, a); });
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> members;
    members.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        members.push_back(m_rows[size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    if (!before.isEmpty()) {
        std::vector<int> rowOfMember(size_t(m_snapshot->memberCount()), -1);
        for (size_t r = 0; r < m_rows.size(); ++r)
            rowOfMember[size_t(m_rows[r])] = int(r);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(index(rowOfMember[size_t(members[size_t(k)])], before[k].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int MemberTableModel::rowOf(const QString &userName) const
{
    if (!m_snapshot)
        return -1;
    const int member = m_snapshot->memberIndex(userName);
    if (member < 0)
        return -1;
    const auto it = std::find(m_rows.begin(), m_rows.end(), member);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::departmentName(int member) const
{
    const int d = m_snapshot->memberDepartment(member);
    return d >= 0 ? m_snapshot->department(d).orgName : tr("(no department)");
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrgSnapshot &s = *m_snapshot;
    const int m = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.text(m, OrgSnapshot::Name);
        case UserNameColumn:
            return s.text(m, OrgSnapshot::UserName);
        case DepartmentColumn:
            return departmentName(m);
        case RoleColumn:
            return s.memberAdmin(m) ? tr("Administrator") : tr("Member");
        case StatusColumn:
            return s.memberEnabled(m) ? tr("Enabled") : tr("Disabled");
        case EmailColumn:
            return s.text(m, OrgSnapshot::Email);
        case MobileColumn:
            return s.text(m, OrgSnapshot::Mobile);
        }
        return {};
    case Qt::ForegroundRole:
        if (!s.memberEnabled(m))
            return m_disabledBrush;
        return {};
    case UserNameRole:
        return s.text(m, OrgSnapshot::UserName);
    case EnabledRole:
        return s.memberEnabled(m);
    case AdminRole:
        return s.memberAdmin(m);
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name", "a person's name");
    case UserNameColumn:
        return tr("User name");
    case DepartmentColumn:
        return tr("Department");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case EmailColumn:
        return tr("Email");
    case MobileColumn:
        return tr("Mobile");
    }
    return {};
}
