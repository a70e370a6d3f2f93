#include "console/org_directory_adapter.h"

OrgDirectoryAdapter::OrgDirectoryAdapter(OrgSnapshotPtr snapshot)
    : m_org(std::move(snapshot))
{
}

int OrgDirectoryAdapter::departmentCount() const
{
    return m_org->departmentCount();
}

QString OrgDirectoryAdapter::departmentCode(int dept) const
{
    return m_org->department(dept).orgCode;
}

QString OrgDirectoryAdapter::departmentName(int dept) const
{
    return m_org->department(dept).orgName;
}

int OrgDirectoryAdapter::departmentParent(int dept) const
{
    return m_org->department(dept).parent;
}

const std::vector<int> &OrgDirectoryAdapter::departmentChildren(int dept) const
{
    return m_org->department(dept).children;
}

const std::vector<int> &OrgDirectoryAdapter::rootDepartments() const
{
    return m_org->roots();
}

int OrgDirectoryAdapter::departmentIndex(const QString &orgCode) const
{
    return m_org->departmentIndex(orgCode);
}

int OrgDirectoryAdapter::departmentMemberTotal(int dept) const
{
    return m_org->department(dept).totalMembers;
}

int OrgDirectoryAdapter::memberCount() const
{
    return m_org->memberCount();
}

QString OrgDirectoryAdapter::memberUserName(int member) const
{
    return m_org->text(member, OrgSnapshot::UserName);
}

QString OrgDirectoryAdapter::memberName(int member) const
{
    return m_org->text(member, OrgSnapshot::Name);
}

int OrgDirectoryAdapter::memberDepartment(int member) const
{
    return m_org->memberDepartment(member);
}

bool OrgDirectoryAdapter::memberEnabled(int member) const
{
    return m_org->memberEnabled(member);
}

int OrgDirectoryAdapter::memberIndex(const QString &userName) const
{
    return m_org->memberIndex(userName);
}

bool OrgDirectoryAdapter::inSubtree(int member, int dept) const
{
    return m_org->inSubtree(member, dept);
}

void OrgDirectoryAdapter::markMatches(const QString &needle, std::vector<std::uint8_t> &marks) const
{
    m_org->markMatches(needle, marks);
}

std::uint32_t OrgDirectoryAdapter::memberNameRank(int member) const
{
    return m_org->nameRanks()[size_t(member)];
}
