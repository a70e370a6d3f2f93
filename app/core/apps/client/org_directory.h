#pragma once
// The organisation as the authorisation editor reads it: departments as a tree, members with
// their department, state and search text. The apps domain does not link the organisation's;
// the console (the composition root) hands the editor an implementation over the
// organisation's latest data. Indexes are stable for the object's life.
#include <QString>

#include <cstdint>
#include <vector>

class OrgDirectory
{
public:
    virtual ~OrgDirectory() = default;

    virtual int departmentCount() const = 0;
    virtual QString departmentCode(int dept) const = 0;
    virtual QString departmentName(int dept) const = 0;
    virtual int departmentParent(int dept) const = 0; // -1: a top-level department
    virtual const std::vector<int> &departmentChildren(int dept) const = 0;
    virtual const std::vector<int> &rootDepartments() const = 0;
    virtual int departmentIndex(const QString &orgCode) const = 0; // -1: unknown
    // The members of the department and every department below it.
    virtual int departmentMemberTotal(int dept) const = 0;

    virtual int memberCount() const = 0;
    virtual QString memberUserName(int member) const = 0;
    virtual QString memberName(int member) const = 0;
    virtual int memberDepartment(int member) const = 0; // -1: in no department
    virtual bool memberEnabled(int member) const = 0;
    virtual int memberIndex(const QString &userName) const = 0; // -1: unknown
    // Whether `member` sits in `dept` or below it.
    virtual bool inSubtree(int member, int dept) const = 0;
    // Sets marks[m] to 1 for every member whose user name, name, email or mobile contains
    // `needle`, ignoring case (marks has memberCount() entries).
    virtual void markMatches(const QString &needle, std::vector<std::uint8_t> &marks) const = 0;
    // A member's place in name order as a person expects it (pinyin for Chinese).
    virtual std::uint32_t memberNameRank(int member) const = 0;
};
