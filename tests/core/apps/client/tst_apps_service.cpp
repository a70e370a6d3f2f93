// AppsService against the real sandbox, on a thread of its own as the console runs it: a sync
// reads every app, authorisation list, seat and group as the server lists them, and a second
// sync only what changed; grants, revokes and reclaims go through the outbox with a result per
// target, into the journal; a request refused whole fails every target with its reason; the
// switch goes off and back on (undo); an answer lost after the server applied a grant, then a
// restart, still grants each member exactly once.
#include "apps/client/apps_cache.h"
#include "apps/client/apps_service.h"
#include "sandbox/sandbox_caller.h"
#include "storage/audit_journal.h"
#include "storage/outbox.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
constexpr int kWaitMs = 30'000;
const QString kAdmin = QStringLiteral("admin");
} // namespace

class TestAppsService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void syncMatchesTheServer();
    void secondSyncReadsOnlyChanges();
    void grantHasAResultPerTarget();
    void authoriseRevokesFirstAndRetryKeepsKinds();
    void refusedWholeFailsEveryTarget_data();
    void refusedWholeFailsEveryTarget();
    void switchOffAndUndo();
    void lostAnswerAndRestartGrantOnce();
    void malformedListingLeavesTheCacheAsItWas();
    void expiredTokenListsEverythingAgain();
    void inventoryMatchesABruteForceCount();
    void exportsAreCsvWithABom();
    void withoutTheSharedSignInNothingOpens();

private:
    AppsService *startService(bool sync = true, bool freshFolder = true);
    void stopService();
    // Runs `call` on the service's thread and waits for its operation to finish.
    struct Finished
    {
        qint64 operationId = 0;
        int done = 0;
        int failed = 0;
        QString problem;
    };
    Finished runOperation(const std::function<void(AppsService *, quint64)> &call);
    bool syncNow();
    // Runs `f` on the service's thread (the cache and the outbox are used there only).
    template <typename F> auto onService(F f)
    {
        decltype(f()) out{};
        QMetaObject::invokeMethod(
            m_service, [&] { out = f(); }, Qt::BlockingQueuedConnection);
        return out;
    }
    QJsonObject grantable(int free);
    QList<QJsonObject> serverSeats(const QString &appId)
    {
        return m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps/%1/seats").arg(appId));
    }
    QStringList membersWithoutSeat(const QString &appId, bool enabled, int n);
    int executedTargets();

    SandboxHost m_host;
    SandboxCaller m_api;
    QList<QJsonObject> m_members;
    QThread m_thread;
    std::unique_ptr<QTemporaryDir> m_dir;
    AppsService *m_service = nullptr;
    std::unique_ptr<QueuedSpy> m_queued;
    std::unique_ptr<QueuedSpy> m_finished;
    SignInResult m_signIn;
};

void TestAppsService::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 600;
    o.seed.departments = 30;
    o.apps = 10;
    o.today = QDate(2026, 6, 30);
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_api.setServer(m_host.url());
    QCOMPARE(m_api.signIn(kAdmin, QStringLiteral("zhang.min")), QString());
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("zhang.min"), &m_signIn), QString());
    m_members = m_api.listAll(kAdmin, QStringLiteral("/api/v1/org/members"));
    m_thread.start();
}

void TestAppsService::cleanup()
{
    TestSupport::setFaults(m_host.url(), {});
    stopService();
    m_dir.reset();
}

void TestAppsService::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
}

void TestAppsService::stopService()
{
    if (m_service)
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_service = nullptr;
    m_queued.reset();
    m_finished.reset();
}

AppsService *TestAppsService::startService(bool sync, bool freshFolder)
{
    if (freshFolder || !m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    AppsServiceConfig c;
    c.server = m_host.url();
    c.dataDir = m_dir->filePath(QStringLiteral("account"));
    c.actor = QStringLiteral("zhang.min@test");
    c.endpoints = m_signIn.endpoints;
    c.tokens = m_signIn.tokens;
    m_service = new AppsService(c);
    m_service->setClock([] { return QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC); });
    m_service->moveToThread(&m_thread);
    m_queued = std::make_unique<QueuedSpy>(m_service, &AppsService::operationQueued);
    m_finished = std::make_unique<QueuedSpy>(m_service, &AppsService::operationFinished);
    QueuedSpy opened(m_service, &AppsService::opened);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    if (!opened.waitFor(1, kWaitMs) || !opened.last().first().toBool())
        return nullptr;
    if (sync && !syncNow())
        return nullptr;
    return m_service;
}

bool TestAppsService::syncNow()
{
    QueuedSpy synced(m_service, &AppsService::syncFinished);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->sync(); });
    if (!synced.waitFor(1, kWaitMs))
        return false;
    if (!synced.last().first().toBool())
        qWarning() << "sync failed:" << synced.last().at(1).toString();
    return synced.last().first().toBool();
}

TestAppsService::Finished
TestAppsService::runOperation(const std::function<void(AppsService *, quint64)> &call)
{
    const quint64 ticket = AppsService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, call, ticket] { call(s, ticket); });
    Finished f;
    const bool queued = QTest::qWaitFor(
        [&] {
            for (qsizetype i = 0; i < m_queued->count(); ++i)
                if (m_queued->at(i).at(0).toULongLong() == ticket) {
                    f.operationId = m_queued->at(i).at(1).toLongLong();
                    f.problem = m_queued->at(i).at(4).toString();
                    return true;
                }
            return false;
        },
        kWaitMs);
    if (!queued || f.operationId == 0)
        return f;
    if (!QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < m_finished->count(); ++i)
                    if (m_finished->at(i).at(0).toLongLong() == f.operationId) {
                        f.done = m_finished->at(i).at(1).toInt();
                        f.failed = m_finished->at(i).at(2).toInt();
                        return true;
                    }
                return false;
            },
            kWaitMs))
        f.problem = QStringLiteral("operation %1 did not finish").arg(f.operationId);
    return f;
}

QJsonObject TestAppsService::grantable(int free)
{
    QList<QJsonObject> apps = m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps"));
    std::sort(apps.begin(), apps.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"appId").toString() < b.value(u"appId").toString();
    });
    for (const QJsonObject &a : apps)
        if (a.value(u"agreementAccepted").toBool() && a.value(u"loginDomainSet").toBool() &&
            a.value(u"enabled").toBool() && a.value(u"seatsFree").toInt() >= free)
            return a;
    return {};
}

QStringList TestAppsService::membersWithoutSeat(const QString &appId, bool enabled, int n)
{
    QSet<QString> holding;
    for (const QJsonObject &s : serverSeats(appId))
        holding.insert(s.value(u"userName").toString());
    QStringList out;
    for (const QJsonObject &m : m_members)
        if (out.size() < n && m.value(u"enabled").toBool() == enabled &&
            !holding.contains(m.value(u"userName").toString()))
            out.append(m.value(u"userName").toString());
    return out;
}

int TestAppsService::executedTargets()
{
    return TestSupport::httpJson(m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/stats"))))
        .value(u"executedTargets")
        .toInt();
}

void TestAppsService::syncMatchesTheServer()
{
    QVERIFY(startService());
    const QList<QJsonObject> apps = m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps"));
    QCOMPARE(apps.size(), 10);
    const auto snapshot = onService([this] {
        QString error;
        return m_service->cache()->snapshot(&error);
    });
    QVERIFY(snapshot);
    QCOMPARE(snapshot->apps.size(), 10);
    QVERIFY(snapshot->syncedAt.isValid());
    for (const QJsonObject &a : apps) {
        const QString appId = a.value(u"appId").toString();
        const PurchasedApp *kept = snapshot->app(appId);
        QVERIFY2(kept, qPrintable(appId));
        QCOMPARE(kept->seatsAssigned, a.value(u"seatsAssigned").toInt());
        QCOMPARE(kept->enabled, a.value(u"enabled").toBool());
        QCOMPARE(kept->version, qint64(a.value(u"version").toDouble()));
        // Every seat and grant, as the server lists them.
        const QList<QJsonObject> seats = serverSeats(appId);
        const QList<AppSeat> cached = onService([&] {
            QString error;
            return m_service->cache()->seats(appId, &error);
        });
        QCOMPARE(cached.size(), seats.size());
        QSet<QString> serverNames, cachedNames;
        for (const QJsonObject &s : seats)
            serverNames.insert(s.value(u"userName").toString());
        for (const AppSeat &s : cached)
            cachedNames.insert(s.userName);
        QCOMPARE(cachedNames, serverNames);
        const QList<QJsonObject> grants =
            m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps/%1/grants").arg(appId));
        QCOMPARE(snapshot->grants.value(appId).size(), grants.size());
    }
    // Groups with their members (the editor shows who a group grant covers).
    const QList<QJsonObject> groups = m_api.listAll(kAdmin, QStringLiteral("/api/v1/groups"));
    QCOMPARE(snapshot->groups.size(), groups.size());
    QVERIFY(!groups.isEmpty());
    for (const AppGroup &g : snapshot->groups)
        QCOMPARE(g.userNames.size(), g.memberCount);
}

void TestAppsService::secondSyncReadsOnlyChanges()
{
    QVERIFY(startService());
    const QJsonObject app = grantable(1);
    QVERIFY(!app.isEmpty());
    const QString appId = app.value(u"appId").toString();
    // A change made elsewhere (the Buyer Center in a browser): one member granted by hand.
    const QString member = membersWithoutSeat(appId, true, 1).value(0);
    QVERIFY(!member.isEmpty());
    const RouteAnswer granted =
        m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/grant").arg(appId),
                   {{QStringLiteral("userNames"), QJsonArray{member}}});
    QCOMPARE(granted.status, 200);
    const int before =
        TestSupport::httpJson(m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/stats"))))
            .value(u"requests")
            .toInt();
    QVERIFY(syncNow());
    const QList<AppSeat> seats = onService([&] {
        QString error;
        return m_service->cache()->seats(appId, &error);
    });
    QVERIFY(std::any_of(seats.cbegin(), seats.cend(),
                        [&](const AppSeat &s) { return s.userName == member; }));
    const auto kept = onService([&] { return m_service->cache()->app(appId); });
    QVERIFY(kept);
    QCOMPARE(kept->seatsAssigned, app.value(u"seatsAssigned").toInt() + 1);
    // One listing per kind and app, each a single page since the token: nothing read twice.
    const int requests =
        TestSupport::httpJson(m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/stats"))))
            .value(u"requests")
            .toInt() -
        before;
    QVERIFY2(requests <= 2 + 2 * 10 + 1, qPrintable(QString::number(requests)));
    // And only what changed was read: the app, its seat and the member's grant (a full
    // listing would bring every app, grant and seat again).
    const int changes = onService([&] { return m_service->lastSyncChanges(); });
    QVERIFY2(changes >= 2 && changes <= 4, qPrintable(QString::number(changes)));
}

void TestAppsService::grantHasAResultPerTarget()
{
    QVERIFY(startService());
    const QJsonObject app = grantable(3);
    QVERIFY(!app.isEmpty());
    const QString appId = app.value(u"appId").toString();
    const QStringList enabled = membersWithoutSeat(appId, true, 2);
    const QStringList disabled = membersWithoutSeat(appId, false, 1);
    QCOMPARE(enabled.size(), 2);
    QCOMPARE(disabled.size(), 1);
    QList<AppsChange::Target> targets;
    for (const QString &u : enabled + disabled + QStringList{QStringLiteral("nobody.here")})
        targets.append({AppGrant::Kind::Member, u});
    const Finished f = runOperation(
        [appId, targets](AppsService *s, quint64 ticket) { s->grant(ticket, appId, targets); });
    QVERIFY2(f.operationId > 0, qPrintable(f.problem));
    QCOMPARE(f.done, 2);
    QCOMPARE(f.failed, 2);
    const QList<Outbox::Target> results =
        onService([&] { return m_service->outbox()->targets(f.operationId); });
    QHash<QString, QString> codes;
    for (const Outbox::Target &t : results)
        codes.insert(t.key.section(u':', 1), t.resultCode);
    QCOMPARE(codes.value(enabled.at(0)), QStringLiteral("000000"));
    QCOMPARE(codes.value(disabled.at(0)), QStringLiteral("030005"));
    QCOMPARE(codes.value(QStringLiteral("nobody.here")), QStringLiteral("010001"));
    // In the journal, one row per target with the outcome.
    const int rows = [&] {
        const QString path = onService([&] { return m_service->journal()->path(); });
        int n = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("journal-read"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM entries WHERE action = 'apps.grant' "
                                     "AND op_id = ?"));
            q.addBindValue(f.operationId);
            if (q.exec() && q.next())
                n = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("journal-read"));
        return n;
    }();
    QCOMPARE(rows, 4);
    // The sync that follows brings the seats.
    QTRY_VERIFY_WITH_TIMEOUT(onService([&] {
                                 QString error;
                                 const auto seats = m_service->cache()->seats(appId, &error);
                                 return std::count_if(seats.cbegin(), seats.cend(),
                                                      [&](const AppSeat &s) {
                                                          return enabled.contains(s.userName);
                                                      }) == 2;
                             }),
                             kWaitMs);
    // Retrying the failed ones fails them again, for the same reasons.
    const Finished retry = runOperation(
        [id = f.operationId](AppsService *s, quint64 ticket) { s->retryFailed(ticket, id); });
    QVERIFY(retry.operationId > f.operationId);
    QCOMPARE(retry.done + retry.failed, 2);
    QCOMPARE(retry.failed, 2);
}

void TestAppsService::authoriseRevokesFirstAndRetryKeepsKinds()
{
    QVERIFY(startService());
    const QJsonObject app = grantable(2);
    QVERIFY(!app.isEmpty());
    const QString appId = app.value(u"appId").toString();
    // A member seated through an automatic grant: revoking them by hand is refused (030006),
    // while a grant by hand of the same member would succeed; so a retry that lost the kind
    // would show.
    QString automatic;
    for (const QJsonObject &seat : serverSeats(appId))
        if (seat.value(u"automatic").toBool() && seat.value(u"seated").toBool() &&
            seat.value(u"memberState").toString() == u"enabled") {
            automatic = seat.value(u"userName").toString();
            break;
        }
    QVERIFY2(!automatic.isEmpty(), "the seed grants no department or group to this app");
    const QStringList enabled = membersWithoutSeat(appId, true, 1);
    const QStringList disabled = membersWithoutSeat(appId, false, 1);
    QCOMPARE(enabled.size() + disabled.size(), 2);
    const QList<AppsChange::Target> grants{{AppGrant::Kind::Member, enabled.at(0)},
                                           {AppGrant::Kind::Member, disabled.at(0)}};
    const QList<AppsChange::Target> revokes{{AppGrant::Kind::Member, automatic}};
    const Finished f = runOperation([appId, grants, revokes](AppsService *s, quint64 ticket) {
        s->authorise(ticket, appId, grants, revokes);
    });
    QVERIFY2(f.operationId > 0, qPrintable(f.problem));
    QCOMPARE(f.done, 1);
    QCOMPARE(f.failed, 2);
    auto codes = [&](qint64 op) {
        QHash<QString, QString> out;
        for (const Outbox::Target &t : onService([&] { return m_service->outbox()->targets(op); }))
            out.insert(t.key.section(u':', 1), t.resultCode);
        return out;
    };
    QHash<QString, QString> first = codes(f.operationId);
    QCOMPARE(first.value(automatic), QStringLiteral("030006"));
    QCOMPARE(first.value(enabled.at(0)), QStringLiteral("000000"));
    QCOMPARE(first.value(disabled.at(0)), QStringLiteral("030005"));
    // The journal names what happened to each target, not "apps.authorise".
    QStringList journalled;
    {
        const QString path = onService([&] { return m_service->journal()->path(); });
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal-read"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT action, target FROM entries WHERE op_id = ? ORDER BY seq"));
        q.addBindValue(f.operationId);
        QVERIFY(q.exec());
        while (q.next())
            journalled << q.value(0).toString() + u' ' + q.value(1).toString().section(u':', 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal-read"));
    QCOMPARE(journalled.size(), 3);
    QCOMPARE(journalled.first(), u"apps.revoke " + automatic); // revokes go first
    QVERIFY(journalled.contains(u"apps.grant " + enabled.at(0)));
    QVERIFY(journalled.contains(u"apps.grant " + disabled.at(0)));
    // Retried: the revoke is a revoke again (refused again), the grant a grant.
    const Finished retry = runOperation(
        [id = f.operationId](AppsService *s, quint64 ticket) { s->retryFailed(ticket, id); });
    QVERIFY2(retry.operationId > f.operationId, qPrintable(retry.problem));
    QCOMPARE(retry.failed, 2);
    const QHash<QString, QString> again = codes(retry.operationId);
    QCOMPARE(again.value(automatic), QStringLiteral("030006"));
    QCOMPARE(again.value(disabled.at(0)), QStringLiteral("030005"));
}

void TestAppsService::refusedWholeFailsEveryTarget_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("code");
    QTest::newRow("agreement not accepted") << "agreement"
                                            << "030002";
    QTest::newRow("login address not set") << "login"
                                           << "030003";
    QTest::newRow("more than the free seats") << "seats"
                                              << "030004";
}

void TestAppsService::refusedWholeFailsEveryTarget()
{
    QFETCH(QString, which);
    QFETCH(QString, code);
    QVERIFY(startService());
    QString appId;
    for (const QJsonObject &a : m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps"))) {
        const bool agreement = a.value(u"agreementAccepted").toBool();
        const bool login = a.value(u"loginDomainSet").toBool();
        if ((which == u"agreement" && !agreement) || (which == u"login" && agreement && !login) ||
            (which == u"seats" && agreement && login && a.value(u"seatsFree").toInt() < 50)) {
            appId = a.value(u"appId").toString();
            break;
        }
    }
    QVERIFY2(!appId.isEmpty(), "the seed has no such app");
    const QStringList members = membersWithoutSeat(appId, true, 60);
    QList<AppsChange::Target> targets;
    for (const QString &u : members)
        targets.append({AppGrant::Kind::Member, u});
    const int seatsBefore = int(serverSeats(appId).size());
    const Finished f = runOperation(
        [appId, targets](AppsService *s, quint64 ticket) { s->grant(ticket, appId, targets); });
    QVERIFY(f.operationId > 0);
    QCOMPARE(f.done, 0);
    QCOMPARE(f.failed, int(members.size()));
    const QList<Outbox::Target> results =
        onService([&] { return m_service->outbox()->targets(f.operationId); });
    for (const Outbox::Target &t : results) {
        QCOMPARE(t.resultCode, code);
        QVERIFY(!t.message.isEmpty());
    }
    QCOMPARE(serverSeats(appId).size(), seatsBefore);
}

void TestAppsService::switchOffAndUndo()
{
    QVERIFY(startService());
    const QJsonObject app = grantable(0);
    const QString appId = app.value(u"appId").toString();
    // Each finished operation starts a sync, or has the running one read again once it ends:
    // two in all.
    QueuedSpy synced(m_service, &AppsService::syncFinished);
    const Finished off = runOperation(
        [appId](AppsService *s, quint64 ticket) { s->setEnabled(ticket, appId, false); });
    QCOMPARE(off.done, 1);
    QVERIFY(!onService([&] { return m_service->cache()->app(appId); })->enabled);
    QCOMPARE(m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps/") + appId)
                 .json.value(u"app")
                 .toObject()
                 .value(u"enabled")
                 .toBool(),
             false);
    const Finished undo = runOperation(
        [appId](AppsService *s, quint64 ticket) { s->setEnabled(ticket, appId, true); });
    QCOMPARE(undo.done, 1);
    QVERIFY(onService([&] { return m_service->cache()->app(appId); })->enabled);
    // A switch sent with a version someone else moved past is a conflict, and the cache
    // takes the server's current app. The change elsewhere waits for the syncs the two
    // operations started: one still reading would bring its version into the cache, and the
    // switch would no longer be stale (it failed so once, under load).
    QVERIFY(synced.waitFor(2, kWaitMs));
    const RouteAnswer elsewhere =
        m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/disable").arg(appId), {});
    QCOMPARE(elsewhere.status, 200);
    const Finished stale = runOperation(
        [appId](AppsService *s, quint64 ticket) { s->setEnabled(ticket, appId, true); });
    QCOMPARE(stale.failed, 1);
    const auto kept = onService([&] { return m_service->cache()->app(appId); });
    QVERIFY(!kept->enabled);
    QCOMPARE(kept->version,
             qint64(elsewhere.json.value(u"app").toObject().value(u"version").toDouble()));
}

void TestAppsService::lostAnswerAndRestartGrantOnce()
{
    QVERIFY(startService());
    const QJsonObject app = grantable(30);
    QVERIFY(!app.isEmpty());
    const QString appId = app.value(u"appId").toString();
    const QStringList members = membersWithoutSeat(appId, true, 30);
    QCOMPARE(members.size(), 30);
    QList<AppsChange::Target> targets;
    for (const QString &u : members)
        targets.append({AppGrant::Kind::Member, u});
    const int executedBefore = executedTargets();
    // The server grants, then the answer is lost; every later try is refused before it is
    // processed, until the program has given up and closed.
    TestSupport::setFaults(m_host.url(),
                           {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/apps/")},
                            {QStringLiteral("script"), QJsonArray{QStringLiteral("drop")}},
                            {QStringLiteral("rate503"), 1.0}});
    QueuedSpy stalled(m_service, &AppsService::outboxStalled);
    const quint64 ticket = AppsService::newTicket();
    QMetaObject::invokeMethod(
        m_service, [s = m_service, appId, targets, ticket] { s->grant(ticket, appId, targets); });
    QVERIFY(stalled.waitFor(1, kWaitMs));
    QCOMPARE(executedTargets() - executedBefore, 30);
    QCOMPARE(onService([&] { return m_service->outbox()->pendingCount(); }), 30);
    stopService();
    TestSupport::setFaults(m_host.url(), {});
    // The next start sends it again with the same key: the server answers the first answer.
    QVERIFY(startService(false, false));
    QTRY_COMPARE_WITH_TIMEOUT(onService([&] { return m_service->outbox()->pendingCount(); }), 0,
                              kWaitMs);
    QCOMPARE(executedTargets() - executedBefore, 30);
    const QList<Outbox::Operation> ops =
        onService([&] { return m_service->outbox()->operations(); });
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().done, 30);
    int seated = 0;
    for (const QJsonObject &s : serverSeats(appId))
        seated += members.contains(s.value(u"userName").toString());
    QCOMPARE(seated, 30);
}

void TestAppsService::malformedListingLeavesTheCacheAsItWas()
{
    QVERIFY(startService());
    const QJsonObject app = grantable(1);
    const QString appId = app.value(u"appId").toString();
    const QString member = membersWithoutSeat(appId, true, 1).value(0);
    QCOMPARE(m_api
                 .call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/grant").arg(appId),
                       {{QStringLiteral("userNames"), QJsonArray{member}}})
                 .status,
             200);
    const QString tokenBefore =
        onService([&] { return m_service->cache()->changeToken(AppsCache::Kind::Apps); });
    TestSupport::setFaults(m_host.url(),
                           {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/apps")},
                            {QStringLiteral("rateMalformed"), 1.0}});
    QVERIFY(!syncNow());
    QCOMPARE(onService([&] { return m_service->cache()->changeToken(AppsCache::Kind::Apps); }),
             tokenBefore);
    TestSupport::setFaults(m_host.url(), {});
    QVERIFY(syncNow());
    QVERIFY(onService([&] { return m_service->cache()->changeToken(AppsCache::Kind::Apps); }) !=
            tokenBefore);
}

void TestAppsService::expiredTokenListsEverythingAgain()
{
    QVERIFY(startService());
    // A token of another data set (the server was reset): 410 010011, and the apps are listed
    // whole again with every app's lists; nothing of the old data set stays behind.
    // A real token, of the other enterprise's apps.
    QCOMPARE(m_api.signIn(QStringLiteral("other"), QStringLiteral("li.na")), QString());
    QString stale;
    m_api.listAll(QStringLiteral("other"), QStringLiteral("/api/v1/apps"), 500, &stale);
    QVERIFY(!stale.isEmpty());
    // An app of the old data set, with a seat, that the server does not list.
    PurchasedApp gone;
    gone.appId = QStringLiteral("app-gone");
    gone.name = QStringLiteral("Gone");
    gone.loginType = QStringLiteral("shared");
    gone.version = 1;
    AppSeat seat;
    seat.userName = QStringLiteral("someone.gone");
    seat.source = QStringLiteral("manual");
    QVERIFY(onService([&] {
        QString error;
        return m_service->cache()->applyApps({gone}, {}, stale, &error) &&
               m_service->cache()->applySeats(gone.appId, {seat}, {}, QStringLiteral("t"), &error);
    }));
    QVERIFY(syncNow());
    QVERIFY(onService([&] { return m_service->cache()->changeToken(AppsCache::Kind::Apps); }) !=
            stale);
    const auto snapshot = onService([&] {
        QString error;
        return m_service->cache()->snapshot(&error);
    });
    QCOMPARE(snapshot->apps.size(), 10);
    QVERIFY(!snapshot->app(gone.appId));
    QCOMPARE(onService([&] {
                 QString error;
                 return m_service->cache()->seats(gone.appId, &error).size();
             }),
             0);
    for (const PurchasedApp &a : snapshot->apps)
        QCOMPARE(onService([&] {
                     QString error;
                     return m_service->cache()->seats(a.appId, &error).size();
                 }),
                 serverSeats(a.appId).size());
}

void TestAppsService::inventoryMatchesABruteForceCount()
{
    QVERIFY(startService());
    const QDateTime now(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
    // A seat given just now and not used yet is not wasted yet (the grace days).
    const QString freshApp = grantable(1).value(u"appId").toString();
    const QString fresh = membersWithoutSeat(freshApp, true, 1).value(0);
    QCOMPARE(m_api
                 .call(kAdmin, "POST", QStringLiteral("/api/v1/apps/%1/grant").arg(freshApp),
                       {{QStringLiteral("userNames"), QJsonArray{fresh}}})
                 .status,
             200);
    QVERIFY(syncNow());
    QueuedSpy reclaimable(m_service, &AppsService::reclaimListReady);
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, freshApp] { s->readReclaimList(1, freshApp); });
    QVERIFY(reclaimable.waitFor(1, kWaitMs));
    const auto candidates = reclaimable.last().at(2).value<QList<ReclaimCandidate>>();
    QVERIFY(!candidates.isEmpty());
    QVERIFY(std::none_of(candidates.cbegin(), candidates.cend(),
                         [&](const ReclaimCandidate &c) { return c.userName == fresh; }));
    QueuedSpy ready(m_service, &AppsService::inventoryReady);
    const quint64 ticket = AppsService::newTicket();
    QMetaObject::invokeMethod(m_service, [s = m_service, ticket] { s->readInventory(ticket); });
    QVERIFY(ready.waitFor(1, kWaitMs));
    const auto rows = ready.last().at(1).value<QList<InventoryRow>>();
    QCOMPARE(rows.size(), 10);
    int disabledSeen = 0, deletedSeen = 0, neverSeen = 0;
    for (const InventoryRow &r : rows) {
        // The same count straight from the server's JSON, by its own rules.
        int deleted = 0, disabled = 0, never = 0;
        for (const QJsonObject &s : serverSeats(r.appId)) {
            if (!s.value(u"seated").toBool())
                continue;
            const QString state = s.value(u"memberState").toString();
            const QDateTime granted =
                QDateTime::fromString(s.value(u"grantedAt").toString(), Qt::ISODateWithMs);
            if (state == u"deleted")
                ++deleted;
            else if (state == u"disabled")
                ++disabled;
            else if (s.value(u"lastUsedAt").isNull() && granted.addDays(14) <= now)
                ++never;
        }
        QCOMPARE(r.heldByDeleted, deleted);
        QCOMPARE(r.heldByDisabled, disabled);
        QCOMPARE(r.neverUsed, never);
        QCOMPARE(r.reclaimable, deleted + disabled + never);
        QCOMPARE(r.free, r.bought - r.assigned);
        disabledSeen += disabled;
        deletedSeen += deleted;
        neverSeen += never;
    }
    // The seed has every kind, or this test proves nothing.
    QVERIFY(disabledSeen > 0 && deletedSeen > 0 && neverSeen > 0);
}

void TestAppsService::exportsAreCsvWithABom()
{
    QVERIFY(startService());
    QueuedSpy exported(m_service, &AppsService::exportFinished);
    const QString path = m_dir->filePath(QStringLiteral("inventory.csv"));
    const quint64 ticket = AppsService::newTicket();
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, ticket, path] { s->exportInventory(ticket, path); });
    QVERIFY(exported.waitFor(1, kWaitMs));
    QVERIFY2(exported.last().at(1).toBool(), qPrintable(exported.last().at(2).toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "appId,name,enabled,seatsBought"));
    QCOMPARE(bytes.count("\r\n"), 11);
    // Into a folder that does not exist: a clear error, nothing written.
    const QString bad = m_dir->filePath(QStringLiteral("no/such/folder/x.csv"));
    const quint64 second = AppsService::newTicket();
    QMetaObject::invokeMethod(m_service,
                              [s = m_service, second, bad] { s->exportInventory(second, bad); });
    QVERIFY(exported.waitFor(2, kWaitMs));
    QVERIFY(!exported.last().at(1).toBool());
    QVERIFY(exported.last().at(2).toString().contains(bad));
    QVERIFY(!QFile::exists(bad));
}

// In the console the service borrows the organisation's sign-in; when that service could not
// open there is none to borrow, and this one opens nothing (no file it would have to close
// again with its journal's watch still holding it).
void TestAppsService::withoutTheSharedSignInNothingOpens()
{
    QTemporaryDir dir;
    AppsServiceConfig c;
    c.server = m_host.url();
    c.dataDir = dir.filePath(QStringLiteral("account"));
    c.actor = QStringLiteral("zhang.min@test");
    AppsService service(c);
    service.shareSession(nullptr);
    QSignalSpy opened(&service, &AppsService::opened);
    service.open(); // answers at once
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toBool(), false);
    QCOMPARE(opened.first().at(1).toString(),
             QStringLiteral("The account's sign-in is not available."));
    QVERIFY(!QFile::exists(c.dataDir + QStringLiteral("/apps.sqlite")));
    QVERIFY(!QFile::exists(c.dataDir + QStringLiteral("/audit.sqlite")));
    QCOMPARE(service.cache(), nullptr);
}

QTEST_GUILESS_MAIN(TestAppsService)
#include "tst_apps_service.moc"
