// The authorisation editor offscreen over a real AppsService and sandbox, with the
// organisation read from the same sandbox (OrgDirectoryAdapter over an OrgSnapshot, as the
// console hands it): its two models pass QAbstractItemModelTester from before their first fill;
// ticking a department previews exactly the members a brute-force count over the server's
// data says will gain a seat; unticking a member granted by hand previews the loss; the
// change goes through the confirmation and the batch window as one operation, revokes first,
// and the server's seats and the audit journal show it; a grant needing more seats than are
// free cannot be sent; the search narrows the members as the member table's does.
#include "apps/client/apps_service.h"
#include "apps/client/authorisation_draft.h"
#include "console/org_directory_adapter.h"
#include "models/apps/app_table_model.h"
#include "models/apps/authorisation_member_model.h"
#include "models/apps/authorisation_tree_model.h"
#include "org/org_json.h"
#include "sandbox/sandbox_caller.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"
#include "ui/apps/apps_page.h"
#include "ui/apps/authorisation_editor.h"
#include "ui/shell/batch_operation_dialog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

namespace {
constexpr int kWaitMs = 30'000;
const QString kAdmin = QStringLiteral("admin");
} // namespace

class TestAuthorisationEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tickingPreviewsAndSends();
    void moreThanTheFreeSeatsCannotBeSent();
    void searchNarrowsTheMembers();
    void movingAGrantUpNeedsItsSeatsAgain();
    void pageGoesWithItsEditorOpen();

private:
    std::unique_ptr<AuthorisationEditor> openEditor(const QString &appId);
    QHash<QString, QJsonObject> serverSeats(const QString &appId);
    QJsonObject serverApp(const QString &appId);
    bool synced();
    void setSeatsBought(const QString &appId, int bought);

    SandboxHost m_host;
    SandboxCaller m_api;
    QThread m_thread;
    QTemporaryDir m_dir;
    AppsService *m_service = nullptr;
    AppsSnapshotPtr m_snapshot;
    OrgSnapshotPtr m_org;
    std::shared_ptr<const OrgDirectory> m_directory;
    QList<QJsonObject> m_members; // as the server lists them
};

void TestAuthorisationEditor::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 500;
    o.seed.departments = 25;
    o.apps = 8;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_api.setServer(m_host.url());
    QCOMPARE(m_api.signIn(kAdmin, QStringLiteral("zhang.min")), QString());
    // The organisation as the console would hold it.
    OrgSnapshot::Builder builder;
    const QList<QJsonObject> depts =
        m_api.listAll(kAdmin, QStringLiteral("/api/v1/org/departments"));
    for (const QJsonObject &d : depts) {
        const auto dept = OrgJson::departmentFromJson(d, QStringLiteral("department"), &error);
        QVERIFY2(dept, qPrintable(error));
        builder.addDepartment(*dept);
    }
    m_members = m_api.listAll(kAdmin, QStringLiteral("/api/v1/org/members"));
    for (const QJsonObject &m : m_members) {
        const auto member = OrgJson::memberFromJson(m, QStringLiteral("member"), &error);
        QVERIFY2(member, qPrintable(error));
        builder.addMember(*member);
    }
    m_org = builder.finish();
    QCOMPARE(m_org->memberCount(), 500);
    m_directory = std::make_shared<OrgDirectoryAdapter>(m_org);

    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("zhang.min"), &signedIn), QString());
    AppsServiceConfig c;
    c.server = m_host.url();
    c.dataDir = m_dir.filePath(QStringLiteral("account"));
    c.actor = QStringLiteral("zhang.min@test");
    c.endpoints = signedIn.endpoints;
    c.tokens = signedIn.tokens;
    m_service = new AppsService(c);
    connect(m_service, &AppsService::snapshotReady, this,
            [this](const AppsSnapshotPtr &s) { m_snapshot = s; });
    m_service->moveToThread(&m_thread);
    m_thread.start();
    // Queued spies: the service answers on its own thread, maybe before a wait() would begin.
    QueuedSpy opened(m_service, &AppsService::opened);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, kWaitMs);
    QVERIFY(synced());
}

void TestAuthorisationEditor::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool TestAuthorisationEditor::synced()
{
    QueuedSpy done(m_service, &AppsService::syncFinished);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
    if (!done.waitFor(1, kWaitMs) || !done.at(0).at(0).toBool())
        return false;
    return QTest::qWaitFor([this] { return m_snapshot != nullptr; }, kWaitMs);
}

QHash<QString, QJsonObject> TestAuthorisationEditor::serverSeats(const QString &appId)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonObject &s :
         m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps/%1/seats").arg(appId)))
        out.insert(s.value(u"userName").toString(), s);
    return out;
}

QJsonObject TestAuthorisationEditor::serverApp(const QString &appId)
{
    return m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps/") + appId)
        .json.value(u"app")
        .toObject();
}

std::unique_ptr<AuthorisationEditor> TestAuthorisationEditor::openEditor(const QString &appId)
{
    auto editor = std::make_unique<AuthorisationEditor>(m_service, m_snapshot, appId, m_directory);
    return editor;
}

void TestAuthorisationEditor::tickingPreviewsAndSends()
{
    // The grantable app with the most free seats; a member granted by hand (granted here
    // through the API when the seed has none), then a department nothing covers yet.
    const PurchasedApp *app = nullptr;
    for (const PurchasedApp &a : m_snapshot->apps)
        if (a.agreementAccepted && (a.loginType != u"per-tenant" || a.loginDomainSet) &&
            (!app || a.seatsFree > app->seatsFree))
            app = &a;
    QVERIFY(app && app->seatsFree > 1);
    const QString appId = app->appId;
    QHash<QString, QJsonObject> seats = serverSeats(appId);
    QString byHand;
    for (int m = 0; m < m_org->memberCount() && byHand.isEmpty(); ++m) {
        const QString u = m_org->text(m, OrgSnapshot::UserName);
        if (m_org->memberEnabled(m) && !seats.contains(u))
            byHand = u;
    }
    QVERIFY(!byHand.isEmpty());
    QCOMPARE(m_api
                 .call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/grant").arg(appId),
                       QJsonObject{{QStringLiteral("userNames"), QJsonArray{byHand}}})
                 .json.value(u"resultCode")
                 .toString(),
             QStringLiteral("000000"));
    QVERIFY(synced());
    seats = serverSeats(appId);
    QCOMPARE(seats.value(byHand).value(u"source").toString(), QStringLiteral("manual"));
    QSet<QString> excluded;
    for (const AppGrant &g : m_snapshot->grants.value(appId))
        if (g.kind == AppGrant::Kind::Exclusion)
            excluded.insert(g.id);
    const int free = m_snapshot->app(appId)->seatsFree;

    auto editor = openEditor(appId);
    QAbstractItemModelTester treeTester(editor->treeModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester memberTester(editor->memberModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(editor.get(), &AuthorisationEditor::ready);
    editor->show();
    QVERIFY(ready.wait(kWaitMs));
    QCOMPARE(editor->memberModel()->rowCount(), 500);
    QVERIFY(!editor->sendButton()->isEnabled()); // nothing changed yet

    // The department with the fewest members to seat (at least one, within the free seats),
    // counted by brute force over the server's members and seats.
    QString deptCode;
    int expectedGain = 0;
    for (int d = 0; d < m_org->departmentCount(); ++d) {
        if (editor->draft()->departmentCoveredBy(d) >= 0 ||
            m_org->inSubtree(m_org->memberIndex(byHand), d))
            continue;
        int gain = 0;
        for (int m = 0; m < m_org->memberCount(); ++m) {
            const QString u = m_org->text(m, OrgSnapshot::UserName);
            gain += m_org->inSubtree(m, d) && m_org->memberEnabled(m) && !seats.contains(u) &&
                    !excluded.contains(u);
        }
        if (gain > 0 && gain < free && (deptCode.isEmpty() || gain < expectedGain)) {
            deptCode = m_org->department(d).orgCode;
            expectedGain = gain;
        }
    }
    QVERIFY2(!deptCode.isEmpty(), "no department to grant within the free seats");

    // Tick the department as a click would.
    const QModelIndex dept = editor->treeModel()->departmentIndex(m_org->departmentIndex(deptCode));
    QCOMPARE(dept.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(editor->treeModel()->setData(dept, Qt::Checked, Qt::CheckStateRole));
    AuthorisationDraft::Preview p = editor->draft()->preview();
    QCOMPARE(int(p.gaining.size()), expectedGain);
    QVERIFY2(editor->previewLabel()->text().contains(
                 QStringLiteral("%1 member(s) gain access").arg(expectedGain)),
             qPrintable(editor->previewLabel()->text()));

    // Untick the member granted by hand, in the member table.
    const int memberRow = editor->memberModel()->rowOf(m_org->memberIndex(byHand));
    QVERIFY(memberRow >= 0);
    const QModelIndex member = editor->memberModel()->index(memberRow, 0);
    QCOMPARE(member.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(editor->memberModel()->setData(member, Qt::Unchecked, Qt::CheckStateRole));
    p = editor->draft()->preview();
    const bool stillCovered = editor->draft()->access(m_org->memberIndex(byHand)).granted();
    QCOMPARE(p.losing.contains(byHand), !stillCovered);
    QCOMPARE(p.revokes.size(), 1);
    QVERIFY(editor->sendButton()->isEnabled());

    // Send: the confirmation, then the batch window with one operation.
    editor->sendButton()->click();
    QMessageBox *confirm = editor->pendingConfirmation();
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("Gaining access (%1)").arg(expectedGain)),
             qPrintable(confirm->text()));
    confirm->findChild<QPushButton *>(QStringLiteral("confirmAuthorisation"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->batchWindow() && editor->batchWindow()->isFinished(), kWaitMs);
    const qint64 op = editor->batchWindow()->operationId();
    QVERIFY(op > 0);

    // The server: every member the preview named holds a seat, the member by hand has none
    // unless an automatic grant still covers them.
    const QHash<QString, QJsonObject> after = serverSeats(appId);
    for (const QString &u : p.gaining)
        QVERIFY2(after.value(u).value(u"seated").toBool(), qPrintable(u));
    QCOMPARE(after.contains(byHand), stillCovered);
    // The journal: the revoke and the grant, each under its own action.
    QStringList actions;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal-read"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("account/audit.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT action, target FROM entries WHERE op_id = ?"));
        q.addBindValue(op);
        QVERIFY(q.exec());
        while (q.next())
            actions << q.value(0).toString() + u' ' + q.value(1).toString().section(u'|', 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal-read"));
    QVERIFY2(actions.contains(u"apps.revoke member:" + byHand), qPrintable(actions.join(u';')));
    QVERIFY2(actions.contains(u"apps.grant department:" + deptCode),
             qPrintable(actions.join(u';')));
    editor->batchWindow()->close();
    QVERIFY(synced());
}

void TestAuthorisationEditor::moreThanTheFreeSeatsCannotBeSent()
{
    // Every top-level department of an app with few free seats: more than it has.
    const PurchasedApp *app = nullptr;
    for (const PurchasedApp &a : m_snapshot->apps)
        if (a.agreementAccepted && (a.loginType != u"per-tenant" || a.loginDomainSet) &&
            (!app || a.seatsFree < app->seatsFree))
            app = &a;
    QVERIFY(app);
    auto editor = openEditor(app->appId);
    QSignalSpy ready(editor.get(), &AuthorisationEditor::ready);
    editor->show();
    QVERIFY(ready.wait(kWaitMs));
    for (const int d : m_org->roots())
        editor->treeModel()->setData(editor->treeModel()->departmentIndex(d), Qt::Checked,
                                     Qt::CheckStateRole);
    for (int g = 0; g < editor->draft()->groupCount(); ++g)
        editor->treeModel()->setData(editor->treeModel()->groupIndex(g), Qt::Checked,
                                     Qt::CheckStateRole);
    const AuthorisationDraft::Preview p = editor->draft()->preview();
    QVERIFY2(p.shortOfSeats(), qPrintable(QString::number(p.freeAfter)));
    QVERIFY(!editor->sendButton()->isEnabled());
    QVERIFY2(editor->previewLabel()->text().contains(u"seat(s) more than will be free"),
             qPrintable(editor->previewLabel()->text()));
    // Nothing reached the server.
    QCOMPARE(serverApp(app->appId).value(u"seatsFree").toInt(), app->seatsFree);
    editor->draft()->revert(); // no "discard?" question when it closes
}

void TestAuthorisationEditor::searchNarrowsTheMembers()
{
    auto editor = openEditor(m_snapshot->apps.first().appId);
    QSignalSpy ready(editor.get(), &AuthorisationEditor::ready);
    editor->show();
    QVERIFY(ready.wait(kWaitMs));
    const QString needle = m_org->text(7, OrgSnapshot::UserName).left(5);
    std::vector<quint8> marks;
    m_org->markMatches(needle, marks);
    const int expected = int(std::count(marks.begin(), marks.end(), 1));
    QVERIFY(expected > 0 && expected < 500);
    editor->searchField()->setText(needle);
    QTRY_COMPARE_WITH_TIMEOUT(editor->memberModel()->rowCount(), expected, kWaitMs);
    for (int r = 0; r < expected; ++r)
        QVERIFY(marks[size_t(editor->memberModel()->memberAt(r))]);
    // A department narrows to its subtree.
    const int d = m_org->roots().front();
    editor->searchField()->clear();
    editor->treeView()->setCurrentIndex(editor->treeModel()->departmentIndex(d));
    QTRY_COMPARE_WITH_TIMEOUT(editor->memberModel()->rowCount(), m_org->department(d).totalMembers,
                              kWaitMs);
}

void TestAuthorisationEditor::setSeatsBought(const QString &appId, int bought)
{
    int status = 0;
    const QJsonObject answer = TestSupport::httpJson(
        m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/apps"))), "POST",
        {{QStringLiteral("seats"),
          QJsonObject{{QStringLiteral("tenant"), QStringLiteral("huadong-tech")},
                      {QStringLiteral("appId"), appId},
                      {QStringLiteral("bought"), bought}}}},
        &status);
    QVERIFY2(status == 200, qPrintable(answer.value(u"resultMsg").toString()));
}

// Revokes go first at the server: unticking a department and ticking the one above gives the
// department's seats back and asks for them again with the rest of the parent's members. With
// no seat free the preview says so and nothing can be sent; the server, asked the same two
// requests, refuses the grant for want of seats.
void TestAuthorisationEditor::movingAGrantUpNeedsItsSeatsAgain()
{
    // A department D below a parent P, neither covered, on a grantable app; D granted here.
    const PurchasedApp *app = nullptr;
    for (const PurchasedApp &a : m_snapshot->apps)
        if (a.agreementAccepted && (a.loginType != u"per-tenant" || a.loginDomainSet) &&
            a.enabled && (!app || a.seatsAssigned < app->seatsAssigned))
            app = &a;
    QVERIFY(app);
    const QString appId = app->appId;
    QHash<QString, QJsonObject> seats = serverSeats(appId);
    QSet<QString> granted;
    for (const AppGrant &g : m_snapshot->grants.value(appId))
        granted.insert(g.key());
    auto covered = [&](int d) {
        for (int x = d; x >= 0; x = m_org->department(x).parent)
            if (granted.contains(u"department:" + m_org->department(x).orgCode))
                return true;
        return false;
    };
    auto unseated = [&](int d, int except) {
        int n = 0;
        for (int m = 0; m < m_org->memberCount(); ++m)
            n += m_org->inSubtree(m, d) && (except < 0 || !m_org->inSubtree(m, except)) &&
                 m_org->memberEnabled(m) && !seats.contains(m_org->text(m, OrgSnapshot::UserName));
        return n;
    };
    int child = -1;
    for (int d = 0; d < m_org->departmentCount() && child < 0; ++d) {
        const int parent = m_org->department(d).parent;
        if (parent >= 0 && !covered(parent) && unseated(d, -1) > 0 && unseated(parent, d) > 0)
            child = d;
    }
    QVERIFY2(child >= 0, "no department with a parent to move a grant to");
    const int parent = m_org->department(child).parent;
    const QString childCode = m_org->department(child).orgCode;
    const QString parentCode = m_org->department(parent).orgCode;
    const int inChild = unseated(child, -1);
    const int inParentOnly = unseated(parent, child);
    const int assigned = serverApp(appId).value(u"seatsAssigned").toInt();
    setSeatsBought(appId, assigned + inChild); // exactly enough for the department
    QCOMPARE(m_api
                 .call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/grant").arg(appId),
                       QJsonObject{{QStringLiteral("departments"), QJsonArray{childCode}}})
                 .json.value(u"resultCode")
                 .toString(),
             QStringLiteral("000000"));
    QCOMPARE(serverApp(appId).value(u"seatsFree").toInt(), 0);
    QVERIFY(synced());

    auto editor = openEditor(appId);
    QSignalSpy ready(editor.get(), &AuthorisationEditor::ready);
    editor->show();
    QVERIFY(ready.wait(kWaitMs));
    QVERIFY(editor->treeModel()->setData(editor->treeModel()->departmentIndex(child), Qt::Unchecked,
                                         Qt::CheckStateRole));
    QVERIFY(editor->treeModel()->setData(editor->treeModel()->departmentIndex(parent), Qt::Checked,
                                         Qt::CheckStateRole));
    const AuthorisationDraft::Preview p = editor->draft()->preview();
    QCOMPARE(p.seatsReleased, inChild);
    QCOMPARE(p.seatedAgain, inChild);
    QCOMPARE(p.seatsNeeded, inChild + inParentOnly);
    QVERIFY(p.losing.isEmpty());
    QCOMPARE(p.freeAfter, -inParentOnly);
    QVERIFY(!editor->sendButton()->isEnabled());
    editor->draft()->revert();

    // The server, asked the same: the revoke goes through, the grant is refused whole.
    QCOMPARE(m_api
                 .call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/revoke").arg(appId),
                       QJsonObject{{QStringLiteral("departments"), QJsonArray{childCode}}})
                 .json.value(u"resultCode")
                 .toString(),
             QStringLiteral("000000"));
    const RouteAnswer refused =
        m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/grant").arg(appId),
                   QJsonObject{{QStringLiteral("departments"), QJsonArray{parentCode}}});
    QCOMPARE(refused.code(), QStringLiteral("030004"));
    QCOMPARE(refused.json.value(u"seatsNeeded").toInt(), inChild + inParentOnly);
}

void TestAuthorisationEditor::pageGoesWithItsEditorOpen()
{
    // The window closes (the console quits) while the editor is open: the editor goes with the
    // Apps page, after the page's own members, and its end must not call back into the page.
    auto page = std::make_unique<AppsPage>(m_service);
    page->setDirectoryProvider([this] { return m_directory; });
    page->resize(1000, 600);
    page->show();
    page->requestSync();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, kWaitMs);
    QString appId;
    for (int r = 0; r < page->model()->rowCount() && appId.isEmpty(); ++r)
        if (page->model()->app(r).enabled)
            appId = page->model()->app(r).appId;
    QVERIFY(!appId.isEmpty());
    page->selectApp(appId);
    QTRY_VERIFY(page->authoriseAction()->isEnabled());
    page->authoriseAction()->trigger();
    QVERIFY(page->editor());
    QTRY_VERIFY(page->editor()->isVisible());
    QPointer<AuthorisationEditor> editor = page->editor();
    page.reset();
    QVERIFY(editor.isNull());
}

QTEST_MAIN(TestAuthorisationEditor)
#include "tst_authorisation_editor.moc"
