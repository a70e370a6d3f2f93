#include "org/org_snapshot.h"

#include <algorithm>
#include <cstring>

namespace {

std::string_view view(QByteArrayView v)
{
    return {v.data(), size_t(v.size())};
}

// True when lowercasing can work byte by byte: ASCII, plus UTF-8 sequences for U+3000 to
// U+9FFF (CJK, kana, punctuation), which have no case. Anything else goes through QString.
bool isSimpleCase(std::string_view s)
{
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80)
            continue;
        if (c < 0xE3 || c > 0xE9 || i + 2 >= s.size() || (s[i + 1] & 0xC0) != 0x80 ||
            (s[i + 2] & 0xC0) != 0x80)
            return false;
        i += 2;
    }
    return true;
}

} // namespace

QCollator OrgSnapshot::nameCollator()
{
    // Chinese collation whatever the UI language: its default is pinyin, and it orders Latin
    // names alphabetically too. A person's or department's name is sorted the same in both.
    QCollator c(QLocale(QLocale::Chinese, QLocale::China));
    c.setCaseSensitivity(Qt::CaseSensitive); // case breaks ties only (tertiary strength)
    c.setNumericMode(true);                  // "Team 2" before "Team 10"
    return c;
}

const std::vector<quint32> &OrgSnapshot::nameRanks() const
{
    std::call_once(m_nameRanksOnce, [this] {
        const QCollator collator = nameCollator();
        const size_t n = m_members.size();
        std::vector<QCollatorSortKey> keys;
        keys.reserve(n);
        for (size_t i = 0; i < n; ++i)
            keys.push_back(collator.sortKey(text(int(i), Name)));
        std::vector<quint32> order(n);
        for (size_t i = 0; i < n; ++i)
            order[i] = quint32(i);
        std::sort(order.begin(), order.end(),
                  [&keys](quint32 a, quint32 b) { return keys[a].compare(keys[b]) < 0; });
        m_nameRanks.assign(n, 0);
        for (size_t r = 0; r < n; ++r) {
            const bool tie = r > 0 && keys[order[r]].compare(keys[order[r - 1]]) == 0;
            m_nameRanks[order[r]] = tie ? m_nameRanks[order[r - 1]] : quint32(r);
        }
    });
    return m_nameRanks;
}

int OrgSnapshot::departmentIndex(const QString &orgCode) const
{
    const QByteArray key = orgCode.toUtf8();
    const auto it = m_deptIndex.find(std::string_view(key.constData(), size_t(key.size())));
    return it == m_deptIndex.end() ? -1 : it->second;
}

QByteArrayView OrgSnapshot::searchField(const Row &r, int field) const
{
    const char *p = m_search.data() + r.searchStart;
    for (int f = 0; f < field; ++f)
        p += std::strlen(p) + 1;
    return QByteArrayView(p, qsizetype(std::strlen(p)));
}

QByteArrayView OrgSnapshot::storedField(const Row &r, int which) const
{
    if (!ownText(r, which))
        return searchField(r, which);
    auto length = [](const char *at) {
        const auto low = size_t(static_cast<unsigned char>(at[0]));
        const auto high = size_t(static_cast<unsigned char>(at[1]));
        return low | high << 8;
    };
    const char *p = m_text.data() + r.textStart;
    for (int f = 0; f < which; ++f)
        if (ownText(r, f))
            p += 2 + length(p);
    return QByteArrayView(p + 2, qsizetype(length(p)));
}

QByteArrayView OrgSnapshot::utf8(int member, Field f) const
{
    return storedField(m_members[size_t(member)], f);
}

QByteArrayView OrgSnapshot::lowercase(int member, Field field) const
{
    return searchField(m_members[size_t(member)], field);
}

size_t OrgSnapshot::memoryBytes() const
{
    // A std::string's text is on the heap once it outgrows the string itself (libstdc++).
    auto heap = [](const std::string &t) {
        return t.capacity() > 15 ? t.capacity() + 1 : size_t(0);
    };
    size_t bytes = m_members.capacity() * sizeof(Row) + heap(m_text) + heap(m_search) +
                   m_depts.capacity() * sizeof(Dept);
    for (const Dept &d : m_depts)
        bytes += size_t(d.orgCode.capacity() + d.orgName.capacity()) * sizeof(QChar) +
                 d.children.capacity() * sizeof(int);
    for (const std::string &code : m_deptCodes)
        bytes += sizeof(std::string) + heap(code);
    return bytes;
}

int OrgSnapshot::memberIndex(const QString &userName) const
{
    // Members are kept sorted by userName (UTF-8 byte order), so a binary search finds one.
    const QByteArray key = userName.toUtf8();
    const std::string_view k(key.constData(), size_t(key.size()));
    auto it = std::lower_bound(
        m_members.begin(), m_members.end(), k,
        [this](const Row &r, std::string_view k) { return view(storedField(r, UserName)) < k; });
    if (it == m_members.end())
        return -1;
    const int i = int(it - m_members.begin());
    return view(utf8(i, UserName)) == k ? i : -1;
}

Member OrgSnapshot::member(int i) const
{
    Member m;
    m.userName = text(i, UserName);
    m.name = text(i, Name);
    m.email = text(i, Email);
    m.mobile = text(i, Mobile);
    const int d = memberDepartment(i);
    if (d >= 0)
        m.orgCode = m_depts[size_t(d)].orgCode;
    m.admin = memberAdmin(i);
    m.enabled = memberEnabled(i);
    m.version = memberVersion(i);
    return m;
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

void OrgSnapshot::markMatches(const QString &needle, std::vector<quint8> &marks) const
{
    marks.assign(m_members.size(), 0);
    QByteArray n = needle.toLower().toUtf8();
    n.replace('\0', '\x01'); // as the pool holds a NUL inside a field
    if (n.isEmpty()) {
        std::fill(marks.begin(), marks.end(), 1);
        return;
    }
    // Look for the needle's rarest byte with memchr (vectorised in glibc), then compare the
    // whole needle around it: several times faster than memmem on this kind of text.
    const auto len = size_t(n.size());
    size_t anchor = 0;
    for (size_t i = 1; i < len; ++i)
        if (m_byteCount[static_cast<unsigned char>(n[qsizetype(i)])] <
            m_byteCount[static_cast<unsigned char>(n[qsizetype(anchor)])])
            anchor = i;
    const char anchorByte = n[qsizetype(anchor)];
    const char *begin = m_search.data();
    const char *end = begin + m_search.size();
    const char *from = begin; // matches may start here or later
    size_t member = 0;        // rows are in pool order, so hits only ever move forward
    const size_t count = m_members.size();
    const char *p = begin + anchor;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, anchorByte, size_t(end - p)));
        if (!p)
            break;
        const char *start = p - anchor;
        if (start < from || start + len > end || std::memcmp(start, n.constData(), len) != 0) {
            ++p;
            continue;
        }
        const auto at = quint32(start - begin);
        while (member + 1 < count && m_members[member + 1].searchStart <= at)
            ++member;
        marks[member] = 1;
        // The rest of this member matches already.
        from = member + 1 < count ? begin + m_members[member + 1].searchStart : end;
        p = from + anchor;
    }
}

void OrgSnapshot::appendMemberText(Row &r, const std::string_view fields[FieldCount])
{
    r.searchStart = quint32(m_search.size());
    r.textStart = quint32(m_text.size());
    for (int f = 0; f < FieldCount; ++f) {
        const std::string_view v = fields[f];
        const size_t at = m_search.size();
        if (isSimpleCase(v)) {
            m_search.resize(at + v.size());
            char *out = m_search.data() + at;
            for (char c : v)
                *out++ = c >= 'A' && c <= 'Z' ? char(c + 32) : c == '\0' ? '\x01' : c;
        } else {
            const QByteArray lower =
                QString::fromUtf8(v.data(), qsizetype(v.size())).toLower().toUtf8();
            m_search.append(lower.constData(), size_t(lower.size()));
            std::replace(m_search.begin() + qsizetype(at), m_search.end(), '\0', '\x01');
        }
        // Most fields (user names, addresses, numbers, Chinese names) are their own lowercase:
        // those are read from the search pool, and only the others are kept a second time.
        if (std::string_view(m_search.data() + at, m_search.size() - at) != v) {
            r.flags |= quint8(1u << (OwnTextShift + f));
            const auto n = quint16(v.size()); // cut to 0xFFFF by addMember
            m_text.push_back(char(n & 0xFF));
            m_text.push_back(char(n >> 8));
            m_text.append(v.data(), v.size());
        }
        // A separator no needle contains, so a match never spans two fields.
        m_search.push_back('\0');
    }
}

OrgSnapshot::Builder::Builder()
    : m_snapshot(std::make_shared<OrgSnapshot>())
{
}

void OrgSnapshot::Builder::reserveMembers(int count)
{
    OrgSnapshot &s = *m_snapshot;
    s.m_members.reserve(size_t(count));
    // About 70 bytes of text a member (seen with realistic names and addresses), a few of them
    // with capitals.
    s.m_text.reserve(size_t(count) * 8);
    s.m_search.reserve(size_t(count) * 76);
}

void OrgSnapshot::Builder::addDepartment(const Department &d)
{
    OrgSnapshot &s = *m_snapshot;
    Dept dept;
    dept.orgCode = d.orgCode;
    dept.orgName = d.orgName;
    dept.version = d.version;
    s.m_depts.push_back(std::move(dept));
    s.m_deptCodes.push_back(d.orgCode.toStdString());
    m_parentCodes.push_back(d.parentCode);
}

void OrgSnapshot::Builder::linkTree()
{
    OrgSnapshot &s = *m_snapshot;
    // The codes are final now, so views into them stay valid.
    s.m_deptIndex.reserve(s.m_deptCodes.size());
    for (size_t i = 0; i < s.m_deptCodes.size(); ++i)
        s.m_deptIndex.emplace(s.m_deptCodes[i], int(i));
    for (size_t i = 0; i < s.m_depts.size(); ++i) {
        const int parent = s.departmentIndex(m_parentCodes[i]);
        // A parent that is missing or the department itself makes it a root, never a cycle.
        if (parent < 0 || parent == int(i)) {
            s.m_roots.push_back(int(i));
        } else {
            s.m_depts[i].parent = parent;
            s.m_depts[size_t(parent)].children.push_back(int(i));
        }
    }
    // Department names in pinyin order: a few thousand at most, so ranked here at once.
    {
        const QCollator collator = nameCollator();
        std::vector<QCollatorSortKey> keys;
        keys.reserve(s.m_depts.size());
        for (const Dept &d : s.m_depts)
            keys.push_back(collator.sortKey(d.orgName));
        std::vector<int> order(s.m_depts.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(),
                  [&keys](int a, int b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
        for (size_t r = 0; r < order.size(); ++r) {
            const bool tie =
                r > 0 && keys[size_t(order[r])].compare(keys[size_t(order[r - 1])]) == 0;
            s.m_depts[size_t(order[r])].nameRank =
                tie ? s.m_depts[size_t(order[r - 1])].nameRank : int(r);
        }
    }
    auto byName = [&s](int a, int b) {
        const Dept &x = s.m_depts[size_t(a)], &y = s.m_depts[size_t(b)];
        return x.nameRank != y.nameRank ? x.nameRank < y.nameRank : a < b;
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
    const QByteArray f[FieldCount] = {m.userName.toUtf8(), m.name.toUtf8(), m.email.toUtf8(),
                                      m.mobile.toUtf8()};
    const QByteArray org = m.orgCode.toUtf8();
    std::string_view views[FieldCount];
    for (int i = 0; i < FieldCount; ++i)
        views[i] = std::string_view(f[i].constData(), size_t(f[i].size()));
    addMember(views, std::string_view(org.constData(), size_t(org.size())), m.admin, m.enabled,
              m.version);
}

void OrgSnapshot::Builder::addMember(const std::string_view fields[FieldCount],
                                     std::string_view orgCode, bool admin, bool enabled,
                                     qint64 version)
{
    if (!m_linked)
        linkTree();
    static_assert(sizeof(Row) == 24, "a member's row is 24 bytes; see the figures");
    OrgSnapshot &s = *m_snapshot;
    std::string_view cut[FieldCount];
    for (int f = 0; f < FieldCount; ++f) {
        // Fields are at most 256 characters when they come from the server (org_json.cpp).
        cut[f] = fields[f].substr(0, 0xFFFF);
    }
    Row r{};
    const auto it = s.m_deptIndex.find(orgCode);
    r.dept = it == s.m_deptIndex.end() ? -1 : it->second;
    r.flags = quint8((admin ? AdminFlag : 0) | (enabled ? EnabledFlag : 0));
    r.version = version;
    s.appendMemberText(r, cut);
    s.m_members.push_back(r);
}

std::shared_ptr<const OrgSnapshot> OrgSnapshot::Builder::finish()
{
    if (!m_linked)
        linkTree();
    OrgSnapshot &s = *m_snapshot;
    // Sorted by userName for lookups; the cache already reads them in that order.
    auto key = [&s](const Row &r) { return view(s.storedField(r, UserName)); };
    auto less = [&](const Row &a, const Row &b) { return key(a) < key(b); };
    if (!std::is_sorted(s.m_members.begin(), s.m_members.end(), less)) {
        std::sort(s.m_members.begin(), s.m_members.end(), less);
        // Searching needs the lowercase text in row order: lay that pool out again.
        std::string old;
        old.swap(s.m_search);
        s.m_search.reserve(old.size());
        for (Row &r : s.m_members) {
            const char *begin = old.data() + r.searchStart;
            const char *end = begin;
            for (int f = 0; f < FieldCount; ++f)
                end += std::strlen(end) + 1;
            r.searchStart = quint32(s.m_search.size());
            s.m_search.append(begin, size_t(end - begin));
        }
    }
    for (const Row &r : s.m_members) {
        if (r.dept < 0)
            continue;
        ++s.m_depts[size_t(r.dept)].directMembers;
        for (int d = r.dept; d >= 0; d = s.m_depts[size_t(d)].parent)
            ++s.m_depts[size_t(d)].totalMembers;
    }
    for (char c : s.m_search)
        ++s.m_byteCount[static_cast<unsigned char>(c)];
    s.m_members.shrink_to_fit();
    s.m_text.shrink_to_fit();
    s.m_search.shrink_to_fit();
    return std::move(m_snapshot);
}
