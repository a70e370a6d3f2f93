// The apps and licenses routes answer at the size the figures need (issue 9: 100,000 members,
// 50 apps, one app granted to about two thirds of them): every listing complete and consistent.
// Times are printed, never asserted.
#include "sandbox/sandbox_caller.h"
#include "sandbox/sandbox_host.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

class TestSandboxAppsScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hundredThousandMembersFiftyApps();
};

void TestSandboxAppsScale::hundredThousandMembersFiftyApps()
{
    SandboxOptions o;
    o.seed.members = 100'000;
    o.apps = 50;
    SandboxHost host;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(host.start(o, &error), qPrintable(error));
    qInfo("started with 100,000 members and 50 apps in %lld ms", timer.restart());
    SandboxCaller api(host.url());
    QCOMPARE(api.signIn(QStringLiteral("admin"), QStringLiteral("zhang.min")), QString());
    const QList<QJsonObject> apps =
        api.listAll(QStringLiteral("admin"), QStringLiteral("/api/v1/apps"));
    QCOMPARE(apps.size(), 50);
    qInfo("listed 50 apps in %lld ms", timer.restart());
    QJsonObject biggest;
    for (const QJsonObject &a : apps)
        if (a.value(u"seatsAssigned").toInt() > biggest.value(u"seatsAssigned").toInt())
            biggest = a;
    QVERIFY2(biggest.value(u"seatsAssigned").toInt() > 55'000,
             qPrintable(QString::number(biggest.value(u"seatsAssigned").toInt())));
    const QString id = biggest.value(u"appId").toString();
    const QList<QJsonObject> seats =
        api.listAll(QStringLiteral("admin"), QStringLiteral("/api/v1/apps/%1/seats").arg(id), 5000);
    QCOMPARE(seats.size(),
             biggest.value(u"seatsAssigned").toInt() + biggest.value(u"seatsWaiting").toInt());
    qInfo("listed %lld seats of the biggest app in %lld ms", qlonglong(seats.size()),
          timer.restart());
    for (const QJsonObject &a : apps) {
        const RouteAnswer h = api.call(
            QStringLiteral("admin"), "GET",
            QStringLiteral("/api/v1/apps/%1/seat-history").arg(a.value(u"appId").toString()));
        QCOMPARE(h.json.value(u"days").toArray().size(), 730);
    }
    qInfo("read 50 × 730 days of history in %lld ms", timer.restart());
    QCOMPARE(api.listAll(QStringLiteral("admin"), QStringLiteral("/api/v1/orders")).size(),
             50 + 4 + 8);
    QCOMPARE(api.listAll(QStringLiteral("admin"), QStringLiteral("/api/v1/images")).size(), 8);
}

QTEST_GUILESS_MAIN(TestSandboxAppsScale)
#include "tst_sandbox_apps_scale.moc"
