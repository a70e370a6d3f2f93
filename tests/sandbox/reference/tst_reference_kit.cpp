// The reference SaaS server's joint-operation Kit interfaces in V2 (protocol reference §3.5,
// §3.6, §4, §11.4), over real loopback HTTP: x-sign with the Kit key (not the basic one),
// adds as upserts, idempotent deletes without an instance check, testFlag namespaces,
// clientSecret decrypted with the seller's private key (000101 when it cannot be), the
// tolerated document inconsistencies, fields named in 000002, and GET /isv/jointApps.
#include "sandbox/reference/reference_client.h"
#include "seller/client_secret_cipher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

using namespace ReferenceFixture;

QJsonObject with(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject user(const QString &userName, const QString &role = QStringLiteral("user"))
{
    return {{"userName", userName}, {"name", QString(QStringLiteral("Name ") + userName)},
            {"orgCode", "D1"},      {"role", role},
            {"enable", "true"},     {"mobile", "13800000000"}};
}

QJsonObject authSync(const QJsonValue &users, int flag = 1)
{
    return {{"instanceId", "inst-1"},
            {"tenantId", "t-1"},
            {"appId", "app-1"},
            {"userList", users},
            {"currentSyncTime", ReferenceClient::kitTimeStamp()},
            {"flag", flag},
            {"testFlag", 0},
            {"timeStamp", ReferenceClient::kitTimeStamp()}};
}

QJsonObject org(const QString &code, const QString &name, int flag = 1)
{
    return {{"instanceId", "inst-1"}, {"tenantId", "t-1"},
            {"orgCode", code},        {"orgName", name},
            {"parentCode", ""},       {"flag", flag},
            {"testFlag", 0},          {"timeStamp", ReferenceClient::kitTimeStamp()}};
}

} // namespace

class TestReferenceKit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void tenantSyncUpsertsAndDeletes();
    void deleteNeedsNoInstance();
    void testFlagHasItsOwnNamespace();
    void applicationSyncDecryptsTheSecret();
    void clientSecretRefusals_data();
    void clientSecretRefusals();
    void authSyncUsers();
    void orgSyncs();
    void allOrgSyncTolerates_data();
    void allOrgSyncTolerates();
    void malformed_data();
    void malformed();
    void signedWithTheKitKeyOnly();
    void jointAppsQuery();

private:
    int rows(const char *table)
    {
        return m_client->state().value(u"kitRows").toObject().value(QLatin1String(table)).toInt();
    }

    std::unique_ptr<ReferenceClient> m_client;
    ReferenceHost m_host;
};

void TestReferenceKit::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(options(), &error), qPrintable(error));
    m_client = std::make_unique<ReferenceClient>(m_host.url(), kBasicKey, kKitKey);
}

void TestReferenceKit::init()
{
    m_client->reset();
    m_client->setFaults({});
}

void TestReferenceKit::tenantSyncUpsertsAndDeletes()
{
    const QJsonObject add = tenantSync("t-1", "https://t1.example.com");
    QCOMPARE(m_client->kit("tenantSync", add).code(), QStringLiteral("000000"));
    const Reply again = m_client->kit("tenantSync", add);
    QCOMPARE(again.code(), QStringLiteral("000000"));
    QCOMPARE(again.message(), QStringLiteral("Success"));
    QCOMPARE(rows("tenants"), 1);
    // flag 2 changes name and domainName.
    QCOMPARE(m_client->kit("tenantSync", with(add, {{"flag", 2}, {"name", "Renamed"}})).code(),
             QStringLiteral("000000"));
    QCOMPARE(rows("tenants"), 1);
    const QJsonObject remove = with(add, {{"flag", 0}});
    QCOMPARE(m_client->kit("tenantSync", remove).code(), QStringLiteral("000000"));
    QCOMPARE(rows("tenants"), 0);
    QCOMPARE(m_client->kit("tenantSync", remove).code(), QStringLiteral("000000"));
    // Another instance of the same tenant is another row (key: instanceId, tenantId).
    m_client->kit("tenantSync", add);
    m_client->kit("tenantSync", with(add, {{"instanceId", "inst-2"}}));
    QCOMPARE(rows("tenants"), 2);
}

void TestReferenceKit::deleteNeedsNoInstance()
{
    // Neither newInstance nor an add came first: still a success.
    const QJsonObject remove =
        with(tenantSync("t-9", "https://t9.example.com", "never"), {{"flag", 0}});
    QCOMPARE(m_client->kit("tenantSync", remove).code(), QStringLiteral("000000"));
    QCOMPARE(
        m_client
            ->kit("authSync", with(authSync(QJsonArray{user("u1")}, 0), {{"instanceId", "never"}}))
            .code(),
        QStringLiteral("000000"));
    QCOMPARE(rows("total"), 0);
}

void TestReferenceKit::testFlagHasItsOwnNamespace()
{
    const QJsonObject add = tenantSync("t-1", "https://t1.example.com");
    m_client->kit("tenantSync", add);
    m_client->kit("tenantSync", with(add, {{"testFlag", 1}, {"instanceId", ""}}));
    m_client->kit("tenantSync", with(add, {{"testFlag", 1}, {"instanceId", ""}}));
    QCOMPARE(rows("tenants"), 2);
    // Deleting the debugging row leaves the production one.
    m_client->kit("tenantSync", with(add, {{"testFlag", 1}, {"instanceId", ""}, {"flag", 0}}));
    QCOMPARE(rows("tenants"), 1);
}

void TestReferenceKit::applicationSyncDecryptsTheSecret()
{
    m_client->kit("tenantSync", tenantSync("t-1", "https://t1.example.com"));
    const Reply r =
        m_client->kit("applicationSync", applicationSync("t-1", "app-1", "client-1", "s3cr3t+/="));
    QCOMPARE(r.code(), QStringLiteral("000000"));
    const Reply q = m_client->get("/isv/jointApps?tenantId=t-1&appId=app-1");
    QCOMPARE(q.json.value(u"hasSecret").toBool(), true);
    QVERIFY(!q.body.contains("s3cr3t"));
    // Java's other OAEP parameter sets decrypt too (§3.6: not stated by Huawei).
    for (const auto oaep :
         {ClientSecretCipher::Oaep::Sha256Mgf1Sha1, ClientSecretCipher::Oaep::Sha1Mgf1Sha1}) {
        QJsonObject body = applicationSync("t-1", "app-1", "client-1", "x");
        body.insert(
            "clientSecret",
            QString::fromLatin1(ClientSecretCipher::encrypt(sellerKey(), "x", oaep).value()));
        QCOMPARE(m_client->kit("applicationSync", body).code(), QStringLiteral("000000"));
    }
    QCOMPARE(rows("apps"), 1);
}

void TestReferenceKit::clientSecretRefusals_data()
{
    QTest::addColumn<QString>("cipher");
    const RsaKey other = RsaKey::generate(3072).value();
    QTest::newRow("another key's")
        << QString::fromLatin1(ClientSecretCipher::encrypt(other, "secret").value());
    QTest::newRow("plain text") << QStringLiteral("secret");
    QTest::newRow("not base64") << QStringLiteral("*** not base64 ***");
}

void TestReferenceKit::clientSecretRefusals()
{
    QFETCH(QString, cipher);
    QJsonObject body = applicationSync("t-1", "app-1", "client-1", "x");
    body.insert("clientSecret", cipher);
    const Reply r = m_client->kit("applicationSync", body);
    QCOMPARE(r.code(), QStringLiteral("000101"));
    QVERIFY(r.message().startsWith(u"clientSecret:"));
    QCOMPARE(rows("apps"), 0);
}

void TestReferenceKit::authSyncUsers()
{
    QCOMPARE(
        m_client->kit("authSync", authSync(QJsonArray{user("u1"), user("u2", "admin")})).code(),
        QStringLiteral("000000"));
    m_client->kit("authSync", authSync(QJsonArray{user("u1")}));
    QCOMPARE(rows("users"), 2);
    // V1's form: the list as a JSON string, and "extension" nested.
    QJsonObject nested = user("u3");
    nested.insert("extension", QJsonObject{{"entryDate", "2022-11-9"}, {"employeeType", "1"}});
    const QString asText =
        QString::fromUtf8(QJsonDocument(QJsonArray{nested}).toJson(QJsonDocument::Compact));
    QCOMPARE(m_client->kit("authSync", authSync(asText)).code(), QStringLiteral("000000"));
    QCOMPARE(rows("users"), 3);
    // flag 2: disable; flag 3: cancel the authorisation; both idempotent.
    QJsonObject disabled = user("u1");
    disabled.insert("enable", "false");
    QCOMPARE(m_client->kit("authSync", authSync(QJsonArray{disabled}, 2)).code(),
             QStringLiteral("000000"));
    QCOMPARE(rows("users"), 3);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_client->kit("authSync", authSync(QJsonArray{QJsonObject{{"userName", "u2"}}}, 3))
                     .code(),
                 QStringLiteral("000000"));
    QCOMPARE(rows("users"), 2);
    // One bad user refuses the whole call, naming it.
    QJsonObject bad = user("u9");
    bad.insert("role", "root");
    const Reply r = m_client->kit("authSync", authSync(QJsonArray{user("u8"), bad}));
    QCOMPARE(r.code(), QStringLiteral("000002"));
    QVERIFY2(r.message().startsWith(u"userList[1].role:"), qPrintable(r.message()));
    QCOMPARE(rows("users"), 2);
    QJsonArray many;
    for (int i = 0; i < 501; ++i)
        many.append(user(QStringLiteral("m%1").arg(i)));
    QVERIFY(m_client->kit("authSync", authSync(many)).message().startsWith(u"userList:"));
}

void TestReferenceKit::orgSyncs()
{
    QCOMPARE(m_client->kit("singleOrgSync", org("D1", "Sales")).code(), QStringLiteral("000000"));
    m_client->kit("singleOrgSync", org("D1", "Sales"));
    m_client->kit("singleOrgSync", org("D1", "Sales East", 2));
    QCOMPARE(rows("departments"), 1);
    QCOMPARE(m_client->kit("singleOrgSync", org("D1", "", 0)).code(), QStringLiteral("000000"));
    QCOMPARE(m_client->kit("singleOrgSync", org("D1", "", 0)).code(), QStringLiteral("000000"));
    QCOMPARE(rows("departments"), 0);
    QJsonObject all{
        {"instanceId", "inst-1"},
        {"tenantId", "t-1"},
        {"orgInfoList",
         QJsonArray{QJsonObject{{"orgCode", "A"}, {"orgName", "A"}, {"parentCode", "265789314"}},
                    QJsonObject{{"orgCode", "B"}, {"orgName", "B"}, {"parentCode", "A"}}}},
        {"testFlag", 0},
        {"timeStamp", ReferenceClient::kitTimeStamp()}};
    QCOMPARE(m_client->kit("allOrgSync", all).code(), QStringLiteral("000000"));
    QCOMPARE(m_client->kit("allOrgSync", all).code(), QStringLiteral("000000"));
    QCOMPARE(rows("departments"), 2);
}

void TestReferenceKit::allOrgSyncTolerates_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("list");
    QTest::newRow("array") << "orgInfoList"
                           << QJsonValue(
                                  QJsonArray{QJsonObject{{"orgCode", "A"}, {"orgName", "A"}}});
    QTest::newRow("string") << "orgInfoList"
                            << QJsonValue(R"([{"orgCode":"A","orgName":"A","parentCode":"R"}])");
    QTest::newRow("unquoted keys")
        << "orgInfoList" << QJsonValue(R"([{orgCode:"A",orgName:"A, B: C",parentCode:"R"}])");
    QTest::newRow("OrgName") << "orgInfoList"
                             << QJsonValue(
                                    QJsonArray{QJsonObject{{"orgCode", "A"}, {"OrgName", "A"}}});
    QTest::newRow("V1 orgInfo with name")
        << "orgInfo" << QJsonValue(R"([{"orgCode":"A","name":"A"}])");
}

void TestReferenceKit::allOrgSyncTolerates()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, list);
    const QJsonObject body{{"instanceId", ""}, {"tenantId", "t-1"},
                           {key, list},        {"flag", 1},
                           {"testFlag", 1},    {"timeStamp", ReferenceClient::kitTimeStamp()}};
    const Reply r = m_client->kit("allOrgSync", body);
    QCOMPARE(r.code(), QStringLiteral("000000"));
    QCOMPARE(rows("departments"), 1);
}

void TestReferenceKit::malformed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject tenant = tenantSync("t-1", "https://t1.example.com");
    QTest::newRow("tenantId missing") << "tenantSync" << [&] {
        auto o = tenant;
        o.remove("tenantId");
        return o;
    }() << "tenantId";
    QTest::newRow("flag 3 on tenantSync") << "tenantSync" << with(tenant, {{"flag", 3}}) << "flag";
    QTest::newRow("flag a word") << "tenantSync" << with(tenant, {{"flag", "add"}}) << "flag";
    QTest::newRow("testFlag missing") << "tenantSync" << [&] {
        auto o = tenant;
        o.remove("testFlag");
        return o;
    }() << "testFlag";
    QTest::newRow("timeStamp in ms")
        << "tenantSync" << with(tenant, {{"timeStamp", "1680508066618"}}) << "timeStamp";
    QTest::newRow("domainName without scheme")
        << "tenantSync" << with(tenant, {{"domainName", "t1.example.com"}}) << "domainName";
    QTest::newRow("name a number") << "tenantSync" << with(tenant, {{"name", 5}}) << "name";
    QTest::newRow("clientId missing") << "applicationSync" << [] {
        auto o = applicationSync("t", "a", "c", "s");
        o.remove("clientId");
        return o;
    }() << "clientId";
    QTest::newRow("userList an object") << "authSync" << authSync(QJsonObject{}) << "userList";
    QTest::newRow("userList bad text")
        << "authSync" << authSync(QStringLiteral("[{")) << "userList";
    QTest::newRow("user not an object") << "authSync" << authSync(QJsonArray{1}) << "userList[0]";
    QTest::newRow("enable a word")
        << "authSync" << authSync(QJsonArray{with(user("u"), {{"enable", "yes"}})})
        << "userList[0].enable";
    QTest::newRow("orgName missing") << "singleOrgSync" << org("D1", "") << "orgName";
    QTest::newRow("orgInfoList missing")
        << "allOrgSync"
        << QJsonObject{{"tenantId", "t"}, {"testFlag", 0}, {"timeStamp", "20220413093539534"}}
        << "orgInfoList";
    QTest::newRow("orgCode missing")
        << "allOrgSync"
        << QJsonObject{{"tenantId", "t"},
                       {"testFlag", 0},
                       {"timeStamp", "20220413093539534"},
                       {"orgInfoList", QJsonArray{QJsonObject{{"orgName", "x"}}}}}
        << "orgInfoList[0].orgCode";
}

void TestReferenceKit::malformed()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply r = m_client->kit(name, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), QStringLiteral("000002"));
    QVERIFY2(r.message().startsWith(field + u':'), qPrintable(r.message()));
    QCOMPARE(rows("total"), 0);
}

void TestReferenceKit::signedWithTheKitKeyOnly()
{
    const QJsonObject add = tenantSync("t-1", "https://t1.example.com");
    const Reply basicKey = m_client->kit("tenantSync", add, signedWith(kBasicKey));
    QCOMPARE(basicKey.code(), QStringLiteral("000001"));
    QVERIFY(basicKey.message().startsWith(u"x-sign:"));
    const Reply noNonce = m_client->kit("tenantSync", add, withoutNonce());
    QCOMPARE(noNonce.code(), QStringLiteral("000001"));
    const Reply old =
        m_client->kit("tenantSync", add, stampedAt(QDateTime::currentMSecsSinceEpoch() - 120'000));
    QCOMPARE(old.code(), QStringLiteral("000001"));
    QVERIFY(old.message().startsWith(u"x-timestamp:"));
    const Signing once = withNonce("KIT-NONCE-ONCE-0001");
    QCOMPARE(m_client->kit("tenantSync", add, once).code(), QStringLiteral("000000"));
    QCOMPARE(m_client->kit("tenantSync", add, once).code(), QStringLiteral("000001"));
    QCOMPARE(rows("tenants"), 1);
    // The V1 path does not exist in V2.
    QCOMPARE(m_client->postJson("/isv/produce/produceAPI/tenantSync", add).status, 404);
}

void TestReferenceKit::jointAppsQuery()
{
    m_client->kit("tenantSync", tenantSync("t-1", "https://t1.example.com"));
    m_client->kit("applicationSync", applicationSync("t-1", "app-1", "client-1", "sec"));
    const Reply q = m_client->get("/isv/jointApps?tenantId=t-1&appId=app-1");
    QCOMPARE(q.status, 200);
    QCOMPARE(q.json.value(u"tenantCode").toString(), QStringLiteral("t-1-code"));
    QCOMPARE(q.json.value(u"tenantName").toString(), QStringLiteral("Tenant t-1"));
    QCOMPARE(q.json.value(u"domainName").toString(), QStringLiteral("https://t1.example.com"));
    QCOMPARE(q.json.value(u"clientId").toString(), QStringLiteral("client-1"));
    QCOMPARE(q.json.value(u"instanceId").toString(), QStringLiteral("inst-1"));
    QCOMPARE(q.json.value(u"testFlag").toInt(), 0);
    QVERIFY(!q.json.value(u"updatedAt").toString().isEmpty());
    QVERIFY(!q.json.contains(u"clientSecret"));
    QCOMPARE(m_client->get("/isv/jointApps?tenantId=t-1&appId=other").status, 404);
    const Reply missing = m_client->get("/isv/jointApps?appId=app-1");
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.message().startsWith(u"tenantId:"));
}

QTEST_GUILESS_MAIN(TestReferenceKit)
#include "tst_reference_kit.moc"
