#pragma once
// An immutable, compact picture of the organisation for the views: departments as a tree and
// members with their text in one shared pool (about 150 bytes a member), built off the UI
// thread and then shared read-only.
#include "domain.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
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
    int departmentIndex(const QString &orgCode) const { return m_deptIndex.value(orgCode, -1); }

    int memberCount() const { return int(m_members.size()); }
    QStringView text(int member, Field field) const;
    int memberDepartment(int member) const { return m_members[size_t(member)].dept; }
    bool memberAdmin(int member) const { return m_members[size_t(member)].flags & AdminFlag; }
    bool memberEnabled(int member) const { return m_members[size_t(member)].flags & EnabledFlag; }
    qint64 memberVersion(int member) const { return m_members[size_t(member)].version; }
    int memberIndex(const QString &userName) const;
    Member member(int i) const;
    // Whether member i sits in department d or below it.
    bool inSubtree(int member, int dept) const;

    // Marks (sets to 1) every member whose userName, name, email or mobile contains `needle`,
    // ignoring case. One pass over the pooled text, so it costs about the same for any needle.
    void markMatches(QStringView needle, std::vector<quint8> &marks) const;

    QDateTime lastSync() const { return m_lastSync; }
    qsizetype approximateBytes() const;

    // Building: departments first (any order), then finish(), then members.
    class Builder
    {
    public:
        void addDepartment(const Department &d);
        void addMember(const Member &m); // unknown department codes land in no department
        void setLastSync(const QDateTime &t) { m_snapshot->m_lastSync = t; }
        std::shared_ptr<const OrgSnapshot> finish();
        Builder();

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
        EnabledFlag = 2
    };
    struct Row
    {
        quint32 offset[FieldCount];
        quint16 length[FieldCount];
        qint32 dept;
        quint8 flags;
        qint64 version;
    };
    std::vector<Dept> m_depts;
    std::vector<int> m_roots;
    QHash<QString, int> m_deptIndex;
    std::vector<Row> m_members;
    QString m_pool;
    QDateTime m_lastSync;
};

using OrgSnapshotPtr = std::shared_ptr<const OrgSnapshot>;
Q_DECLARE_METATYPE(OrgSnapshotPtr)
