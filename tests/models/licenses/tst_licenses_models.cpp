// The licenses domain's models over hand-made snapshots, each watched by
// QAbstractItemModelTester from before its first fill: orders keep their rows when only values
// change and the filter proxy lets through a product type and a status of the order or its
// instance; a License's validity at a fixed now; image subscriptions flagged at 30, 7 and 1
// days before their end, ended ones billing on demand while their ECS still runs on them, and
// none while auto-renew is on.
#include "models/licenses/image_table_model.h"
#include "models/licenses/license_table_model.h"
#include "models/licenses/order_filter_proxy.h"
#include "models/licenses/order_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
const QDateTime kNow(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);

Order order(const QString &id, const QString &type, const QString &instanceStatus)
{
    Order o;
    o.orderId = id;
    o.productType = type;
    o.productName = QStringLiteral("Product ") + id;
    o.status = QStringLiteral("paid");
    o.amount = QStringLiteral("100.00");
    o.currency = QStringLiteral("CNY");
    o.instance.instanceId = QStringLiteral("ins-") + id;
    o.instance.status = instanceStatus;
    o.instance.periodEnd = kNow.addDays(100);
    if (type == u"license")
        o.license = LicenseQuota{QStringLiteral("CHARACTERS"), 5, 2};
    return o;
}

ImageSubscriptionRecord image(const QString &id, const QDateTime &end, bool autoRenew, bool inUse)
{
    ImageSubscriptionRecord i;
    i.subscriptionId = id;
    i.imageName = QStringLiteral("Image ") + id;
    i.ecsInstanceId = QStringLiteral("ecs-") + id;
    i.ecsName = QStringLiteral("ecs-name-") + id;
    i.periodEnd = end;
    i.autoRenew = autoRenew;
    i.inUse = inUse;
    i.billing = end <= kNow ? (inUse ? QStringLiteral("on-demand") : QStringLiteral("none"))
                            : QStringLiteral("prepaid");
    i.onDemandHourlyPrice = QStringLiteral("0.31");
    i.currency = QStringLiteral("CNY");
    return i;
}

std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void touchEveryCell(const QAbstractItemModel *m)
{
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::BackgroundRole),
                             int(Qt::ForegroundRole), int(Qt::UserRole), int(Qt::UserRole) + 1})
                m->index(r, c).data(role);
}
} // namespace

class TestLicensesModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordersKeepRowsWhenValuesChange();
    void ordersFilter_data();
    void ordersFilter();
    void licenseValidity();
    void imageFlags_data();
    void imageFlags();
};

void TestLicensesModels::ordersKeepRowsWhenValuesChange()
{
    OrderTableModel model;
    const auto tester = watch(&model);
    auto snapshot = std::make_shared<LicensesSnapshot>();
    snapshot->orders = {
        order(QStringLiteral("A"), QStringLiteral("saas"), QStringLiteral("normal")),
        order(QStringLiteral("B"), QStringLiteral("license"), QStringLiteral("normal"))};
    model.setSnapshot(snapshot);
    QCOMPARE(model.rowCount(), 2);
    touchEveryCell(&model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto next = std::make_shared<LicensesSnapshot>(*snapshot);
    next->orders[1].license->issued = 3;
    model.setSnapshot(next);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, OrderTableModel::QuotaColumn).data().toString(),
             QStringLiteral("3 of 5 issued"));
    next = std::make_shared<LicensesSnapshot>();
    model.setSnapshot(next);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestLicensesModels::ordersFilter_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << QString() << QString() << QStringList{"A", "B", "C", "D"};
    QTest::newRow("License products") << "license" << QString() << QStringList{"B", "C"};
    QTest::newRow("images") << "image" << QString() << QStringList{"D"};
    QTest::newRow("instance frozen") << QString() << "frozen" << QStringList{"C"};
    QTest::newRow("order paid") << QString() << "paid" << QStringList{"A", "B", "C", "D"};
    QTest::newRow("License, in service") << "license"
                                         << "normal" << QStringList{"B"};
    QTest::newRow("SaaS, expired") << "saas"
                                   << "expired" << QStringList{};
}

void TestLicensesModels::ordersFilter()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QStringList, expected);
    OrderTableModel model;
    OrderFilterProxy proxy;
    proxy.setSourceModel(&model);
    const auto tester = watch(&proxy);
    auto snapshot = std::make_shared<LicensesSnapshot>();
    snapshot->orders = {
        order(QStringLiteral("A"), QStringLiteral("saas"), QStringLiteral("normal")),
        order(QStringLiteral("B"), QStringLiteral("license"), QStringLiteral("normal")),
        order(QStringLiteral("C"), QStringLiteral("license"), QStringLiteral("frozen")),
        order(QStringLiteral("D"), QStringLiteral("image"), QStringLiteral("expired"))};
    model.setSnapshot(snapshot);
    proxy.setOrderFilter({type, status});
    proxy.sort(OrderTableModel::OrderColumn);
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown << proxy.index(r, 0).data(OrderTableModel::IdRole).toString();
    QCOMPARE(shown, expected);
    // A frozen License product says why it issues no License.
    if (expected.contains(QStringLiteral("C")))
        QVERIFY(OrderTableModel::applyBlocker(snapshot->orders.at(2)).contains(u"period"));
}

void TestLicensesModels::licenseValidity()
{
    LicenseTableModel model;
    const auto tester = watch(&model);
    auto snapshot = std::make_shared<LicensesSnapshot>();
    snapshot->orders = {
        order(QStringLiteral("B"), QStringLiteral("license"), QStringLiteral("normal"))};
    IssuedLicense valid;
    valid.licenseId = QStringLiteral("lic-1");
    valid.orderId = QStringLiteral("B");
    valid.characters = QStringLiteral("MDLIC1.secret");
    valid.effectiveTime = kNow.addDays(-1);
    valid.expireTime = kNow.addDays(10);
    IssuedLicense expired = valid;
    expired.licenseId = QStringLiteral("lic-2");
    expired.expireTime = kNow.addDays(-2);
    snapshot->licenses = {valid, expired};
    model.setSnapshot(snapshot, kNow);
    touchEveryCell(&model);
    QCOMPARE(model.index(0, LicenseTableModel::ProductColumn).data().toString(),
             QStringLiteral("Product B"));
    QCOMPARE(model.index(0, LicenseTableModel::StateColumn).data().toString(),
             QStringLiteral("Valid, 10 day(s) left"));
    QVERIFY(
        model.index(1, LicenseTableModel::StateColumn).data().toString().startsWith(u"Expired on"));
    // The characters are the License itself: never a column.
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.index(0, c).data().toString().contains(u"MDLIC1"));
}

void TestLicensesModels::imageFlags_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("autoRenew");
    QTest::addColumn<bool>("inUse");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("consequence"); // a part of it
    QTest::newRow("300 days") << 300 << false << true << QString() << "billed on demand";
    QTest::newRow("31 days") << 31 << false << true << QString() << "billed on demand";
    QTest::newRow("30 days") << 30 << false << true << "Ends within 30 days"
                             << "hourly";
    QTest::newRow("8 days") << 8 << false << true << "Ends within 30 days"
                            << "account balance";
    QTest::newRow("7 days") << 7 << false << true << "Ends within 7 days"
                            << "billed on demand";
    QTest::newRow("2 days") << 2 << false << true << "Ends within 7 days"
                            << "hourly";
    QTest::newRow("1 day") << 1 << false << true << "Ends within a day"
                           << "billed on demand";
    QTest::newRow("1 day, auto-renew") << 1 << true << true << QString() << "Renews by itself";
    QTest::newRow("ended, in use") << -4 << false << true << "Ended — billing on demand"
                                   << "billed on demand (hourly, from the account balance)";
    QTest::newRow("ended, not in use") << -4 << false << false << "Ended"
                                       << "nothing is billed";
}

void TestLicensesModels::imageFlags()
{
    QFETCH(int, days);
    QFETCH(bool, autoRenew);
    QFETCH(bool, inUse);
    QFETCH(QString, flag);
    QFETCH(QString, consequence);
    ImageTableModel model;
    const auto tester = watch(&model);
    auto snapshot = std::make_shared<LicensesSnapshot>();
    // Ends at 16:00 UTC of that day (00:00 UTC+8 the next), as the sandbox sets them.
    const QDateTime end(kNow.date().addDays(days), QTime(16, 0), Qt::UTC);
    snapshot->images = {image(QStringLiteral("img-1"), end, autoRenew, inUse)};
    model.setSnapshot(snapshot, kNow);
    touchEveryCell(&model);
    QCOMPARE(model.index(0, ImageTableModel::FlagColumn).data().toString(), flag);
    const QString tip =
        model.index(0, ImageTableModel::FlagColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(consequence), qPrintable(tip));
    QCOMPARE(model.notice(0).billsOnDemand, days < 0 && inUse);
    QCOMPARE(model.index(0, ImageTableModel::FlagColumn).data(Qt::BackgroundRole).isValid(),
             !flag.isEmpty() && flag != u"Ended");
}

QTEST_MAIN(TestLicensesModels)
#include "tst_licenses_models.moc"
