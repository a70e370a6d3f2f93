#include "org/member_import.h"

#include "storage/csv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace MemberImport {

namespace {

// The records of a file with at least one row; otherwise the reason as a file-wide issue.
bool readRecords(const QByteArray &csv, QList<Csv::Record> *records, QList<Issue> *issues)
{
    QString error;
    if (!Csv::parse(csv, records, &error)) {
        issues->append({0, error});
        return false;
    }
    if (records->isEmpty()) {
        issues->append({0, QCoreApplication::translate("MemberImport", "The file has no rows.")});
        return false;
    }
    return true;
}

int columnOf(const QStringList &header, QStringView name)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

} // namespace

bool isValidEmail(const QString &email)
{
    // anchoredPattern: "$" alone would also match before a trailing line break.
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")));
    return email.size() <= 254 && re.match(email).hasMatch();
}

bool isValidMobile(const QString &mobile)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("\\+?[0-9][0-9 -]{4,19}")));
    return re.match(mobile).hasMatch();
}

bool isValidUserName(const QString &userName)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._@-]{1,128}")));
    // "." and ".." would vanish from a request path (/members/..) when the URL is normalised.
    return re.match(userName).hasMatch() && userName != u"." && userName != u"..";
}

QMap<QString, QString> validate(const Member &m)
{
    QMap<QString, QString> problems;
    if (m.userName.isEmpty())
        problems.insert(QStringLiteral("userName"),
                        QCoreApplication::translate("MemberImport", "A user name is required."));
    else if (!isValidUserName(m.userName))
        problems.insert(QStringLiteral("userName"),
                        QCoreApplication::translate(
                            "MemberImport", "Use letters, digits and . _ @ - only (at most 128)."));
    if (m.name.trimmed().isEmpty())
        problems.insert(QStringLiteral("name"),
                        QCoreApplication::translate("MemberImport", "A name is required."));
    else if (m.name.size() > 64)
        problems.insert(QStringLiteral("name"),
                        QCoreApplication::translate("MemberImport", "At most 64 characters."));
    if (m.orgCode.isEmpty())
        problems.insert(QStringLiteral("orgCode"),
                        QCoreApplication::translate("MemberImport", "Choose a department."));
    if (m.email.isEmpty() && m.mobile.isEmpty())
        problems.insert(QStringLiteral("email"),
                        QCoreApplication::translate("MemberImport",
                                                    "An email or a mobile number is required."));
    if (!m.email.isEmpty() && !isValidEmail(m.email))
        problems.insert(
            QStringLiteral("email"),
            QCoreApplication::translate("MemberImport", "\"%1\" is not an email address.")
                .arg(m.email));
    if (!m.mobile.isEmpty() && !isValidMobile(m.mobile))
        problems.insert(
            QStringLiteral("mobile"),
            QCoreApplication::translate(
                "MemberImport", "\"%1\" is not a mobile number (digits, optionally +, 5–20).")
                .arg(m.mobile));
    return problems;
}

UserNameList readUserNames(const QByteArray &csv)
{
    UserNameList out;
    QList<Csv::Record> records;
    if (!readRecords(csv, &records, &out.issues))
        return out;
    int column = 0;
    qsizetype first = 0;
    const int headerColumn = columnOf(records.front().fields, u"userName");
    if (headerColumn >= 0) {
        column = headerColumn;
        first = 1;
    }
    QSet<QString> seen;
    for (qsizetype i = first; i < records.size(); ++i) {
        const Csv::Record &r = records.at(i);
        const QString userName =
            column < r.fields.size() ? r.fields.at(column).trimmed() : QString();
        if (userName.isEmpty()) {
            out.issues.append(
                {r.line, QCoreApplication::translate("MemberImport", "no userName in this row")});
        } else if (!isValidUserName(userName)) {
            out.issues.append({r.line, QCoreApplication::translate("MemberImport",
                                                                   "\"%1\" is not a valid userName")
                                           .arg(userName)});
        } else if (seen.contains(userName)) {
            out.issues.append({r.line, QCoreApplication::translate("MemberImport",
                                                                   "\"%1\" appears more than once")
                                           .arg(userName)});
        } else {
            seen.insert(userName);
            out.userNames.append(userName);
            out.lines.append(r.line);
        }
    }
    return out;
}

NewMembers readNewMembers(const QByteArray &csv)
{
    NewMembers out;
    QList<Csv::Record> records;
    if (!readRecords(csv, &records, &out.issues))
        return out;
    const QStringList header = records.front().fields;
    const char *required[] = {"userName", "name", "email", "mobile", "orgCode"};
    int col[6];
    for (int i = 0; i < 5; ++i) {
        col[i] = columnOf(header, QString::fromLatin1(required[i]));
        if (col[i] < 0) {
            out.issues.append({records.front().line,
                               QCoreApplication::translate(
                                   "MemberImport", "the header has no \"%1\" column (expected "
                                                   "userName,name,email,mobile,orgCode[,role])")
                                   .arg(QLatin1String(required[i]))});
            return out;
        }
    }
    col[5] = columnOf(header, u"role");
    QSet<QString> seen;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Csv::Record &r = records.at(i);
        auto field = [&r](int c) {
            return c >= 0 && c < r.fields.size() ? r.fields.at(c).trimmed() : QString();
        };
        if (r.fields.size() != header.size()) {
            out.issues.append(
                {r.line, QCoreApplication::translate("MemberImport", "expected %1 fields, found %2")
                             .arg(header.size())
                             .arg(r.fields.size())});
            continue;
        }
        Member m;
        m.userName = field(col[0]);
        m.name = field(col[1]);
        m.email = field(col[2]);
        m.mobile = field(col[3]);
        m.orgCode = field(col[4]);
        const QString role = field(col[5]).toLower();
        if (!role.isEmpty() && role != u"admin" && role != u"user") {
            out.issues.append(
                {r.line, QCoreApplication::translate(
                             "MemberImport", "role must be \"admin\" or \"user\", not \"%1\"")
                             .arg(role)});
            continue;
        }
        m.admin = role == u"admin";
        const auto problems = validate(m);
        if (!problems.isEmpty()) {
            out.issues.append({r.line, problems.firstKey() + u": " + problems.first()});
            continue;
        }
        if (seen.contains(m.userName)) {
            out.issues.append({r.line, QCoreApplication::translate("MemberImport",
                                                                   "\"%1\" appears more than once")
                                           .arg(m.userName)});
            continue;
        }
        seen.insert(m.userName);
        out.members.append(m);
        out.lines.append(r.line);
    }
    return out;
}

QList<Verdict> checkAgainst(const NewMembers &rows, const OrgSnapshot &org)
{
    QList<Verdict> out;
    out.reserve(rows.members.size());
    for (const Member &m : rows.members) {
        const int dept = org.departmentIndex(m.orgCode);
        if (org.memberIndex(m.userName) >= 0)
            out.append({false, QCoreApplication::translate("MemberImport", "already exists")});
        else if (dept < 0)
            out.append({false, QCoreApplication::translate("MemberImport",
                                                           "department \"%1\" does not exist")
                                   .arg(m.orgCode)});
        else
            out.append({true, QCoreApplication::translate("MemberImport", "will be added to %1")
                                  .arg(org.department(dept).orgName)});
    }
    return out;
}

} // namespace MemberImport
