// The seller's item models over a SellerSnapshot: each passes QAbstractItemModelTester through
// a snapshot change; keys say where they are bound; addresses name their keys and why they
// are not ready; credentials name their address; runs come newest first; a debugging run's
// checks change in place as they finish and filter by verdict and text.
#include "models/seller/debug_check_filter.h"
#include "models/seller/debug_check_model.h"
#include "models/seller/seller_address_model.h"
#include "models/seller/seller_credential_model.h"
#include "models/seller/seller_key_model.h"
#include "models/seller/seller_run_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
SellerSnapshotPtr snapshot()
{
    auto s = std::make_shared<SellerSnapshot>();
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-11-30T08:00:00Z"), Qt::ISODate);
    s->keys = {{QStringLiteral("key-a"), QStringLiteral("basic"), QStringLiteral("****a1b2"), t, 1},
               {QStringLiteral("key-b"), QStringLiteral("kit"), QStringLiteral("****c3d4"), t, 1},
               {QStringLiteral("key-c"), QStringLiteral("<b>spare</b>"), QStringLiteral("****e5f6"),
                t.addDays(1), 1}};
    ProductionAddress ready;
    ready.addressId = QStringLiteral("addr-1");
    ready.url = QStringLiteral("https://isv.example.com/isv/produce");
    ready.basicKeyId = QStringLiteral("key-a");
    ready.basicDebug = QStringLiteral("passed");
    ready.kitKeyId = QStringLiteral("key-b");
    ready.kitDebug = QStringLiteral("passed");
    ready.ready = true;
    ProductionAddress fresh;
    fresh.addressId = QStringLiteral("addr-2");
    fresh.url = QStringLiteral("https://isv2.example.com/isv/produce");
    fresh.basicKeyId = QStringLiteral("key-gone");
    fresh.basicDebug = QStringLiteral("untested");
    fresh.kitDebug = QStringLiteral("unbound");
    fresh.notReady = QStringLiteral("no debugging run passed");
    s->addresses = {ready, fresh};
    Credential c;
    c.appId = QStringLiteral("app-1");
    c.form.appName = QStringLiteral("云途协同办公");
    c.form.authMethod = QStringLiteral("OAuth2.0");
    c.form.addressId = QStringLiteral("addr-1");
    c.form.loginType = QStringLiteral("per-tenant");
    c.form.loginUrl = QStringLiteral("https://login.example.com/");
    c.listed = true;
    c.testAccount = TestAccount{QStringLiteral("t.example.com"), QStringLiteral("t-1"),
                                QStringLiteral("tester"), t};
    s->credentials = {c};
    for (int i = 0; i < 3; ++i)
        s->runs[QStringLiteral("addr-1")].append(
            {QStringLiteral("run-%1").arg(i), QStringLiteral("addr-1"), ready.url,
             QStringLiteral("basic"), QStringLiteral("key-a"),
             i == 2 ? QStringLiteral("failed") : QStringLiteral("passed"), 5, i == 2 ? 1 : 0,
             QStringLiteral("seed"), QStringLiteral("note %1").arg(i), t.addSecs(i * 60)});
    return s;
}

QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

DebugCheck check(const QString &id, DebugCheck::Verdict v, const QString &reason)
{
    DebugCheck c;
    c.id = id;
    c.title = id;
    c.rule = QStringLiteral("§6.1");
    c.verdict = v;
    c.reason = reason;
    return c;
}
} // namespace

class TestSellerModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysSayWhereTheyAreBound();
    void addressesNameTheirKeysAndState_data();
    void addressesNameTheirKeysAndState();
    void credentialsNameTheirAddress();
    void runsComeNewestFirst();
    void checksChangeInPlaceAndFilter_data();
    void checksChangeInPlaceAndFilter();
};

void TestSellerModels::keysSayWhereTheyAreBound()
{
    SellerKeyModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSnapshot(snapshot());
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.rowOf(QStringLiteral("key-b")), 1);
    QVERIFY(cell(m, 0, SellerKeyModel::BoundColumn).contains(QStringLiteral("(basic)")));
    QVERIFY(cell(m, 1, SellerKeyModel::BoundColumn).contains(QStringLiteral("(Kit)")));
    QCOMPARE(cell(m, 2, SellerKeyModel::BoundColumn), QStringLiteral("not bound"));
    QCOMPARE(cell(m, 0, SellerKeyModel::SecretColumn), QStringLiteral("****a1b2"));
    QCOMPARE(m.index(2, 0).data(SellerKeyModel::IdRole).toString(), QStringLiteral("key-c"));
    // A name that looks like HTML is a tooltip of those characters.
    QVERIFY(m.index(2, SellerKeyModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("&lt;b&gt;")));
    QCOMPARE(m.index(2, SellerKeyModel::CreatedColumn).data(SellerKeyModel::SortRole).typeId(),
             QMetaType::QDateTime);
    m.setSnapshot(nullptr);
    QCOMPARE(m.rowCount(), 0);
}

void TestSellerModels::addressesNameTheirKeysAndState_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("key by name and id")
        << 0 << int(SellerAddressModel::BasicKeyColumn) << QStringLiteral("basic (key-a)");
    QTest::newRow("a key not in the list by its id")
        << 1 << int(SellerAddressModel::BasicKeyColumn) << QStringLiteral("key-gone");
    QTest::newRow("no key") << 1 << int(SellerAddressModel::KitKeyColumn) << QStringLiteral("none");
    QTest::newRow("debugged") << 0 << int(SellerAddressModel::KitDebugColumn)
                              << QStringLiteral("passed");
    QTest::newRow("not debugged") << 1 << int(SellerAddressModel::BasicDebugColumn)
                                  << QStringLiteral("not debugged");
    QTest::newRow("ready") << 0 << int(SellerAddressModel::ReadyColumn) << QStringLiteral("ready");
    QTest::newRow("not ready, and why") << 1 << int(SellerAddressModel::ReadyColumn)
                                        << QStringLiteral("not ready: no debugging run passed");
}

void TestSellerModels::addressesNameTheirKeysAndState()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    SellerAddressModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSnapshot(snapshot());
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(cell(m, row, column), text);
}

void TestSellerModels::credentialsNameTheirAddress()
{
    SellerCredentialModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setSnapshot(snapshot());
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(cell(m, 0, SellerCredentialModel::AddressColumn),
             QStringLiteral("https://isv.example.com/isv/produce"));
    QCOMPARE(cell(m, 0, SellerCredentialModel::LoginTypeColumn),
             QStringLiteral("Domain per tenant"));
    QCOMPARE(cell(m, 0, SellerCredentialModel::ListedColumn), QStringLiteral("listed"));
    QCOMPARE(cell(m, 0, SellerCredentialModel::TestAccountColumn),
             QStringLiteral("tester at t.example.com"));
    QCOMPARE(m.rowOf(QStringLiteral("app-1")), 0);
    QCOMPARE(m.rowOf(QStringLiteral("app-2")), -1);
}

void TestSellerModels::runsComeNewestFirst()
{
    SellerRunModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.show(snapshot(), QStringLiteral("addr-1"));
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.run(0).runId, QStringLiteral("run-2"));
    QCOMPARE(cell(m, 0, SellerRunModel::VerdictColumn), QStringLiteral("Failed"));
    QCOMPARE(cell(m, 0, SellerRunModel::ChecksColumn), QStringLiteral("5 passed, 1 failed"));
    m.show(snapshot(), QStringLiteral("addr-2"));
    QCOMPARE(m.rowCount(), 0);
    m.show(snapshot(), {});
    QCOMPARE(m.rowCount(), 0);
}

void TestSellerModels::checksChangeInPlaceAndFilter_data()
{
    QTest::addColumn<int>("verdict"); // -1: any
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    const QStringList all{QStringLiteral("basic.newInstance"), QStringLiteral("security.nonce"),
                          QStringLiteral("kit.tenantSync")};
    QTest::newRow("everything") << -1 << QString() << all;
    QTest::newRow("failed") << int(DebugCheck::Verdict::Fail) << QString()
                            << QStringList{QStringLiteral("security.nonce")};
    QTest::newRow("passed") << int(DebugCheck::Verdict::Pass) << QString()
                            << QStringList{QStringLiteral("basic.newInstance")};
    QTest::newRow("text in the reason")
        << -1 << QStringLiteral("REPLAYED") << QStringList{QStringLiteral("security.nonce")};
    QTest::newRow("text in the id")
        << -1 << QStringLiteral("kit.") << QStringList{QStringLiteral("kit.tenantSync")};
    QTest::newRow("verdict and text that do not meet")
        << int(DebugCheck::Verdict::Pass) << QStringLiteral("replayed") << QStringList();
}

void TestSellerModels::checksChangeInPlaceAndFilter()
{
    QFETCH(int, verdict);
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    DebugCheckModel m;
    DebugCheckFilter filter;
    filter.setSourceModel(&m);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setChecks({check(QStringLiteral("basic.newInstance"), DebugCheck::Verdict::Pending, {}),
                 check(QStringLiteral("security.nonce"), DebugCheck::Verdict::Pending, {}),
                 check(QStringLiteral("kit.tenantSync"), DebugCheck::Verdict::Pending, {})});
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.updateCheck(0, check(QStringLiteral("basic.newInstance"), DebugCheck::Verdict::Pass,
                           QStringLiteral("answered 000000")));
    m.updateCheck(1, check(QStringLiteral("security.nonce"), DebugCheck::Verdict::Fail,
                           QStringLiteral("a replayed nonce was accepted")));
    m.updateCheck(2, check(QStringLiteral("kit.tenantSync"), DebugCheck::Verdict::Skipped,
                           QStringLiteral("no public key")));
    m.updateCheck(7, check(QStringLiteral("nowhere"), DebugCheck::Verdict::Pass, {})); // ignored
    QCOMPARE(changed.size(), 3);
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(cell(m, 1, DebugCheckModel::VerdictColumn),
             DebugCheck::verdictText(DebugCheck::Verdict::Fail));
    filter.setVerdict(verdict < 0
                          ? std::nullopt
                          : std::optional<DebugCheck::Verdict>(DebugCheck::Verdict(verdict)));
    filter.setText(text);
    QStringList ids;
    for (int r = 0; r < filter.rowCount(); ++r)
        ids << filter.index(r, DebugCheckModel::IdColumn).data().toString();
    QCOMPARE(ids, shown);
}

QTEST_MAIN(TestSellerModels)
#include "tst_seller_models.moc"
