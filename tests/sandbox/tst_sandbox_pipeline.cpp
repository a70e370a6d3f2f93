// A domain registered beside org with the same call (SandboxServer::addDomain) gets every
// shared stage of the sandbox's pipeline without code of its own: counted, faults applied,
// the bearer checked, the domain's own role rule applied (a plain member's change refused),
// the Idempotency-Key required and a replay answered from the store. Over real loopback HTTP.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/sandbox_host.h"
#include "sandbox/sandbox_server.h"
#include "sandbox/tenant/sandbox_tenant.h"
#include "support/sandbox_fixture.h"

#include <QEventLoop>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace {

// Test only: /api/v1/echo. A POST is a change (counted, its body echoed); a GET reads.
class EchoDomain : public SandboxDomain
{
public:
    QStringList prefix() const override
    {
        return {QStringLiteral("api"), QStringLiteral("v1"), QStringLiteral("echo")};
    }
    // An enterprise's domain, as org: members read, administrators change, sellers neither.
    DomainAccess access() const override
    {
        return {{QStringLiteral("admin"), QStringLiteral("user")}, {QStringLiteral("admin")}};
    }
    QString refusal(const SandboxAccount &account, bool change) const override
    {
        return QStringLiteral("echo: %1 (%2) may not %3")
            .arg(account.userName, account.role, change ? "change" : "read");
    }
    SandboxReply handle(const DomainRequest &request) override
    {
        if (request.method == "POST")
            ++m_changes;
        return {200,
                {{QStringLiteral("resultCode"), QStringLiteral("000000")},
                 {QStringLiteral("resultMsg"), QStringLiteral("success")},
                 {QStringLiteral("changes"), m_changes},
                 {QStringLiteral("tenant"), request.tenant.id()},
                 {QStringLiteral("echo"), QString::fromUtf8(request.http.body())}}};
    }
    int changes() const { return m_changes; }

private:
    int m_changes = 0;
};

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestSandboxPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sharedStagesApply_data();
    void sharedStagesApply();
    void roleRefusalIsTheDomains();
    void replayReturnsTheStoredAnswer();
    void spoilingFaultsComeAfterTheChange_data();
    void spoilingFaultsComeAfterTheChange();

private:
    Answer send(const QByteArray &method, const QString &who, const QByteArray &key = {},
                const QByteArray &body = "{}");
    qint64 stat(const char *name);

    std::unique_ptr<SandboxServer> m_server;
    EchoDomain *m_echo = nullptr;
    QUrl m_url;
    QHash<QString, QByteArray> m_tokens; // "admin", "member", "seller"
};

void TestSandboxPipeline::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 10;
    o.seed.departments = 3;
    QString error;
    // On this thread rather than in a SandboxHost: the domain is registered before the first
    // request, and the helpers wait in event loops that serve the sandbox too.
    m_server = createSandbox(o, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_echo = &m_server->addDomain(std::make_unique<EchoDomain>());
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPorts().value(0)));
    for (const auto &[who, account] :
         {std::pair{"admin", "zhang.min"}, {"member", "wang.fang"}, {"seller", "liu.yang"}}) {
        SignInResult signedIn;
        QCOMPARE(TestSupport::signIn(m_url, QString::fromLatin1(account), &signedIn), QString());
        m_tokens.insert(QString::fromLatin1(who), signedIn.tokens.accessToken);
    }
}

void TestSandboxPipeline::cleanup()
{
    TestSupport::setFaults(m_url, {});
}

Answer TestSandboxPipeline::send(const QByteArray &method, const QString &who,
                                 const QByteArray &key, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/api/v1/echo"))));
    request.setTransferTimeout(10'000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!who.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_tokens.value(who));
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key);
    QNetworkReply *reply = method == "GET" ? nam.get(request) : nam.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name, value);
    delete reply;
    return a;
}

qint64 TestSandboxPipeline::stat(const char *name)
{
    return TestSupport::stats(m_url).value(QLatin1String(name)).toInteger(-1);
}

void TestSandboxPipeline::sharedStagesApply_data()
{
    QTest::addColumn<QString>("who"); // "" for no bearer
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("fault"); // scripted for /api/v1/echo, or none
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("header"); // the answer must carry it
    QTest::addColumn<bool>("reachesDomain");

    QTest::newRow("no bearer: read") << "" << QByteArray("GET") << QByteArray() << "" << 401
                                     << "000001" << QByteArray("WWW-Authenticate") << false;
    QTest::newRow("no bearer: change")
        << "" << QByteArray("POST") << QByteArray("k-anon") << "" << 401 << "000001"
        << QByteArray("WWW-Authenticate") << false;
    QTest::newRow("member reads") << "member" << QByteArray("GET") << QByteArray() << "" << 200
                                  << "000000" << QByteArray() << true;
    QTest::newRow("member's change refused")
        << "member" << QByteArray("POST") << QByteArray("k-member") << "" << 403 << "010012"
        << QByteArray() << false;
    QTest::newRow("change without Idempotency-Key")
        << "admin" << QByteArray("POST") << QByteArray() << "" << 400 << "000002" << QByteArray()
        << false;
    QTest::newRow("admin's change") << "admin" << QByteArray("POST") << QByteArray("k-admin") << ""
                                    << 200 << "000000" << QByteArray() << true;
    QTest::newRow("fault 503") << "admin" << QByteArray("GET") << QByteArray() << "503" << 503
                               << "010010" << QByteArray("Retry-After") << false;
    // Faults come before the bearer and the role are looked at.
    QTest::newRow("fault 429 before the bearer")
        << "" << QByteArray("GET") << QByteArray() << "429" << 429 << "010009"
        << QByteArray("Retry-After") << false;
    QTest::newRow("fault 500 before the role")
        << "member" << QByteArray("POST") << QByteArray("k-500") << "500" << 500 << "000005"
        << QByteArray() << false;
}

void TestSandboxPipeline::sharedStagesApply()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, key);
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, header);
    QFETCH(bool, reachesDomain);
    if (!fault.isEmpty())
        TestSupport::setFaults(m_url,
                               {{QStringLiteral("script"), QJsonArray{fault}},
                                {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/echo")}});
    const qint64 requests = stat("requests");
    const qint64 faults = stat("faults");
    const int changes = m_echo->changes();

    const Answer a = send(method, who, key);
    QCOMPARE(a.status, status);
    QCOMPARE(a.json.value(u"resultCode").toString(), code);
    if (!header.isEmpty())
        QVERIFY2(!a.headers.value(header).isEmpty(), header.constData());
    if (reachesDomain)
        QCOMPARE(a.json.value(u"tenant").toString(), AuthServer::primaryTenant());
    QCOMPARE(m_echo->changes(), changes + (reachesDomain && method == "POST" ? 1 : 0));
    QCOMPARE(stat("requests"), requests + 1);
    QCOMPARE(stat("faults"), faults + (fault.isEmpty() ? 0 : 1));
}

// The role rule and its sentence are the domain's (DomainAccess, refusal): a seller may not
// even read this enterprise domain, a member may read but not change.
void TestSandboxPipeline::roleRefusalIsTheDomains()
{
    const int changes = m_echo->changes();
    const Answer read = send("GET", QStringLiteral("seller"));
    QCOMPARE(read.status, 403);
    QCOMPARE(read.json.value(u"resultCode").toString(), QStringLiteral("010012"));
    QCOMPARE(read.json.value(u"resultMsg").toString(),
             QStringLiteral("echo: liu.yang (seller) may not read"));
    const Answer change = send("POST", QStringLiteral("member"), "k-role");
    QCOMPARE(change.status, 403);
    QCOMPARE(change.json.value(u"resultMsg").toString(),
             QStringLiteral("echo: wang.fang (user) may not change"));
    QCOMPARE(m_echo->changes(), changes);
}

void TestSandboxPipeline::replayReturnsTheStoredAnswer()
{
    const int changes = m_echo->changes();
    const qint64 replays = stat("replays");
    const Answer first = send("POST", QStringLiteral("admin"), "same-key", R"({"n": 1})");
    const Answer again = send("POST", QStringLiteral("admin"), "same-key", R"({"n": 1})");
    QCOMPARE(first.status, 200);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json, first.json);
    QCOMPARE(again.headers.value("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(!first.headers.contains("Idempotent-Replayed"));
    QCOMPARE(m_echo->changes(), changes + 1); // done once
    QCOMPARE(stat("replays"), replays + 1);
    // The same key with another request is refused, and is no replay.
    const Answer other = send("POST", QStringLiteral("admin"), "same-key", R"({"n": 2})");
    QCOMPARE(other.status, 422);
    QCOMPARE(other.json.value(u"resultCode").toString(), QStringLiteral("010008"));
    QVERIFY(!other.headers.contains("Idempotent-Replayed"));
    QCOMPARE(m_echo->changes(), changes + 1);
}

void TestSandboxPipeline::spoilingFaultsComeAfterTheChange_data()
{
    QTest::addColumn<QString>("fault");
    // Not "drop": QNetworkAccessManager sends a request again by itself when the connection
    // closes before any answer, so the client would see the replay.
    QTest::newRow("malformed") << "malformed";
    QTest::newRow("truncate") << "truncate";
}

// The answer is spoiled on the way out, after the domain made the change and its answer was
// stored: the retry with the same key gets the stored answer, and nothing runs twice.
void TestSandboxPipeline::spoilingFaultsComeAfterTheChange()
{
    QFETCH(QString, fault);
    TestSupport::setFaults(m_url, {{QStringLiteral("script"), QJsonArray{fault}},
                                   {QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/echo")}});
    const int changes = m_echo->changes();
    const QByteArray key = "spoiled-" + fault.toLatin1();
    const Answer spoiled = send("POST", QStringLiteral("admin"), key);
    QCOMPARE(spoiled.status, 200);
    QVERIFY2(spoiled.json.isEmpty(), spoiled.body.constData()); // not JSON, or not all of it
    QCOMPARE(m_echo->changes(), changes + 1);
    const Answer retry = send("POST", QStringLiteral("admin"), key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.json.value(u"changes").toInt(), changes + 1);
    QCOMPARE(retry.headers.value("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_echo->changes(), changes + 1);
}

QTEST_GUILESS_MAIN(TestSandboxPipeline)
#include "tst_sandbox_pipeline.moc"
