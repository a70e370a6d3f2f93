#pragma once
// The organisation's latest snapshot as the apps domain's OrgDirectory: the authorisation
// editor reads departments and members through it without the apps domain linking the
// organisation's. Holds the snapshot, so the indexes stay valid while the editor is open.
#include "apps/client/org_directory.h"
#include "org/org_snapshot.h"

class OrgDirectoryAdapter : public OrgDirectory
{
public:
    explicit OrgDirectoryAdapter(OrgSnapshotPtr snapshot);

    int departmentCount() const override;
    QString departmentCode(int dept) const override;
    QString departmentName(int dept) const override;
    int departmentParent(int dept) const override;
    const std::vector<int> &departmentChildren(int dept) const override;
    const std::vector<int> &rootDepartments() const override;
    int departmentIndex(const QString &orgCode) const override;
    int departmentMemberTotal(int dept) const override;

    int memberCount() const override;
    QString memberUserName(int member) const override;
    QString memberName(int member) const override;
    int memberDepartment(int member) const override;
    bool memberEnabled(int member) const override;
    int memberIndex(const QString &userName) const override;
    bool inSubtree(int member, int dept) const override;
    void markMatches(const QString &needle, std::vector<std::uint8_t> &marks) const override;
    std::uint32_t memberNameRank(int member) const override;

private:
    OrgSnapshotPtr m_org;
};
