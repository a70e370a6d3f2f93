// MemberTableModel under QAbstractItemModelTester: filters, search, sort with persistent
// indexes, and snapshot swaps that keep the department filter.
#include "models/org/member_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestMemberTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void filters_data();
    void filters();
    void sortKeepsPersistentIndexes();
    void sortColumns_data();
    void sortColumns();
    void namesSortByPinyin_data();
    void namesSortByPinyin();
    void searchKeepsWhatStillShows();
    void newSnapshotKeepsDepartmentFilter();
    void emptyModel();

private:
    static OrgSnapshotPtr makeSnapshot(int extra = 0);
    std::unique_ptr<MemberTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

OrgSnapshotPtr TestMemberTableModel::makeSnapshot(int extra)
{
    OrgSnapshot::Builder b;
    b.addDepartment({QStringLiteral("D0"), QStringLiteral("总部 HQ"), {}, 1});
    b.addDepartment({QStringLiteral("D1"), QStringLiteral("研发 R&D"), QStringLiteral("D0"), 1});
    b.addDepartment(
        {QStringLiteral("D2"), QStringLiteral("平台 Platform"), QStringLiteral("D1"), 1});
    b.addDepartment({QStringLiteral("D3"), QStringLiteral("销售 Sales"), QStringLiteral("D0"), 1});
    const struct
    {
        const char *user;
        const char16_t *name;
        const char *email;
        const char *mobile;
        const char *org;
        bool admin;
        bool enabled;
    } rows[] = {
        {"alice.chen", u"Alice Chen", "alice@corp.cn", "13800000001", "D0", true, true},
        {"bo.li", u"李博", "bo.li@corp.cn", "13800000002", "D1", false, true},
        {"chao.wang", u"王超", "CHAO@corp.cn", "13900000003", "D2", false, false},
        {"dan.zhou", u"周丹", "dan@corp.cn", "", "D2", false, true},
        {"emily.ng", u"Emily Ng", "", "+85291234567", "D3", false, false},
    };
    for (const auto &r : rows)
        b.addMember({QLatin1String(r.user), QString::fromUtf16(r.name), QLatin1String(r.email),
                     QLatin1String(r.mobile), QLatin1String(r.org), r.admin, r.enabled, 1});
    for (int i = 0; i < extra; ++i)
        b.addMember({QStringLiteral("z.extra%1").arg(i),
                     QStringLiteral("额外%1").arg(i),
                     {},
                     {},
                     QStringLiteral("D3"),
                     false,
                     true,
                     1});
    return b.finish();
}

void TestMemberTableModel::init()
{
    m_model = std::make_unique<MemberTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSnapshot(makeSnapshot());
}

void TestMemberTableModel::filters_data()
{
    QTest::addColumn<QString>("department");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("users");
    const QStringList all{"alice.chen", "bo.li", "chao.wang", "dan.zhou", "emily.ng"};
    QTest::newRow("everything") << QString() << int(MemberTableModel::Status::All) << QString()
                                << all;
    QTest::newRow("subtree") << "D1" << int(MemberTableModel::Status::All) << QString()
                             << QStringList{"bo.li", "chao.wang", "dan.zhou"};
    QTest::newRow("leaf") << "D2" << int(MemberTableModel::Status::All) << QString()
                          << QStringList{"chao.wang", "dan.zhou"};
    QTest::newRow("enabled") << QString() << int(MemberTableModel::Status::Enabled) << QString()
                             << QStringList{"alice.chen", "bo.li", "dan.zhou"};
    QTest::newRow("disabled") << QString() << int(MemberTableModel::Status::Disabled) << QString()
                              << QStringList{"chao.wang", "emily.ng"};
    QTest::newRow("search chinese")
        << QString() << int(MemberTableModel::Status::All) << "王" << QStringList{"chao.wang"};
    QTest::newRow("search ignores case")
        << QString() << int(MemberTableModel::Status::All) << "chao@" << QStringList{"chao.wang"};
    QTest::newRow("search mobile")
        << QString() << int(MemberTableModel::Status::All) << "852" << QStringList{"emily.ng"};
    QTest::newRow("search spans no fields")
        << QString() << int(MemberTableModel::Status::All) << "cn1380" << QStringList{};
    QTest::newRow("search trimmed") << QString() << int(MemberTableModel::Status::All) << "  NG "
                                    << QStringList{"chao.wang", "emily.ng"};
    QTest::newRow("department and status") << "D1" << int(MemberTableModel::Status::Enabled)
                                           << QString() << QStringList{"bo.li", "dan.zhou"};
    // A search covers the whole enterprise, whatever department is selected.
    QTest::newRow("search ignores department")
        << "D2" << int(MemberTableModel::Status::Enabled) << "corp"
        << QStringList{"alice.chen", "bo.li", "dan.zhou"};
}

void TestMemberTableModel::filters()
{
    QFETCH(QString, department);
    QFETCH(int, status);
    QFETCH(QString, search);
    QFETCH(QStringList, users);
    const auto s = m_model->snapshot();
    m_model->setDepartmentFilter(department.isEmpty() ? -1 : s->departmentIndex(department));
    m_model->setStatusFilter(MemberTableModel::Status(status));
    m_model->setSearchText(search);
    QStringList got;
    for (int r = 0; r < m_model->rowCount(); ++r)
        got << m_model->index(r, 0).data(MemberTableModel::UserNameRole).toString();
    QCOMPARE(got, users);
}

void TestMemberTableModel::sortKeepsPersistentIndexes()
{
    const QPersistentModelIndex dan = m_model->index(m_model->rowOf(QStringLiteral("dan.zhou")), 2);
    m_model->sort(MemberTableModel::MobileColumn, Qt::DescendingOrder);
    QVERIFY(dan.isValid());
    QCOMPARE(dan.data(MemberTableModel::UserNameRole).toString(), QStringLiteral("dan.zhou"));
    QCOMPARE(dan.column(), 2);
    QCOMPARE(dan.row(), m_model->rowCount() - 1); // empty mobile sorts last descending
}

void TestMemberTableModel::sortColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    // Names in the Chinese collation: Han by pinyin (李 li, 王 wang, 周 zhou), then Latin.
    QTest::newRow("name asc") << int(MemberTableModel::NameColumn) << int(Qt::AscendingOrder)
                              << "bo.li";
    QTest::newRow("name desc") << int(MemberTableModel::NameColumn) << int(Qt::DescendingOrder)
                               << "emily.ng";
    QTest::newRow("role: admins first")
        << int(MemberTableModel::RoleColumn) << int(Qt::AscendingOrder) << "alice.chen";
    QTest::newRow("status: enabled first")
        << int(MemberTableModel::StatusColumn) << int(Qt::AscendingOrder) << "alice.chen";
    QTest::newRow("status desc: disabled first")
        << int(MemberTableModel::StatusColumn) << int(Qt::DescendingOrder) << "emily.ng";
    QTest::newRow("department") << int(MemberTableModel::DepartmentColumn)
                                << int(Qt::AscendingOrder) << "chao.wang";
}

void TestMemberTableModel::sortColumns()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, first);
    m_model->sort(column, Qt::SortOrder(order));
    QCOMPARE(m_model->index(0, 0).data(MemberTableModel::UserNameRole).toString(), first);
}

void TestMemberTableModel::namesSortByPinyin_data()
{
    QTest::addColumn<QStringList>("names"); // in the order an administrator expects
    // Code point order would give 张 李 王 阿 陈 (U+5F20, U+674E, U+738B, U+963F, U+9648).
    QTest::newRow("surnames") << QStringList{u"阿明"_qs, u"陈静"_qs, u"李娜"_qs,
                                             u"王芳"_qs, u"张伟"_qs, u"周丹"_qs};
    QTest::newRow("same surname, given name decides")
        << QStringList{u"王安"_qs, u"王博"_qs, u"王超"_qs, u"王芳"_qs, u"王静"_qs};
    QTest::newRow("Latin: case only breaks ties, numbers by value")
        << QStringList{u"alice"_qs, u"Alice"_qs, u"Bob"_qs, u"Team 2"_qs, u"Team 10"_qs, u"zoe"_qs};
    QTest::newRow("Han before Latin") << QStringList{u"陈静"_qs, u"张伟"_qs, u"Alice"_qs};
}

void TestMemberTableModel::namesSortByPinyin()
{
    QFETCH(QStringList, names);
    OrgSnapshot::Builder b;
    b.addDepartment({QStringLiteral("D0"), QStringLiteral("总部"), {}, 1});
    // Added in reverse, under user names whose order is the reverse too: only the names'
    // collation can put them right.
    for (qsizetype i = names.size() - 1; i >= 0; --i)
        b.addMember({QStringLiteral("u%1").arg(names.size() - i),
                     names[i],
                     {},
                     {},
                     QStringLiteral("D0"),
                     false,
                     true,
                     1});
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(b.finish());
    model.sort(MemberTableModel::NameColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.index(r, MemberTableModel::NameColumn).data().toString();
    QCOMPARE(shown, names);
    model.sort(MemberTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, MemberTableModel::NameColumn).data().toString(), names.last());
}

// Typing a search is a layout change, not a reset: a member still shown keeps its persistent
// index (the view's selection follows it), one filtered out loses it.
void TestMemberTableModel::searchKeepsWhatStillShows()
{
    const QPersistentModelIndex wang(
        m_model->index(m_model->rowOf(QStringLiteral("chao.wang")), 1));
    const QPersistentModelIndex li(m_model->index(m_model->rowOf(QStringLiteral("bo.li")), 0));
    QVERIFY(wang.isValid() && li.isValid());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSearchText(QStringLiteral("wang"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(wang.isValid());
    QCOMPARE(wang.row(), 0);
    QCOMPARE(wang.column(), 1);
    QCOMPARE(wang.data(MemberTableModel::UserNameRole).toString(), QStringLiteral("chao.wang"));
    QVERIFY(!li.isValid());
    m_model->setSearchText({});
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(wang.data(MemberTableModel::UserNameRole).toString(), QStringLiteral("chao.wang"));
}

void TestMemberTableModel::newSnapshotKeepsDepartmentFilter()
{
    m_model->setDepartmentFilter(m_model->snapshot()->departmentIndex(QStringLiteral("D3")));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setSnapshot(makeSnapshot(3));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->totalMembers(), 8);
}

void TestMemberTableModel::emptyModel()
{
    MemberTableModel empty;
    QAbstractItemModelTester tester(&empty, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(empty.rowCount(), 0);
    empty.setSearchText(QStringLiteral("x"));
    empty.sort(0);
    QCOMPARE(empty.rowOf(QStringLiteral("x")), -1);
    QCOMPARE(empty.headerData(MemberTableModel::EmailColumn, Qt::Horizontal).toString(),
             QStringLiteral("Email"));
}

QTEST_MAIN(TestMemberTableModel)
#include "tst_member_table_model.moc"
