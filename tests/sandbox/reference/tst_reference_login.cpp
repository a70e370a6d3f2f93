// The reference SaaS server's side of the unified login (protocol reference §5) against the
// sandbox's OAuth endpoints, all over loopback HTTP: the Kit delivers the tenant (its
// domainName: the sandbox) and the app (clientId and the RSA-encrypted clientSecret); the
// sandbox, with the client registered through /_sandbox/auth "clients", approves a sign-in
// and redirects to the reference server's callback with code and tenant; the reference server
// exchanges the code, reads the user and answers who signed in. Codes are single-use, a wrong
// secret or an unknown tenant fails at the step it belongs to.
#include "sandbox/reference/reference_client.h"
#include "sandbox/sandbox_host.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

namespace {

using namespace ReferenceFixture;

const QString kTenant = QStringLiteral("huadong-tech"); // the sandbox's zhang.min's
const QByteArray kSecret = "client-secret+/=0123456789";

} // namespace

class TestReferenceLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void loginCompletes();
    void codeWorksOnce();
    void failures_data();
    void failures();
    void requestProblems_data();
    void requestProblems();
    void aRedirectIsNotFollowed();
    void codesAndRefreshTokensServeTheirClientOnly();
    void plainHttpOffLoopbackIsRefused();

private:
    // Plays the browser up to the sandbox's redirect: the callback URL it sends the user to.
    QUrl authorize(const QString &clientId);
    void deliver(const QString &tenantId, const QByteArray &secret, bool authorised = true);
    QJsonObject sandboxPost(const QString &path, const QJsonObject &body);

    SandboxHost m_sandbox;
    ReferenceHost m_reference;
    std::unique_ptr<ReferenceClient> m_client;
    QNetworkAccessManager m_network;
};

void TestReferenceLogin::initTestCase()
{
    SandboxOptions s;
    s.seed.members = 20;
    s.seed.departments = 3;
    QString error;
    QVERIFY2(m_sandbox.start(s, &error), qPrintable(error));
    ReferenceOptions o = options();
    o.config.appId = QStringLiteral("app-login");
    QVERIFY2(m_reference.start(o, &error), qPrintable(error));
    m_client = std::make_unique<ReferenceClient>(m_reference.url(), kBasicKey, kKitKey);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TestReferenceLogin::init()
{
    m_client->reset();
    const QJsonObject auth = sandboxPost(
        "/_sandbox/auth", {{"autoApprove", "zhang.min"},
                           {"clients", QJsonObject{{"client-ref", QString::fromLatin1(kSecret)}}}});
    QCOMPARE(auth.value(u"clients").toArray(), QJsonArray{"client-ref"});
    QVERIFY(!QJsonDocument(auth).toJson().contains(kSecret));
}

QJsonObject TestReferenceLogin::sandboxPost(const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_sandbox.url().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return ReferenceClient::wait(
               m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)))
        .json;
}

void TestReferenceLogin::deliver(const QString &tenantId, const QByteArray &secret, bool authorised)
{
    QCOMPARE(m_client->kit("tenantSync", tenantSync(tenantId, m_sandbox.url().toString())).code(),
             QStringLiteral("000000"));
    QCOMPARE(
        m_client
            ->kit("applicationSync", applicationSync(tenantId, "app-login", "client-ref", secret))
            .code(),
        QStringLiteral("000000"));
    if (!authorised)
        return;
    const QJsonObject user{{"userName", "zhang.min"},
                           {"name", "张敏"},
                           {"orgCode", "D00000"},
                           {"role", "admin"},
                           {"enable", "true"}};
    QCOMPARE(m_client
                 ->kit("authSync", {{"instanceId", "inst-1"},
                                    {"tenantId", tenantId},
                                    {"appId", "app-login"},
                                    {"userList", QJsonArray{user}},
                                    {"currentSyncTime", ReferenceClient::kitTimeStamp()},
                                    {"flag", 1},
                                    {"testFlag", 0},
                                    {"timeStamp", ReferenceClient::kitTimeStamp()}})
                 .code(),
             QStringLiteral("000000"));
}

QUrl TestReferenceLogin::authorize(const QString &clientId)
{
    QUrl url(m_sandbox.url().toString() + QStringLiteral("/api/v1/oauth2/authorize"));
    QUrlQuery q;
    q.addQueryItem("response_type", "code");
    q.addQueryItem("client_id", clientId);
    q.addQueryItem("redirect_uri",
                   m_reference.url().toString() + QStringLiteral("/isv/login/callback"));
    q.addQueryItem("scope", "get_user_info");
    q.addQueryItem("state", "st-1");
    url.setQuery(q);
    const Reply r = ReferenceClient::wait(m_network.get(QNetworkRequest(url)));
    if (r.status != 302)
        qWarning() << "authorize answered" << r.status << r.body.left(300);
    return QUrl(QString::fromUtf8(r.headers.value("location")));
}

void TestReferenceLogin::loginCompletes()
{
    deliver(kTenant, kSecret);
    const QUrl callback = authorize("client-ref");
    QCOMPARE(QUrlQuery(callback).queryItemValue("tenant"), kTenant);
    const Reply r = ReferenceClient::wait(m_network.get(QNetworkRequest(callback)));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(u"loggedIn").toBool(), true);
    QCOMPARE(r.json.value(u"userName").toString(), QStringLiteral("zhang.min"));
    QCOMPARE(r.json.value(u"tenant").toString(), kTenant);
    QCOMPARE(r.json.value(u"tenantName").toString(), QStringLiteral("Tenant ") + kTenant);
    QCOMPARE(r.json.value(u"appId").toString(), QStringLiteral("app-login"));
    QCOMPARE(r.json.value(u"authorized").toBool(), true);
    QCOMPARE(m_client->state().value(u"loginsSucceeded").toInt(), 1);
    QVERIFY(!r.body.contains(kSecret));
}

void TestReferenceLogin::codeWorksOnce()
{
    deliver(kTenant, kSecret, false);
    const QUrl callback = authorize("client-ref");
    const Reply first = ReferenceClient::wait(m_network.get(QNetworkRequest(callback)));
    QCOMPARE(first.json.value(u"loggedIn").toBool(), true);
    QCOMPARE(first.json.value(u"authorized").toBool(), false); // no authSync for the user
    const Reply again = ReferenceClient::wait(m_network.get(QNetworkRequest(callback)));
    QCOMPARE(again.status, 401);
    QCOMPARE(again.json.value(u"loggedIn").toBool(), false);
    QCOMPARE(again.json.value(u"step").toString(), QStringLiteral("token"));
    QVERIFY2(again.message().contains(u"invalid_grant"), qPrintable(again.message()));
}

void TestReferenceLogin::failures_data()
{
    QTest::addColumn<QString>("tenant");    // whose Kit data the reference server gets
    QTest::addColumn<QByteArray>("secret"); // the clientSecret it gets
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong secret") << kTenant << QByteArray("not-the-secret") << "token"
                                  << "invalid_client";
    QTest::newRow("tenant never synchronised") << "beifang-cloud" << kSecret << "lookup"
                                               << "no applicationSync for tenant huadong-tech";
}

void TestReferenceLogin::failures()
{
    QFETCH(QString, tenant);
    QFETCH(QByteArray, secret);
    QFETCH(QString, step);
    QFETCH(QString, message);
    deliver(tenant, secret, false);
    const Reply r = ReferenceClient::wait(m_network.get(QNetworkRequest(authorize("client-ref"))));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(u"loggedIn").toBool(), false);
    QCOMPARE(r.json.value(u"step").toString(), step);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
    QCOMPARE(m_client->state().value(u"loginsFailed").toInt(), 1);
}

void TestReferenceLogin::requestProblems_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no code") << "tenant=huadong-tech" << 400 << "code:";
    QTest::newRow("no tenant") << "code=abc" << 400 << "tenant:";
    QTest::newRow("refused") << "error=access_denied&tenant=huadong-tech" << 401 << "error:";
}

void TestReferenceLogin::requestProblems()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Reply r = m_client->get(QStringLiteral("/isv/login/callback?") + query);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json.value(u"loggedIn").toBool(), false);
    QVERIFY2(r.message().startsWith(message), qPrintable(r.message()));
}

// The tenant's endpoints answer with redirects elsewhere: the login fails at that step and
// nothing is sent on — not the form with client_secret (307 keeps a POST and its body), not
// the bearer (a 302 on userinfo would be followed by a GET to the other server).
void TestReferenceLogin::aRedirectIsNotFollowed()
{
    QHttpServer elsewhere; // where the redirects point: it must never be reached
    int reachedElsewhere = 0;
    elsewhere.route(QStringLiteral("/<arg>"), [&reachedElsewhere](const QString &) {
        ++reachedElsewhere;
        return QHttpServerResponse(QJsonObject{{"userName", "zhang.min"}});
    });
    const quint16 elsewherePort = elsewhere.listen(QHostAddress::LocalHost);
    QVERIFY(elsewherePort != 0);
    const QByteArray away =
        QStringLiteral("http://127.0.0.1:%1/stolen").arg(elsewherePort).toUtf8();
    QHttpServer tenant;
    bool redirectToken = true;
    tenant.route(QStringLiteral("/api/v1/oauth2/token"), [&redirectToken, away] {
        if (!redirectToken)
            return QHttpServerResponse(QJsonObject{{"access_token", "at-1"}});
        QHttpServerResponse r(QHttpServerResponse::StatusCode::TemporaryRedirect);
        r.setHeader("Location", away);
        return r;
    });
    tenant.route(QStringLiteral("/api/v1/oauth2/userinfo"), [away] {
        QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
        r.setHeader("Location", away);
        return r;
    });
    const quint16 port = tenant.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    QCOMPARE(m_client
                 ->kit("tenantSync",
                       tenantSync(kTenant, QStringLiteral("http://127.0.0.1:%1").arg(port)))
                 .code(),
             QStringLiteral("000000"));
    QCOMPARE(
        m_client
            ->kit("applicationSync", applicationSync(kTenant, "app-login", "client-ref", kSecret))
            .code(),
        QStringLiteral("000000"));
    for (const QString &step : {QStringLiteral("token"), QStringLiteral("userinfo")}) {
        redirectToken = step == u"token";
        const Reply r =
            m_client->get(QStringLiteral("/isv/login/callback?code=abc&tenant=") + kTenant);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(u"loggedIn").toBool(), false);
        QCOMPARE(r.json.value(u"step").toString(), step);
        QVERIFY2(r.message().contains(u"HTTP 30"), qPrintable(r.message()));
    }
    QCOMPARE(reachedElsewhere, 0);
}

void TestReferenceLogin::plainHttpOffLoopbackIsRefused()
{
    QCOMPARE(
        m_client->kit("tenantSync", tenantSync(kTenant, QStringLiteral("http://192.0.2.1"))).code(),
        QStringLiteral("000000"));
    QCOMPARE(
        m_client
            ->kit("applicationSync", applicationSync(kTenant, "app-login", "client-ref", kSecret))
            .code(),
        QStringLiteral("000000"));
    const Reply r = m_client->get(QStringLiteral("/isv/login/callback?code=abc&tenant=") + kTenant);
    QCOMPARE(r.status, 502);
    QCOMPARE(r.json.value(u"step").toString(), QStringLiteral("lookup"));
    QVERIFY2(r.message().contains(u"neither https nor a loopback"), qPrintable(r.message()));
}

// The sandbox's confidential clients: a code is exchanged only by the client it was issued
// to, and a refresh token renews only that client's sign-in (never the public client's).
void TestReferenceLogin::codesAndRefreshTokensServeTheirClientOnly()
{
    const auto post = [this](const QList<std::pair<QString, QString>> &fields) {
        QUrlQuery form;
        for (const auto &[k, v] : fields)
            form.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
        QNetworkRequest request(QUrl(m_sandbox.url().toString() + "/api/v1/oauth2/token"));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        return ReferenceClient::wait(
            m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
    };
    const QUrl callback = authorize(QStringLiteral("client-ref"));
    const QString code = QUrlQuery(callback).queryItemValue(QStringLiteral("code"));
    QVERIFY2(!code.isEmpty(), qPrintable(callback.toString()));
    const QString redirect = m_reference.url().toString() + QStringLiteral("/isv/login/callback");
    Reply r = post({{"grant_type", "authorization_code"},
                    {"code", code},
                    {"client_id", "marketdesk"},
                    {"redirect_uri", redirect}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(u"error_description").toString().contains(u"another client"),
             r.body.constData());
    // That code is spent; a new one, exchanged by its own client, gives tokens.
    const QString code2 =
        QUrlQuery(authorize(QStringLiteral("client-ref"))).queryItemValue(QStringLiteral("code"));
    r = post({{"grant_type", "authorization_code"},
              {"code", code2},
              {"client_id", "client-ref"},
              {"client_secret", QString::fromLatin1(kSecret)},
              {"redirect_uri", redirect}});
    QVERIFY2(r.status == 200, r.body.constData());
    const QString refresh = r.json.value(u"refresh_token").toString();
    QVERIFY(!refresh.isEmpty());
    r = post(
        {{"grant_type", "refresh_token"}, {"refresh_token", refresh}, {"client_id", "marketdesk"}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(u"error_description").toString().contains(u"another client"),
             r.body.constData());
    r = post({{"grant_type", "refresh_token"},
              {"refresh_token", refresh},
              {"client_id", "client-ref"},
              {"client_secret", QString::fromLatin1(kSecret)}});
    QCOMPARE(r.status, 200);
}

QTEST_GUILESS_MAIN(TestReferenceLogin)
#include "tst_reference_login.moc"
