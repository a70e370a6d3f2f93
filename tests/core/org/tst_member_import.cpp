// CSV imports: every bad row named with its line and reason; good rows kept in order.
#include "org/member_import.h"

#include <QTest>

class TestMemberImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void userNames_data();
    void userNames();
    void newMembers_data();
    void newMembers();
    void validate_data();
    void validate();
};

void TestMemberImport::userNames_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("issues"); // "line: message"
    QTest::newRow("bare list") << QByteArray("a.b\nc.d\n") << QStringList{"a.b", "c.d"}
                               << QStringList{};
    QTest::newRow("header picks column") << QByteArray("name,userName\n王芳,fang.wang\n")
                                         << QStringList{"fang.wang"} << QStringList{};
    QTest::newRow("header case-insensitive")
        << QByteArray("USERNAME\nx\n") << QStringList{"x"} << QStringList{};
    QTest::newRow("duplicate") << QByteArray("a\nb\na\n") << QStringList{"a", "b"}
                               << QStringList{"3: \"a\" appears more than once"};
    QTest::newRow("invalid name") << QByteArray("a\nbad name\n") << QStringList{"a"}
                                  << QStringList{"2: \"bad name\" is not a valid userName"};
    // "." and ".." would vanish from a request path (/members/..).
    QTest::newRow("dot names") << QByteArray(".\n..\nok\n") << QStringList{"ok"}
                               << QStringList{"1: \".\" is not a valid userName",
                                              "2: \"..\" is not a valid userName"};
    QTest::newRow("missing column") << QByteArray("name,userName\nx\n") << QStringList{}
                                    << QStringList{"2: no userName in this row"};
    QTest::newRow("empty file") << QByteArray("") << QStringList{}
                                << QStringList{"0: The file has no rows."};
    QTest::newRow("broken quoting") << QByteArray("a\n\"b\n") << QStringList{}
                                    << QStringList{"0: line 2: a quoted field is not closed"};
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringList{}
                                 << QStringList{"0: line 1: the text is not valid UTF-8"};
}

void TestMemberImport::userNames()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, names);
    QFETCH(QStringList, issues);
    const auto result = MemberImport::readUserNames(csv);
    QCOMPARE(result.userNames, names);
    QStringList got;
    for (const auto &i : result.issues)
        got << QString::number(i.line) + u": " + i.message;
    QCOMPARE(got, issues);
}

void TestMemberImport::newMembers_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("good");
    QTest::addColumn<QStringList>("issues");
    const QByteArray header = "userName,name,email,mobile,orgCode,role\n";
    QTest::newRow("good")
        << header + "a.b,王芳,a@b.cn,13800000000,D1,admin\nc,Chloe Ng,,+85291234567,D2,\n"
        << 2 << QStringList{};
    QTest::newRow("bad email") << header + "a.b,王芳,not-an-email,,D1,user\n"
                               << 0
                               << QStringList{
                                      "2: email: \"not-an-email\" is not an email address."};
    QTest::newRow("bad role") << header + "a.b,王芳,a@b.cn,,D1,owner\n"
                              << 0
                              << QStringList{
                                     "2: role must be \"admin\" or \"user\", not \"owner\""};
    QTest::newRow("short row") << header + "a.b,王芳\n"
                               << 0 << QStringList{"2: expected 6 fields, found 2"};
    QTest::newRow("no contact") << header + "a.b,王芳,,,D1,user\n"
                                << 0
                                << QStringList{
                                       "2: email: An email or a mobile number is required."};
    QTest::newRow("missing header column")
        << QByteArray("userName,name\nx,y\n") << 0
        << QStringList{"1: the header has no \"email\" column (expected "
                       "userName,name,email,mobile,orgCode[,role])"};
    QTest::newRow("mixed")
        << header + "ok1,A,a@b.cn,,D1,user\nbad "
                    "name,B,b@b.cn,,D1,user\nok2,C,,13800000000,D1,user\nok1,D,d@b.cn,,D1,user\n"
        << 2
        << QStringList{"3: userName: Use letters, digits and . _ @ - only (at most 128).",
                       "5: \"ok1\" appears more than once"};
}

void TestMemberImport::newMembers()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, good);
    QFETCH(QStringList, issues);
    const auto result = MemberImport::readNewMembers(csv);
    QCOMPARE(result.members.size(), good);
    QStringList got;
    for (const auto &i : result.issues)
        got << QString::number(i.line) + u": " + i.message;
    QCOMPARE(got, issues);
}

void TestMemberImport::validate_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QStringList>("badFields");
    QTest::newRow("both fine") << "x@y.cn"
                               << "13800000000" << QStringList{};
    QTest::newRow("mobile with plus") << ""
                                      << "+86 138-0000-0000" << QStringList{};
    QTest::newRow("two @") << "x@@y.cn"
                           << "" << QStringList{"email"};
    QTest::newRow("letters in mobile") << "x@y.cn"
                                       << "138abc" << QStringList{"mobile"};
    QTest::newRow("too short mobile") << "x@y.cn"
                                      << "123" << QStringList{"mobile"};
    QTest::newRow("line break after the address") << "x@y.cn\n"
                                                  << "" << QStringList{"email"};
    QTest::newRow("line break after the number") << ""
                                                 << "13800000000\n"
                                                 << QStringList{"mobile"};
}

void TestMemberImport::validate()
{
    QFETCH(QString, email);
    QFETCH(QString, mobile);
    QFETCH(QStringList, badFields);
    Member m{QStringLiteral("u"), QStringLiteral("n"), email, mobile, QStringLiteral("D1")};
    QCOMPARE(MemberImport::validate(m).keys(), badFields);
}

QTEST_GUILESS_MAIN(TestMemberImport)
#include "tst_member_import.moc"
