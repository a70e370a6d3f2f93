// The sign-in's values: the RFC 7636 Appendix B pair, verifiers and states from the CSPRNG,
// and every answer a server might send (token, userinfo, provider configuration) read
// strictly — a malformed one gets a message that names the field, and no half-made value.
#include "common/secure_compare.h"
#include "common/secure_random.h"
#include "identity/oauth_endpoints.h"
#include "identity/pkce.h"
#include "identity/token_set.h"
#include "identity/user_info.h"
#include "net/tls_policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestOAuthValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7636AppendixB();
    void verifiersAndStatesAreRandomAndWellFormed();
    void verifierValidity_data();
    void verifierValidity();
    void secureCompare_data();
    void secureCompare();
    void tokenAnswer_data();
    void tokenAnswer();
    void tokenSetRoundTripAndDamage();
    void tokensNeverAppearInMessagesOrDebugOutput();
    void expiresSoon_data();
    void expiresSoon();
    void userInfo_data();
    void userInfo();
    void discovery_data();
    void discovery();
    void pins_data();
    void pins();
};

void TestOAuthValues::rfc7636AppendixB()
{
    QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestOAuthValues::verifiersAndStatesAreRandomAndWellFormed()
{
    // Many in the same millisecond: a clock-seeded generator would repeat itself here.
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray v = Pkce::makeVerifier();
        QCOMPARE(v.size(), 43);
        QVERIFY(Pkce::isValidVerifier(v));
        const QByteArray state = SecureRandom::urlSafeToken(32);
        QVERIFY(state.size() >= 22);
        QVERIFY(!seen.contains(v) && !seen.contains(state));
        seen << v << state;
    }
}

void TestOAuthValues::verifierValidity_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("43 unreserved") << QByteArray(43, 'a') << true;
    QTest::newRow("128 unreserved") << QByteArray(128, '~') << true;
    QTest::newRow("42 too short") << QByteArray(42, 'a') << false;
    QTest::newRow("129 too long") << QByteArray(129, 'a') << false;
    QTest::newRow("plus sign") << QByteArray(42, 'a') + '+' << false;
    QTest::newRow("space") << QByteArray(42, 'a') + ' ' << false;
    QTest::newRow("non-ascii") << QByteArray(41, 'a') + "\xc3\xa9" << false;
}

void TestOAuthValues::verifierValidity()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

void TestOAuthValues::secureCompare_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    const QByteArray state = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    QTest::newRow("equal") << state << QByteArray(state) << true;
    QTest::newRow("first byte differs") << state << "x" + state.mid(1) << false;
    QTest::newRow("last byte differs") << state << state.chopped(1) + "x" << false;
    QTest::newRow("prefix") << state << state.left(20) << false;
    QTest::newRow("longer") << state << state + "A" << false;
    QTest::newRow("empty and empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("empty and not") << QByteArray() << state << false;
    QTest::newRow("not and empty") << state << QByteArray() << false;
    QTest::newRow("a zero byte inside")
        << QByteArray("ab\0cd", 5) << QByteArray("ab\0ce", 5) << false;
}

void TestOAuthValues::secureCompare()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(SecureCompare::equal(a, b), equal);
    QCOMPARE(SecureCompare::equal(b, a), equal);
}

void TestOAuthValues::tokenAnswer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("complete") << QByteArray(R"({"access_token":"a","token_type":"Bearer",)"
                                            R"("expires_in":7200,"refresh_token":"r"})")
                              << QString();
    QTest::newRow("lowercase bearer, no refresh")
        << QByteArray(R"({"access_token":"a","token_type":"bearer","expires_in":60})") << QString();
    QTest::newRow("no access token")
        << QByteArray(R"({"token_type":"Bearer"})") << QStringLiteral("\"access_token\"");
    QTest::newRow("access token not text")
        << QByteArray(R"({"access_token":42,"token_type":"Bearer"})")
        << QStringLiteral("\"access_token\"");
    QTest::newRow("other token type") << QByteArray(R"({"access_token":"a","token_type":"mac"})")
                                      << QStringLiteral("\"token_type\" is \"mac\"");
    QTest::newRow("expires_in text")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":"7200"})")
        << QStringLiteral("\"expires_in\"");
    QTest::newRow("expires_in negative")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":-1})")
        << QStringLiteral("\"expires_in\"");
    // Converting 1e300 seconds to a count was undefined behaviour; it is refused as the rest.
    QTest::newRow("expires_in 1e300")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":1e300})")
        << QStringLiteral("\"expires_in\"");
    // A century is read as ten years: the expiry stays a valid time.
    QTest::newRow("expires_in a century")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","expires_in":3155760000})")
        << QString();
    QTest::newRow("refresh not text")
        << QByteArray(R"({"access_token":"a","token_type":"Bearer","refresh_token":[]})")
        << QStringLiteral("\"refresh_token\"");
}

void TestOAuthValues::tokenAnswer()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    TokenSet t;
    t.accessToken = "untouched";
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok =
        TokenSet::fromTokenResponse(QJsonDocument::fromJson(json).object(), now, &t, &error);
    QCOMPARE(ok, problem.isEmpty());
    if (ok) {
        QCOMPARE(t.accessToken, QByteArray("a"));
        QVERIFY(t.expiresAt > now);
        QVERIFY(t.expiresAt < now.addYears(11));
    } else {
        QVERIFY2(error.contains(problem), qPrintable(error));
        QCOMPARE(t.accessToken, QByteArray("untouched")); // nothing half-written
    }
}

void TestOAuthValues::tokenSetRoundTripAndDamage()
{
    TokenSet t;
    t.accessToken = QByteArray(5000, 'x'); // a 5 KB JWT-sized token
    t.refreshToken = "refresh";
    t.lifetimeS = 7200;
    t.expiresAt = QDateTime::currentDateTimeUtc().addSecs(7200);
    TokenSet back;
    QString error;
    QVERIFY(TokenSet::deserialize(t.serialize(), &back, &error));
    QCOMPARE(back.accessToken, t.accessToken);
    QCOMPARE(back.refreshToken, t.refreshToken);
    QCOMPARE(back.expiresAt.toSecsSinceEpoch(), t.expiresAt.toSecsSinceEpoch());
    QVERIFY(!TokenSet::deserialize("{oops", &back, &error));
    QVERIFY2(error.contains(u"damaged"), qPrintable(error));
    QVERIFY(!TokenSet::deserialize("{}", &back, &error));
    QVERIFY2(error.contains(u"no access token"), qPrintable(error));
}

void TestOAuthValues::tokensNeverAppearInMessagesOrDebugOutput()
{
    // A refused answer is described by its fields, never by the token it carried.
    TokenSet t;
    QString error;
    QVERIFY(!TokenSet::fromTokenResponse(
        QJsonObject{{QStringLiteral("access_token"), QStringLiteral("sbx_at_secret")},
                    {QStringLiteral("token_type"), QStringLiteral("mac")}},
        QDateTime::currentDateTimeUtc(), &t, &error));
    QVERIFY(!error.contains(u"sbx_at_secret"));
    // A TokenSet written to a log says how long its tokens are, not what they are.
    t.accessToken = "sbx_at_secret_access";
    t.refreshToken = "sbx_rt_secret_refresh";
    QString logged;
    QDebug(&logged) << t;
    QVERIFY2(logged.contains(u"20 bytes"), qPrintable(logged));
    QVERIFY(!logged.contains(u"secret"));
}

void TestOAuthValues::expiresSoon_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<bool>("soon");
    QTest::newRow("2 h token, 1 h left") << qint64(7200) << qint64(3600) << false;
    QTest::newRow("2 h token, 59 s left") << qint64(7200) << qint64(59) << true;
    QTest::newRow("100 s token, 11 s left") << qint64(100) << qint64(11) << false;
    QTest::newRow("100 s token, 9 s left") << qint64(100) << qint64(9) << true;
    QTest::newRow("expired") << qint64(7200) << qint64(-5) << true;
}

void TestOAuthValues::expiresSoon()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, left);
    QFETCH(bool, soon);
    TokenSet t;
    t.accessToken = "a";
    t.lifetimeS = lifetime;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    t.expiresAt = now.addSecs(left);
    QCOMPARE(t.expiresSoon(now), soon);
}

void TestOAuthValues::userInfo_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("koogallery") << QByteArray(R"({"userName":"a","tenant":"t","role":"admin"})")
                                << QString();
    QTest::newRow("orgid snake_case")
        << QByteArray(R"({"user_name":"a","tenant":"t","tenant_name":"T"})") << QString();
    QTest::newRow("openid connect claims")
        << QByteArray(R"({"sub":"x1","preferred_username":"a","name":"A"})") << QString();
    QTest::newRow("no tenant (another provider)") << QByteArray(R"({"userName":"a"})") << QString();
    QTest::newRow("no userName") << QByteArray(R"({"tenant":"t"})") << QStringLiteral("userName");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("userName");
}

void TestOAuthValues::userInfo()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    UserInfo u;
    QString error;
    const bool ok = UserInfo::fromJson(QJsonDocument::fromJson(json).object(), &u, &error);
    QCOMPARE(ok, problem.isEmpty());
    if (ok)
        QCOMPARE(u.userName, QStringLiteral("a"));
    else
        QVERIFY2(error.contains(problem), qPrintable(error));
}

void TestOAuthValues::discovery_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    const QByteArray good = R"({"issuer":"https://id.example.com",)"
                            R"("authorization_endpoint":"https://id.example.com/a",)"
                            R"("token_endpoint":"https://id.example.com/t",)"
                            R"("userinfo_endpoint":"https://id.example.com/u"})";
    QTest::newRow("minimal") << good << QString();
    QTest::newRow("issuer with a trailing slash")
        << QByteArray(good).replace(R"(id.example.com",)", R"(id.example.com/",)") << QString();
    QTest::newRow("no token endpoint")
        << QByteArray(R"({"issuer":"https://id.example.com",)"
                      R"("authorization_endpoint":"https://id.example.com/a",)"
                      R"("userinfo_endpoint":"https://id.example.com/u"})")
        << QStringLiteral("\"token_endpoint\"");
    QTest::newRow("plain http elsewhere")
        << QByteArray(good).replace("https://id.example.com/a", "http://id.example.com/a")
        << QStringLiteral("\"authorization_endpoint\" (http://id.example.com/a) is not on this "
                          "server");
    QTest::newRow("no S256") << QByteArray(good).replace(
                                    "}", R"(,"code_challenge_methods_supported":["plain"]})")
                             << QStringLiteral("S256");
    QTest::newRow("endpoint not text")
        << QByteArray(good).replace(R"("https://id.example.com/a")", "1")
        << QStringLiteral("\"authorization_endpoint\"");
    // OAuth mix-up: a configuration that names another issuer or sends the sign-in elsewhere.
    QTest::newRow("no issuer") << QByteArray(good).replace(R"("issuer":"https://id.example.com",)",
                                                           "")
                               << QStringLiteral("not this server (https://id.example.com)");
    QTest::newRow("another issuer")
        << QByteArray(good).replace(R"("issuer":"https://id.example.com")",
                                    R"("issuer":"https://evil.example")")
        << QStringLiteral("its issuer is \"https://evil.example\"");
    QTest::newRow("token endpoint on another host")
        << QByteArray(good).replace("https://id.example.com/t", "https://evil.example/t")
        << QStringLiteral("\"token_endpoint\" (https://evil.example/t) is not on this server");
    QTest::newRow("userinfo on another port")
        << QByteArray(good).replace("https://id.example.com/u", "https://id.example.com:8443/u")
        << QStringLiteral("\"userinfo_endpoint\"");
}

void TestOAuthValues::discovery()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QUrl server(QStringLiteral("https://id.example.com"));
    const OAuthEndpoints base = OAuthEndpoints::forServer(server);
    OAuthEndpoints out = base;
    QString error;
    const bool ok = OAuthEndpoints::fromDiscovery(QJsonDocument::fromJson(json).object(), server,
                                                  base, &out, &error);
    QCOMPARE(ok, problem.isEmpty());
    if (ok) {
        QCOMPARE(out.token, QUrl(QStringLiteral("https://id.example.com/t")));
        QCOMPARE(out.clientId, base.clientId);
        QCOMPARE(out.issuer, QStringLiteral("https://id.example.com"));
    } else {
        QVERIFY2(error.contains(problem), qPrintable(error));
        QCOMPARE(out.token, base.token); // untouched
    }
}

void TestOAuthValues::pins_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sha-256 base64") << QByteArray(32, '\x01').toBase64() << true;
    QTest::newRow("too short") << QByteArray(20, '\x01').toBase64() << false;
    QTest::newRow("not base64") << QByteArray("!!!!") << false;
    QTest::newRow("hex instead") << QByteArray(32, '\x01').toHex() << false;
}

void TestOAuthValues::pins()
{
    QFETCH(QByteArray, pin);
    QFETCH(bool, valid);
    QCOMPARE(TlsPolicy::checkPin(pin).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestOAuthValues)
#include "tst_oauth_values.moc"
