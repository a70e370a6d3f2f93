// The integration debugger's login suite (LoginScenarios, LoginJudge, LoginProvider) against
// marketdesk's reference SaaS server: the suite passes against a correct server over HTTP and
// HTTPS; `all` without a callback address lists the login's checks as skipped with the
// reason; a login suite whose provider the callback's server could not reach is refused
// before anything is sent; the judge reads a callback's answer as the docs say (JSON
// loggedIn, an error status, a page or redirect); the report masks codes, client secrets and
// bearer tokens.
#include "core/seller/debugger/debug_fixture.h"
#include "seller/debugger/debug_report.h"
#include "seller/debugger/login_judge.h"
#include "seller/debugger/login_scenarios.h"
#include "seller/debugger/secret_mask.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace DebugFixture;

class TestDebugLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { stopAll(); }
    void init();
    void loginPasses_data();
    void loginPasses();
    void allWithoutCallbackSkipsTheLogin();
    void unusableLoginSettingsAreRefused_data();
    void unusableLoginSettingsAreRefused();
    void refusalsAreReadAsDocumented_data();
    void refusalsAreReadAsDocumented();
    void signInIsReadAsDocumented_data();
    void signInIsReadAsDocumented();
    void reportMasksCodesSecretsAndTokens();
};

void TestDebugLogin::init()
{
    for (const char *name : {"v2-http", "v2-https", "v1-http"}) {
        Server &s = server(QLatin1String(name));
        s.client->setFaults({});
        s.client->reset();
    }
}

void TestDebugLogin::loginPasses_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("v2 http") << "v2-http";
    QTest::newRow("v2 https") << "v2-https";
    QTest::newRow("v1 http") << "v1-http";
}

void TestDebugLogin::loginPasses()
{
    QFETCH(QString, server);
    Server &s = DebugFixture::server(server);
    s.client->setFaults({});
    auto r = run(target(s), DebugRun::Suite::Login);
    QVERIFY(r);
    QVERIFY2(r->error().isEmpty(), qPrintable(r->error()));
    QStringList ids;
    for (const DebugCheck &c : r->checks()) {
        ids.append(c.id);
        QVERIFY2(c.verdict == DebugCheck::Verdict::Pass, qPrintable(c.id + u' ' + c.reason));
        QVERIFY2(c.hasExchange, qPrintable(c.id));
    }
    QCOMPARE(ids, LoginScenarios::checkIds());
    QVERIFY(
        find(*r, QStringLiteral("login.callback"))->reason.contains(QStringLiteral("signed in")));
    // The server was left as it was: the login's Kit data deleted again.
    QTRY_COMPARE_WITH_TIMEOUT(
        s.host.stateNow().value(u"kitRows").toObject().value(u"total").toInt(), 0, 5000);
    QCOMPARE(s.host.stateNow().value(u"loginsSucceeded").toInt(), 1);
}

void TestDebugLogin::allWithoutCallbackSkipsTheLogin()
{
    DebugTarget t = target(server(QStringLiteral("v2-http")));
    t.loginCallback.clear();
    auto r = run(t, DebugRun::Suite::All, {QStringLiteral("login")});
    QVERIFY(r);
    QVERIFY2(r->error().isEmpty(), qPrintable(r->error()));
    QCOMPARE(r->checks().size(), LoginScenarios::checkIds().size());
    for (const DebugCheck &c : r->checks()) {
        QCOMPARE(c.verdict, DebugCheck::Verdict::Skipped);
        QVERIFY2(c.reason.contains(QStringLiteral("--callback")), qPrintable(c.reason));
    }
}

void TestDebugLogin::unusableLoginSettingsAreRefused_data()
{
    QTest::addColumn<QString>("callback");
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("loginUrl");
    QTest::addColumn<QString>("because");
    QTest::newRow("no callback") << ""
                                 << "127.0.0.1"
                                 << ""
                                 << "--callback";
    QTest::newRow("not http") << "ftp://saas.example.com/cb"
                              << "127.0.0.1"
                              << ""
                              << "not an http(s) URL";
    QTest::newRow("plain http elsewhere") << "http://saas.example.com/cb"
                                          << "127.0.0.1"
                                          << ""
                                          << "plain http";
    QTest::newRow("remote callback, loopback provider") << "https://saas.example.com/cb"
                                                        << "127.0.0.1"
                                                        << ""
                                                        << "--login-listen";
    QTest::newRow("every address, no url") << "https://saas.example.com/cb"
                                           << "0.0.0.0"
                                           << ""
                                           << "--login-url";
    QTest::newRow("bad provider url") << "https://saas.example.com/cb"
                                      << "0.0.0.0"
                                      << "mailto:x"
                                      << "not an http(s) URL";
}

void TestDebugLogin::unusableLoginSettingsAreRefused()
{
    QFETCH(QString, callback);
    QFETCH(QString, listen);
    QFETCH(QString, loginUrl);
    QFETCH(QString, because);
    Server &s = server(QStringLiteral("v2-http"));
    const int before = s.host.stateNow().value(u"requests").toObject().size();
    DebugTarget t = target(s);
    t.loginCallback = QUrl(callback);
    t.loginListenHost = QHostAddress(listen);
    t.loginUrl = QUrl(loginUrl);
    auto r = run(t, DebugRun::Suite::Login, {}, 5000);
    QVERIFY(r);
    QVERIFY2(r->error().contains(because), qPrintable(r->error()));
    QVERIFY(r->checks().isEmpty());
    QCOMPARE(s.host.stateNow().value(u"requests").toObject().size(), before);
}

namespace {

DebugAnswer answer(int status, const QByteArray &body)
{
    DebugAnswer a;
    a.status = status;
    a.body = body;
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    a.isJsonObject = e.error == QJsonParseError::NoError && doc.isObject();
    a.json = doc.object();
    return a;
}

} // namespace

void TestDebugLogin::refusalsAreReadAsDocumented_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("verdict"); // pass, fail, undecided
    QTest::newRow("loggedIn false") << 401 << QByteArray(R"({"loggedIn":false})") << "pass";
    QTest::newRow("loggedIn false, 200") << 200 << QByteArray(R"({"loggedIn":false})") << "pass";
    QTest::newRow("loggedIn true")
        << 200 << QByteArray(R"({"loggedIn":true,"userName":"u","tenant":"t"})") << "fail";
    QTest::newRow("error page") << 403 << QByteArray("<html>no</html>") << "pass";
    QTest::newRow("server error") << 500 << QByteArray() << "pass";
    QTest::newRow("redirect") << 302 << QByteArray() << "undecided";
    QTest::newRow("page") << 200 << QByteArray("<html>welcome</html>") << "undecided";
}

void TestDebugLogin::refusalsAreReadAsDocumented()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, verdict);
    ScenarioState st;
    const QString why = LoginJudge::refused(answer(status, body), st, QStringLiteral("because"));
    const QString got = !why.isEmpty()            ? QStringLiteral("fail")
                        : !st.undecided.isEmpty() ? QStringLiteral("undecided")
                                                  : QStringLiteral("pass");
    QCOMPARE(got, verdict);
    if (got == u"fail")
        QVERIFY(why.contains(QStringLiteral("because")));
}

void TestDebugLogin::signInIsReadAsDocumented_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("userRead");     // the provider saw userinfo read for the code
    QTest::addColumn<QString>("failsWith"); // empty: passes
    const QByteArray ok = R"({"loggedIn":true,"userName":"u1","tenant":"ta","authorized":true})";
    QTest::newRow("json, right") << 200 << ok << true << "";
    QTest::newRow("json, other user")
        << 200 << QByteArray(R"({"loggedIn":true,"userName":"u2","tenant":"ta"})") << true
        << "instead of u1";
    QTest::newRow("json, other tenant")
        << 200 << QByteArray(R"({"loggedIn":true,"userName":"u1","tenant":"tb"})") << true
        << "instead of ta";
    QTest::newRow("json, not authorised")
        << 200 << QByteArray(R"({"loggedIn":true,"authorized":false})") << true << "authSync";
    QTest::newRow("json, refused")
        << 401 << QByteArray(R"({"loggedIn":false,"step":"token","resultMsg":"HTTP 401"})") << false
        << "token: HTTP 401";
    QTest::newRow("redirect after userinfo") << 302 << QByteArray() << true << "";
    QTest::newRow("redirect, user never read") << 302 << QByteArray() << false << "never read";
    QTest::newRow("error status") << 500 << QByteArray("oops") << true << "HTTP 500";
}

void TestDebugLogin::signInIsReadAsDocumented()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, userRead);
    QFETCH(QString, failsWith);
    SecretMask mask;
    LoginProvider provider(mask);
    QString error;
    QVERIFY(provider.listen(QHostAddress::LocalHost, 0, &error));
    const QString code = provider.issueCode(QStringLiteral("ta"), {});
    if (userRead) {
        // Play the seller's server: exchange the code, read the user.
        provider.addClient(QStringLiteral("ta"), QStringLiteral("ca"), "s3cret-s3cret");
        QNetworkAccessManager network;
        QUrl url = provider.url();
        url.setPath(QStringLiteral("/api/v1/oauth2/token"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = network.post(
            request,
            "grant_type=authorization_code&client_id=ca&client_secret=s3cret-s3cret&code=" +
                code.toLatin1());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(u"access_token")
                                     .toString()
                                     .toLatin1();
        url.setPath(QStringLiteral("/api/v1/oauth2/userinfo"));
        QNetworkRequest info(url);
        info.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *user = network.get(info);
        QTRY_VERIFY_WITH_TIMEOUT(user->isFinished(), 5000);
        QCOMPARE(user->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        delete user;
    }
    ScenarioState st;
    const QString why = LoginJudge::signIn(answer(status, body), st, &provider, code,
                                           QStringLiteral("u1"), QStringLiteral("ta"));
    if (failsWith.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(!st.passReason.isEmpty());
    } else {
        QVERIFY2(why.contains(failsWith), qPrintable(why));
    }
}

void TestDebugLogin::reportMasksCodesSecretsAndTokens()
{
    Server &s = server(QStringLiteral("v2-https"));
    s.client->setFaults({});
    auto r = run(target(s), DebugRun::Suite::Login);
    QVERIFY(r);
    QCOMPARE(DebugTally::of(r->checks()).failed, 0);
    const DebugReport report(*r);
    for (const QString &text : {QString::fromUtf8(QJsonDocument(report.toJson()).toJson()),
                                QString::fromUtf8(report.toHtml())}) {
        // Every occurrence is the mask: in the callback's URL, the token call's form, the
        // token answer, the userinfo call's header.
        for (const char *pattern :
             {"code=(?!••••)", "client_secret=(?!••••)",
              "(access_token|refresh_token)(\\\\?\"|&quot;)\\s*:\\s*(\\\\?\"|&quot;)(?!••••)",
              "Bearer (?!…)"}) {
            const auto m = QRegularExpression(QString::fromUtf8(pattern)).match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(m.captured(0) + QStringLiteral(" near ") +
                                               text.mid(m.capturedStart() - 80, 200)));
        }
        QVERIFY(text.contains(QStringLiteral("code=••••")));
        QVERIFY(text.contains(QStringLiteral("client_secret=••••")));
    }
}

QTEST_GUILESS_MAIN(TestDebugLogin)
#include "tst_debug_login.moc"
