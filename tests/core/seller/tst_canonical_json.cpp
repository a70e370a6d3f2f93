// The canonical JSON every V2 signature is computed over: the reference's two bodies exactly,
// keys sorted at every level, top-level nulls dropped and nested ones kept, text and "/" as
// they are, numbers as the marketplace's Java signer prints them, and malformed bodies refused
// with the byte offset.
#include "seller/canonical_json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalForm_data();
    void canonicalForm();
    void numbers_data();
    void numbers();
    void javaDouble_data();
    void javaDouble();
    void refusals_data();
    void refusals();
    void fromObjectSortsAndDropsNulls();
};

void TestCanonicalJson::canonicalForm_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("canonical");
    // §3.4: the V2 basic vector's body, given unsorted and spaced out.
    QTest::newRow("reference basic body")
        << QByteArray(R"({ "testFlag": "1", "orderLineId": "CS2211181819B4LVS-000001",
             "orderId": "CS2211181819B4LVS", "businessId": "87b94795-0603-4e24-8ae5-69420d60e3c8",
             "activity": "newInstance" })")
        << QByteArray(
               R"({"activity":"newInstance","businessId":"87b94795-0603-4e24-8ae5-69420d60e3c8","orderId":"CS2211181819B4LVS","orderLineId":"CS2211181819B4LVS-000001","testFlag":"1"})");
    // §3.5: numbers stay numbers, "/" in the URL is not escaped.
    QTest::newRow("reference kit body")
        << QByteArray(R"({"tenantId":"68cbc86abc2018ab880d92f36422fa0e","flag":1,"testFlag":0,
             "domainName":"https:\/\/example.tenantaccount.com","instanceId":"huaiweitest123456",
             "name":"huaiweitest","orderId":"CS1906666666ABCDE","tenantCode":"huawei",
             "timeStamp":"20220413093539534"})")
        << QByteArray(
               R"({"domainName":"https://example.tenantaccount.com","flag":1,"instanceId":"huaiweitest123456","name":"huaiweitest","orderId":"CS1906666666ABCDE","tenantCode":"huawei","tenantId":"68cbc86abc2018ab880d92f36422fa0e","testFlag":0,"timeStamp":"20220413093539534"})");
    QTest::newRow("non-ASCII stays raw UTF-8")
        << QByteArray(R"({"name":"\u5f20\u654f","dept":"研发部/北京"})")
        << QByteArray(R"({"dept":"研发部/北京","name":"张敏"})");
    QTest::newRow("nested objects sorted recursively")
        << QByteArray(R"({"z":{"b":{"y":1,"x":2},"a":[{"d":1,"c":2}]},"a":true})")
        << QByteArray(R"({"a":true,"z":{"a":[{"c":2,"d":1}],"b":{"x":2,"y":1}}})");
    QTest::newRow("top-level nulls dropped, nested kept")
        << QByteArray(R"({"gone":null,"kept":{"inner":null},"list":[null,1]})")
        << QByteArray(R"({"kept":{"inner":null},"list":[null,1]})");
    QTest::newRow("array order is kept")
        << QByteArray(R"({"userList":[{"userName":"b"},{"userName":"a"}]})")
        << QByteArray(R"({"userList":[{"userName":"b"},{"userName":"a"}]})");
    QTest::newRow("escapes as Jackson writes them")
        << QByteArray(R"({"s":"q\"b\\s\/n\nt\tc\u0001d\u007f"})")
        << QByteArray("{\"s\":\"q\\\"b\\\\s/n\\nt\\tc\\u0001d\x7f\"}");
    // Java's TreeMap orders by UTF-16 code unit: U+1F600 (D83D DE00) before U+FFFF, and
    // upper case before lower case.
    QTest::newRow("UTF-16 key order") << QByteArray(R"({"￿":1,"😀":2,"a":3,"B":4})")
                                      << QByteArray(R"({"B":4,"a":3,"😀":2,"￿":1})");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("only nulls") << QByteArray(R"({"a":null})") << QByteArray("{}");
}

void TestCanonicalJson::canonicalForm()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, canonical);
    const auto result = CanonicalJson::fromBody(body);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), canonical);
    // Canonical text is a fixed point.
    QCOMPARE(CanonicalJson::fromBody(canonical).value(), canonical);
}

void TestCanonicalJson::numbers_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("printed");
    // What Jackson prints after reading the body into a Map (QJsonDocument would print the
    // first rows as 1, 1000 and 12345678901234567000).
    QTest::newRow("1.0 stays a double") << QByteArray("1.0") << QByteArray("1.0");
    QTest::newRow("exponent is a double") << QByteArray("1e3") << QByteArray("1000.0");
    QTest::newRow("beyond 64 bits exact")
        << QByteArray("12345678901234567890") << QByteArray("12345678901234567890");
    QTest::newRow("2^53 + 1 exact")
        << QByteArray("9007199254740993") << QByteArray("9007199254740993");
    QTest::newRow("integer") << QByteArray("1") << QByteArray("1");
    QTest::newRow("negative integer") << QByteArray("-42") << QByteArray("-42");
    QTest::newRow("minus zero integer") << QByteArray("-0") << QByteArray("0");
    QTest::newRow("trailing zeros dropped") << QByteArray("1.50") << QByteArray("1.5");
    QTest::newRow("small") << QByteArray("1.5e-7") << QByteArray("1.5E-7");
    QTest::newRow("large double") << QByteArray("2.5E10") << QByteArray("2.5E10");
}

void TestCanonicalJson::numbers()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, printed);
    QCOMPARE(CanonicalJson::number(written), printed);
    const QByteArray json = "{\"n\":" + written + ",\"m\":[" + written + "]}";
    const auto body = CanonicalJson::fromBody(json);
    QVERIFY2(body.ok(), qPrintable(body.error()));
    const QByteArray expected = "{\"m\":[" + printed + "],\"n\":" + printed + "}";
    QCOMPARE(body.value(), expected);
}

void TestCanonicalJson::javaDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("java");
    // Double.toString: plain between 10^-3 and 10^7, computerized scientific outside.
    QTest::newRow("zero") << 0.0 << QByteArray("0.0");
    QTest::newRow("minus zero") << -0.0 << QByteArray("-0.0");
    QTest::newRow("one") << 1.0 << QByteArray("1.0");
    QTest::newRow("0.001 plain") << 0.001 << QByteArray("0.001");
    QTest::newRow("0.0001 scientific") << 0.0001 << QByteArray("1.0E-4");
    QTest::newRow("below 10^7 plain") << 9999999.0 << QByteArray("9999999.0");
    QTest::newRow("10^7 scientific") << 1e7 << QByteArray("1.0E7");
    QTest::newRow("shortest digits") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
    QTest::newRow("negative") << -123.456 << QByteArray("-123.456");
    QTest::newRow("large") << 1.2345678e21 << QByteArray("1.2345678E21");
}

void TestCanonicalJson::javaDouble()
{
    QFETCH(double, value);
    QFETCH(QByteArray, java);
    QCOMPARE(CanonicalJson::javaDouble(value), java);
}

void TestCanonicalJson::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("  ") << "the body is empty";
    QTest::newRow("array") << QByteArray("[1,2]") << "not an object";
    QTest::newRow("unterminated object")
        << QByteArray(R"({"a":1,)") << "JSON error at byte 7: expected a key in double quotes";
    QTest::newRow("missing colon")
        << QByteArray(R"({"a" 1})") << "JSON error at byte 5: expected ':'";
    QTest::newRow("trailing text")
        << QByteArray(R"({"a":1} x)") << "JSON error at byte 8: unexpected text after";
    QTest::newRow("duplicate key")
        << QByteArray(R"({"a":1,"a":2})") << "JSON error at byte 7: the key \"a\" appears twice";
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    QTest::newRow("duplicate key in a large object")
        << QByteArray(many + "\"k5\":0}") << "the key \"k5\" appears twice";
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"a\":\"\xc3\x28\"}") << "JSON error at byte 6: invalid UTF-8";
    QTest::newRow("lone surrogate")
        << QByteArray(R"({"a":"\ud800x"})") << "JSON error at byte 6: a lone surrogate";
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})")
                                  << "JSON error at byte 6: a number must not start with 0";
    QTest::newRow("bare dot") << QByteArray(R"({"a":1.})")
                              << "JSON error at byte 7: a number needs digits after '.'";
    QTest::newRow("out of range") << QByteArray(R"({"a":1e400})")
                                  << "JSON error at byte 5: the number is outside the range";
    QTest::newRow("raw control character")
        << QByteArray("{\"a\":\"x\ny\"}") << "JSON error at byte 7: a control character";
    QTest::newRow("unclosed string")
        << QByteArray(R"({"a":"x)") << "JSON error at byte 7: the string has no closing quote";
    QTest::newRow("single quotes")
        << QByteArray("{'a':1}") << "JSON error at byte 1: expected a key in double quotes";
    QTest::newRow("too deep") << QByteArray("{\"a\":" + QByteArray(300, '[') +
                                            QByteArray(300, ']') + "}")
                              << "nested deeper than 256 levels";
}

void TestCanonicalJson::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto result = CanonicalJson::fromBody(body);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
}

void TestCanonicalJson::fromObjectSortsAndDropsNulls()
{
    QJsonObject inner{{QStringLiteral("y"), 1}, {QStringLiteral("x"), QJsonValue()}};
    QJsonObject body{{QStringLiteral("b"), inner},
                     {QStringLiteral("a"), QJsonArray{QStringLiteral("/")}},
                     {QStringLiteral("c"), QJsonValue()}};
    QCOMPARE(CanonicalJson::fromObject(body), QByteArray(R"({"a":["/"],"b":{"x":null,"y":1}})"));
}

QTEST_APPLESS_MAIN(TestCanonicalJson)
#include "tst_canonical_json.moc"
