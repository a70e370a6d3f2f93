// The reference SaaS server in V1 (protocol reference §3.1–§3.3, §6.2): basic calls as GET
// with authToken over the decoded query, Kit calls with an authToken header, every answer
// with a Body-Sign that verifies with the interface's own key, appInfo userName and password
// AES-encrypted per encryptType with the SHA1PRNG key. The wrongBodySign switch spoils only
// the Body-Sign (keyed with accessKey + timeStamp, the mistake the FAQ warns of).
#include "sandbox/reference/reference_client.h"
#include "seller/body_sign.h"
#include "seller/field_cipher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

using namespace ReferenceFixture;
using Params = QList<std::pair<QString, QString>>;

Params newInstanceV1(const QString &orderId, const QString &businessId)
{
    return {{"activity", "newInstance"},        {"customerId", "68cbc86abc2018ab880d92f36422fa0e"},
            {"businessId", businessId},         {"orderId", orderId},
            {"productId", "00301-666666-0--0"}, {"testFlag", "0"},
            {"expireTime", "20300101000000"}};
}

QString decrypt(const QString &value, FieldCipher::KeySize size = FieldCipher::KeySize::Aes256)
{
    const auto plain = FieldCipher::decrypt(kBasicKey, value, size);
    return plain ? plain.value() : QStringLiteral("<%1>").arg(plain.error());
}

} // namespace

class TestReferenceV1 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newInstanceSignsAndEncrypts();
    void activities_data();
    void activities();
    void refusedCallsAreSignedToo();
    void encryptedRequestFields();
    void kitWithAuthTokenHeader();
    void wrongBodySignSpoilsOnlyTheSignature();
    void codesOutsideTableAreSignedAsSent();
    void aes128();

private:
    std::unique_ptr<ReferenceClient> m_client;
    ReferenceHost m_host;
};

void TestReferenceV1::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(options(ReferenceConfig::Mode::V1), &error), qPrintable(error));
    m_client = std::make_unique<ReferenceClient>(m_host.url(), kBasicKey, kKitKey);
}

void TestReferenceV1::init()
{
    m_client->setFaults({});
    m_client->reset();
}

void TestReferenceV1::newInstanceSignsAndEncrypts()
{
    const Reply r = m_client->v1Basic(newInstanceV1("CS1906666666ABCDE", "biz-1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), QStringLiteral("000000"));
    QCOMPARE(r.json.value(u"instanceId").toString(), QStringLiteral("biz-1"));
    QCOMPARE(r.json.value(u"encryptType").toString(), QStringLiteral("1"));
    const QByteArray header = r.headers.value("body-sign");
    QVERIFY(header.startsWith("sign_type=\"HMAC-SHA256\", signature= \""));
    QVERIFY2(BodySign::verify(kBasicKey, r.body, header), header);
    QVERIFY(!BodySign::verify(kKitKey, r.body, header));
    const QJsonObject app = r.json.value(u"appInfo").toObject();
    const QString user = decrypt(app.value(u"userName").toString());
    QVERIFY2(user.startsWith(u"admin-"), qPrintable(user));
    QVERIFY(!decrypt(app.value(u"password").toString()).startsWith(u'<'));
    // Again: the same instance and, once decrypted, the same appInfo.
    const Reply again = m_client->v1Basic(newInstanceV1("CS1906666666ABCDE", "biz-2"));
    QCOMPARE(again.json.value(u"instanceId").toString(), QStringLiteral("biz-1"));
    const QJsonObject app2 = again.json.value(u"appInfo").toObject();
    QCOMPARE(decrypt(app2.value(u"userName").toString()), user);
    QCOMPARE(decrypt(app2.value(u"password").toString()),
             decrypt(app.value(u"password").toString()));
    QCOMPARE(m_client->state().value(u"instancesCreated").toInt(), 1);
}

void TestReferenceV1::activities_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("code");
    QTest::newRow("refresh") << Params{{"activity", "refreshInstance"},
                                       {"orderId", "O-R"},
                                       {"instanceId", "v1-live"},
                                       {"expireTime", "20310101000000"}}
                             << "000000";
    QTest::newRow("refresh, unknown") << Params{{"activity", "refreshInstance"},
                                                {"orderId", "O-R"},
                                                {"instanceId", "nope"},
                                                {"expireTime", "20310101000000"}}
                                      << "000003";
    QTest::newRow("expire") << Params{{"activity", "expireInstance"},
                                      {"orderId", "O"},
                                      {"instanceId", "v1-live"}}
                            << "000000";
    QTest::newRow("freeze") << Params{{"activity", "instanceStatus"},
                                      {"instanceId", "v1-live"},
                                      {"instanceStatus", "FREEZE"}}
                            << "000000";
    QTest::newRow("normal") << Params{{"activity", "instanceStatus"},
                                      {"instanceId", "v1-live"},
                                      {"instanceStatus", "NORMAL"}}
                            << "000000";
    QTest::newRow("status UNFREEZE is V2's") << Params{{"activity", "instanceStatus"},
                                                       {"instanceId", "v1-live"},
                                                       {"instanceStatus", "UNFREEZE"}}
                                             << "000002";
    QTest::newRow("upgrade") << Params{{"activity", "upgrade"},
                                       {"instanceId", "v1-live"},
                                       {"orderId", "O-U"}}
                             << "000000";
    QTest::newRow("release") << Params{{"activity", "releaseInstance"}, {"instanceId", "v1-live"}}
                             << "000000";
    QTest::newRow("release, unknown")
        << Params{{"activity", "releaseInstance"}, {"instanceId", "nope"}} << "000003";
    QTest::newRow("updateInstanceStatus is V2's") << Params{{"activity", "updateInstanceStatus"},
                                                            {"instanceId", "v1-live"},
                                                            {"status", "FREEZE"}}
                                                  << "000002";
    QTest::newRow("newInstance without customerId") << Params{{"activity", "newInstance"},
                                                              {"businessId", "b"},
                                                              {"orderId", "o"},
                                                              {"productId", "p"}}
                                                    << "000002";
}

void TestReferenceV1::activities()
{
    QFETCH(Params, params);
    QFETCH(QString, code);
    QCOMPARE(m_client->v1Basic(newInstanceV1("O-LIVE", "v1-live")).code(),
             QStringLiteral("000000"));
    const Reply r = m_client->v1Basic(params);
    QCOMPARE(r.code(), code);
    QVERIFY(BodySign::verify(kBasicKey, r.body, r.headers.value("body-sign")));
    const Reply q = m_client->v1Basic({{"activity", "queryInstance"}, {"instanceId", "v1-live"}});
    QCOMPARE(q.json.value(u"encryptType").toString(), QStringLiteral("1"));
    const bool released = QTest::currentDataTag() == QByteArray("release");
    QCOMPARE(q.json.value(u"info").toArray().size(), released ? 0 : 1);
}

void TestReferenceV1::refusedCallsAreSignedToo()
{
    const Reply bad = m_client->v1Basic(newInstanceV1("O", "b"), corrupted());
    QCOMPARE(bad.code(), QStringLiteral("000001"));
    QVERIFY(bad.message().startsWith(u"authToken:"));
    QVERIFY(BodySign::verify(kBasicKey, bad.body, bad.headers.value("body-sign")));
    const Reply kitKey = m_client->v1Basic(newInstanceV1("O", "b"), signedWith(kKitKey));
    QCOMPARE(kitKey.code(), QStringLiteral("000001"));
    const Reply none = m_client->v1Basic(newInstanceV1("O", "b"), unsigned_());
    QCOMPARE(none.code(), QStringLiteral("000001"));
    QCOMPARE(m_client->state().value(u"instancesCreated").toInt(), 0);
    // V1 basic calls are GET: a POST is refused, signed.
    const Reply post = m_client->postJson("/isv/produce", {{"activity", "newInstance"}});
    QCOMPARE(post.status, 405);
    QVERIFY(BodySign::verify(kBasicKey, post.body, post.headers.value("body-sign")));
    // V2's Kit path does not exist in V1.
    QCOMPARE(m_client->postJson("/isv/produce/produceAPI/v2/tenantSync", {}).status, 404);
}

void TestReferenceV1::encryptedRequestFields()
{
    Params params = newInstanceV1("O-E", "b-e");
    // A "+" in the ciphertext must survive the query string (the FAQ's classic mistake).
    params.append(
        {"mobilePhone", FieldCipher::encrypt(kBasicKey, "13800000000", FieldCipher::KeySize::Aes256,
                                             "AbCdEfGh12345678")
                            .value()});
    QCOMPARE(m_client->v1Basic(params).code(), QStringLiteral("000000"));
    Params wrong = newInstanceV1("O-F", "b-f");
    wrong.append(
        {"email",
         FieldCipher::encrypt(kKitKey, "a@b.example", FieldCipher::KeySize::Aes256).value()});
    const Reply r = m_client->v1Basic(wrong);
    QCOMPARE(r.code(), QStringLiteral("000002"));
    QVERIFY2(r.message().startsWith(u"email:"), qPrintable(r.message()));
}

void TestReferenceV1::kitWithAuthTokenHeader()
{
    QJsonObject tenant = tenantSync("t-1", "https://t1.example.com");
    const Reply r = m_client->v1Kit("tenantSync", tenant);
    QCOMPARE(r.code(), QStringLiteral("000000"));
    QVERIFY(BodySign::verify(kKitKey, r.body, r.headers.value("body-sign")));
    QVERIFY(!BodySign::verify(kBasicKey, r.body, r.headers.value("body-sign")));
    QCOMPARE(m_client->v1Kit("tenantSync", tenant, signedWith(kBasicKey)).code(),
             QStringLiteral("000001"));
    // V1's authSync: userList is a JSON string.
    const QJsonObject auth{
        {"instanceId", "inst-1"},
        {"tenantId", "t-1"},
        {"appId", "app-1"},
        {"userList",
         R"([{"userName":"u1","name":"U","orgCode":"D","role":"user","enable":"true"}])"},
        {"currentSyncTime", ReferenceClient::kitTimeStamp()},
        {"flag", 1},
        {"testFlag", 0}};
    QCOMPARE(m_client->v1Kit("authSync", auth).code(), QStringLiteral("000000"));
    QCOMPARE(m_client->v1Kit("applicationSync", applicationSync("t-1", "app-1", "c", "s")).code(),
             QStringLiteral("000000"));
    QCOMPARE(m_client->state().value(u"kitRows").toObject().value(u"total").toInt(), 3);
    // V1 flags stop at 1 for tenantSync.
    tenant.insert("flag", 2);
    QCOMPARE(m_client->v1Kit("tenantSync", tenant).code(), QStringLiteral("000002"));
}

void TestReferenceV1::wrongBodySignSpoilsOnlyTheSignature()
{
    const Params params{{"activity", "releaseInstance"},
                        {"instanceId", "nope"},
                        {"timeStamp", "20200727073711903"}};
    const Reply right = m_client->v1Basic(params);
    m_client->setFaults({{"wrongBodySign", true}});
    const Reply wrong = m_client->v1Basic(params);
    QCOMPARE(wrong.status, right.status);
    QCOMPARE(wrong.body, right.body);
    QVERIFY(BodySign::verify(kBasicKey, right.body, right.headers.value("body-sign")));
    QVERIFY(!BodySign::verify(kBasicKey, wrong.body, wrong.headers.value("body-sign")));
    // Exactly the mistake it names: keyed with accessKey + timeStamp.
    QVERIFY(BodySign::verify(QByteArray(kBasicKey + QByteArray("20200727073711903")), wrong.body,
                             wrong.headers.value("body-sign")));
    // The header keeps its form: only the signature is wrong.
    QVERIFY(BodySign::parse(wrong.headers.value("body-sign")).ok());
}

void TestReferenceV1::codesOutsideTableAreSignedAsSent()
{
    m_client->setFaults({{"codesOutsideTable", true}});
    const Reply r = m_client->v1Basic({{"activity", "releaseInstance"}, {"instanceId", "nope"}});
    QCOMPARE(r.code(), QStringLiteral("900003"));
    QVERIFY(BodySign::verify(kBasicKey, r.body, r.headers.value("body-sign")));
}

void TestReferenceV1::aes128()
{
    ReferenceOptions o = options(ReferenceConfig::Mode::V1);
    o.config.encryptType = QStringLiteral("2");
    ReferenceHost host;
    QString error;
    QVERIFY2(host.start(o, &error), qPrintable(error));
    ReferenceClient client(host.url(), kBasicKey, kKitKey);
    const Reply r = client.v1Basic(newInstanceV1("O-128", "b-128"));
    QCOMPARE(r.json.value(u"encryptType").toString(), QStringLiteral("2"));
    const QString user = r.json.value(u"appInfo").toObject().value(u"userName").toString();
    QVERIFY(decrypt(user, FieldCipher::KeySize::Aes128).startsWith(u"admin-"));
    QVERIFY(!FieldCipher::decrypt(kBasicKey, user, FieldCipher::KeySize::Aes256).ok() ||
            !decrypt(user, FieldCipher::KeySize::Aes256).startsWith(u"admin-"));
}

QTEST_GUILESS_MAIN(TestReferenceV1)
#include "tst_reference_v1.moc"
