// The integration debugger (app/core/seller/debugger) against marketdesk's reference SaaS
// server: a correct server passes every check (no false alarm) in V2 and V1, over HTTP and
// HTTPS; each fault switch of the server is caught by the check made for it, with a reason
// that names the rule, while the other checks still pass where the fault leaves them alone;
// a run can be cancelled; a target that cannot be used is refused before anything is sent.
#include "core/seller/debugger/debug_fixture.h"

#include <QJsonDocument>

using namespace DebugFixture;

class TestDebugRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { stopAll(); }
    void init();
    void correctServerPassesEveryCheck_data();
    void correctServerPassesEveryCheck();
    void eachFaultIsCaught_data();
    void eachFaultIsCaught();
    void slowAnswersFailTheTimeout_data();
    void slowAnswersFailTheTimeout();
    void runsNeverCollide();
    void cancelStopsTheRun();
    void unusableTargetIsRefused_data();
    void unusableTargetIsRefused();
    void withoutPublicKeyApplicationSyncIsSkipped();
};

void TestDebugRun::init()
{
    for (const char *name : {"v2-http", "v2-https", "v1-http", "v1-https"}) {
        Server &s = server(QLatin1String(name));
        s.client->setFaults({});
        s.client->reset();
    }
}

void TestDebugRun::correctServerPassesEveryCheck_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("skipped"); // the checks that cannot apply to it
    const QStringList v1Skips = {
        "security.basic.timestamp",   "security.basic.nonce", "security.kit.timestamp",
        "security.kit.nonce",         "license.issue",        "kit.tenantSync.modify",
        "kit.applicationSync.modify", "kit.authSync.cancel"};
    QTest::newRow("v2 http") << "v2-http" << QStringList();
    QTest::newRow("v2 https") << "v2-https" << QStringList();
    QTest::newRow("v1 http") << "v1-http" << v1Skips;
    QTest::newRow("v1 https") << "v1-https" << v1Skips;
}

void TestDebugRun::correctServerPassesEveryCheck()
{
    QFETCH(QString, server);
    QFETCH(QStringList, skipped);
    auto r = run(target(DebugFixture::server(server)), DebugRun::Suite::All);
    QVERIFY(r);
    QVERIFY2(r->error().isEmpty(), qPrintable(r->error()));
    QVERIFY(r->checks().size() > 30);
    for (const DebugCheck &c : r->checks()) {
        const auto expected =
            skipped.contains(c.id) ? DebugCheck::Verdict::Skipped : DebugCheck::Verdict::Pass;
        QVERIFY2(c.verdict == expected, qPrintable(c.id + QStringLiteral(": ") + c.reason));
        if (c.verdict == DebugCheck::Verdict::Pass) {
            QVERIFY2(c.hasExchange, qPrintable(c.id));
            QVERIFY(c.exchange.elapsedMs >= 0);
        }
    }
}

void TestDebugRun::eachFaultIsCaught_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("failing"); // must fail
    QTest::addColumn<QString>("because");     // in each one's reason
    QTest::addColumn<bool>("othersPass");     // false: no other check may pass
    const QStringList sig = {"security.basic.signature", "security.kit.signature"};
    const QStringList ts = {"security.basic.timestamp", "security.kit.timestamp"};
    const QStringList nonce = {"security.basic.nonce", "security.kit.nonce"};
    // The login cannot work either: its preparation delivers a clientSecret.
    const QStringList secret = {"kit.applicationSync.add", "kit.applicationSync.repeat",
                                "kit.applicationSync.modify", "login.callback"};
    for (const QString &s : {QStringLiteral("v2-http"), QStringLiteral("v2-https")}) {
        const QByteArray p = s.toLatin1() + ' ';
        QTest::newRow(QByteArray(p + "acceptAnySignature").constData())
            << s << "acceptAnySignature" << sig << "000001" << true;
        QTest::newRow(QByteArray(p + "acceptOldTimestamp").constData())
            << s << "acceptOldTimestamp" << ts << "000001" << true;
        QTest::newRow(QByteArray(p + "acceptReplayedNonce").constData())
            << s << "acceptReplayedNonce" << nonce << "nonce already used" << true;
        QTest::newRow(QByteArray(p + "newInstanceForRepeatedOrder").constData())
            << s << "newInstanceForRepeatedOrder" << QStringList{"basic.newInstance.repeat"}
            << "same instanceId" << true;
        QTest::newRow(QByteArray(p + "newLicenseForRepeatedEvent").constData())
            << s << "newLicenseForRepeatedEvent" << QStringList{"license.repeat"} << "same License"
            << true;
        QTest::newRow(QByteArray(p + "duplicateKitRows").constData())
            << s << "duplicateKitRows" << QStringList{"kit.rows.reference"} << "§4.0" << true;
        QTest::newRow(QByteArray(p + "clientSecretUndecryptable").constData())
            << s << "clientSecretUndecryptable" << secret << "000101" << true;
        QTest::newRow(QByteArray(p + "loginSkipsSecret").constData())
            << s << "loginSkipsSecret" << QStringList{"login.token", "login.callback"}
            << "invalid_client" << true;
        QTest::newRow(QByteArray(p + "loginIgnoresTenant").constData())
            << s << "loginIgnoresTenant" << QStringList{"login.otherTenant"}
            << "userinfo's tenant must be the callback's" << true;
        QTest::newRow(QByteArray(p + "codesOutsideTable").constData())
            << s << "codesOutsideTable"
            << QStringList{"basic.newInstance", "kit.tenantSync.add", "security.basic.signature"}
            << "§2.3" << false;
    }
    const QString v1 = QStringLiteral("v1-http");
    QTest::newRow("v1 acceptAnySignature") << v1 << "acceptAnySignature" << sig << "000001" << true;
    QTest::newRow("v1 newInstanceForRepeatedOrder")
        << v1 << "newInstanceForRepeatedOrder" << QStringList{"basic.newInstance.repeat"}
        << "same instanceId" << true;
    QTest::newRow("v1 clientSecretUndecryptable")
        << v1 << "clientSecretUndecryptable"
        << QStringList{"kit.applicationSync.add", "kit.applicationSync.repeat", "login.callback"}
        << "000101" << true;
    QTest::newRow("v1 duplicateKitRows")
        << v1 << "duplicateKitRows" << QStringList{"kit.rows.reference"} << "§4.0" << true;
    QTest::newRow("v1 loginIgnoresTenant")
        << v1 << "loginIgnoresTenant" << QStringList{"login.otherTenant"} << "tenant" << true;
    QTest::newRow("v1 wrongBodySign")
        << v1 << "wrongBodySign" << QStringList{"security.bodySign", "basic.newInstance"}
        << "Body-Sign" << false;
    QTest::newRow("v1 https wrongBodySign")
        << "v1-https"
        << "wrongBodySign" << QStringList{"security.bodySign", "kit.tenantSync.add"} << "Body-Sign"
        << false;
    QTest::newRow("v1 codesOutsideTable")
        << v1 << "codesOutsideTable" << QStringList{"basic.newInstance", "security.bodySign"}
        << "§2.3" << false;
}

void TestDebugRun::eachFaultIsCaught()
{
    QFETCH(QString, server);
    QFETCH(QString, fault);
    QFETCH(QStringList, failing);
    QFETCH(QString, because);
    QFETCH(bool, othersPass);
    Server &s = DebugFixture::server(server);
    s.client->setFaults({{fault, true}});
    auto r = run(target(s), DebugRun::Suite::All);
    QVERIFY(r);
    for (const QString &id : failing) {
        const DebugCheck *c = find(*r, id);
        QVERIFY2(c, qPrintable(id));
        QVERIFY2(c->verdict == DebugCheck::Verdict::Fail, qPrintable(id + describe(*r)));
        QVERIFY2(c->reason.contains(because), qPrintable(id + QStringLiteral(": ") + c->reason));
    }
    for (const DebugCheck &c : r->checks()) {
        if (failing.contains(c.id))
            continue;
        if (othersPass)
            QVERIFY2(c.verdict != DebugCheck::Verdict::Fail,
                     qPrintable(c.id + QStringLiteral(" failed too: ") + c.reason));
        else
            QVERIFY2(c.verdict != DebugCheck::Verdict::Pass,
                     qPrintable(c.id + QStringLiteral(" passed: ") + c.reason));
    }
}

void TestDebugRun::slowAnswersFailTheTimeout_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("http") << "v2-http";
    QTest::newRow("https") << "v2-https";
}

// Each affected call costs the marketplace's 5 s: two small scenarios, side by side.
void TestDebugRun::slowAnswersFailTheTimeout()
{
    QFETCH(QString, server);
    Server &s = DebugFixture::server(server);
    s.client->setFaults({{"slow", true}});
    auto r = run(target(s), DebugRun::Suite::All, {"basic.errors", "kit.tenant"});
    QVERIFY(r);
    for (const QString &id :
         {QStringLiteral("basic.unknownInstance.status"), QStringLiteral("kit.tenantSync.add")}) {
        const DebugCheck *c = find(*r, id);
        QVERIFY2(c && c->verdict == DebugCheck::Verdict::Fail, qPrintable(describe(*r)));
        QVERIFY2(c->reason.contains(QStringLiteral("5 s")), qPrintable(c->reason));
        QVERIFY(c->exchange.timedOut);
    }
    // The rest of each scenario is not sent after a call went unanswered.
    const DebugCheck *later = find(*r, QStringLiteral("kit.tenantSync.deleteAgain"));
    QVERIFY(later && later->verdict == DebugCheck::Verdict::Skipped);
}

void TestDebugRun::runsNeverCollide()
{
    Server &s = server(QStringLiteral("v2-http"));
    auto a = run(target(s), DebugRun::Suite::Basic, {"basic.lifecycle"});
    auto b = run(target(s), DebugRun::Suite::Basic, {"basic.lifecycle"});
    QVERIFY(a && b);
    QVERIFY(a->runId() != b->runId());
    QCOMPARE(DebugTally::of(b->checks()).failed, 0);
    QCOMPARE(s.host.stateNow().value(u"instancesCreated").toInt(), 2);
}

void TestDebugRun::cancelStopsTheRun()
{
    Server &s = server(QStringLiteral("v2-http"));
    s.client->setFaults({{"slow", true}}); // nothing answers before the cancel
    DebugRun r(target(s), DebugRun::Suite::All);
    QSignalSpy finished(&r, &DebugRun::finished);
    QSignalSpy progress(&r, &DebugRun::progress);
    r.start();
    QVERIFY(r.isRunning());
    // Cancelled while calls are in flight: the server has received some and answers none yet.
    const auto received = [&s] {
        int n = 0;
        const QJsonObject requests = s.host.stateNow().value(u"requests").toObject();
        for (auto it = requests.begin(); it != requests.end(); ++it)
            n += it.value().toInt();
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(received() >= 6, 4000);
    QCOMPARE(finished.size(), 0);
    r.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(r.wasCancelled());
    QVERIFY(!r.isRunning());
    for (const DebugCheck &c : r.checks())
        QVERIFY2(c.verdict != DebugCheck::Verdict::Pending, qPrintable(c.id));
    QVERIFY(DebugTally::of(r.checks()).skipped > 0);
    QCOMPARE(progress.last().at(0).toInt(), int(r.checks().size()));
    QTest::qWait(50); // no late callback touches the finished run
    QCOMPARE(finished.size(), 1);
}

void TestDebugRun::unusableTargetIsRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("kitKey");
    QTest::addColumn<QString>("because");
    QTest::newRow("http elsewhere")
        << "http://saas.example.com/isv/produce" << QByteArray("k2") << "plain http";
    QTest::newRow("not a url") << "::" << QByteArray("k2") << "not a valid URL";
    QTest::newRow("same key twice")
        << "https://saas.example.com/p" << QByteArray("k1") << "different keys";
    QTest::newRow("no kit key") << "https://saas.example.com/p" << QByteArray() << "Kit";
}

void TestDebugRun::unusableTargetIsRefused()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, kitKey);
    QFETCH(QString, because);
    DebugTarget t;
    t.address = QUrl(address);
    t.basicKey = "k1";
    t.kitKey = kitKey;
    auto r = run(t, DebugRun::Suite::All, {}, 5000);
    QVERIFY(r);
    QVERIFY2(r->error().contains(because), qPrintable(r->error()));
    QVERIFY(r->checks().isEmpty());
}

void TestDebugRun::withoutPublicKeyApplicationSyncIsSkipped()
{
    DebugTarget t = target(server(QStringLiteral("v2-http")));
    t.publicKey = RsaKey();
    auto r = run(t, DebugRun::Suite::Kit, {"kit.application"});
    QVERIFY(r);
    const DebugCheck *add = find(*r, QStringLiteral("kit.applicationSync.add"));
    QVERIFY(add && add->verdict == DebugCheck::Verdict::Skipped);
    QVERIFY(add->reason.contains(QStringLiteral("--public-key")));
    QCOMPARE(find(*r, QStringLiteral("kit.applicationSync.delete"))->verdict,
             DebugCheck::Verdict::Pass);
}

QTEST_GUILESS_MAIN(TestDebugRun)
#include "tst_debug_run.moc"
