// V1 Body-Sign: the header spelt exactly as Huawei's samples spell it, a round trip over the
// exact body bytes, agreement with `openssl dgst -sha256 -hmac KEY -binary | base64`, and a
// specific message for each way a header can be malformed.
#include "seller/body_sign.h"
#include "support/openssl_tool.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kKey = "test-access-key";
const QByteArray kBody = R"({"resultCode":"000000","resultMsg":"Success","instanceId":"实例-1"})";
} // namespace

class TestBodySign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerFormat();
    void roundTrip();
    void agreesWithOpenssl_data();
    void agreesWithOpenssl();
    void malformed_data();
    void malformed();
};

void TestBodySign::headerFormat()
{
    const QByteArray header = BodySign::headerValue(kKey, kBody);
    QVERIFY(header.startsWith(R"(sign_type="HMAC-SHA256", signature= ")"));
    QVERIFY(header.endsWith('"'));
    QCOMPARE(header.size(), QByteArray(R"(sign_type="HMAC-SHA256", signature= ")").size() + 44 + 1);
    QCOMPARE(BodySign::parse(header).value(), BodySign::signature(kKey, kBody));
}

void TestBodySign::roundTrip()
{
    const QByteArray header = BodySign::headerValue(kKey, kBody);
    QVERIFY(BodySign::verify(kKey, kBody, header).ok());
    QVERIFY(BodySign::verify(kKey, kBody, QByteArray("Body-Sign: " + header)).ok());
    // The key is the accessKey alone; the exact bytes count (one space more breaks it).
    const auto changed = BodySign::verify(kKey, QByteArray(kBody + ' '), header);
    QVERIFY(!changed.ok());
    QVERIFY2(changed.error().contains(u"does not match"), qPrintable(changed.error()));
    QVERIFY(!BodySign::verify(QByteArray(kKey + "20200727073711903"), kBody, header).ok());
}

void TestBodySign::agreesWithOpenssl_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("response") << kKey << kBody;
    QTest::newRow("empty body") << kKey << QByteArray();
    QTest::newRow("binary body") << QByteArray("k") << QByteArray("\x00\xff\r\n", 4);
    QTest::newRow("long key") << QByteArray(100, 'K') << QByteArray(70'000, 'b');
}

void TestBodySign::agreesWithOpenssl()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("body"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(body);
    f.close();
    const auto run = TestSupport::openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                           QStringLiteral("-hmac"), QString::fromLatin1(key),
                                           QStringLiteral("-binary"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.size(), 32);
    QCOMPARE(BodySign::signature(key, body), run.out.toBase64());
}

void TestBodySign::malformed_data()
{
    const QByteArray good = BodySign::signature(kKey, kBody);
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("  ") << "the Body-Sign header is empty";
    QTest::newRow("name only") << QByteArray("Body-Sign:") << "the Body-Sign header is empty";
    QTest::newRow("no sign_type") << "signature= \"" + good + '"' << "must start with sign_type";
    QTest::newRow("unquoted type") << "sign_type=HMAC-SHA256, signature= \"" + good + '"'
                                   << "sign_type's value must be in double quotes (byte 10)";
    QTest::newRow("other type") << "sign_type=\"HMAC-SHA1\", signature= \"" + good + '"'
                                << "sign_type is \"HMAC-SHA1\"";
    QTest::newRow("type never closed")
        << QByteArray("sign_type=\"HMAC-SHA256") << "the quote after sign_type= is never closed";
    QTest::newRow("no comma") << "sign_type=\"HMAC-SHA256\" signature= \"" + good + '"'
                              << "\",\" expected between sign_type and signature (byte 24)";
    QTest::newRow("no signature") << QByteArray("sign_type=\"HMAC-SHA256\",")
                                  << "signature= expected after the comma";
    QTest::newRow("unquoted signature") << "sign_type=\"HMAC-SHA256\", signature= " + good
                                        << "the signature must be in double quotes";
    QTest::newRow("signature never closed") << "sign_type=\"HMAC-SHA256\", signature= \"" + good
                                            << "the quote after signature= is never closed";
    QTest::newRow("empty signature")
        << QByteArray(R"(sign_type="HMAC-SHA256", signature= "")") << "the signature is empty";
    QTest::newRow("not base64") << QByteArray(R"(sign_type="HMAC-SHA256", signature= "abc$")")
                                << "the signature is not Base64";
    QTest::newRow("wrong length") << QByteArray(R"(sign_type="HMAC-SHA256", signature= "AAAA")")
                                  << "holds 3 bytes; HMAC-SHA256 gives 32";
    QTest::newRow("text after") << "sign_type=\"HMAC-SHA256\", signature= \"" + good + "\" x"
                                << "unexpected text after the signature";
    QTest::newRow("hex instead of base64")
        << "sign_type=\"HMAC-SHA256\", signature= \"" + QByteArray::fromBase64(good).toHex() + '"'
        << "holds 48 bytes";
}

void TestBodySign::malformed()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, message);
    const auto parsed = BodySign::parse(header);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
    QCOMPARE(BodySign::verify(kKey, kBody, header).error(), parsed.error());
}

QTEST_APPLESS_MAIN(TestBodySign)
#include "tst_body_sign.moc"
