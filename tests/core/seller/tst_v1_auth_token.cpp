// V1 authToken: the reference vector from a query string and from its joined form, values
// decoded once as a form decodes them ("%2B" is "+", a bare "+" a space, percent-encoded
// UTF-8), Kit bodies flattened as Huawei's Java sample does, and malformed input refused.
#include "seller/v1_auth_token.h"

#include <QTest>

namespace {
const QByteArray kKey = "test-access-key";
// §3.1, shuffled, with an authToken (never signed) and URL-encoded where a browser would.
const QByteArray kReferenceQuery =
    "testFlag=1&orderId=CS1906666666ABCDE&authToken=whatever&timeStamp=20200727073711903"
    "&activity=newInstance&businessId=61e834ba-7b97-4418-b8f7-e5345137278c"
    "&customerId=68cbc86abc2018ab880d92f36422fa0e&expireTime=20200727153156"
    "&productId=00301-666666-0--0";
const QByteArray kReferenceJoined =
    "activity=newInstance&businessId=61e834ba-7b97-4418-b8f7-e5345137278c&customerId="
    "68cbc86abc2018ab880d92f36422fa0e&expireTime=20200727153156&orderId=CS1906666666ABCDE&"
    "productId=00301-666666-0--0&testFlag=1&timeStamp=20200727073711903";
const QByteArray kReferenceToken = "RnasHBCr5x4SWKDzYdRzxPpw+dXKnhObZ4Mv3NOdwec=";
} // namespace

class TestV1AuthToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromQuery_data();
    void fromQuery();
    void fromBody_data();
    void fromBody();
    void verification();
    void refusals_data();
    void refusals();
};

void TestV1AuthToken::fromQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("joined");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("reference §3.1") << kReferenceQuery << kReferenceJoined << kReferenceToken;
    QTest::newRow("whole URL") << "https://isv.example.com/produce?" + kReferenceQuery
                               << kReferenceJoined << kReferenceToken;
    QTest::newRow("leading ?") << "?" + kReferenceQuery << kReferenceJoined << kReferenceToken;
    // An encrypted email is Base64 with "+" and "=": sent as %2B and %3D it is signed as "+"
    // and "="; a bare "+" is a space; Chinese text arrives as percent-encoded UTF-8.
    QTest::newRow("plus, percent and UTF-8")
        << QByteArray("timeStamp=20200727073711903&customerName=Zhang+San"
                      "&email=AbCdEfGh12345678aa%2BGZRVoEtJHB8U%2Bi%2F5rI0g%3D%3D"
                      "&name=%E5%BC%A0%E6%95%8F")
        << QByteArray("customerName=Zhang San&email=AbCdEfGh12345678aa+GZRVoEtJHB8U+i/5rI0g==&"
                      "name=张敏&timeStamp=20200727073711903")
        << QByteArray("p6FKDBtAOHQuk4zRfprW9yN1FMaWCQ2x8WUe1EU97KI=");
}

void TestV1AuthToken::fromQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, joined);
    QFETCH(QByteArray, token);
    const auto params = V1AuthToken::fromQuery(query);
    QVERIFY2(params.ok(), qPrintable(params.error()));
    QCOMPARE(V1AuthToken::joined(params.value()), joined);
    const auto signedToken = V1AuthToken::sign(kKey, params.value());
    QVERIFY2(signedToken.ok(), qPrintable(signedToken.error()));
    QCOMPARE(signedToken.value(), token);
}

void TestV1AuthToken::fromBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("joined");
    QTest::addColumn<QByteArray>("token");
    // Kit V1: numbers as text, blank and null fields skipped, orgInfo (a JSON string) signed
    // as the raw string, authToken (a header) never part of it.
    QTest::newRow("kit body")
        << QByteArray(R"({"timeStamp":"20220413093539534","flag":1,"testFlag":0,
              "instanceId":"huaiweitest123456","orgInfo":"{\"orgCode\":\"a\"}",
              "tenantName":"  ","userId":"","memo":null,"authToken":"x"})")
        << QByteArray(
               R"(flag=1&instanceId=huaiweitest123456&orgInfo={"orgCode":"a"}&testFlag=0&timeStamp=20220413093539534)")
        << QByteArray("NuISbJHIuuou9paDwIPhq7YyExgRmf2uPRQDvYSh22E=");
}

void TestV1AuthToken::fromBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, joined);
    QFETCH(QByteArray, token);
    const auto params = V1AuthToken::fromBody(body);
    QVERIFY2(params.ok(), qPrintable(params.error()));
    QCOMPARE(V1AuthToken::joined(params.value()), joined);
    QCOMPARE(V1AuthToken::sign(kKey, params.value()).value(), token);
    // Booleans, doubles and nested values as text too.
    const auto other = V1AuthToken::fromBody(
        R"({"timeStamp":"1","ok":true,"rate":1.0,"list":[{"b":1,"a":null}]})");
    QVERIFY(other.ok());
    QCOMPARE(V1AuthToken::joined(other.value()),
             QByteArray(R"(list=[{"a":null,"b":1}]&ok=true&rate=1.0&timeStamp=1)"));
}

void TestV1AuthToken::verification()
{
    const auto params = V1AuthToken::fromQuery(kReferenceQuery).value();
    QVERIFY(V1AuthToken::verify(kKey, params, kReferenceToken).ok());
    // Base64 is case-sensitive: the marketplace compares exactly.
    const auto lower = V1AuthToken::verify(kKey, params, kReferenceToken.toLower());
    QVERIFY(!lower.ok());
    QVERIFY2(lower.error().contains(u"does not match"), qPrintable(lower.error()));
    QVERIFY(!V1AuthToken::verify("other-key", params, kReferenceToken).ok());
    QVERIFY(V1AuthToken::verify(kKey, params, "").error().contains(u"no authToken"));
    // A value changed in transit.
    auto changed = params;
    changed[0].second += u'x';
    QVERIFY(!V1AuthToken::verify(kKey, changed, kReferenceToken).ok());
}

void TestV1AuthToken::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isBody");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad percent") << QByteArray("timeStamp=1&a=%4") << false
                                 << "at byte 14: \"%\" must be followed by two hex digits";
    QTest::newRow("percent not hex")
        << QByteArray("timeStamp=1&a=%zz") << false << "must be followed by two hex digits";
    QTest::newRow("not UTF-8") << QByteArray("timeStamp=1&a=%C3%28") << false << "not UTF-8";
    QTest::newRow("twice") << QByteArray("timeStamp=1&a=1&a=2") << false
                           << "the parameter \"a\" appears twice";
    QTest::newRow("no name") << QByteArray("timeStamp=1&=2") << false
                             << "a parameter without a name";
    QTest::newRow("no timeStamp") << QByteArray("a=1&b=2") << false << "no timeStamp parameter";
    QTest::newRow("empty timeStamp")
        << QByteArray("a=1&timeStamp=") << false << "no timeStamp parameter";
    QTest::newRow("body not JSON") << QByteArray(R"({"a":)") << true << "JSON error at byte 5";
    QTest::newRow("body an array") << QByteArray("[]") << true << "not an object";
    QTest::newRow("body without timeStamp")
        << QByteArray(R"({"a":"1"})") << true << "no timeStamp parameter";
}

void TestV1AuthToken::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isBody);
    QFETCH(QString, message);
    const auto params = isBody ? V1AuthToken::fromBody(input) : V1AuthToken::fromQuery(input);
    const QString error =
        params.ok() ? V1AuthToken::sign(kKey, params.value()).error() : params.error();
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestV1AuthToken)
#include "tst_v1_auth_token.moc"
