// The impact shown before a batch: changes, no-ops and refusals with their reasons.
#include "org/impact.h"

#include <QTest>

class TestImpact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assess_data();
    void assess();
};

namespace {
OrgSnapshotPtr snapshot()
{
    OrgSnapshot::Builder b;
    b.addDepartment({QStringLiteral("D0"), QStringLiteral("总部"), {}, 1});
    b.addDepartment({QStringLiteral("D1"), QStringLiteral("研发"), QStringLiteral("D0"), 1});
    // userName, name, email, mobile, org, admin, enabled
    b.addMember({QStringLiteral("admin1"),
                 QStringLiteral("管理员一"),
                 {},
                 {},
                 QStringLiteral("D0"),
                 true,
                 true,
                 1});
    b.addMember({QStringLiteral("admin2"),
                 QStringLiteral("管理员二"),
                 {},
                 {},
                 QStringLiteral("D1"),
                 true,
                 true,
                 1});
    b.addMember({QStringLiteral("off"),
                 QStringLiteral("停用"),
                 {},
                 {},
                 QStringLiteral("D1"),
                 false,
                 false,
                 1});
    b.addMember({QStringLiteral("on"),
                 QStringLiteral("在用"),
                 {},
                 {},
                 QStringLiteral("D1"),
                 false,
                 true,
                 1});
    return b.finish();
}
} // namespace

void TestImpact::assess_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("send");
    QTest::addColumn<int>("admins");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<QStringList>("blocked");
    QTest::newRow("disable one") << int(MemberAction::Disable) << QStringList{"on"}
                                 << QStringList{"on"} << 0 << 0 << QStringList{};
    QTest::newRow("disable already off") << int(MemberAction::Disable) << QStringList{"off"}
                                         << QStringList{} << 0 << 1 << QStringList{};
    QTest::newRow("disable both admins keeps the last")
        << int(MemberAction::Disable) << QStringList{"admin1", "admin2", "on"}
        << QStringList{"admin1", "on"} << 1 << 0
        << QStringList{"admin2: the last enabled administrator cannot be disabled"};
    QTest::newRow("delete needs disabled")
        << int(MemberAction::Delete) << QStringList{"off", "on"} << QStringList{"off"} << 0 << 0
        << QStringList{"on: only a disabled member can be deleted; disable it first"};
    QTest::newRow("unknown")
        << int(MemberAction::Enable) << QStringList{"ghost", "off"} << QStringList{"off"} << 0 << 0
        << QStringList{"ghost: not found in this enterprise (sync, or check the name)"};
}

void TestImpact::assess()
{
    QFETCH(int, action);
    QFETCH(QStringList, names);
    QFETCH(QStringList, send);
    QFETCH(int, admins);
    QFETCH(int, unchanged);
    QFETCH(QStringList, blocked);
    const Impact impact = assessImpact(MemberAction(action), names, *snapshot());
    QCOMPARE(impact.toSend(), send);
    QCOMPARE(impact.adminChanges, admins);
    QCOMPARE(impact.unchanged, unchanged);
    QStringList gotBlocked;
    for (const auto &r : impact.rows)
        if (r.kind == Impact::Kind::Blocked)
            gotBlocked << r.userName + u": " + r.reason;
    QCOMPARE(gotBlocked, blocked);
    QCOMPARE(impact.changes + impact.unchanged + impact.blocked, int(names.size()));
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
