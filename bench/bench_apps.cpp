// The License inventory at 100,000 members and 50 apps, each beside a plain baseline in the
// same run: the apps' first sync (every app, grant and seat) against the sandbox; the
// inventory of every app as AppsService answers the page (the apps read, one GROUP BY over the
// seats) against a bare scan of the same seats table; the
// reclaim list of the largest app (its seats read and filtered by SeatInventory's rules)
// (the seats that can be on it, chosen in SQL, then filtered and sorted by SeatInventory's
// rules) against reading all that app's seats with a bare query; opening the authorisation
// editor on that app (its seats read, the draft over the organisation, both models filled,
// the preview) and ticking a department in it, against the same bare read.
#include "apps/client/apps_cache.h"
#include "apps/client/apps_service.h"
#include "apps/client/authorisation_draft.h"
#include "bench_common.h"
#include "console/org_directory_adapter.h"
#include "identity/sign_in_flow.h"
#include "models/apps/authorisation_member_model.h"
#include "models/apps/authorisation_tree_model.h"
#include "org/cache.h"
#include "ui/apps/authorisation_editor.h"

#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

namespace Bench {

namespace {

// The same seats read with nothing done to them: what any reclaim list must at least cost.
double bareRead(const QString &path, const QString &appId, int *rows)
{
    QElapsedTimer t;
    t.start();
    int n = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (appId.isEmpty()) {
            q.exec(QStringLiteral("SELECT app_id, member_state, last_used_at FROM seats"));
        } else {
            q.prepare(QStringLiteral("SELECT user_name, member_state, granted_at, last_used_at "
                                     "FROM seats WHERE app_id = ?"));
            q.addBindValue(appId);
            q.exec();
        }
        while (q.next())
            n += q.value(1).toInt() >= 0;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));
    *rows = n;
    return t.nsecsElapsed() / 1e6;
}

} // namespace

// The authorisation editor opened on `appId` as the Apps page opens it, until it shows the
// draft; then one department ticked (the preview and the member table follow).
void editor(AppsService &service, const AppsSnapshotPtr &snapshot, const QString &appId,
            const QString &orgCachePath, int runs, double bareMs, int seats)
{
    QString error;
    auto cache = Cache::open(orgCachePath, &error);
    const OrgSnapshotPtr org = cache ? cache->loadSnapshot(&error) : nullptr;
    if (!org) {
        line(QStringLiteral("the organisation's cache cannot be read: ") + error);
        return;
    }
    org->nameRanks(); // the organisation's service warms them when it loads a snapshot
    auto directory = std::make_shared<OrgDirectoryAdapter>(org);
    std::vector<double> open, tick, read, draft;
    int granted = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        AuthorisationEditor editor(&service, snapshot, appId, directory);
        editor.show();
        // The service lives on this thread here, so the seats may have been read already.
        if (!editor.draft()) {
            QEventLoop wait;
            QObject::connect(&editor, &AuthorisationEditor::ready, &wait, &QEventLoop::quit);
            wait.exec();
        }
        QCoreApplication::processEvents(); // the first paint
        open.push_back(t.nsecsElapsed() / 1e6);
        granted = 0;
        for (int m = 0; m < org->memberCount(); ++m)
            granted += editor.draft()->access(m).granted();
        // Tick the largest top-level department not granted yet.
        QModelIndex dept;
        int most = -1;
        for (const int d : org->roots())
            if (!editor.draft()->departmentGranted(d) && org->department(d).totalMembers > most) {
                most = org->department(d).totalMembers;
                dept = editor.treeModel()->departmentIndex(d);
            }
        t.restart();
        editor.treeModel()->setData(dept, Qt::Checked, Qt::CheckStateRole);
        QCoreApplication::processEvents();
        tick.push_back(t.nsecsElapsed() / 1e6);
        editor.draft()->revert();
        // Its parts: the seats read from the cache, then the draft over the organisation.
        QList<SeatHolding> seatList;
        t.restart();
        auto answer = QObject::connect(
            &service, &AppsService::holdingsReady,
            [&seatList](quint64, const QString &, const QList<SeatHolding> &s) { seatList = s; });
        service.readHoldings(AppsService::newTicket(), appId);
        QObject::disconnect(answer);
        read.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        AuthorisationDraft d(directory, *snapshot->app(appId), snapshot->grants.value(appId),
                             snapshot->groups, seatList);
        draft.push_back(t.nsecsElapsed() / 1e6);
    }
    const double o = median(open), k = median(tick);
    line(QStringLiteral("authorisation editor on that app (%1 of %2 members with access, %3 "
                        "seats): open %4 ms (the seats read %8 ms, the draft %9 ms), tick a "
                        "department %5 ms; the seats read bare: %6 ms (open %7x; target 100 ms)")
             .arg(granted)
             .arg(org->memberCount())
             .arg(seats)
             .arg(o, 0, 'f', 1)
             .arg(k, 0, 'f', 1)
             .arg(bareMs, 0, 'f', 1)
             .arg(bareMs > 0 ? o / bareMs : 0, 0, 'f', 2)
             .arg(median(read), 0, 'f', 1)
             .arg(median(draft), 0, 'f', 1));
}

void apps(const QUrl &server, const SignInResult &auth, const QString &workDir, int runs,
          const QString &orgCachePath)
{
    heading("apps and License inventory (100,000 members, 50 apps)");
    AppsServiceConfig c;
    c.server = server;
    c.dataDir = workDir + QStringLiteral("/apps-bench");
    c.actor = QStringLiteral("bench");
    c.endpoints = auth.endpoints;
    c.tokens = auth.tokens;
    AppsService service(c);
    bool opened = false;
    QObject::connect(&service, &AppsService::opened, [&](bool ok) { opened = ok; });
    service.open(); // answers at once
    if (!opened)
        return;
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    bool synced = false;
    QObject::connect(&service, &AppsService::syncFinished, &loop,
                     [&](bool ok, const QString &message) {
                         synced = ok;
                         if (!ok)
                             std::fprintf(stderr, "apps sync: %s\n", qPrintable(message));
                         loop.quit();
                     });
    service.sync();
    loop.exec();
    if (!synced)
        return;
    const double syncMs = t.nsecsElapsed() / 1e6;
    QString error;
    const auto snapshot = service.cache()->snapshot(&error);
    QString biggest;
    int most = 0;
    for (const PurchasedApp &a : snapshot->apps)
        if (a.seatsAssigned > most) {
            most = a.seatsAssigned;
            biggest = a.appId;
        }
    int seats = 0;
    bareRead(service.cache()->path(), {}, &seats);
    line(QStringLiteral("first sync: %1 apps, %2 seats in %3 ms")
             .arg(snapshot->apps.size())
             .arg(seats)
             .arg(syncMs, 0, 'f', 0));

    std::vector<double> inventory, scan, reclaim, bare;
    int reclaimable = 0, bareRows = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int r = 0; r < runs; ++r) {
        // What the inventory page gets: AppsService answers on this thread, before returning.
        t.restart();
        QList<InventoryRow> rows;
        auto answer =
            QObject::connect(&service, &AppsService::inventoryReady,
                             [&rows](quint64, const QList<InventoryRow> &r) { rows = r; });
        service.readInventory(AppsService::newTicket());
        QObject::disconnect(answer);
        inventory.push_back(t.nsecsElapsed() / 1e6);
        if (rows.size() != snapshot->apps.size())
            std::fprintf(stderr, "inventory: %d rows for %d apps\n", int(rows.size()),
                         int(snapshot->apps.size()));
        int scanned = 0;
        scan.push_back(bareRead(service.cache()->path(), {}, &scanned));

        t.restart();
        const QList<ReclaimCandidate> list = SeatInventory::reclaimList(
            service.cache()->reclaimableSeats(biggest, now.addDays(-SeatInventory::kGraceDays),
                                              &error),
            now);
        reclaim.push_back(t.nsecsElapsed() / 1e6);
        reclaimable = int(list.size());
        bare.push_back(bareRead(service.cache()->path(), biggest, &bareRows));
    }
    const double inv = median(inventory), sc = median(scan), rec = median(reclaim),
                 br = median(bare);
    line(QStringLiteral("inventory of every app: %1 ms; a bare scan of the seats: %2 ms "
                        "(%3x the scan; target 100 ms)")
             .arg(inv, 0, 'f', 1)
             .arg(sc, 0, 'f', 1)
             .arg(sc > 0 ? inv / sc : 0, 0, 'f', 2));
    line(QStringLiteral("reclaim list of the largest app (%1 seats, %2 to reclaim): %3 ms; the "
                        "same rows read bare: %4 ms (%5x; target 100 ms)")
             .arg(bareRows)
             .arg(reclaimable)
             .arg(rec, 0, 'f', 1)
             .arg(br, 0, 'f', 1)
             .arg(br > 0 ? rec / br : 0, 0, 'f', 2));
    editor(service, snapshot, biggest, orgCachePath, runs, br, bareRows);
}

} // namespace Bench
