// The login suite's OAuth provider (app/core/seller/debugger/login_provider), called over
// loopback HTTP as a seller's server would: the token endpoint accepts only the client the
// code's tenant was given (form or HTTP Basic), a code once, a wrong secret 401
// invalid_client; userinfo only the bearer it issued; a malformed or chunked request is
// refused; every call is recorded, masked.
#include "seller/debugger/login_provider.h"
#include "seller/debugger/secret_mask.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

const QByteArray kSecretA = "secret-of-tenant-a+/=";
const QByteArray kSecretB = "secret-of-tenant-b";

} // namespace

class TestLoginProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void token_data();
    void token();
    void codeWorksOnce();
    void basicAuthIsAccepted();
    void userinfoNeedsTheBearerIssued();
    void callsAreRecordedMasked();
    void badRequests_data();
    void badRequests();

private:
    Answer post(const QString &path, const QByteArray &form, const QByteArray &authorization = {});
    Answer get(const QString &path, const QByteArray &authorization);
    QByteArray form(const QString &code, const QString &client, const QByteArray &secret);

    SecretMask m_mask;
    std::unique_ptr<LoginProvider> m_provider;
    QNetworkAccessManager m_network;
    QJsonObject m_user{{QStringLiteral("userName"), QStringLiteral("u1")},
                       {QStringLiteral("tenant"), QStringLiteral("tenant-a")}};
};

void TestLoginProvider::init()
{
    m_provider = std::make_unique<LoginProvider>(m_mask);
    QString error;
    QVERIFY2(m_provider->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_provider->addClient(QStringLiteral("tenant-a"), QStringLiteral("client-a"), kSecretA);
    m_provider->addClient(QStringLiteral("tenant-b"), QStringLiteral("client-b"), kSecretB);
}

QByteArray TestLoginProvider::form(const QString &code, const QString &client,
                                   const QByteArray &secret)
{
    return "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
           "&client_id=" + QUrl::toPercentEncoding(client) +
           (secret.isNull() ? QByteArray() : "&client_secret=" + QUrl::toPercentEncoding(secret));
}

Answer TestLoginProvider::post(const QString &path, const QByteArray &body,
                               const QByteArray &authorization)
{
    QUrl url = m_provider->url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10'000))
        return {};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

Answer TestLoginProvider::get(const QString &path, const QByteArray &authorization)
{
    QUrl url = m_provider->url();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10'000))
        return {};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

void TestLoginProvider::token_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("anyClient");
    QTest::addColumn<bool>("knownCode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("right client") << "client-a" << kSecretA << false << true << 200 << "";
    QTest::newRow("wrong secret") << "client-a" << QByteArray("nope") << false << true << 401
                                  << "invalid_client";
    QTest::newRow("no secret") << "client-a" << QByteArray() << false << true << 401
                               << "invalid_client";
    QTest::newRow("unknown client")
        << "client-x" << kSecretA << false << true << 401 << "invalid_client";
    QTest::newRow("another tenant's client")
        << "client-b" << kSecretB << false << true << 400 << "invalid_grant";
    QTest::newRow("another tenant's client, lenient code")
        << "client-b" << kSecretB << true << true << 200 << "";
    QTest::newRow("unknown code") << "client-a" << kSecretA << false << false << 400
                                  << "invalid_grant";
}

void TestLoginProvider::token()
{
    QFETCH(QString, client);
    QFETCH(QByteArray, secret);
    QFETCH(bool, anyClient);
    QFETCH(bool, knownCode);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QString code = knownCode
                             ? m_provider->issueCode(QStringLiteral("tenant-a"), m_user, anyClient)
                             : m_provider->unknownCode();
    const Answer a = post(QStringLiteral("/api/v1/oauth2/token"), form(code, client, secret));
    QCOMPARE(a.status, status);
    QCOMPARE(a.json.value(u"error").toString(), error);
    if (status == 200) {
        QCOMPARE(a.json.value(u"token_type").toString(), QStringLiteral("Bearer"));
        QVERIFY(!a.json.value(u"access_token").toString().isEmpty());
        QVERIFY(!a.json.value(u"refresh_token").toString().isEmpty());
    }
    const auto calls = m_provider->calls(LoginProvider::Call::Endpoint::Token, code);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().clientId, client);
    QCOMPARE(calls.first().status, status);
}

void TestLoginProvider::codeWorksOnce()
{
    const QString code = m_provider->issueCode(QStringLiteral("tenant-a"), m_user);
    const QByteArray body = form(code, QStringLiteral("client-a"), kSecretA);
    QCOMPARE(post(QStringLiteral("/api/v1/oauth2/token"), body).status, 200);
    const Answer again = post(QStringLiteral("/api/v1/oauth2/token"), body);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(u"error").toString(), QStringLiteral("invalid_grant"));
}

void TestLoginProvider::basicAuthIsAccepted()
{
    const QString code = m_provider->issueCode(QStringLiteral("tenant-a"), m_user);
    const QByteArray basic =
        "Basic " +
        QByteArray("client-a:" + QUrl::toPercentEncoding(QString::fromLatin1(kSecretA))).toBase64();
    const Answer a = post(QStringLiteral("/isv/prefix/api/v1/oauth2/token"),
                          "grant_type=authorization_code&code=" + code.toLatin1(), basic);
    QCOMPARE(a.status, 200);
    QVERIFY(m_provider->calls(LoginProvider::Call::Endpoint::Token, code).first().basicAuth);
}

void TestLoginProvider::userinfoNeedsTheBearerIssued()
{
    const QString code = m_provider->issueCode(QStringLiteral("tenant-a"), m_user);
    const Answer t = post(QStringLiteral("/api/v1/oauth2/token"),
                          form(code, QStringLiteral("client-a"), kSecretA));
    const QByteArray bearer = t.json.value(u"access_token").toString().toLatin1();
    const Answer user = get(QStringLiteral("/api/v1/oauth2/userinfo"), "Bearer " + bearer);
    QCOMPARE(user.status, 200);
    QCOMPARE(user.json, m_user);
    QCOMPARE(m_provider->calls(LoginProvider::Call::Endpoint::Userinfo, code).size(), 1);
    const Answer stranger = get(QStringLiteral("/api/v1/oauth2/userinfo"), "Bearer not-issued");
    QCOMPARE(stranger.status, 401);
    QCOMPARE(stranger.json.value(u"error").toString(), QStringLiteral("unauthorized"));
}

void TestLoginProvider::callsAreRecordedMasked()
{
    const QString code = m_provider->issueCode(QStringLiteral("tenant-a"), m_user);
    const Answer t = post(QStringLiteral("/api/v1/oauth2/token"),
                          form(code, QStringLiteral("client-a"), kSecretA));
    const QString bearer = t.json.value(u"access_token").toString();
    get(QStringLiteral("/api/v1/oauth2/userinfo"), "Bearer " + bearer.toLatin1());
    // A secret the provider never delivered is masked too, by the field it is in.
    post(QStringLiteral("/api/v1/oauth2/token"),
         form(code, QStringLiteral("client-a"), "typo-of-the-secret"));
    QString all;
    for (const LoginProvider::Call &c : m_provider->allCalls()) {
        const QJsonObject x = c.exchange.toJson();
        all += QString::fromUtf8(QJsonDocument(x).toJson());
    }
    QVERIFY(!all.isEmpty());
    for (const QString &secret : {code, bearer, t.json.value(u"refresh_token").toString(),
                                  QString::fromLatin1(kSecretA), QStringLiteral("typo-of")}) {
        QVERIFY2(!all.contains(secret), qPrintable(secret + QStringLiteral(" in ") + all));
    }
    QVERIFY(all.contains(QStringLiteral("client_id=client-a")));
}

void TestLoginProvider::badRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << QByteArray("400");
    QTest::newRow("chunked") << QByteArray("POST /api/v1/oauth2/token HTTP/1.1\r\nHost: x\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                             << QByteArray("501");
    QTest::newRow("too long") << QByteArray("POST /api/v1/oauth2/token HTTP/1.1\r\n"
                                            "Content-Length: 999999\r\n\r\n")
                              << QByteArray("413");
    QTest::newRow("unknown path") << QByteArray("GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n")
                                  << QByteArray("404");
    QTest::newRow("token by GET") << QByteArray("GET /api/v1/oauth2/token HTTP/1.1\r\n\r\n")
                                  << QByteArray("405");
}

void TestLoginProvider::badRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, status);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_provider->url().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(raw);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 5000);
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.constData());
    // The provider closes the connection after its answer.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
}

QTEST_GUILESS_MAIN(TestLoginProvider)
#include "tst_login_provider.moc"
