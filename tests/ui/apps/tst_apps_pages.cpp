// The Apps and License inventory pages offscreen over a real AppsService and sandbox: their
// models pass QAbstractItemModelTester from before their first fill to the end; switching an app
// off first shows who loses access (administrators counted from the organisation's data) and
// nothing changes until it is confirmed; the switch is undone with the Undo action; the inventory's
// reclaim list is the app's seats held by disabled and deleted members and never used; the chart
// draws two years of the app's seeded history; a reclaim goes through the batch window and
// the seats are gone at the server; a member's account may look but not change.
#include "apps/client/apps_service.h"
#include "models/apps/app_table_model.h"
#include "models/apps/inventory_model.h"
#include "models/apps/reclaim_list_model.h"
#include "models/common/operation_results_model.h"
#include "sandbox/sandbox_caller.h"
#include "storage/outbox.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"
#include "ui/apps/apps_page.h"
#include "ui/apps/inventory_page.h"
#include "ui/apps/utilisation_chart.h"
#include "ui/shell/batch_operation_dialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
constexpr int kWaitMs = 30'000;
const QString kAdmin = QStringLiteral("admin");
const QDateTime kNow(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
} // namespace

class TestAppsPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTheTester();
    void switchOffShowsTheImpactFirst();
    void cancelledSwitchChangesNothing();
    void reclaimListAndChartOfTheChosenApp();
    void reclaimGoesThroughTheBatchWindow();
    void readOnlyTurnsChangesOff();
    void inventoryGoesWithItsReclaimWindowOpen(); // last: it destroys the inventory page

private:
    QList<QJsonObject> serverSeats(const QString &appId)
    {
        return m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps/%1/seats").arg(appId));
    }
    bool serverEnabled(const QString &appId)
    {
        return m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps/") + appId)
            .json.value(u"app")
            .toObject()
            .value(u"enabled")
            .toBool();
    }
    // An enabled app that someone can use now, by name order.
    QString enabledAppWithUsers();
    bool synced();
    // Reclaims the app's seats as a person would: chosen, Reclaim, confirmed; the batch window
    // is then open.
    // `users` gets the reclaim list as it stood before the command.
    void startReclaim(const QString &appId, QStringList *users = nullptr);

    SandboxHost m_host;
    SandboxCaller m_api;
    QSet<QString> m_admins;
    QThread m_thread;
    QTemporaryDir m_dir;
    AppsService *m_service = nullptr;
    std::unique_ptr<AppsPage> m_apps;
    std::unique_ptr<InventoryPage> m_inventory;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestAppsPages::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 500;
    o.seed.departments = 25;
    o.apps = 8;
    o.today = kNow.date();
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_api.setServer(m_host.url());
    QCOMPARE(m_api.signIn(kAdmin, QStringLiteral("zhang.min")), QString());
    for (const QJsonObject &m : m_api.listAll(kAdmin, QStringLiteral("/api/v1/org/members")))
        if (m.value(u"role").toString() == u"admin")
            m_admins.insert(m.value(u"userName").toString());
    QVERIFY(!m_admins.isEmpty());
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("zhang.min"), &signedIn), QString());
    AppsServiceConfig c;
    c.server = m_host.url();
    c.dataDir = m_dir.filePath(QStringLiteral("account"));
    c.actor = QStringLiteral("zhang.min@test");
    c.endpoints = signedIn.endpoints;
    c.tokens = signedIn.tokens;
    m_service = new AppsService(c);
    m_service->setClock([] { return kNow; });
    m_service->moveToThread(&m_thread);
    m_thread.start();
    m_apps = std::make_unique<AppsPage>(m_service);
    m_apps->setAdministratorCheck([this](const QString &u) { return m_admins.contains(u); });
    m_inventory = std::make_unique<InventoryPage>(m_service);
    // Watching from the start: the first fill, every reset and change after it.
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_apps->model(), m_inventory->model(), m_inventory->reclaimModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_apps->resize(1200, 700);
    m_inventory->resize(1200, 700);
    m_apps->show();
    m_inventory->show();
    // Queued spies: the service answers on its own thread, maybe before a wait() would begin.
    QueuedSpy opened(m_service, &AppsService::opened);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, kWaitMs);
    QVERIFY(synced());
}

void TestAppsPages::cleanupTestCase()
{
    m_testers.clear();
    m_apps.reset();
    m_inventory.reset();
    QMetaObject::invokeMethod(
        m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool TestAppsPages::synced()
{
    QueuedSpy done(m_service, &AppsService::syncFinished);
    m_apps->requestSync();
    return done.waitFor(1, kWaitMs) && done.last().first().toBool();
}

void TestAppsPages::startReclaim(const QString &appId, QStringList *users)
{
    m_inventory->selectApp(appId);
    QTRY_COMPARE_WITH_TIMEOUT(m_inventory->reclaimModel()->appId(), appId, kWaitMs);
    if (users)
        *users = m_inventory->reclaimModel()->userNames();
    QTRY_VERIFY(m_inventory->reclaimAction()->isEnabled());
    m_inventory->reclaimAction()->trigger();
    QTRY_VERIFY(m_inventory->pendingConfirmation());
    m_inventory->pendingConfirmation()
        ->findChild<QPushButton *>(QStringLiteral("confirmReclaim"))
        ->click();
    QTRY_VERIFY(m_inventory->operationDialog());
}

QString TestAppsPages::enabledAppWithUsers()
{
    AppTableModel *m = m_apps->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->app(r).enabled && m->app(r).seatsAssigned > 20)
            return m->app(r).appId;
    return {};
}

void TestAppsPages::modelsPassTheTester()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_apps->model()->rowCount() == 8, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory->model()->rowCount() == 8, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_inventory->reclaimModel()->rowCount() > 0, kWaitMs);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_apps->model(), m_inventory->model(), m_inventory->reclaimModel()}) {
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole),
                                 int(Qt::UserRole) + 1})
                    model->index(r, c).data(role);
    }
    // The switch column says the state; a switched-off app is listed too.
    int off = 0;
    for (int r = 0; r < m_apps->model()->rowCount(); ++r)
        off += !m_apps->model()->app(r).enabled;
    QVERIFY(off > 0);
}

void TestAppsPages::switchOffShowsTheImpactFirst()
{
    const QString appId = enabledAppWithUsers();
    QVERIFY(!appId.isEmpty());
    // What the confirmation must say, counted from the server's own seats.
    int losing = 0, admins = 0;
    for (const QJsonObject &s : serverSeats(appId))
        if (s.value(u"seated").toBool() && s.value(u"memberState").toString() == u"enabled") {
            ++losing;
            admins += m_admins.contains(s.value(u"userName").toString());
        }
    QVERIFY(losing > 0);
    QVERIFY2(admins > 0, "the seed gives this app no administrator: the count is not checked");
    m_apps->selectApp(appId);
    QVERIFY(m_apps->switchOffAction()->isEnabled());
    QVERIFY(!m_apps->switchOnAction()->isEnabled());
    m_apps->switchOffAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_apps->pendingConfirmation(), kWaitMs);
    QMessageBox *box = m_apps->pendingConfirmation();
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("%1 member").arg(losing)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("including %1 administrator").arg(admins)),
             qPrintable(text));
    // Nothing is sent before the answer.
    QVERIFY(serverEnabled(appId));
    box->findChild<QPushButton *>(QStringLiteral("confirmSwitchOff"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!serverEnabled(appId), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_apps->model()->app(m_apps->model()->rowOf(appId)).enabled, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_apps->undoAction()->isEnabled(), kWaitMs);
    m_apps->undoAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(serverEnabled(appId), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_apps->model()->app(m_apps->model()->rowOf(appId)).enabled, kWaitMs);
    QVERIFY(!m_apps->undoAction()->isEnabled());
}

void TestAppsPages::cancelledSwitchChangesNothing()
{
    const QString appId = enabledAppWithUsers();
    m_apps->selectApp(appId);
    m_apps->switchOffAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_apps->pendingConfirmation(), kWaitMs);
    const auto operations = [this] {
        qsizetype n = 0;
        QMetaObject::invokeMethod(
            m_service, [&] { n = m_service->outbox()->operations().size(); },
            Qt::BlockingQueuedConnection);
        return n;
    };
    const qsizetype before = operations();
    m_apps->pendingConfirmation()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_apps->pendingConfirmation());
    // Anything the page had sent would be in the outbox once the service's thread has run
    // what was queued before this call.
    QCOMPARE(operations(), before);
    QVERIFY(serverEnabled(appId));
    QVERIFY(m_apps->model()->app(m_apps->model()->rowOf(appId)).enabled);
}

void TestAppsPages::reclaimListAndChartOfTheChosenApp()
{
    InventoryModel *m = m_inventory->model();
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() == 8, kWaitMs);
    for (int r = 0; r < m->rowCount(); ++r) {
        const InventoryRow row = m->row(r);
        m_inventory->selectApp(row.appId);
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory->reclaimModel()->appId(), row.appId, kWaitMs);
        QCOMPARE(m_inventory->reclaimModel()->rowCount(), row.reclaimable);
        // The same list from the server's seats.
        QSet<QString> expected;
        for (const QJsonObject &s : serverSeats(row.appId)) {
            if (!s.value(u"seated").toBool())
                continue;
            const QString state = s.value(u"memberState").toString();
            const QDateTime granted =
                QDateTime::fromString(s.value(u"grantedAt").toString(), Qt::ISODateWithMs);
            if (state != u"enabled" ||
                (s.value(u"lastUsedAt").isNull() && granted.addDays(14) <= kNow))
                expected.insert(s.value(u"userName").toString());
        }
        const QStringList listed = m_inventory->reclaimModel()->userNames();
        QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), expected);
    }
    // Two years of the last app's history in the chart, ending on the sandbox's today.
    QTRY_COMPARE_WITH_TIMEOUT(m_inventory->chart()->assignedSeries()->count(), 730, kWaitMs);
    QVERIFY(!m_inventory->forecastLabel()->text().isEmpty());
}

void TestAppsPages::reclaimGoesThroughTheBatchWindow()
{
    InventoryModel *m = m_inventory->model();
    QString appId;
    for (int r = 0; r < m->rowCount() && appId.isEmpty(); ++r)
        if (m->row(r).reclaimable > 0 && m->row(r).reclaimable <= 200)
            appId = m->row(r).appId;
    QVERIFY(!appId.isEmpty());
    QStringList users;
    startReclaim(appId, &users);
    if (QTest::currentTestFailed())
        return;
    BatchOperationDialog *dialog = m_inventory->operationDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished() && dialog->results()->rowCount() > 0, kWaitMs);
    QCOMPARE(dialog->results()->rowCount(), int(users.size()));
    QCOMPARE(dialog->results()->failedCount(), 0);
    QSet<QString> stillSeated;
    for (const QJsonObject &s : serverSeats(appId))
        if (s.value(u"seated").toBool())
            stillSeated.insert(s.value(u"userName").toString());
    for (const QString &u : users)
        QVERIFY2(!stillSeated.contains(u), qPrintable(u));
    dialog->close();
    // The sync after the change brings the inventory down to nothing left to reclaim.
    QTRY_VERIFY_WITH_TIMEOUT(m->row(m->rowOf(appId)).reclaimable == 0, kWaitMs);
}

void TestAppsPages::readOnlyTurnsChangesOff()
{
    m_apps->setReadOnly(true, QStringLiteral("Only administrators can make changes."));
    m_inventory->setReadOnly(true, QStringLiteral("Only administrators can make changes."));
    for (QAction *a : {m_apps->switchOnAction(), m_apps->switchOffAction(),
                       m_apps->agreementAction(), m_inventory->reclaimAction()}) {
        QVERIFY(!a->isEnabled());
        QCOMPARE(a->toolTip(), QStringLiteral("Only administrators can make changes."));
    }
    m_apps->setReadOnly(false, {});
    m_inventory->setReadOnly(false, {});
}

void TestAppsPages::inventoryGoesWithItsReclaimWindowOpen()
{
    // The window closes (the console quits) while a reclaim window is open: it goes with the
    // page, after the page's own members, and its end must not call back into the page.
    m_testers.clear(); // they watch the models that go with the page
    InventoryModel *m = m_inventory->model();
    QString appId;
    for (int r = 0; r < m->rowCount() && appId.isEmpty(); ++r)
        if (m->row(r).reclaimable > 0)
            appId = m->row(r).appId;
    QVERIFY2(!appId.isEmpty(), "no app left with seats to reclaim");
    startReclaim(appId);
    if (QTest::currentTestFailed())
        return;
    QPointer<BatchOperationDialog> dialog = m_inventory->operationDialog();
    m_inventory.reset();
    QVERIFY(dialog.isNull());
}

QTEST_MAIN(TestAppsPages)
#include "tst_apps_pages.moc"
