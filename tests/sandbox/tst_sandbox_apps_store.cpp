// The sandbox's apps rows: AppsStore::grantsOf answers one app's grants of the kinds asked
// for, in grant order. The seat reconciler asks it for an app's departments and groups once a
// changed member, so a kind that leaks through (tens of thousands of member grants) costs
// seconds a member at 100,000 members, and nothing else in the suite would notice.
#include "sandbox/apps/apps_store.h"
#include "sandbox/tenant/sandbox_tenant.h"

#include <QTemporaryDir>
#include <QTest>

class TestSandboxAppsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grantsOf_data();
    void grantsOf();
    void removedGrantIsGone();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxTenant> m_tenant;
};

void TestSandboxAppsStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_tenant =
        SandboxTenant::open(QStringLiteral("t"), m_dir.filePath(QStringLiteral("t.db")), &error);
    QVERIFY2(m_tenant, qPrintable(error));
    AppsStore store(m_tenant->database());
    // Granted out of key order, so that the answer's order is the grant time's.
    const struct
    {
        const char *app, *kind, *target;
        qint64 ms;
    } grants[] = {
        {"A", "member", "u1", 10},     {"A", "department", "D2", 20}, {"A", "exclusion", "u9", 30},
        {"A", "group", "G1", 40},      {"A", "member", "u2", 50},     {"A", "department", "D1", 60},
        {"B", "department", "D3", 15}, {"B", "member", "u1", 25},
    };
    for (const auto &g : grants)
        QVERIFY(store.writeGrant({QString::fromLatin1(g.app), QString::fromLatin1(g.kind),
                                  QString::fromLatin1(g.target), g.ms, 1}));
}

void TestSandboxAppsStore::grantsOf_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("expected"); // kind:target, in grant order

    const QStringList units{QStringLiteral("department"), QStringLiteral("group")};
    QTest::newRow("units of A") << "A" << units
                                << QStringList{"department:D2", "group:G1", "department:D1"};
    QTest::newRow("members of A") << "A" << QStringList{"member"}
                                  << QStringList{"member:u1", "member:u2"};
    QTest::newRow("exclusions of A")
        << "A" << QStringList{"exclusion"} << QStringList{"exclusion:u9"};
    QTest::newRow("every kind of A")
        << "A" << QStringList{"member", "department", "group", "exclusion"}
        << QStringList{"member:u1", "department:D2", "exclusion:u9",
                       "group:G1",  "member:u2",     "department:D1"};
    QTest::newRow("units of B") << "B" << units << QStringList{"department:D3"};
    QTest::newRow("no kinds asked") << "A" << QStringList{} << QStringList{};
    QTest::newRow("a kind no grant has") << "A" << QStringList{"nobody"} << QStringList{};
    QTest::newRow("an app with no grants") << "C" << units << QStringList{};
}

void TestSandboxAppsStore::grantsOf()
{
    QFETCH(QString, app);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, expected);
    AppsStore store(m_tenant->database());
    QStringList got;
    for (const GrantRecord &g : store.grantsOf(app, kinds)) {
        QCOMPARE(g.appId, app);
        got << g.kind + u':' + g.target;
    }
    QCOMPARE(got, expected);
}

void TestSandboxAppsStore::removedGrantIsGone()
{
    AppsStore store(m_tenant->database());
    QVERIFY(store.writeGrant(
        {QStringLiteral("D"), QStringLiteral("group"), QStringLiteral("G7"), 5, 1}));
    QCOMPARE(store.grantsOf(QStringLiteral("D"), {QStringLiteral("group")}).size(), 1);
    QVERIFY(store.removeGrant(QStringLiteral("D"), QStringLiteral("group"), QStringLiteral("G7")));
    QVERIFY(store.grantsOf(QStringLiteral("D"), {QStringLiteral("group")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxAppsStore)
#include "tst_sandbox_apps_store.moc"
