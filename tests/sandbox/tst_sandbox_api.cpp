// The sandbox follows docs/api.md: organisation rules, idempotency, versions, change listings
// with deletions, clear errors for bad requests, and a deterministic realistic seed.
#include "identity/auth_session.h"
#include "sandbox/seeder.h"
#include "support/sandbox_fixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();
    void deletionsAppearInTheChangeListing();
    void staleVersionIsRefusedWithTheCurrentRecord();
    void replayReturnsTheFirstAnswer();
    void seedIsDeterministicAndRealistic();
    void seedScalesToTheBenchmarkEnterprise();
    void dataFileKeepsStateAcrossRestarts();
    void switchesTakeJsonOnly_data();
    void switchesTakeJsonOnly();

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     int *status = nullptr, QByteArray key = {});
    SandboxHost m_host;
    QString m_admin;
    int m_keys = 0;
};

void TestSandboxApi::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 12; // member 0 is the only administrator
    o.seed.departments = 6;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
    for (const QJsonValue &v :
         call("GET", QStringLiteral("/api/v1/org/members")).value(u"items").toArray())
        if (v.toObject().value(u"role").toString() == u"admin")
            m_admin = v.toObject().value(u"userName").toString();
    QVERIFY(!m_admin.isEmpty());
}

QJsonObject TestSandboxApi::call(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, int *status, QByteArray key)
{
    if (key.isEmpty() && method != "GET")
        key = "k" + QByteArray::number(++m_keys);
    if (key == "none")
        key.clear();
    return TestSupport::httpJson(m_host.url().resolved(QUrl(path)), method, body, status, key);
}

void TestSandboxApi::refusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    const QString admin = QStringLiteral("ADMIN"); // replaced by the seeded administrator
    QTest::newRow("no idempotency key") << QByteArray("POST") << "/api/v1/org/members/x/disable"
                                        << QJsonObject{} << QByteArray("none") << 400 << "000002"
                                        << "Idempotency-Key header is required";
    QTest::newRow("last admin") << QByteArray("POST") << "/api/v1/org/members/" + admin + "/disable"
                                << QJsonObject{} << QByteArray() << 422 << "010005"
                                << "last enabled administrator";
    QTest::newRow("delete enabled")
        << QByteArray("POST") << "/api/v1/org/members/" + admin + "/delete" << QJsonObject{}
        << QByteArray() << 422 << "010004"
        << "disable";
    QTest::newRow("unknown member") << QByteArray("POST") << "/api/v1/org/members/ghost/enable"
                                    << QJsonObject{} << QByteArray() << 404 << "010001"
                                    << "ghost";
    QTest::newRow("department with members")
        << QByteArray("DELETE") << "/api/v1/org/departments/D00000" << QJsonObject{} << QByteArray()
        << 422 << "010006"
        << "sub-department";
    QTest::newRow("batch too big")
        << QByteArray("POST") << "/api/v1/org/members/batch"
        << QJsonObject{{"action", "disable"},
                       {"userNames", QJsonArray::fromStringList(QStringList(501, "a"))}}
        << QByteArray() << 400 << "000002"
        << "between 1 and 500";
    QTest::newRow("batch bad action")
        << QByteArray("POST") << "/api/v1/org/members/batch"
        << QJsonObject{{"action", "nuke"}, {"userNames", QJsonArray{"a"}}} << QByteArray() << 400
        << "000002"
        << "action";
    QTest::newRow("batch names not strings")
        << QByteArray("POST") << "/api/v1/org/members/batch"
        << QJsonObject{{"action", "enable"}, {"userNames", QJsonArray{1}}} << QByteArray() << 400
        << "000002"
        << "userNames[0]";
    QTest::newRow("create duplicate") << QByteArray("POST") << "/api/v1/org/members"
                                      << QJsonObject{{"userName", admin},
                                                     {"name", "x"},
                                                     {"email", "x@y.cn"},
                                                     {"orgCode", "D00001"},
                                                     {"role", "user"}}
                                      << QByteArray() << 409 << "010007"
                                      << "already exists";
    QTest::newRow("create bad email") << QByteArray("POST") << "/api/v1/org/members"
                                      << QJsonObject{{"userName", "new.one"},
                                                     {"name", "x"},
                                                     {"email", "nope"},
                                                     {"orgCode", "D00001"},
                                                     {"role", "user"}}
                                      << QByteArray() << 400 << "000002"
                                      << "member.email";
    QTest::newRow("create unknown department") << QByteArray("POST") << "/api/v1/org/members"
                                               << QJsonObject{{"userName", "new.two"},
                                                              {"name", "x"},
                                                              {"email", "x@y.cn"},
                                                              {"orgCode", "NOPE"},
                                                              {"role", "user"}}
                                               << QByteArray() << 422 << "010002"
                                               << "NOPE";
    QTest::newRow("department under itself")
        << QByteArray("PUT") << "/api/v1/org/departments/D00001"
        << QJsonObject{{"orgCode", "D00001"},
                       {"orgName", "x"},
                       {"parentCode", "D00001"},
                       {"version", 1}}
        << QByteArray() << 422 << "000002"
        << "under itself";
    QTest::newRow("bad cursor") << QByteArray("GET") << "/api/v1/org/members?cursor=%25%25"
                                << QJsonObject{} << QByteArray() << 400 << "000002"
                                << "cursor";
    QTest::newRow("foreign token") << QByteArray("GET") << "/api/v1/org/members?since=other:1"
                                   << QJsonObject{} << QByteArray() << 410 << "010011"
                                   << "full sync";
    QTest::newRow("bad limit") << QByteArray("GET") << "/api/v1/org/members?limit=lots"
                               << QJsonObject{} << QByteArray() << 400 << "000002"
                               << "limit";
    QTest::newRow("limit out of range") << QByteArray("GET") << "/api/v1/org/members?limit=0"
                                        << QJsonObject{} << QByteArray() << 400 << "000002"
                                        << "limit";
    QTest::newRow("no such endpoint") << QByteArray("GET") << "/api/v1/org/nothing" << QJsonObject{}
                                      << QByteArray() << 404 << "000002"
                                      << "no such endpoint";
}

void TestSandboxApi::refusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    path.replace(QStringLiteral("ADMIN"), m_admin);
    if (body.value(u"userName").toString() == u"ADMIN")
        body.insert(QStringLiteral("userName"), m_admin);
    int got = 0;
    const QJsonObject answer = call(method, path, body, &got, key);
    QCOMPARE(got, status);
    QCOMPARE(answer.value(u"resultCode").toString(), code);
    QVERIFY2(answer.value(u"resultMsg").toString().contains(messagePart),
             qPrintable(answer.value(u"resultMsg").toString()));
}

void TestSandboxApi::deletionsAppearInTheChangeListing()
{
    const QJsonObject first = call("GET", QStringLiteral("/api/v1/org/members?limit=5000"));
    const QString token = first.value(u"changeToken").toString();
    const QString victim =
        first.value(u"items").toArray().at(3).toObject().value(u"userName").toString();
    int status = 0;
    call("POST", QStringLiteral("/api/v1/org/members/%1/disable").arg(victim), {}, &status);
    QCOMPARE(status, 200);
    call("POST", QStringLiteral("/api/v1/org/members/%1/delete").arg(victim), {}, &status);
    QCOMPARE(status, 200);
    const QJsonObject delta =
        call("GET", QStringLiteral("/api/v1/org/members?since=%1").arg(token));
    QCOMPARE(delta.value(u"deleted").toArray(), QJsonArray{victim});
    QCOMPARE(delta.value(u"nextCursor").toString(), QString());
    // The member itself is gone and its later state changes are not listed as items.
    for (const QJsonValue &v : delta.value(u"items").toArray())
        QVERIFY(v.toObject().value(u"userName").toString() != victim);
    call("GET", QStringLiteral("/api/v1/org/members/%1").arg(victim), {}, &status);
    QCOMPARE(status, 404);
}

void TestSandboxApi::staleVersionIsRefusedWithTheCurrentRecord()
{
    const QJsonObject m = call("GET", QStringLiteral("/api/v1/org/members?limit=1"))
                              .value(u"items")
                              .toArray()
                              .first()
                              .toObject();
    QJsonObject edit = m;
    edit.insert(QStringLiteral("name"), QStringLiteral("新名字"));
    int status = 0;
    const QString path = QStringLiteral("/api/v1/org/members/") + m.value(u"userName").toString();
    const QJsonObject ok = call("PUT", path, edit, &status);
    QCOMPARE(status, 200);
    QCOMPARE(ok.value(u"member").toObject().value(u"version").toInt(),
             m.value(u"version").toInt() + 1);
    // A second administrator still holding the old version must not overwrite it.
    edit.insert(QStringLiteral("name"), QStringLiteral("旧的覆盖"));
    const QJsonObject conflict = call("PUT", path, edit, &status);
    QCOMPARE(status, 409);
    QCOMPARE(conflict.value(u"resultCode").toString(), QStringLiteral("010003"));
    QCOMPARE(conflict.value(u"current").toObject().value(u"name").toString(),
             QStringLiteral("新名字"));
}

void TestSandboxApi::replayReturnsTheFirstAnswer()
{
    const QJsonObject body{{QStringLiteral("orgCode"), QStringLiteral("D-NEW")},
                           {QStringLiteral("orgName"), QStringLiteral("新部门 New")},
                           {QStringLiteral("parentCode"), QStringLiteral("D00000")}};
    int s1 = 0, s2 = 0, s3 = 0;
    const QJsonObject a =
        call("POST", QStringLiteral("/api/v1/org/departments"), body, &s1, "same-key");
    const QJsonObject b =
        call("POST", QStringLiteral("/api/v1/org/departments"), body, &s2, "same-key");
    QCOMPARE(s1, 200);
    QCOMPARE(s2, 200);
    QCOMPARE(a, b);
    // Without the key the same body is a second request: refused as a duplicate.
    call("POST", QStringLiteral("/api/v1/org/departments"), body, &s3);
    QCOMPARE(s3, 409);
}

void TestSandboxApi::seedIsDeterministicAndRealistic()
{
    const SeedData a = generateEnterprise({200, 3000, 42});
    const SeedData b = generateEnterprise({200, 3000, 42});
    const SeedData c = generateEnterprise({200, 3000, 43});
    QCOMPARE(a.members.size(), 3000);
    QCOMPARE(a.departments.size(), 200);
    for (qsizetype i = 0; i < a.members.size(); ++i)
        QCOMPARE(a.members[i].userName, b.members[i].userName);
    QVERIFY(a.members[5].name != c.members[5].name || a.members[6].name != c.members[6].name);
    QHash<QString, QString> parent;
    for (const Department &d : a.departments)
        parent.insert(d.orgCode, d.parentCode);
    int maxDepth = 0;
    for (const Department &d : a.departments) {
        int depth = 1;
        for (QString p = d.parentCode; !p.isEmpty(); p = parent.value(p))
            ++depth;
        maxDepth = std::max(maxDepth, depth);
    }
    QVERIFY2(maxDepth >= 4 && maxDepth <= 5, qPrintable(QString::number(maxDepth)));
    int admins = 0, disabled = 0, chinese = 0;
    QSet<QString> names;
    for (const Member &m : a.members) {
        admins += m.admin;
        disabled += !m.enabled;
        chinese += m.name.front().script() == QChar::Script_Han;
        QVERIFY(parent.contains(m.orgCode));
        names.insert(m.userName);
    }
    QCOMPARE(names.size(), a.members.size());
    QVERIFY(admins >= 3 && disabled > 0);
    QVERIFY(chinese > 1500 && chinese < 3000); // Chinese and English names
}

void TestSandboxApi::seedScalesToTheBenchmarkEnterprise()
{
    const SeedData big = generateEnterprise({10'000, 100'000, 1});
    QCOMPARE(big.departments.size(), 10'000);
    QCOMPARE(big.members.size(), 100'000);
}

void TestSandboxApi::dataFileKeepsStateAcrossRestarts()
{
    QTemporaryDir dir;
    SandboxOptions o;
    o.dataPath = dir.filePath(QStringLiteral("sandbox.sqlite"));
    o.seed.members = 20;
    o.seed.departments = 3;
    QString token;
    QString victim;
    SignInResult signedIn;
    {
        SandboxHost host;
        QString error;
        QVERIFY2(host.start(o, &error), qPrintable(error));
        QCOMPARE(TestSupport::signIn(host.url(), QStringLiteral("zhang.min"), &signedIn),
                 QString());
        TestSupport::useBearer(signedIn.tokens.accessToken);
        const QJsonObject page =
            TestSupport::httpJson(host.url().resolved(QUrl(QStringLiteral("/api/v1/org/members"))));
        token = page.value(u"changeToken").toString();
        for (const QJsonValue &v : page.value(u"items").toArray())
            if (v.toObject().value(u"role").toString() == u"user" &&
                v.toObject().value(u"enabled").toBool())
                victim = v.toObject().value(u"userName").toString();
        int status = 0;
        TestSupport::httpJson(
            host.url().resolved(QUrl(QStringLiteral("/api/v1/org/members/%1/disable").arg(victim))),
            "POST", {}, &status, "persist-1");
        QCOMPARE(status, 200);
    }
    SandboxHost again;
    QString error;
    o.seed.members = 999; // an existing file is used as it is, not seeded again
    QVERIFY(again.start(o, &error));
    QCOMPARE(TestSupport::stats(again.url()).value(u"members").toInt(), 20);
    // The sign-in made before the restart still works (its hash was kept in the file).
    // The old change token is still valid and reports the change made before the restart.
    const QJsonObject delta = TestSupport::httpJson(
        again.url().resolved(QUrl(QStringLiteral("/api/v1/org/members?since=") + token)));
    QCOMPARE(delta.value(u"resultCode").toString(), QStringLiteral("000000"));
    QCOMPARE(delta.value(u"items").toArray().size(), 1);
    QCOMPARE(delta.value(u"items").toArray().first().toObject().value(u"enabled").toBool(), false);
    // And the idempotency store too: the same key answers from it.
    int status = 0;
    TestSupport::httpJson(
        again.url().resolved(QUrl(QStringLiteral("/api/v1/org/members/%1/disable").arg(victim))),
        "POST", {}, &status, "persist-1");
    QCOMPARE(status, 200);
    QCOMPARE(TestSupport::stats(again.url()).value(u"replays").toInt(), 1);
    // And its refresh token: the rotation goes on across the restart.
    ApiClient client(again.url());
    SignInResult moved = signedIn; // the same sign-in, at the restarted server's new port
    moved.endpoints = OAuthEndpoints::forServer(again.url());
    AuthSession *session = TestSupport::attachSession(&client, moved);
    QSignalSpy refreshed(session, &AuthSession::refreshFinished);
    QCOMPARE(session->refresh(), AuthSession::Refresh::Started);
    QVERIFY(refreshed.wait(10000));
    QVERIFY2(refreshed.first().first().toBool(), qPrintable(session->lastError().message));
}

QTEST_GUILESS_MAIN(TestSandboxApi)
// What a page in a browser can send to another origin without asking (a form, text/plain)
// does not flip the sandbox's switches; a program's JSON does.
void TestSandboxApi::switchesTakeJsonOnly_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::newRow("text/plain") << QByteArray("text/plain") << 415;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << 415;
    QTest::newRow("none") << QByteArray() << 415;
    QTest::newRow("json") << QByteArray("application/json") << 200;
}

void TestSandboxApi::switchesTakeJsonOnly()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    TestSupport::setFaults(m_host.url(), {});
    QNetworkAccessManager nam;
    QNetworkRequest r(m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
    if (!contentType.isEmpty())
        r.setRawHeader("Content-Type", contentType);
    QNetworkReply *reply = nam.post(r, QByteArray(R"({"latencyMs": 7})"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    reply->deleteLater();
    int got = 0;
    const QJsonObject faults = TestSupport::httpJson(
        m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/faults"))), "GET", {}, &got);
    QCOMPARE(faults.value(u"latencyMs").toInt(), status == 200 ? 7 : 0);
    TestSupport::setFaults(m_host.url(), {});
}

#include "tst_sandbox_api.moc"
