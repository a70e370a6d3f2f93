#include "org_snapshot.h"

#include <algorithm>

QStringView OrgSnapshot::text(int member, Field field) const
{
    const Row &r = m_members[size_t(member)];
    return QStringView(m_pool).mid(r.offset[field], r.length[field]);
}

int OrgSnapshot::memberIndex(const QString &userName) const
{
    // Members are kept sorted by userName, so a binary search finds one.
    auto it = std::lower_bound(
        m_members.begin(), m_members.end(), userName, [this](const Row &r, const QString &key) {
            return QStringView(m_pool).mid(r.offset[UserName], r.length[UserName]) < key;
        });
    if (it == m_members.end() || text(int(it - m_members.begin()), UserName) != userName)
        return -1;
    return int(it - m_members.begin());
}

Member OrgSnapshot::member(int i) const
{
    Member m;
    m.userName = text(i, UserName).toString();
    m.name = text(i, Name).toString();
    m.email = text(i, Email).toString();
    m.mobile = text(i, Mobile).toString();
    const int d = memberDepartment(i);
    if (d >= 0)
        m.orgCode = m_depts[size_t(d)].orgCode;
    m.admin = memberAdmin(i);
    m.enabled = memberEnabled(i);
    m.version = memberVersion(i);
    return m;
}

void OrgSnapshot::markMatches(QStringView needle, std::vector<quint8> &marks) const
{
    marks.assign(m_members.size(), 0);
    if (needle.isEmpty()) {
        std::fill(marks.begin(), marks.end(), 1);
        return;
    }
    const QStringView pool(m_pool);
    qsizetype from = 0;
    while (from < pool.size()) {
        const qsizetype at = pool.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        // The member whose text holds this position: rows are in pool order.
        auto it = std::upper_bound(m_members.begin(), m_members.end(), quint32(at),
                                   [](quint32 pos, const Row &r) { return pos < r.offset[0]; });
        const size_t member = size_t(it - m_members.begin()) - 1;
        marks[member] = 1;
        // Skip the rest of this member: it matches already.
        from = it == m_members.end() ? pool.size() : qsizetype(it->offset[0]);
    }
}

bool OrgSnapshot::inSubtree(int member, int dept) const
{
    const int d = memberDepartment(member);
    if (d < 0)
        return false;
    const Dept &root = m_depts[size_t(dept)];
    const int p = m_depts[size_t(d)].preorder;
    return p >= root.preorder && p < root.preorderEnd;
}

qsizetype OrgSnapshot::approximateBytes() const
{
    qsizetype bytes = qsizetype(m_members.capacity() * sizeof(Row)) + m_pool.capacity() * 2;
    for (const Dept &d : m_depts)
        bytes += qsizetype(sizeof(Dept)) + (d.orgCode.size() + d.orgName.size()) * 2 +
                 qsizetype(d.children.capacity() * sizeof(int));
    return bytes;
}

OrgSnapshot::Builder::Builder()
    : m_snapshot(std::make_shared<OrgSnapshot>())
{
}

void OrgSnapshot::Builder::addDepartment(const Department &d)
{
    Dept dept;
    dept.orgCode = d.orgCode;
    dept.orgName = d.orgName;
    dept.version = d.version;
    m_snapshot->m_deptIndex.insert(d.orgCode, int(m_snapshot->m_depts.size()));
    m_snapshot->m_depts.push_back(std::move(dept));
    m_parentCodes.push_back(d.parentCode);
}

void OrgSnapshot::Builder::linkTree()
{
    OrgSnapshot &s = *m_snapshot;
    for (size_t i = 0; i < s.m_depts.size(); ++i) {
        const int parent = s.m_deptIndex.value(m_parentCodes[i], -1);
        // A parent that is missing or the department itself makes it a root, never a cycle.
        if (parent < 0 || parent == int(i)) {
            s.m_roots.push_back(int(i));
        } else {
            s.m_depts[i].parent = parent;
            s.m_depts[size_t(parent)].children.push_back(int(i));
        }
    }
    auto byName = [&s](int a, int b) {
        return s.m_depts[size_t(a)].orgName < s.m_depts[size_t(b)].orgName;
    };
    std::sort(s.m_roots.begin(), s.m_roots.end(), byName);
    for (Dept &d : s.m_depts)
        std::sort(d.children.begin(), d.children.end(), byName);
    // Preorder numbering, iteratively: a deep tree must not overflow the stack. A department
    // reachable from no root (a parent cycle) is attached as a root so it stays visible.
    int counter = 0;
    std::vector<char> visited(s.m_depts.size(), 0);
    std::vector<std::pair<int, size_t>> stack;
    auto walk = [&](int root) {
        stack.push_back({root, 0});
        visited[size_t(root)] = 1;
        s.m_depts[size_t(root)].preorder = counter++;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            Dept &d = s.m_depts[size_t(node)];
            if (next < d.children.size()) {
                const int child = d.children[next++];
                if (visited[size_t(child)])
                    continue;
                visited[size_t(child)] = 1;
                s.m_depts[size_t(child)].preorder = counter++;
                stack.push_back({child, 0});
            } else {
                d.preorderEnd = counter;
                stack.pop_back();
            }
        }
    };
    for (int r : s.m_roots)
        walk(r);
    for (size_t i = 0; i < s.m_depts.size(); ++i) {
        if (!visited[i]) {
            Dept &d = s.m_depts[i];
            if (d.parent >= 0) {
                auto &siblings = s.m_depts[size_t(d.parent)].children;
                siblings.erase(std::remove(siblings.begin(), siblings.end(), int(i)),
                               siblings.end());
                d.parent = -1;
            }
            s.m_roots.push_back(int(i));
            walk(int(i));
        }
    }
    m_linked = true;
}

void OrgSnapshot::Builder::addMember(const Member &m)
{
    if (!m_linked)
        linkTree();
    OrgSnapshot &s = *m_snapshot;
    Row r{};
    const QString *fields[FieldCount] = {&m.userName, &m.name, &m.email, &m.mobile};
    for (int f = 0; f < FieldCount; ++f) {
        const QStringView v = QStringView(*fields[f]).left(0xFFFE);
        r.offset[f] = quint32(s.m_pool.size());
        r.length[f] = quint16(v.size());
        s.m_pool.append(v);
        // A separator no search text contains, so a match never spans two fields.
        s.m_pool.append(QChar(u'\0'));
    }
    r.dept = s.m_deptIndex.value(m.orgCode, -1);
    r.flags = quint8((m.admin ? AdminFlag : 0) | (m.enabled ? EnabledFlag : 0));
    r.version = m.version;
    s.m_members.push_back(r);
}

std::shared_ptr<const OrgSnapshot> OrgSnapshot::Builder::finish()
{
    if (!m_linked)
        linkTree();
    OrgSnapshot &s = *m_snapshot;
    // Sorted by userName for lookups; the cache already reads them in that order.
    const QStringView pool(s.m_pool);
    auto key = [pool](const Row &r) { return pool.mid(r.offset[UserName], r.length[UserName]); };
    if (!std::is_sorted(s.m_members.begin(), s.m_members.end(),
                        [&](const Row &a, const Row &b) { return key(a) < key(b); })) {
        std::sort(s.m_members.begin(), s.m_members.end(),
                  [&](const Row &a, const Row &b) { return key(a) < key(b); });
        // Searching relies on the text being in row order: lay the pool out again.
        QString laidOut;
        laidOut.reserve(s.m_pool.size());
        for (Row &r : s.m_members) {
            for (int f = 0; f < FieldCount; ++f) {
                const QStringView v = QStringView(s.m_pool).mid(r.offset[f], r.length[f]);
                r.offset[f] = quint32(laidOut.size());
                laidOut.append(v);
                laidOut.append(QChar(u'\0'));
            }
        }
        s.m_pool = std::move(laidOut);
    }
    for (const Row &r : s.m_members) {
        if (r.dept < 0)
            continue;
        ++s.m_depts[size_t(r.dept)].directMembers;
        for (int d = r.dept; d >= 0; d = s.m_depts[size_t(d)].parent)
            ++s.m_depts[size_t(d)].totalMembers;
    }
    s.m_members.shrink_to_fit();
    s.m_pool.squeeze();
    return std::move(m_snapshot);
}
