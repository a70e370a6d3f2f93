// Sign-in against the real sandbox: the whole authorization-code + PKCE flow with the test
// playing the browser (through the sign-in page, too), callbacks that must be refused before
// any token request, callbacks without the sign-in's state that are answered and ignored (up to
// a bound), codes that work once, refresh tokens that rotate and betray reuse, one
// refresh for many requests that hit a 401, and what a token may see and do.
#include "identity/auth_session.h"
#include "identity/loopback_listener.h"
#include "identity/pkce.h"
#include "net/api_client.h"
#include "org/cache.h"
#include "org/org_service.h"
#include "storage/outbox.h"
#include "support/sandbox_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void throughTheSignInPage();
    void denyOnTheSignInPageAnswersTheClient();
    void logoutRedirectsOnlyToLoopback_data();
    void logoutRedirectsOnlyToLoopback();
    void listenerIsLoopbackOnlyAndClosesAfterwards();
    void listenerIsUnreachableFromOtherAddresses();
    void noAnswerFromTheBrowserTimesOut();
    void refusedCallbacksSendNoTokenRequest_data();
    void refusedCallbacksSendNoTokenRequest();
    void strayCallbacksAreAnsweredAndTheSignInGoesOn_data();
    void strayCallbacksAreAnsweredAndTheSignInGoesOn();
    void tooManyStrayCallbacksEndTheSignIn();
    void timeoutAfterStrayCallbacksSaysSo();
    void malformedRequestsToTheListenerAreAnswered();
    void randomJunkNeverEndsOrBreaksTheListener();
    void tokenAnswerThatIsNotJson();
    void codeWorksOnce();
    void refreshRotatesAndReuseRevokes();
    void concurrent401sShareOneRefresh();
    void refreshesBeforeExpiry();
    void endedSignInKeepsPendingChanges();
    void everyApiCallNeedsABearer();
    void memberMayReadButNotChange();
    void tenantsAreIsolated();

private:
    QJsonObject authStats() { return TestSupport::stats(m_url).value(u"auth").toObject(); }
    void setAuth(const QJsonObject &settings);
    // Posts a form to the sign-in page as the browser would; *location gets the redirect.
    int postToSignInPage(const QUrlQuery &form, QUrl *location);
    // The authorize redirect for an auto-approved sign-in with a known verifier.
    QString codeFor(const QByteArray &verifier, const QString &redirect);
    QJsonObject exchange(const QUrlQuery &form, int *status);
    // Sends one raw GET /callback?query to the listener, as another program on this computer
    // could, and returns the whole answer (empty if none came).
    static QByteArray askListener(quint16 port, const QByteArray &query);
    SandboxHost m_host;
    QUrl m_url;
};

void TestSignIn::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 200;
    o.seed.departments = 12;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_url = m_host.url();
}

void TestSignIn::init()
{
    TestSupport::setFaults(m_url, {});
    setAuth({{QStringLiteral("autoApprove"), QStringLiteral("zhang.min")},
             {QStringLiteral("accessTtl"), 7200}});
    TestSupport::useBearer({});
}

void TestSignIn::setAuth(const QJsonObject &settings)
{
    int status = 0;
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST", settings,
                          &status);
    QCOMPARE(status, 200);
}

int TestSignIn::postToSignInPage(const QUrlQuery &form, QUrl *location)
{
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest post(m_url.resolved(QUrl(QStringLiteral("/api/v1/oauth2/authorize"))));
    post.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *reply = nam.post(post, form.query(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *location = QUrl::fromEncoded(reply->rawHeader("Location"));
    delete reply;
    return status;
}

void TestSignIn::throughTheSignInPage()
{
    setAuth({{QStringLiteral("autoApprove"), QString()}});
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    QSignalSpy opened(&flow, &SignInFlow::openUrl);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    QCOMPARE(opened.count(), 1);
    const QUrl authorize = opened.first().first().toUrl();
    const QUrlQuery q(authorize);
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(q.queryItemValue(QStringLiteral("state")).toLatin1(), flow.state());
    QVERIFY(q.queryItemValue(QStringLiteral("redirect_uri")).startsWith(u"http://127.0.0.1:"));
    // The browser shows the page; the person picks the second enterprise's administrator.
    QByteArray page;
    QCOMPARE(TestSupport::followInBrowser(authorize, {}, &page), 200);
    QVERIFY(page.contains("li.na@beifang-cloud"));
    QVERIFY(page.contains("wang.fang@huadong-tech"));
    QUrlQuery form = q;
    form.addQueryItem(QStringLiteral("account"), QStringLiteral("li.na@beifang-cloud"));
    QUrl callback;
    QCOMPARE(postToSignInPage(form, &callback), 302);
    QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("tenant")),
             QStringLiteral("beifang-cloud"));
    QByteArray answer;
    QCOMPARE(TestSupport::followInBrowser(callback, {}, &answer), 200);
    QVERIFY(answer.contains("You can close this tab"));
    QTRY_COMPARE(finished.count(), 1);
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.user.userName, QStringLiteral("li.na"));
    QCOMPARE(r.user.tenant, QStringLiteral("beifang-cloud"));
    QVERIFY(r.user.isAdmin());
    QVERIFY(!r.tokens.refreshToken.isEmpty());
    QCOMPARE(r.tokens.lifetimeS, 7200);
}

// The page's Deny button posts its own form, which carries the request: the client gets
// access_denied with its state (it once got an error page and waited until its timeout).
void TestSignIn::denyOnTheSignInPageAnswersTheClient()
{
    setAuth({{QStringLiteral("autoApprove"), QString()}});
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    QSignalSpy opened(&flow, &SignInFlow::openUrl);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    QCOMPARE(opened.count(), 1);
    QByteArray page;
    QCOMPARE(TestSupport::followInBrowser(opened.first().first().toUrl(), {}, &page), 200);
    // The Deny form as the page has it: its hidden fields, then the button.
    const qsizetype deny = page.indexOf("name=\"deny\"");
    QVERIFY(deny > 0);
    const QString form = QString::fromUtf8(
        page.mid(page.lastIndexOf("<form", deny), deny - page.lastIndexOf("<form", deny)));
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    QUrlQuery fields;
    for (auto it = input.globalMatch(form); it.hasNext();) {
        const auto m = it.next();
        fields.addQueryItem(m.captured(1), m.captured(2));
    }
    QVERIFY2(fields.hasQueryItem(QStringLiteral("redirect_uri")), qPrintable(form));
    fields.addQueryItem(QStringLiteral("deny"), QStringLiteral("1"));
    QUrl callback;
    QCOMPARE(postToSignInPage(fields, &callback), 302);
    QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
    TestSupport::followInBrowser(callback, {});
    QTRY_COMPARE(finished.count(), 1);
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"access_denied"), qPrintable(r.message));
}

void TestSignIn::logoutRedirectsOnlyToLoopback_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("followed");
    QTest::newRow("the program's listener") << "http://127.0.0.1:4567/signed-out" << true;
    QTest::newRow("another site") << "https://evil.example/phish" << false;
    QTest::newRow("plain http elsewhere") << "http://evil.example/" << false;
}

// The sandbox's sign-out is no open redirect: it sends the browser back to a loopback
// listener only.
void TestSignIn::logoutRedirectsOnlyToLoopback()
{
    QFETCH(QString, target);
    QFETCH(bool, followed);
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl logout = m_url.resolved(QUrl(QStringLiteral("/api/v1/logout")));
    logout.setQuery(QStringLiteral("redirect_url=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(target)));
    QNetworkReply *reply = nam.get(QNetworkRequest(logout));
    QTRY_VERIFY(reply->isFinished());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = reply->rawHeader("Location");
    delete reply;
    if (followed) {
        QCOMPARE(status, 302);
        QCOMPARE(QString::fromUtf8(location), target);
    } else {
        QCOMPARE(status, 200);
        QVERIFY(location.isEmpty());
    }
}

void TestSignIn::listenerIsLoopbackOnlyAndClosesAfterwards()
{
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    QSignalSpy opened(&flow, &SignInFlow::openUrl);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    QVERIFY(flow.isListening());
    QCOMPARE(flow.listenerAddress(), QHostAddress(QHostAddress::LocalHost));
    const quint16 port = QUrl(flow.redirectUri()).port();
    TestSupport::followInBrowser(opened.first().first().toUrl());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<SignInResult>().ok);
    QVERIFY(!flow.isListening());
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!after.waitForConnected(2000));
}

// Bound to 127.0.0.1 (checked above), so not reachable through any other address of this
// machine. Without another address there is nothing to try: said, not passed in silence.
void TestSignIn::listenerIsUnreachableFromOtherAddresses()
{
    QList<QHostAddress> others;
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            others.append(a);
    if (others.isEmpty())
        QSKIP("this machine has no IPv4 address but loopback: nothing to connect from");
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    flow.start();
    QVERIFY(flow.isListening());
    const quint16 port = QUrl(flow.redirectUri()).port();
    for (const QHostAddress &a : others) {
        QTcpSocket s;
        s.connectToHost(a, port);
        QVERIFY2(!s.waitForConnected(2000), qPrintable(a.toString()));
    }
    // The listener itself answers on loopback: the refusals above are not a dead listener.
    QTcpSocket loopback;
    loopback.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(loopback.waitForConnected(2000));
}

void TestSignIn::noAnswerFromTheBrowserTimesOut()
{
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    flow.setTimeoutMs(300);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start(); // nobody opens the address
    const quint16 port = QUrl(flow.redirectUri()).port();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"No answer came back from the browser"), qPrintable(r.message));
    QVERIFY(!flow.isListening());
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(2000));
}

void TestSignIn::refusedCallbacksSendNoTokenRequest_data()
{
    QTest::addColumn<QString>("query"); // STATE stands for the flow's own state
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("issPromised"); // discovery said every answer carries "iss"
    QTest::newRow("error answer")
        << "error=access_denied&error_description=the%20user%20said%20no&state=STATE"
        << "did not sign you in: the user said no (access_denied)" << false;
    QTest::newRow("no code") << "state=STATE"
                             << "no authorization code" << false;
    QTest::newRow("empty code") << "code=&state=STATE"
                                << "no authorization code" << false;
    // RFC 9207: the right state, a code, but the answer names another issuer (a mix-up).
    QTest::newRow("no issuer though promised") << "code=abc&state=STATE"
                                               << "does not say which server sent it" << true;
    QTest::newRow("another issuer")
        << "code=abc&state=STATE&iss=https%3A%2F%2Fevil.example"
        << "comes from another server (issuer \"https://evil.example\"" << false;
}

void TestSignIn::refusedCallbacksSendNoTokenRequest()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    QFETCH(bool, issPromised);
    OAuthEndpoints endpoints = OAuthEndpoints::forServer(m_url);
    endpoints.issuer = m_url.toString(); // as discovery leaves it
    endpoints.issInCallback = issPromised;
    SignInFlow flow(m_url, endpoints);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    const qint64 exchanges = authStats().value(u"codeExchanges").toInteger();
    const QUrl callback(
        flow.redirectUri() + u'?' +
        QString(query).replace(QStringLiteral("STATE"), QString::fromLatin1(flow.state())));
    QByteArray page;
    QCOMPARE(TestSupport::followInBrowser(callback, {}, &page), 400);
    QVERIFY(page.contains("did not complete"));
    QTRY_COMPARE(finished.count(), 1);
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QCOMPARE(authStats().value(u"codeExchanges").toInteger(), exchanges);
    QVERIFY(!flow.isListening());
}

QByteArray TestSignIn::askListener(quint16 port, const QByteArray &query)
{
    // The listener runs on this thread: wait with the event loop, never block it.
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&s] { return s.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    s.write("GET /callback" + (query.isEmpty() ? QByteArray() : "?" + query) +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += s.readAll();
            return s.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    // An answer is whole only once the listener closed the connection after it.
    return closed ? answer + s.readAll() : QByteArray();
}

void TestSignIn::strayCallbacksAreAnsweredAndTheSignInGoesOn_data()
{
    // STATE stands for the flow's own state, PREFIX for its first 20 characters.
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("wrong state") << QByteArray("code=abc&state=forged");
    QTest::newRow("no state") << QByteArray("code=abc");
    QTest::newRow("empty state") << QByteArray("code=abc&state=");
    QTest::newRow("no query at all") << QByteArray();
    QTest::newRow("state cut short") << QByteArray("code=abc&state=PREFIX");
    QTest::newRow("state one character longer") << QByteArray("code=abc&state=STATEx");
    QTest::newRow("state under another name") << QByteArray("code=abc&mystate=STATE");
    QTest::newRow("a wrong state first") << QByteArray("code=abc&state=forged&state=STATE");
    // A forged denial ends nothing either: only the real one carries the state.
    QTest::newRow("error without state") << QByteArray("error=access_denied");
    QTest::newRow("error with a wrong state") << QByteArray("error=access_denied&state=forged");
    QTest::newRow("malformed, wrong state") << QByteArray("code=%zz&state=forged");
}

// Another program, or a web page that guesses the port, cannot end the sign-in: a callback
// without its state is answered, requests no token, and the real one still completes it.
void TestSignIn::strayCallbacksAreAnsweredAndTheSignInGoesOn()
{
    QFETCH(QByteArray, query);
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    QSignalSpy opened(&flow, &SignInFlow::openUrl);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    const quint16 port = QUrl(flow.redirectUri()).port();
    const qint64 exchanges = authStats().value(u"codeExchanges").toInteger();
    query.replace("PREFIX", flow.state().left(20)).replace("STATE", flow.state());
    const QByteArray answer = askListener(port, query);
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(80).constData());
    QVERIFY2(answer.contains("does not belong to the sign-in"), answer.constData());
    QVERIFY(!answer.contains(flow.state()));
    QCOMPARE(finished.count(), 0);
    QVERIFY(flow.isListening());
    QCOMPARE(authStats().value(u"codeExchanges").toInteger(), exchanges);
    TestSupport::followInBrowser(opened.first().first().toUrl());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(authStats().value(u"codeExchanges").toInteger(), exchanges + 1);
    QVERIFY(!flow.isListening());
}

// Bounded: a flood of callbacks without the state ends the sign-in, saying why, before any
// token request.
void TestSignIn::tooManyStrayCallbacksEndTheSignIn()
{
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    const quint16 port = QUrl(flow.redirectUri()).port();
    const qint64 exchanges = authStats().value(u"codeExchanges").toInteger();
    for (int i = 1; i < LoopbackListener::MaxStrayCallbacks; ++i) {
        QVERIFY(askListener(port, "code=abc&state=guess" + QByteArray::number(i))
                    .startsWith("HTTP/1.1 400"));
        QCOMPARE(finished.count(), 0);
        QVERIFY(flow.isListening());
    }
    QVERIFY(askListener(port, "code=abc&state=one-too-many").startsWith("HTTP/1.1 400"));
    QTRY_COMPARE(finished.count(), 1);
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"that did not belong to it (wrong or missing state)") &&
                 r.message.contains(u"another program or a web page may be interfering"),
             qPrintable(r.message));
    QCOMPARE(authStats().value(u"codeExchanges").toInteger(), exchanges);
    QVERIFY(!flow.isListening());
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!after.waitForConnected(2000));
}

// The timeout says that answers came, just none of this sign-in's.
void TestSignIn::timeoutAfterStrayCallbacksSaysSo()
{
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    flow.setTimeoutMs(2000); // long enough for two callbacks on a busy machine
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    const quint16 port = QUrl(flow.redirectUri()).port();
    QVERIFY(askListener(port, "code=abc&state=forged").startsWith("HTTP/1.1 400"));
    QVERIFY(askListener(port, "code=abc").startsWith("HTTP/1.1 400"));
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"No answer to this sign-in came back from the browser") &&
                 r.message.contains(u"2 answer") &&
                 r.message.contains(u"that did not belong to it (wrong or missing state) were "
                                    u"refused"),
             qPrintable(r.message));
    QVERIFY(!flow.isListening());
}

void TestSignIn::malformedRequestsToTheListenerAreAnswered()
{
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    QSignalSpy opened(&flow, &SignInFlow::openUrl);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    const quint16 port = QUrl(flow.redirectUri()).port();
    // Junk does not end the sign-in, nor does an unreadable callback without its state; the
    // last one, an unreadable callback that carries its state, does.
    const QList<QPair<QByteArray, QByteArray>> garbage{
        {"GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\n\r\n", "400"},
        {"\x16\x03\x01\x02\x05 not http\r\n\r\n", "400"},
        {"POST /callback HTTP/1.1\r\n\r\n", "405"},
        {"GET /favicon.ico HTTP/1.1\r\n\r\n", "404"},
        {"GET /callback?code=%zz&state=x HTTP/1.1\r\n\r\n", "400"},
        {"GET /callback?code=%zz&state=" + flow.state() + " HTTP/1.1\r\n\r\n", "400"}};
    for (const auto &[request, status] : garbage) {
        // The listener runs on this thread: wait with the event loop, never block it.
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
        s.write(request);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT(
            (answer += s.readAll(), s.state() == QAbstractSocket::UnconnectedState), 5000);
        answer += s.readAll();
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)),
                 QByteArray(request.left(20).toHex() + " -> " + answer.left(80)).constData());
        QCOMPARE(finished.count(), request.contains(flow.state()) ? 1 : 0);
    }
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"malformed"), qPrintable(r.message));
}

void TestSignIn::randomJunkNeverEndsOrBreaksTheListener()
{
    // 200 requests of random bytes (seeded, so a failure repeats), none addressed to /callback:
    // each is answered or dropped, the sign-in keeps waiting, and then completes normally.
    SignInFlow flow(m_url, OAuthEndpoints::forServer(m_url));
    QSignalSpy opened(&flow, &SignInFlow::openUrl);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    const quint16 port = QUrl(flow.redirectUri()).port();
    QRandomGenerator random(20261129);
    for (int i = 0; i < 200; ++i) {
        QByteArray junk(int(random.bounded(1, 600)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(256));
        if (i % 3 == 0) // some look like HTTP, to reach the parser's later stages
            junk = "GET /" + junk.toPercentEncoding().left(200) + " HTTP/1.1\r\n\r\n";
        if (junk.contains("/callback"))
            continue;
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(s.state(), QAbstractSocket::ConnectedState);
        s.write(junk + (i % 2 ? QByteArray("\r\n\r\n") : QByteArray()));
        s.flush();
        QTest::qWait(1);
        s.abort();
    }
    QCOMPARE(finished.count(), 0);
    QVERIFY(flow.isListening());
    TestSupport::followInBrowser(opened.first().first().toUrl());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.first().first().value<SignInResult>().ok);
}

void TestSignIn::tokenAnswerThatIsNotJson()
{
    TestSupport::setFaults(m_url,
                           {{QStringLiteral("pathPrefix"), QStringLiteral("/api/v1/oauth2/token")},
                            {QStringLiteral("script"), QJsonArray{QStringLiteral("malformed")}}});
    SignInResult r;
    const QString e = TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &r);
    QVERIFY2(e.contains(u"not valid JSON"), qPrintable(e));
    QVERIFY(r.tokens.isEmpty());
}

QString TestSignIn::codeFor(const QByteArray &verifier, const QString &redirect)
{
    QUrl url = m_url.resolved(QUrl(QStringLiteral("/api/v1/oauth2/authorize")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("marketdesk"));
    q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    q.addQueryItem(QStringLiteral("code_challenge"),
                   QString::fromLatin1(Pkce::challengeS256(verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(q);
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning() << "no answer within 10 s";
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    delete reply;
    return QUrlQuery(location).queryItemValue(QStringLiteral("code"));
}

QJsonObject TestSignIn::exchange(const QUrlQuery &form, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest r(m_url.resolved(QUrl(QStringLiteral("/api/v1/oauth2/token"))));
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *reply = nam.post(r, form.query(QUrl::FullyEncoded).toUtf8());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning() << "no answer within 10 s";
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return o;
}

void TestSignIn::codeWorksOnce()
{
    const QByteArray verifier = Pkce::makeVerifier();
    const QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
    const QString code = codeFor(verifier, redirect);
    QVERIFY(!code.isEmpty());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("marketdesk"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    // A wrong verifier first: refused, and the code is spent.
    QUrlQuery wrong = form;
    wrong.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(Pkce::makeVerifier()));
    int status = 0;
    QJsonObject answer = exchange(wrong, &status);
    QCOMPARE(status, 400);
    QVERIFY(answer.value(u"error_description").toString().contains(u"code_verifier"));
    // A fresh code, the right verifier: tokens. The same code again: refused, tokens revoked.
    const QString code2 = codeFor(verifier, redirect);
    form.removeAllQueryItems(QStringLiteral("code"));
    form.addQueryItem(QStringLiteral("code"), code2);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    answer = exchange(form, &status);
    QCOMPARE(status, 200);
    const QByteArray access = answer.value(u"access_token").toString().toLatin1();
    TestSupport::useBearer(access);
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/departments"))), "GET",
                          {}, &status);
    QCOMPARE(status, 200);
    answer = exchange(form, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value(u"error").toString(), QStringLiteral("invalid_grant"));
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/departments"))), "GET",
                          {}, &status);
    QCOMPARE(status, 401);
}

void TestSignIn::refreshRotatesAndReuseRevokes()
{
    SignInResult r;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &r), QString());
    auto refresh = [this](const QByteArray &token, int *status) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("marketdesk"));
        form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(token));
        return exchange(form, status);
    };
    int status = 0;
    const QJsonObject second = refresh(r.tokens.refreshToken, &status);
    QCOMPARE(status, 200);
    const QByteArray secondRefresh = second.value(u"refresh_token").toString().toLatin1();
    QVERIFY(secondRefresh != r.tokens.refreshToken);
    const QByteArray secondAccess = second.value(u"access_token").toString().toLatin1();
    // The first refresh token again: someone else holds a copy. The whole chain ends.
    const QJsonObject reuse = refresh(r.tokens.refreshToken, &status);
    QCOMPARE(status, 400);
    QVERIFY(reuse.value(u"error_description").toString().contains(u"already used"));
    refresh(secondRefresh, &status);
    QCOMPARE(status, 400);
    TestSupport::useBearer(secondAccess);
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/departments"))), "GET",
                          {}, &status);
    QCOMPARE(status, 401);
    QVERIFY(authStats().value(u"reuseDetected").toInt() >= 1);
}

void TestSignIn::concurrent401sShareOneRefresh()
{
    SignInResult r;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &r), QString());
    ApiClient client(m_url);
    AuthSession *session = TestSupport::attachSession(&client, r);
    QSignalSpy changed(session, &AuthSession::tokensChanged);
    // Every access token the server gave is now expired: all ten requests meet a 401.
    setAuth({{QStringLiteral("expireAccessTokens"), true}});
    const qint64 refreshesBefore = authStats().value(u"refreshes").toInteger();
    const qint64 rejectedBefore = authStats().value(u"rejectedBearer").toInteger();
    int ok = 0, done = 0;
    for (int i = 0; i < 10; ++i) {
        ApiRequest req;
        req.path = QStringLiteral("/api/v1/org/departments");
        req.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        connect(client.send(req), &ApiCall::finished, this, [&](const ApiResponse &a) {
            ++done;
            ok += a.ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 10, 20000);
    QCOMPARE(ok, 10);
    QCOMPARE(authStats().value(u"refreshes").toInteger() - refreshesBefore, 1);
    QCOMPARE(session->refreshCount(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(session->accessToken() != r.tokens.accessToken);
    QVERIFY(authStats().value(u"rejectedBearer").toInteger() - rejectedBefore <= 10);
}

void TestSignIn::refreshesBeforeExpiry()
{
    setAuth({{QStringLiteral("accessTtl"), 2}});
    SignInResult r;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &r), QString());
    QCOMPARE(r.tokens.lifetimeS, 2);
    ApiClient client(m_url);
    AuthSession *session = TestSupport::attachSession(&client, r);
    QTRY_VERIFY_WITH_TIMEOUT(session->needsRefresh(), 5000);
    setAuth({{QStringLiteral("accessTtl"), 7200}});
    const qint64 rejected = authStats().value(u"rejectedBearer").toInteger();
    const qint64 refreshes = authStats().value(u"refreshes").toInteger();
    ApiRequest req;
    req.path = QStringLiteral("/api/v1/org/departments");
    QVERIFY(TestSupport::send(client, req).ok());
    // Renewed before it was sent: the server never had to refuse the old token.
    QCOMPARE(authStats().value(u"refreshes").toInteger() - refreshes, 1);
    QCOMPARE(authStats().value(u"rejectedBearer").toInteger(), rejected);
    QCOMPARE(session->tokens().lifetimeS, 7200);
}

void TestSignIn::endedSignInKeepsPendingChanges()
{
    SignInResult r;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &r), QString());
    QTemporaryDir dir;
    OrgService service(TestSupport::serviceConfig(m_url, dir.path(), QStringLiteral("tester"), r));
    QSignalSpy synced(&service, &OrgService::syncFinished);
    service.open();
    service.sync();
    QVERIFY(synced.wait(20000));
    QVERIFY(synced.first().first().toBool());
    // Someone replays this sign-in's refresh token elsewhere: the server revokes the chain.
    int status = 0;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("marketdesk"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(r.tokens.refreshToken));
    exchange(form, &status);
    QCOMPARE(status, 200);
    setAuth({{QStringLiteral("expireAccessTokens"), true}});

    QSignalSpy required(&service, &OrgService::signInRequired);
    QSignalSpy tokens(&service, &OrgService::tokensChanged);
    QString error;
    const auto snapshot = service.cache()->loadSnapshot(&error);
    QStringList names;
    for (int i = 0; i < snapshot->memberCount() && names.size() < 3; ++i)
        if (snapshot->memberEnabled(i) && !snapshot->memberAdmin(i))
            names << snapshot->text(i, OrgSnapshot::UserName);
    const qint64 applied = TestSupport::stats(m_url).value(u"appliedChanges").toInteger();
    service.submit(OrgService::newTicket(), MemberAction::Disable, names);
    QTRY_COMPARE_WITH_TIMEOUT(required.count(), 1, 10000);
    QVERIFY2(required.first().first().toString().contains(u"sign in again"),
             qPrintable(required.first().first().toString()));
    QCOMPARE(tokens.count(), 1); // the dead tokens are dropped from the store
    QVERIFY(tokens.first().first().value<TokenSet>().isEmpty());
    QCOMPARE(service.outbox()->pendingCount(), int(names.size()));
    QCOMPARE(TestSupport::stats(m_url).value(u"appliedChanges").toInteger(), applied);
    // A new sign-in: the pending change goes out, once.
    SignInResult again;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &again), QString());
    QSignalSpy finished(&service, &OrgService::operationFinished);
    service.setTokens(again.tokens);
    QTRY_COMPARE_WITH_TIMEOUT(service.outbox()->pendingCount(), 0, 20000);
    QCOMPARE(TestSupport::stats(m_url).value(u"appliedChanges").toInteger() - applied, 3);
}

void TestSignIn::everyApiCallNeedsABearer()
{
    QNetworkAccessManager nam;
    const QList<QPair<QByteArray, QByteArray>> cases{
        {{}, "Bearer realm=\"koogallery-sandbox\""},
        {"Bearer sbx_at_made_up", "error=\"invalid_token\""},
        {"Basic YWRtaW46YWRtaW4=", "Bearer realm"}};
    for (const auto &[authorization, challenge] : cases) {
        QNetworkRequest r(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members?limit=1"))));
        if (!authorization.isEmpty())
            r.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = nam.get(r);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY2(reply->rawHeader("WWW-Authenticate").contains(challenge),
                 reply->rawHeader("WWW-Authenticate").constData());
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(u"resultCode").toString(), QStringLiteral("000001"));
        QVERIFY(body.value(u"items").isUndefined());
        delete reply;
    }
}

void TestSignIn::memberMayReadButNotChange()
{
    SignInResult r;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("wang.fang"), &r), QString());
    QVERIFY(!r.user.isAdmin());
    ApiClient client(m_url);
    TestSupport::attachSession(&client, r);
    ApiRequest read;
    read.path = QStringLiteral("/api/v1/org/members");
    const ApiResponse page = TestSupport::send(client, read);
    QVERIFY(page.ok());
    const QString someone =
        page.json.value(u"items").toArray().first().toObject().value(u"userName").toString();
    ApiRequest change;
    change.method = "POST";
    change.path = QStringLiteral("/api/v1/org/members/%1/disable").arg(someone);
    change.idempotencyKey =
        "member-tries-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const ApiResponse refused = TestSupport::send(client, change);
    QCOMPARE(refused.httpStatus, 403);
    QCOMPARE(refused.error.resultCode, QStringLiteral("010012"));
    QVERIFY2(refused.error.message.contains(u"only administrators may change the organisation"),
             qPrintable(refused.error.message));
}

void TestSignIn::tenantsAreIsolated()
{
    SignInResult other;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("li.na"), &other), QString());
    TestSupport::useBearer(other.tokens.accessToken);
    int status = 0;
    const QJsonObject theirs = TestSupport::httpJson(
        m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members?limit=1&count=1"))), "GET", {},
        &status);
    QCOMPARE(status, 200);
    QCOMPARE(theirs.value(u"remaining").toInt() + 1, 150);
    // A member of the first enterprise does not exist for the second one's token.
    SignInResult mine;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &mine), QString());
    TestSupport::useBearer(mine.tokens.accessToken);
    const QString ours =
        TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members?limit=1"))))
            .value(u"items")
            .toArray()
            .first()
            .toObject()
            .value(u"userName")
            .toString();
    TestSupport::useBearer(other.tokens.accessToken);
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members/") + ours)),
                          "GET", {}, &status);
    QCOMPARE(status, 404);
    TestSupport::httpJson(
        m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members/%1/disable").arg(ours))), "POST",
        {}, &status, "cross-tenant-1");
    QCOMPARE(status, 404);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_sign_in.moc"
