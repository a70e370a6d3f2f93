// V2 signatures: the reference's basic (inner and outer value) and Kit vectors, verification
// in either case of hex, and refusals that say why: wrong length, not hex, another key, body,
// nonce or timestamp. Fresh nonces look like the documents' example and never repeat.
#include "seller/canonical_json.h"
#include "seller/v2_signature.h"

#include <QSet>
#include <QTest>

namespace {
const QByteArray kKey = "test-access-key";
const QByteArray kNonce = "50D83FDECAED6CCD8EF597F2A577950527928BA287D04E6036E92B2806FD17DA";
const QByteArray kTimestamp = "1680508066618";
const QByteArray kBasicBody =
    R"({"activity":"newInstance","businessId":"87b94795-0603-4e24-8ae5-69420d60e3c8","orderId":"CS2211181819B4LVS","orderLineId":"CS2211181819B4LVS-000001","testFlag":"1"})";
const QByteArray kKitBody =
    R"({"domainName":"https://example.tenantaccount.com","flag":1,"instanceId":"huaiweitest123456","name":"huaiweitest","orderId":"CS1906666666ABCDE","tenantCode":"huawei","tenantId":"68cbc86abc2018ab880d92f36422fa0e","testFlag":0,"timeStamp":"20220413093539534"})";
const QByteArray kBasicSignature =
    "271544acdac82601d0a6615631c4db54120d5ea32fc968493c8064281e125c7a";
const QByteArray kKitSignature = "5bfcd1ddaeb4cbe6b4705ea2a4b70f1622427a9a7c3f75604acaafbddd752b8e";
} // namespace

class TestV2Signature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceInner();
    void referenceVectors_data();
    void referenceVectors();
    void verification_data();
    void verification();
    void bodyIsCanonicalisedFirst();
    void nonces();
};

void TestV2Signature::referenceInner()
{
    QCOMPARE(V2Signature::inner(kKey, kBasicBody),
             QByteArray("933006ebc2ad4994c0e2e02a628049e35eb61dd2998bc94bc2efae7b23cb8ea7"));
}

void TestV2Signature::referenceVectors_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("basic §3.4") << int(V2Signature::Scheme::Basic) << kBasicBody << kBasicSignature;
    QTest::newRow("kit §3.5") << int(V2Signature::Scheme::Kit) << kKitBody << kKitSignature;
}

void TestV2Signature::referenceVectors()
{
    QFETCH(int, scheme);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, signature);
    const auto s = V2Signature::Scheme(scheme);
    QCOMPARE(V2Signature::sign(s, kKey, kNonce, kTimestamp, payload), signature);
    QVERIFY(V2Signature::verify(s, kKey, kNonce, kTimestamp, payload, signature).ok());
}

void TestV2Signature::verification_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("error"); // empty: valid
    const int basic = int(V2Signature::Scheme::Basic);
    const int kit = int(V2Signature::Scheme::Kit);
    QTest::newRow("upper-case hex is the same signature")
        << basic << kKey << kNonce << kTimestamp << kBasicBody << kBasicSignature.toUpper()
        << QString();
    QTest::newRow("mixed case")
        << kit << kKey << kNonce << kTimestamp << kKitBody
        << QByteArray("5BFCD1ddaeb4cbe6b4705ea2a4b70f1622427a9a7c3f75604acaafbddd752B8E")
        << QString();
    QTest::newRow("other key") << basic << QByteArray("other-key") << kNonce << kTimestamp
                               << kBasicBody << kBasicSignature << "does not match";
    QTest::newRow("other nonce") << basic << kKey << QByteArray("X") << kTimestamp << kBasicBody
                                 << kBasicSignature << "does not match";
    QTest::newRow("other timestamp") << kit << kKey << kNonce << QByteArray("1680508066619")
                                     << kKitBody << kKitSignature << "does not match";
    QTest::newRow("other body") << kit << kKey << kNonce << kTimestamp << kBasicBody
                                << kKitSignature << "does not match";
    QTest::newRow("basic signature under kit")
        << kit << kKey << kNonce << kTimestamp << kBasicBody << kBasicSignature << "does not match";
    QTest::newRow("empty") << basic << kKey << kNonce << kTimestamp << kBasicBody << QByteArray()
                           << "no signature";
    QTest::newRow("short") << basic << kKey << kNonce << kTimestamp << kBasicBody
                           << kBasicSignature.left(63) << "has 63 characters";
    QTest::newRow("not hex") << basic << kKey << kNonce << kTimestamp << kBasicBody
                             << QByteArray(kBasicSignature).replace(0, 1, "g") << "not hexadecimal";
}

void TestV2Signature::verification()
{
    QFETCH(int, scheme);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, signature);
    QFETCH(QString, error);
    const auto result =
        V2Signature::verify(V2Signature::Scheme(scheme), key, nonce, timestamp, payload, signature);
    QCOMPARE(result.ok(), error.isEmpty());
    QVERIFY2(result.error().contains(error), qPrintable(result.error()));
}

void TestV2Signature::bodyIsCanonicalisedFirst()
{
    // The marketplace may send the fields in any order and with spaces; the signature is over
    // the canonical form, so both sign the same.
    const QByteArray received = R"({ "testFlag":"1", "orderLineId":"CS2211181819B4LVS-000001",
        "orderId":"CS2211181819B4LVS", "businessId":"87b94795-0603-4e24-8ae5-69420d60e3c8",
        "activity":"newInstance", "extra": null })";
    const auto signature =
        V2Signature::signBody(V2Signature::Scheme::Basic, kKey, kNonce, kTimestamp, received);
    QVERIFY2(signature.ok(), qPrintable(signature.error()));
    QCOMPARE(signature.value(), kBasicSignature);
    QVERIFY(V2Signature::verifyBody(V2Signature::Scheme::Basic, kKey, kNonce, kTimestamp, received,
                                    kBasicSignature)
                .ok());
    const auto broken =
        V2Signature::signBody(V2Signature::Scheme::Kit, kKey, kNonce, kTimestamp, "{\"a\":");
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().startsWith(u"JSON error at byte 5"), qPrintable(broken.error()));
}

void TestV2Signature::nonces()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray n = V2Signature::makeNonce();
        QCOMPARE(n.size(), 64);
        QCOMPARE(n, n.toUpper());
        QCOMPARE(QByteArray::fromHex(n).size(), 32);
        QVERIFY(!seen.contains(n));
        seen.insert(n);
    }
}

QTEST_APPLESS_MAIN(TestV2Signature)
#include "tst_v2_signature.moc"
