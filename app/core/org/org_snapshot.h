#pragma once
// An immutable, compact picture of the organisation for the views: departments as a tree and
// members with their text as lowercase UTF-8 in one pool that one memchr() pass searches; a
// field whose lowercase differs from it (a capital, say) is kept as it is in a second pool.
// Built off the UI thread (about 100 bytes a member), then shared read-only; the name ranks
// (pinyin order) are added once, on first use.
#include "org/domain.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <QCollator>

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class OrgSnapshot
{
public:
    struct Dept
    {
        QString orgCode;
        QString orgName;
        int parent = -1;
        std::vector<int> children;
        int directMembers = 0;
        int totalMembers = 0; // the whole subtree
        int preorder = 0;     // subtree = [preorder, preorderEnd)
        int preorderEnd = 0;
        qint64 version = 0;
        int nameRank = 0; // position of orgName in pinyin order (equal names, equal ranks)
    };

    enum Field
    {
        UserName,
        Name,
        Email,
        Mobile,
        FieldCount
    };

    int departmentCount() const { return int(m_depts.size()); }
    const Dept &department(int i) const { return m_depts[size_t(i)]; }
    const std::vector<int> &roots() const { return m_roots; }
    int departmentIndex(const QString &orgCode) const;

    int memberCount() const { return int(m_members.size()); }
    QString text(int member, Field field) const { return QString::fromUtf8(utf8(member, field)); }
    QByteArrayView utf8(int member, Field field) const;
    // The field in lowercase UTF-8: a case-insensitive sort key. A NUL in the field reads as
    // U+0001 here (NUL separates the fields in the search pool).
    QByteArrayView lowercase(int member, Field field) const;
    int memberDepartment(int member) const { return m_members[size_t(member)].dept; }
    bool memberAdmin(int member) const { return m_members[size_t(member)].flags & AdminFlag; }
    bool memberEnabled(int member) const { return m_members[size_t(member)].flags & EnabledFlag; }
    qint64 memberVersion(int member) const { return m_members[size_t(member)].version; }
    // The snapshot's own heap bytes (pools, rows, departments), for the figures; the name
    // ranks, which another thread may be filling, are not counted.
    size_t memoryBytes() const;
    int memberIndex(const QString &userName) const;
    Member member(int i) const;
    // Whether member i sits in department d or below it.
    bool inSubtree(int member, int dept) const;

    // Marks (sets to 1) every member whose userName, name, email or mobile contains `needle`,
    // ignoring case. One pass over the lowercase pool, whatever the needle.
    void markMatches(const QString &needle, std::vector<quint8> &marks) const;

    QDateTime lastSync() const { return m_lastSync; }

    // Each member's position when sorted by name the way a person expects: Chinese by pinyin,
    // Latin alphabetically, case only breaking ties (QCollator, Chinese locale). Equal names
    // share a rank. Computed once, on first use, from any thread; the service warms it on its
    // own thread right after handing the snapshot out, so the views rarely wait for it.
    const std::vector<quint32> &nameRanks() const;
    // The collator behind nameRanks() and the departments' nameRank.
    static QCollator nameCollator();

    // Building: departments first (any order), then members, then finish().
    class Builder
    {
    public:
        Builder();
        void reserveMembers(int count); // optional, saves regrowing the pools
        void addDepartment(const Department &d);
        void addMember(const Member &m); // unknown department codes land in no department
        // The same from UTF-8 text as SQLite hands it out, without a QString in between.
        void addMember(const std::string_view fields[FieldCount], std::string_view orgCode,
                       bool admin, bool enabled, qint64 version);
        void setLastSync(const QDateTime &t) { m_snapshot->m_lastSync = t; }
        std::shared_ptr<const OrgSnapshot> finish();

    private:
        void linkTree();
        std::shared_ptr<OrgSnapshot> m_snapshot;
        std::vector<QString> m_parentCodes;
        bool m_linked = false;
    };

private:
    enum : quint8
    {
        AdminFlag = 1,
        EnabledFlag = 2,
        OwnTextShift = 2 // bit OwnTextShift + field: that field is in m_text, not m_search
    };
    // 24 bytes: a member's four fields are found by walking from the two starts.
    struct Row
    {
        qint64 version;
        quint32 searchStart; // in m_search: the four fields lowercase, each ending in '\0'
        quint32 textStart;   // in m_text: the fields with an own-text bit, 16-bit length first
        qint32 dept;
        quint8 flags;
    };
    bool ownText(const Row &r, int field) const { return r.flags & (1u << (OwnTextShift + field)); }
    QByteArrayView searchField(const Row &r, int field) const;
    QByteArrayView storedField(const Row &r, int which) const;
    void appendMemberText(Row &r, const std::string_view fields[FieldCount]);

    std::vector<Dept> m_depts;
    std::vector<int> m_roots;
    std::vector<std::string> m_deptCodes; // UTF-8, indexed like m_depts
    std::unordered_map<std::string_view, int> m_deptIndex;
    std::vector<Row> m_members;
    std::string m_text;                     // fields not equal to their lowercase, as stored
    std::string m_search;                   // lowercase UTF-8, fields '\0'-separated
    std::array<quint32, 256> m_byteCount{}; // how often each byte occurs in m_search
    QDateTime m_lastSync;
    mutable std::once_flag m_nameRanksOnce;
    mutable std::vector<quint32> m_nameRanks;
};

using OrgSnapshotPtr = std::shared_ptr<const OrgSnapshot>;
Q_DECLARE_METATYPE(OrgSnapshotPtr)
