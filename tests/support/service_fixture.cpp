#include "support/service_fixture.h"

#include "support/queued_spy.h"

#include "org/org_service.h"
#include "support/sandbox_fixture.h"

#include <QSignalSpy>
#include <QTest>

ServiceFixture::~ServiceFixture()
{
    if (m_service)
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString ServiceFixture::start(int members, int departments, const QString &actor)
{
    SandboxOptions o;
    o.seed.members = members;
    o.seed.departments = departments;
    QString error;
    if (!m_host.start(o, &error))
        return error;
    SignInResult signedIn;
    if (const QString e = TestSupport::signIn(m_host.url(), m_account, &signedIn); !e.isEmpty())
        return e;
    m_tokens = signedIn.tokens;
    TestSupport::useBearer(m_tokens.accessToken);
    m_service =
        new OrgService(TestSupport::serviceConfig(m_host.url(), dataDir(), actor, signedIn));
    m_service->moveToThread(&m_thread);
    m_thread.start();
    // Recorded in this thread (QSignalSpy::wait on a signal of another thread misses one
    // emitted before it starts waiting).
    QueuedSpy snapshots(m_service, &OrgService::snapshotReady);
    QueuedSpy synced(m_service, &OrgService::syncFinished);
    QMetaObject::invokeMethod(m_service, [s = m_service] {
        s->open();
        s->sync();
    });
    if (!synced.waitFor(1, 30000))
        return QStringLiteral("no sync within 30 s");
    if (!synced.at(0).first().toBool())
        return synced.at(0).at(1).toString();
    // The snapshot after the sync is the one holding every member.
    if (!QTest::qWaitFor(
            [&] {
                return snapshots.count() > 0 &&
                       snapshots.last().first().value<OrgSnapshotPtr>()->memberCount() == members;
            },
            10000))
        return QStringLiteral("no snapshot with %1 members").arg(members);
    m_snapshot = snapshots.last().first().value<OrgSnapshotPtr>();
    return {};
}
