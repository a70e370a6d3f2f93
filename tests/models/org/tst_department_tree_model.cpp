// DepartmentTreeModel under QAbstractItemModelTester: structure, counts, odd data (parent
// cycles, unknown parents) and a deep, wide tree.
#include "models/org/department_tree_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestDepartmentTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structureAndCounts();
    void oddParentsStayVisible_data();
    void oddParentsStayVisible();
    void bigTree();
    void childrenInPinyinOrder();
};

void TestDepartmentTreeModel::structureAndCounts()
{
    OrgSnapshot::Builder b;
    b.addDepartment({QStringLiteral("D0"), QStringLiteral("总部"), {}, 1});
    b.addDepartment({QStringLiteral("D2"), QStringLiteral("B 组"), QStringLiteral("D0"), 1});
    b.addDepartment({QStringLiteral("D1"), QStringLiteral("A 组"), QStringLiteral("D0"), 1});
    b.addDepartment({QStringLiteral("D3"), QStringLiteral("A1"), QStringLiteral("D1"), 1});
    b.addMember(
        {QStringLiteral("a"), QStringLiteral("a"), {}, {}, QStringLiteral("D3"), false, true, 1});
    b.addMember(
        {QStringLiteral("b"), QStringLiteral("b"), {}, {}, QStringLiteral("D1"), false, true, 1});
    b.addMember(
        {QStringLiteral("c"), QStringLiteral("c"), {}, {}, QStringLiteral("D0"), false, true, 1});
    DepartmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(b.finish());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("总部"));
    QCOMPARE(model.index(0, 1).data().toInt(), 3);
    QCOMPARE(model.rowCount(root), 2);
    QCOMPARE(model.index(0, 0, root).data().toString(), QStringLiteral("A 组")); // sorted by name
    QCOMPARE(model.index(0, 1, root).data().toInt(), 2);
    const QModelIndex a1 = model.indexOf(QStringLiteral("D3"));
    QCOMPARE(a1.parent(), model.index(0, 0, root));
    QCOMPARE(a1.data(DepartmentTreeModel::OrgCodeRole).toString(), QStringLiteral("D3"));
    QVERIFY(a1.data(Qt::ToolTipRole).toString().contains(u"D3"));
    QVERIFY(!model.indexOf(QStringLiteral("nope")).isValid());
}

void TestDepartmentTreeModel::oddParentsStayVisible_data()
{
    QTest::addColumn<QStringList>("parents"); // parent of D0, D1, D2
    QTest::addColumn<int>("roots");
    QTest::newRow("unknown parent") << QStringList{"", "X", "D0"} << 2;
    QTest::newRow("self parent") << QStringList{"", "D1", "D1"} << 2;
    QTest::newRow("cycle") << QStringList{"D2", "D0", "D1"} << 1;
}

void TestDepartmentTreeModel::oddParentsStayVisible()
{
    QFETCH(QStringList, parents);
    QFETCH(int, roots);
    OrgSnapshot::Builder b;
    for (int i = 0; i < 3; ++i)
        b.addDepartment(
            {QStringLiteral("D%1").arg(i), QStringLiteral("d%1").arg(i), parents[i], 1});
    DepartmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(b.finish());
    QCOMPARE(model.rowCount(), roots);
    // Every department is reachable exactly once.
    int seen = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &p) {
        for (int r = 0; r < model.rowCount(p); ++r) {
            ++seen;
            walk(model.index(r, 0, p));
        }
    };
    walk({});
    QCOMPARE(seen, 3);
}

void TestDepartmentTreeModel::bigTree()
{
    OrgSnapshot::Builder b;
    b.addDepartment({QStringLiteral("R"), QStringLiteral("root"), {}, 1});
    for (int i = 0; i < 2000; ++i)
        b.addDepartment({QStringLiteral("D%1").arg(i), QStringLiteral("dept %1").arg(i),
                         i < 10 ? QStringLiteral("R") : QStringLiteral("D%1").arg(i / 10), 1});
    DepartmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(b.finish());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 10);
    const QModelIndex deep = model.indexOf(QStringLiteral("D1999"));
    int depth = 0;
    for (QModelIndex i = deep; i.isValid(); i = i.parent())
        ++depth;
    QCOMPARE(depth, 5);
}

// Sub-departments in pinyin order (财务 cai, 市场 shi, 研发 yan, 总务 zong); code point order
// would give 市 财 总 研.
void TestDepartmentTreeModel::childrenInPinyinOrder()
{
    OrgSnapshot::Builder b;
    b.addDepartment({QStringLiteral("R"), QStringLiteral("公司"), {}, 1});
    const QStringList expected{u"财务部"_qs, u"市场部"_qs, u"研发中心"_qs, u"总务部"_qs};
    for (qsizetype i = expected.size() - 1; i >= 0; --i)
        b.addDepartment({QStringLiteral("D%1").arg(i), expected[i], QStringLiteral("R"), 1});
    DepartmentTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(b.finish());
    const QModelIndex root = model.index(0, 0);
    QStringList shown;
    for (int r = 0; r < model.rowCount(root); ++r)
        shown << model.index(r, 0, root).data().toString();
    QCOMPARE(shown, expected);
}

QTEST_MAIN(TestDepartmentTreeModel)
#include "tst_department_tree_model.moc"
