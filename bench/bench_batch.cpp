// Batch disable of 10,000 members on loopback through the outbox and the batch endpoint,
// against the same members changed with one call each (Qt's six connections per host).
#include "bench_common.h"
#include "identity/auth_session.h"
#include "identity/sign_in_flow.h"
#include "net/api_client.h"
#include "org/cache.h"
#include "org/org_service.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QUuid>

namespace Bench {

void batch(const QUrl &server, const SignInResult &auth, const QString &workDir)
{
    heading("batch disable of 10,000 members on loopback");
    OrgServiceConfig config;
    config.server = server;
    config.dataDir = workDir + QStringLiteral("/batch");
    config.actor = QStringLiteral("bench");
    config.endpoints = auth.endpoints;
    config.tokens = auth.tokens;
    OrgService service(config);
    QSignalSpy opened(&service, &OrgService::opened);
    service.open();
    QSignalSpy synced(&service, &OrgService::syncFinished);
    service.sync();
    synced.wait(600'000);
    QString error;
    const auto snapshot = service.cache()->loadSnapshot(&error);
    QStringList names;
    for (int i = 0; i < snapshot->memberCount() && names.size() < 10'000; ++i)
        if (snapshot->memberEnabled(i) && !snapshot->memberAdmin(i))
            names << snapshot->text(i, OrgSnapshot::UserName);
    // A plain event loop: QTest::qWaitFor sleeps 10 ms between rounds and would be measured.
    QEventLoop loop;
    int done = 0;
    QObject::connect(&service, &OrgService::operationFinished, &loop, [&](qint64, int d, int) {
        done = d;
        loop.quit();
    });
    QElapsedTimer t;
    t.start();
    service.submit(OrgService::newTicket(), MemberAction::Disable, names);
    loop.exec();
    const double oursMs = t.nsecsElapsed() / 1e6;

    // Baseline: the same members, one call each (enabling them again).
    ApiClient client(server);
    AuthSession session(auth.endpoints, auth.tokens);
    session.setClient(&client);
    client.setAuthSession(&session);
    int left = int(names.size());
    t.restart();
    for (const QString &u : names) {
        ApiRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/api/v1/org/members/") + u + QStringLiteral("/enable");
        r.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QObject::connect(client.send(r), &ApiCall::finished, &client, [&left, &loop] {
            if (--left == 0)
                loop.quit();
        });
    }
    loop.exec();
    const double singleMs = t.nsecsElapsed() / 1e6;
    line(QStringLiteral("marketdesk batch: %1 members done in %2 ms = %3 members/s (outbox, 500 "
                        "per call, journal and cache written)")
             .arg(done)
             .arg(oursMs, 0, 'f', 0)
             .arg(done / (oursMs / 1000), 0, 'f', 0));
    line(QStringLiteral("one call per member: %1 ms = %2 members/s")
             .arg(singleMs, 0, 'f', 0)
             .arg(names.size() / (singleMs / 1000), 0, 'f', 0));
    line(QStringLiteral("ratio: %1x faster (target: >= 2,000 members/s)")
             .arg(singleMs / oursMs, 0, 'f', 2));
}

} // namespace Bench
