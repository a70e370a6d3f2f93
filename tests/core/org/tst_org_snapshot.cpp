// OrgSnapshot's member storage: every field reads back exactly as it was given, whether it is
// kept once (its own lowercase) or twice (capitals, NULs, text that is not UTF-8), in input
// order or not, and search finds it ignoring case.
#include "org/org_snapshot.h"

#include <QTest>

#include <string>

namespace {

struct Fields
{
    QByteArray userName, name, email, mobile;
};

// Neighbours on both sides, so that a field's offsets are never zero by chance.
const Fields kBefore{"aaa.first", "Anna Li", "anna@example.com", "13800000001"};
const Fields kAfter{"zzz.last", "周杰", "zhou@example.com", "13800000009"};

void add(OrgSnapshot::Builder &b, const Fields &f, bool admin = false, qint64 version = 1)
{
    const std::string_view v[OrgSnapshot::FieldCount] = {
        {f.userName.constData(), size_t(f.userName.size())},
        {f.name.constData(), size_t(f.name.size())},
        {f.email.constData(), size_t(f.email.size())},
        {f.mobile.constData(), size_t(f.mobile.size())}};
    b.addMember(v, "d1", admin, !admin, version);
}

OrgSnapshotPtr build(const QList<Fields> &members)
{
    OrgSnapshot::Builder b;
    b.addDepartment({QStringLiteral("d1"), QStringLiteral("总部"), QString(), 1});
    for (qsizetype i = 0; i < members.size(); ++i)
        add(b, members[i], i % 2 == 1, 100 + i);
    return b.finish();
}

// What the search pool should hold: lowercase UTF-8, a NUL read as U+0001.
QByteArray expectedLowercase(const QByteArray &utf8)
{
    QByteArray lower = QString::fromUtf8(utf8).toLower().toUtf8();
    lower.replace('\0', '\x01');
    return lower;
}

QByteArray bytes(QByteArrayView v)
{
    return v.toByteArray();
}

} // namespace

class TestOrgSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsReadBackExactly_data();
    void fieldsReadBackExactly();
    void unsortedInputIsSortedAndSearchable();
    void searchIgnoresCase_data();
    void searchIgnoresCase();
    void fieldsEqualToTheirLowercaseAreKeptOnce();
    void fieldsAreCutAt65535Bytes_data();
    void fieldsAreCutAt65535Bytes();
    void lookupsThatMiss();
};

void TestOrgSnapshot::fieldsReadBackExactly_data()
{
    QTest::addColumn<QByteArray>("userName");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<QByteArray>("mobile");

    QTest::newRow("all lowercase") << QByteArray("li.na") << QByteArray("li na")
                                   << QByteArray("li.na@example.com") << QByteArray("13912345678");
    QTest::newRow("Chinese name") << QByteArray("wang.fang") << QByteArray("王芳")
                                  << QByteArray("wang.fang@example.cn") << QByteArray();
    QTest::newRow("capitals") << QByteArray("Zhang.Min") << QByteArray("Zhang Min")
                              << QByteArray("Zhang.Min@Example.COM") << QByteArray("+86 139");
    QTest::newRow("capital only in the last field")
        << QByteArray("m.k") << QByteArray("m k") << QByteArray("m.k@example.com")
        << QByteArray("EXT-12");
    QTest::newRow("Latin letters beyond ASCII") << QByteArray("unal") << QByteArray("Ünal Çelik")
                                                << QByteArray("ünal@örnek.tr") << QByteArray("1");
    // U+0130 lowercases to two code points: the lowercase is longer than the field.
    QTest::newRow("lowercase longer than the field")
        << QByteArray("istanbul") << QByteArray("İstanbul") << QByteArray() << QByteArray();
    QTest::newRow("NUL inside fields") << QByteArray("nul.user") << QByteArray("a\0b", 3)
                                       << QByteArray("\0", 1) << QByteArray("1\0", 2);
    QTest::newRow("not UTF-8") << QByteArray("bad.bytes") << QByteArray("\xff\xfe name")
                               << QByteArray("x@\xc3") << QByteArray("\xe4\xb8");
    QTest::newRow("all empty but the user name")
        << QByteArray("e") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("fields of 300 bytes") << QByteArray("long") << QByteArray(300, 'N')
                                         << QByteArray(300, 'e') << QByteArray(300, '9');
    // Own-text fields longer than 255 bytes before the one read: their lengths take two bytes.
    QTest::newRow("long own-text fields in a row")
        << QByteArray("long.caps") << QByteArray(300, 'N') << QByteArray(700, 'E')
        << QByteArray("EXT-9");
    QTest::newRow("a U+0001 beside a NUL")
        << QByteArray("ctl") << QByteArray("a\x01\0b", 4) << QByteArray("\x01", 1) << QByteArray();
}

void TestOrgSnapshot::fieldsReadBackExactly()
{
    QFETCH(QByteArray, userName);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, email);
    QFETCH(QByteArray, mobile);
    const Fields f{userName, name, email, mobile};
    const auto s = build({kBefore, f, kAfter});
    QCOMPARE(s->memberCount(), 3);
    // Sorted by user name in byte order: "Zhang.Min" comes before "aaa.first".
    const int i = s->memberIndex(QString::fromUtf8(userName));
    const int before = s->memberIndex(QString::fromUtf8(kBefore.userName));
    const int after = s->memberIndex(QString::fromUtf8(kAfter.userName));
    QVERIFY(i >= 0 && before >= 0 && after >= 0);
    QVERIFY(i != before && i != after && before != after);
    const QByteArray given[OrgSnapshot::FieldCount] = {userName, name, email, mobile};
    for (int field = 0; field < OrgSnapshot::FieldCount; ++field) {
        const auto which = OrgSnapshot::Field(field);
        QCOMPARE(bytes(s->utf8(i, which)), given[field]);
        QCOMPARE(bytes(s->lowercase(i, which)), expectedLowercase(given[field]));
        QCOMPARE(s->text(i, which), QString::fromUtf8(given[field]));
    }
    QCOMPARE(s->memberVersion(i), 101);
    QVERIFY(s->memberAdmin(i));
    QVERIFY(!s->memberEnabled(i));
    const Member m = s->member(i);
    QCOMPARE(m.name, QString::fromUtf8(name));
    QCOMPARE(m.email, QString::fromUtf8(email));
    QCOMPARE(m.mobile, QString::fromUtf8(mobile));
    QCOMPARE(m.orgCode, QStringLiteral("d1"));
    // The neighbours are untouched by whatever this member holds.
    QCOMPARE(bytes(s->utf8(before, OrgSnapshot::Name)), kBefore.name);
    QCOMPARE(bytes(s->utf8(before, OrgSnapshot::Mobile)), kBefore.mobile);
    QCOMPARE(bytes(s->utf8(after, OrgSnapshot::Name)), kAfter.name);
    QCOMPARE(bytes(s->utf8(after, OrgSnapshot::Email)), kAfter.email);
    QCOMPARE(s->memberVersion(after), 102);
}

void TestOrgSnapshot::unsortedInputIsSortedAndSearchable()
{
    // Given in reverse, with capitals in some rows: the builder sorts by user name and lays
    // the search pool out again, so the rows and their text must still belong together.
    QList<Fields> members;
    for (int i = 99; i >= 0; --i) {
        const QByteArray n = QByteArray::number(i).rightJustified(3, '0');
        const bool caps = i % 3 == 0;
        members.append({"user." + n, (caps ? "Name " : "name ") + n,
                        (caps ? "Mail" : "mail") + n + "@example.com", "138" + n});
    }
    const auto s = build(members);
    QCOMPARE(s->memberCount(), 100);
    for (int i = 0; i < 100; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(3, '0');
        const bool caps = i % 3 == 0;
        QCOMPARE(bytes(s->utf8(i, OrgSnapshot::UserName)), "user." + n);
        QCOMPARE(bytes(s->utf8(i, OrgSnapshot::Name)), (caps ? "Name " : "name ") + n);
        QCOMPARE(bytes(s->lowercase(i, OrgSnapshot::Email)), "mail" + n + "@example.com");
        QCOMPARE(bytes(s->utf8(i, OrgSnapshot::Mobile)), "138" + n);
        QCOMPARE(s->memberIndex(QStringLiteral("user.") + QString::fromLatin1(n)), i);
        // Given in reverse with version 100 + position: member i was the (99 - i)th.
        QCOMPARE(s->memberVersion(i), 100 + (99 - i));
    }
    std::vector<quint8> marks;
    s->markMatches(QStringLiteral("NAME 042"), marks);
    QCOMPARE(std::count(marks.begin(), marks.end(), 1), 1);
    QCOMPARE(marks[42], 1);
}

void TestOrgSnapshot::searchIgnoresCase_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("expected"); // user names

    QTest::newRow("capital in the data")
        << QStringLiteral("zhang min") << QStringList{QStringLiteral("Zhang.Min")};
    QTest::newRow("capital in the needle")
        << QStringLiteral("EXAMPLE.COM")
        << QStringList{QStringLiteral("Zhang.Min"), QStringLiteral("aaa.first"),
                       QStringLiteral("zzz.last")};
    QTest::newRow("Chinese") << QStringLiteral("周") << QStringList{QStringLiteral("zzz.last")};
    QTest::newRow("beyond ASCII") << QStringLiteral("ÇELIK") << QStringList{QStringLiteral("unal")};
    QTest::newRow("never across two fields") << QStringLiteral("min zhang") << QStringList{};
    QTest::newRow("empty needle: everyone")
        << QString()
        << QStringList{QStringLiteral("Zhang.Min"), QStringLiteral("aaa.first"),
                       QStringLiteral("unal"), QStringLiteral("zzz.last")};
}

void TestOrgSnapshot::searchIgnoresCase()
{
    QFETCH(QString, needle);
    QFETCH(QStringList, expected);
    const auto s = build({kAfter,
                          {"Zhang.Min", "Zhang Min", "Zhang.Min@Example.COM", "139"},
                          kBefore,
                          {"unal", "Ünal Çelik", "unal@ornek.tr", "1"}});
    std::vector<quint8> marks;
    s->markMatches(needle, marks);
    QCOMPARE(int(marks.size()), s->memberCount());
    QStringList found;
    for (int i = 0; i < s->memberCount(); ++i)
        if (marks[size_t(i)])
            found.append(s->text(i, OrgSnapshot::UserName));
    QCOMPARE(found, expected);
}

void TestOrgSnapshot::fieldsEqualToTheirLowercaseAreKeptOnce()
{
    // 2,000 members whose fields are all their own lowercase, and the same with a capital in
    // each name: the second keeps each name a second time, and nothing else.
    QList<Fields> plain, capitals;
    qsizetype nameBytes = 0;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(5, '0');
        plain.append(
            {"member." + n, "member name " + n, "member." + n + "@example.com", "139" + n});
        capitals.append(
            {"member." + n, "Member Name " + n, "member." + n + "@example.com", "139" + n});
        nameBytes += capitals.last().name.size();
    }
    const size_t once = build(plain)->memoryBytes();
    const size_t twice = build(capitals)->memoryBytes();
    // Each kept name costs its bytes and a 2-byte length; the rows and the search pool are
    // the same size in both.
    const auto kept = qsizetype(twice - once);
    QVERIFY2(
        kept >= nameBytes + 2 * 2000 && kept <= nameBytes + 2 * 2000 + 16,
        qPrintable(QStringLiteral("%1 bytes more for %2 bytes of names").arg(kept).arg(nameBytes)));
    // Rows of 24 bytes and the text once, with its separators: nothing more per member.
    qsizetype textBytes = 0;
    for (const Fields &f : plain)
        textBytes += f.userName.size() + f.name.size() + f.email.size() + f.mobile.size() + 4;
    const auto s = build(plain);
    QVERIFY2(s->memoryBytes() <= size_t(2000 * 24 + textBytes + 4096),
             qPrintable(QStringLiteral("%1 bytes for %2 of rows and text")
                            .arg(s->memoryBytes())
                            .arg(2000 * 24 + textBytes)));
}

void TestOrgSnapshot::fieldsAreCutAt65535Bytes_data()
{
    QTest::addColumn<char>("fill");
    QTest::newRow("own lowercase") << 'n';
    QTest::newRow("with capitals") << 'N';
}

void TestOrgSnapshot::fieldsAreCutAt65535Bytes()
{
    // Longer than the 16-bit length can say: cut, and the fields after it still read right.
    QFETCH(char, fill);
    const auto s = build({kBefore, {"huge", QByteArray(70000, fill), "Huge@Example.com", "1"}});
    const int i = s->memberIndex(QStringLiteral("huge"));
    QVERIFY(i >= 0);
    QCOMPARE(bytes(s->utf8(i, OrgSnapshot::Name)), QByteArray(0xFFFF, fill));
    QCOMPARE(bytes(s->lowercase(i, OrgSnapshot::Name)), QByteArray(0xFFFF, 'n'));
    QCOMPARE(bytes(s->utf8(i, OrgSnapshot::Email)), QByteArray("Huge@Example.com"));
    QCOMPARE(bytes(s->utf8(i, OrgSnapshot::Mobile)), QByteArray("1"));
}

void TestOrgSnapshot::lookupsThatMiss()
{
    const auto s = build({kBefore, kAfter});
    QCOMPARE(s->memberIndex(QStringLiteral("aaa")), -1);       // before the first
    QCOMPARE(s->memberIndex(QStringLiteral("zzzz.last")), -1); // after the last
    QCOMPARE(s->memberIndex(QStringLiteral("AAA.FIRST")), -1); // exact, not ignoring case
    QCOMPARE(s->memberIndex(QStringLiteral("aaa.first")), 0);
    std::vector<quint8> marks;
    s->markMatches(QString(QChar(0)), marks); // a NUL needle finds no field boundary
    QCOMPARE(std::count(marks.begin(), marks.end(), 1), 0);
}

QTEST_GUILESS_MAIN(TestOrgSnapshot)
#include "tst_org_snapshot.moc"
