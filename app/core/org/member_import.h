#pragma once
// Reading member lists from CSV files (a list of userNames for a batch action, or new members
// to add) and checking member fields. Every bad row is reported with its line and reason;
// nothing is sent until the caller has shown them.
#include "org/domain.h"
#include "org/org_snapshot.h"

#include <QByteArray>
#include <QList>
#include <QMap>

namespace MemberImport {

struct Issue
{
    int line = 0; // 0 = the file as a whole
    QString message;
};

struct UserNameList
{
    QStringList userNames; // in file order, without duplicates
    QList<int> lines;      // the line of each userName
    QList<Issue> issues;
};

struct NewMembers
{
    QList<Member> members;
    QList<int> lines;
    QList<Issue> issues;
};

// One userName per row; a header naming a "userName" column is recognised, other columns are
// ignored.
UserNameList readUserNames(const QByteArray &csv);
// Header required: userName,name,email,mobile,orgCode[,role].
NewMembers readNewMembers(const QByteArray &csv);

// What would happen to each new member (in the order of `rows.members`) in this organisation:
// refused before anything is sent when the member exists already or the department does not;
// else added, `message` naming the department. The preview (console and CLI) shows these.
struct Verdict
{
    bool ok = false;
    QString message;
};
QList<Verdict> checkAgainst(const NewMembers &rows, const OrgSnapshot &org);

// Field name -> what is wrong with it; empty when the member is valid.
QMap<QString, QString> validate(const Member &member);
bool isValidEmail(const QString &email);
bool isValidMobile(const QString &mobile);
bool isValidUserName(const QString &userName);

} // namespace MemberImport
