// The reference SaaS server's basic (production) interfaces in V2 (protocol reference §3.4,
// §6.1, §7.1), over real loopback HTTP and signed with the seller crypto core: every activity
// answers the right §2.3 code with the right shape, newInstance and getLicenseAsync are
// idempotent, release twice succeeds, the signature, timestamp window and nonce are enforced,
// and malformed requests get 000002 naming the field without bringing the server down.
#include "sandbox/reference/reference_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

using namespace ReferenceFixture;

const QString kLive = QStringLiteral("live-0001");
const QString kGone = QStringLiteral("gone-0001");
const QString kDated = QStringLiteral("dated-0001"); // expires 2030-01-01

QJsonObject fill(QJsonObject o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it->isString())
            continue;
        QString s = it->toString();
        s.replace(QStringLiteral("$LIVE"), kLive)
            .replace(QStringLiteral("$GONE"), kGone)
            .replace(QStringLiteral("$DATED"), kDated);
        *it = s;
    }
    return o;
}

QJsonObject body(const QString &activity, QJsonObject fields)
{
    fields.insert(QStringLiteral("activity"), activity);
    return fields;
}

} // namespace

class TestReferenceBasic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void newInstanceIsIdempotent();
    void orderLinesGetTheirOwnInstances();
    void activities_data();
    void activities();
    void queryInstanceAnswersInfo();
    void releaseTwiceSucceeds();
    void licenseIsIdempotent();
    void licenseQuota();
    void authentication_data();
    void authentication();
    void malformed_data();
    void malformed();
    void wrongMethod();
    void countsEveryActivity();

private:
    std::unique_ptr<ReferenceClient> m_client;
    ReferenceHost m_host;
};

void TestReferenceBasic::initTestCase()
{
    ReferenceOptions o = options();
    o.config.licenseQuota = 3;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_client = std::make_unique<ReferenceClient>(m_host.url(), kBasicKey, kKitKey);
}

void TestReferenceBasic::init()
{
    m_client->reset();
    m_client->setFaults({});
    QCOMPARE(
        m_client->basic(newInstance(QStringLiteral("O-LIVE"), QStringLiteral("L1"), kLive)).code(),
        QStringLiteral("000000"));
    QCOMPARE(
        m_client->basic(newInstance(QStringLiteral("O-GONE"), QStringLiteral("L1"), kGone)).code(),
        QStringLiteral("000000"));
    QCOMPARE(
        m_client->basic(body(QStringLiteral("releaseInstance"), {{"instanceId", kGone}})).code(),
        QStringLiteral("000000"));
    QCOMPARE(m_client->basic(newInstance(QStringLiteral("O-DATED"), QStringLiteral("L1"), kDated))
                 .code(),
             QStringLiteral("000000"));
    QCOMPARE(
        m_client
            ->basic(body(QStringLiteral("refreshInstance"), {{"scene", "RENEWAL"},
                                                             {"orderId", "O-RENEW"},
                                                             {"orderLineId", "O-RENEW-1"},
                                                             {"instanceId", kDated},
                                                             {"expireTime", "20300101000000"}}))
            .code(),
        QStringLiteral("000000"));
}

void TestReferenceBasic::newInstanceIsIdempotent()
{
    const Reply first = m_client->basic(newInstance("CS-1", "CS-1-000001", "biz-first"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.code(), QStringLiteral("000000"));
    QCOMPARE(first.json.value(u"instanceId").toString(), QStringLiteral("biz-first"));
    const QJsonObject app = first.json.value(u"appInfo").toObject();
    QVERIFY(!app.value(u"frontEndUrl").toString().isEmpty());
    QVERIFY(!app.value(u"password").toString().isEmpty());
    const Reply again = m_client->basic(newInstance("CS-1", "CS-1-000001", "biz-second"));
    QCOMPARE(again.code(), QStringLiteral("000000"));
    QCOMPARE(again.json.value(u"instanceId").toString(), QStringLiteral("biz-first"));
    QCOMPARE(again.json.value(u"appInfo").toObject(), app);
    QCOMPARE(m_client->state().value(u"instancesCreated").toInt(), 3 + 1);
}

void TestReferenceBasic::orderLinesGetTheirOwnInstances()
{
    const Reply a = m_client->basic(newInstance("CS-2", "CS-2-000001", "biz-a"));
    const Reply b = m_client->basic(newInstance("CS-2", "CS-2-000002", "biz-b"));
    QCOMPARE(a.json.value(u"instanceId").toString(), QStringLiteral("biz-a"));
    QCOMPARE(b.json.value(u"instanceId").toString(), QStringLiteral("biz-b"));
    // A debugging call (testFlag 1) for the same order line is another namespace.
    QJsonObject debug = newInstance("CS-2", "CS-2-000001", "biz-debug");
    debug.insert(QStringLiteral("testFlag"), QStringLiteral("1"));
    QCOMPARE(m_client->basic(debug).json.value(u"instanceId").toString(),
             QStringLiteral("biz-debug"));
}

void TestReferenceBasic::activities_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field"); // what the message starts with, for 000002

    const QJsonObject refresh{
        {"activity", "refreshInstance"}, {"scene", "RENEWAL"},    {"orderId", "O-2"},
        {"orderLineId", "O-2-1"},        {"instanceId", "$LIVE"}, {"expireTime", "20270101000000"}};
    QTest::newRow("refresh") << refresh << "000000"
                             << "";
    QTest::newRow("refresh, 17 digits") <<
        [&] {
            auto o = refresh;
            o["expireTime"] = "20270101000000000";
            return o;
        }() << "000000"
                                        << "";
    QTest::newRow("refresh, unknown instance") <<
        [&] {
            auto o = refresh;
            o["instanceId"] = "nope";
            return o;
        }() << "000003"
                                               << "";
    QTest::newRow("refresh, released instance") <<
        [&] {
            auto o = refresh;
            o["instanceId"] = "$GONE";
            return o;
        }() << "000003"
                                                << "";
    QTest::newRow("refresh, scene") <<
        [&] {
            auto o = refresh;
            o["scene"] = "FOREVER";
            return o;
        }() << "000002"
                                    << "scene";
    QTest::newRow("refresh, expireTime") <<
        [&] {
            auto o = refresh;
            o["expireTime"] = "2027-01-01";
            return o;
        }() << "000002"
                                         << "expireTime";
    QTest::newRow("refresh, no orderLineId") <<
        [&] {
            auto o = refresh;
            o.remove("orderLineId");
            return o;
        }() << "000002"
                                             << "orderLineId";
    const QJsonObject status{
        {"activity", "updateInstanceStatus"}, {"instanceId", "$LIVE"}, {"status", "FREEZE"}};
    QTest::newRow("freeze") << status << "000000"
                            << "";
    QTest::newRow("unfreeze") <<
        [&] {
            auto o = status;
            o["status"] = "UNFREEZE";
            return o;
        }() << "000000"
                              << "";
    QTest::newRow("status, value") <<
        [&] {
            auto o = status;
            o["status"] = "NORMAL";
            return o;
        }() << "000002"
                                   << "status";
    QTest::newRow("status, unknown instance") <<
        [&] {
            auto o = status;
            o["instanceId"] = "nope";
            return o;
        }() << "000003"
                                              << "";
    QTest::newRow("upgrade") << QJsonObject{{"activity", "upgradeInstance"},
                                            {"instanceId", "$LIVE"},
                                            {"orderId", "O-UP"}}
                             << "000000"
                             << "";
    QTest::newRow("upgrade, unknown")
        << QJsonObject{{"activity", "upgradeInstance"}, {"instanceId", "nope"}, {"orderId", "O-UP"}}
        << "000003"
        << "";
    QTest::newRow("release, unknown")
        << QJsonObject{{"activity", "releaseInstance"}, {"instanceId", "nope"}} << "000003"
        << "";
    QTest::newRow("release, released")
        << QJsonObject{{"activity", "releaseInstance"}, {"instanceId", "$GONE"}} << "000000"
        << "";
    const QJsonObject license{{"activity", "getLicenseAsync"},
                              {"instanceId", "$LIVE"},
                              {"effectiveTime", "2026-10-27 10:30:15 z"},
                              {"expireTime", "2027-10-27 10:30:15 z"},
                              {"eventId", "EV-1"},
                              {"deviceFingerprint", "00:11:22:33:44:55|SN1||CPU1"}};
    QTest::newRow("license") << license << "000000"
                             << "";
    QTest::newRow("license, unknown instance") <<
        [&] {
            auto o = license;
            o["instanceId"] = "nope";
            return o;
        }() << "000003"
                                               << "";
    QTest::newRow("license, no fingerprint") <<
        [&] {
            auto o = license;
            o.remove("deviceFingerprint");
            return o;
        }() << "000903"
                                             << "";
    QTest::newRow("license, no expiry") <<
        [&] {
            auto o = license;
            o.remove("expireTime");
            return o;
        }() << "000902"
                                        << "";
    QTest::newRow("license, after the order") <<
        [&] {
            auto o = license;
            o["instanceId"] = "$DATED";
            o["effectiveTime"] = "2031-01-01 00:00:00 z";
            o["expireTime"] = "2032-01-01 00:00:00 z";
            return o;
        }() << "000901"
                                              << "";
    QTest::newRow("license, within the order") <<
        [&] {
            auto o = license;
            o["instanceId"] = "$DATED";
            return o;
        }() << "000000"
                                               << "";
    QTest::newRow("license, effectiveTime") <<
        [&] {
            auto o = license;
            o["effectiveTime"] = "yesterday";
            return o;
        }() << "000002"
                                            << "effectiveTime";
    QTest::newRow("license, no eventId") <<
        [&] {
            auto o = license;
            o.remove("eventId");
            return o;
        }() << "000002"
                                         << "eventId";
    QTest::newRow("unknown activity") << QJsonObject{{"activity", "teleport"}} << "000002"
                                      << "activity";
    QTest::newRow("V1 activity in V2")
        << QJsonObject{{"activity", "expireInstance"}, {"instanceId", "$LIVE"}} << "000002"
        << "activity";
}

void TestReferenceBasic::activities()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Reply r = m_client->basic(fill(request));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), code);
    QVERIFY2(r.message().startsWith(field + (field.isEmpty() ? "" : ":")), qPrintable(r.message()));
    QVERIFY(r.headers.value("body-sign").isEmpty()); // V2 signs no answer
}

void TestReferenceBasic::queryInstanceAnswersInfo()
{
    const QString ids = kLive + QStringLiteral(",") + kGone + QStringLiteral(", nope,") + kDated;
    const Reply r = m_client->basic(body(QStringLiteral("queryInstance"), {{"instanceId", ids}}));
    QCOMPARE(r.code(), QStringLiteral("000000"));
    const QJsonArray info = r.json.value(u"info").toArray();
    QCOMPARE(info.size(), 2); // released and unknown ones left out
    QCOMPARE(info[0].toObject().value(u"instanceId").toString(), kLive);
    QCOMPARE(info[1].toObject().value(u"instanceId").toString(), kDated);
    const QJsonObject app = info[0].toObject().value(u"appInfo").toObject();
    for (const char *k : {"frontEndUrl", "adminUrl", "userName", "password"})
        QVERIFY2(!app.value(QLatin1String(k)).toString().isEmpty(), k);
    // The same appInfo newInstance answered.
    const Reply opened = m_client->basic(newInstance("O-LIVE", "L1", "other"));
    QCOMPARE(opened.json.value(u"appInfo").toObject(), app);
    QVERIFY(!r.json.contains(u"encryptType"));
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many << QStringLiteral("i%1").arg(i);
    const Reply tooMany =
        m_client->basic(body(QStringLiteral("queryInstance"), {{"instanceId", many.join(u',')}}));
    QCOMPARE(tooMany.code(), QStringLiteral("000002"));
}

void TestReferenceBasic::releaseTwiceSucceeds()
{
    const QJsonObject release = body(QStringLiteral("releaseInstance"), {{"instanceId", kLive}});
    QCOMPARE(m_client->basic(release).code(), QStringLiteral("000000"));
    QCOMPARE(m_client->basic(release).code(), QStringLiteral("000000"));
    QCOMPARE(m_client->state().value(u"instancesActive").toInt(), 1); // kDated
    const Reply status = m_client->basic(body(QStringLiteral("updateInstanceStatus"),
                                              {{"instanceId", kLive}, {"status", "FREEZE"}}));
    QCOMPARE(status.code(), QStringLiteral("000003"));
}

void TestReferenceBasic::licenseIsIdempotent()
{
    QJsonObject request{{"activity", "getLicenseAsync"},
                        {"instanceId", kLive},
                        {"effectiveTime", "2026-10-27 10:30:15 z"},
                        {"expireTime", "2027-10-27 10:30:15 z"},
                        {"eventId", "EV-7"},
                        {"deviceFingerprint", "AA:BB|D1|B1|C1"}};
    const Reply first = m_client->basic(request);
    QCOMPARE(first.code(), QStringLiteral("000000"));
    const QString license = first.json.value(u"license").toString();
    QVERIFY(!license.isEmpty());
    QCOMPARE(m_client->basic(request).json.value(u"license").toString(), license);
    request.insert(QStringLiteral("deviceFingerprint"), QStringLiteral("AA:BB|D2|B1|C1"));
    const QString other = m_client->basic(request).json.value(u"license").toString();
    QVERIFY(!other.isEmpty());
    QVERIFY(other != license);
    QCOMPARE(m_client->state().value(u"licensesIssued").toInt(), 2);
}

void TestReferenceBasic::licenseQuota()
{
    QJsonObject request{{"activity", "getLicenseAsync"},
                        {"instanceId", kLive},
                        {"effectiveTime", "2026-10-27 10:30:15 z"},
                        {"expireTime", "2027-10-27 10:30:15 z"},
                        {"deviceFingerprint", "AA:BB|D1|B1|C1"}};
    for (int i = 0; i < 3; ++i) {
        request.insert(QStringLiteral("eventId"), QStringLiteral("EV-Q%1").arg(i));
        QCOMPARE(m_client->basic(request).code(), QStringLiteral("000000"));
    }
    request.insert(QStringLiteral("eventId"), QStringLiteral("EV-Q3"));
    QCOMPARE(m_client->basic(request).code(), QStringLiteral("000900"));
    // A repeated request still gets its License: idempotency comes before the quota.
    request.insert(QStringLiteral("eventId"), QStringLiteral("EV-Q0"));
    QCOMPARE(m_client->basic(request).code(), QStringLiteral("000000"));
}

void TestReferenceBasic::authentication_data()
{
    QTest::addColumn<int>("spoil");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    enum
    {
        None,
        Corrupt,
        KitKey,
        Old,
        Ahead,
        Seconds,
        NoSig,
        NoTs,
        NoNonce,
        Upper,
        Replay
    };
    QTest::newRow("correct") << int(None) << "000000"
                             << "";
    QTest::newRow("upper-case hex") << int(Upper) << "000000"
                                    << "";
    QTest::newRow("corrupt signature") << int(Corrupt) << "000001"
                                       << "signature";
    QTest::newRow("signed with the Kit key") << int(KitKey) << "000001"
                                             << "signature";
    QTest::newRow("61 s old") << int(Old) << "000001"
                              << "timestamp";
    QTest::newRow("61 s ahead") << int(Ahead) << "000001"
                                << "timestamp";
    QTest::newRow("seconds") << int(Seconds) << "000001"
                             << "timestamp";
    QTest::newRow("no signature") << int(NoSig) << "000001"
                                  << "signature";
    QTest::newRow("no timestamp") << int(NoTs) << "000001"
                                  << "timestamp";
    QTest::newRow("no nonce") << int(NoNonce) << "000001"
                              << "nonce";
    QTest::newRow("replayed nonce") << int(Replay) << "000001"
                                    << "nonce";
}

void TestReferenceBasic::authentication()
{
    QFETCH(int, spoil);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Signing s;
    switch (spoil) {
    case 1:
        s.corruptSignature = true;
        break;
    case 2:
        s.key = kKitKey;
        break;
    case 3:
        s.timestampMs = now - 600'000;
        break;
    case 4:
        s.timestampMs = now + 600'000;
        break;
    case 5:
        s.timestampMs = now / 1000;
        break;
    case 6:
        s.omitSignature = true;
        break;
    case 7:
        s.omitTimestamp = true;
        break;
    case 8:
        s.omitNonce = true;
        break;
    case 9:
        s.upperCase = true;
        break;
    case 10: {
        s.nonce = "REPLAYED-NONCE-0123456789";
        QCOMPARE(m_client->basic(newInstance("O-R", "L1", "b-r"), s).code(),
                 QStringLiteral("000000"));
        break;
    }
    default:
        break;
    }
    const int before = m_client->state().value(u"instancesCreated").toInt();
    const Reply r = m_client->basic(newInstance("O-AUTH", "L1", "b-auth"), s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), code);
    QVERIFY2(r.message().startsWith(field), qPrintable(r.message()));
    // A refused call changes nothing.
    QCOMPARE(m_client->state().value(u"instancesCreated").toInt(), before + (code == "000000"));
}

void TestReferenceBasic::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message"); // how resultMsg starts: the field first
    QTest::newRow("not JSON") << QByteArray("{\"activity\":") << "body: ";
    QTest::newRow("empty") << QByteArray() << "body: ";
    QTest::newRow("an array") << QByteArray("[1,2]") << "body: ";
    QTest::newRow("a key twice") << QByteArray(
                                        R"({"activity":"newInstance","activity":"queryInstance"})")
                                 << "body: ";
    QTest::newRow("activity a number")
        << QByteArray(R"({"activity":7})") << "activity: expected a string";
    QTest::newRow("orderId a number")
        << QByteArray(
               R"({"activity":"newInstance","orderId":12,"orderLineId":"L","businessId":"B"})")
        << "orderId: expected a string";
    QTest::newRow("orderLineId missing")
        << QByteArray(R"({"activity":"newInstance","orderId":"O","businessId":"B"})")
        << "orderLineId: required";
    QTest::newRow("businessId empty")
        << QByteArray(
               R"({"activity":"newInstance","orderId":"O","orderLineId":"L","businessId":""})")
        << "businessId: must not be empty";
    QTest::newRow("orderId too long")
        << (QByteArray(
                R"({"activity":"newInstance","orderLineId":"L","businessId":"B","orderId":")") +
            QByteArray(65, 'x') + "\"}")
        << "orderId: at most 64 characters";
    QTest::newRow("testFlag an object")
        << QByteArray(
               R"({"activity":"newInstance","orderId":"O","orderLineId":"L","businessId":"B","testFlag":{}})")
        << "testFlag: expected one of 0, 1";
    QTest::newRow("testFlag 2")
        << QByteArray(
               R"({"activity":"newInstance","orderId":"O","orderLineId":"L","businessId":"B","testFlag":"2"})")
        << "testFlag: expected one of 0, 1";
    QTest::newRow("instanceId null")
        << QByteArray(R"({"activity":"releaseInstance","instanceId":null})")
        << "instanceId: required";
}

void TestReferenceBasic::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const Reply r = m_client->basicRaw(body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), QStringLiteral("000002"));
    QVERIFY2(r.message().startsWith(message), qPrintable(r.message()));
    QCOMPARE(m_client->get(QStringLiteral("/health")).code(), QStringLiteral("000000"));
}

void TestReferenceBasic::wrongMethod()
{
    const Reply r = m_client->get(QStringLiteral("/isv/produce?activity=newInstance"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.code(), QStringLiteral("000002"));
    QCOMPARE(m_client->get(QStringLiteral("/isv/elsewhere")).status, 404);
}

void TestReferenceBasic::countsEveryActivity()
{
    m_client->reset();
    m_client->basic(newInstance("O-C", "L1", "b-c"));
    m_client->basic(newInstance("O-C", "L1", "b-c2"));
    m_client->basic(body(QStringLiteral("releaseInstance"), {{"instanceId", "nope"}}));
    m_client->basic(newInstance("O-C", "L1", "b-c3"), corrupted());
    const QJsonObject state = m_client->state();
    const QJsonObject requests = state.value(u"requests").toObject();
    QCOMPARE(requests.value(u"newInstance").toInt(), 3);
    QCOMPARE(requests.value(u"releaseInstance").toInt(), 1);
    const QJsonObject answered = state.value(u"answered").toObject();
    QCOMPARE(answered.value(u"000000").toInt(), 2);
    QCOMPARE(answered.value(u"000003").toInt(), 1);
    QCOMPARE(answered.value(u"000001").toInt(), 1);
    QCOMPARE(state.value(u"instancesCreated").toInt(), 1);
    // No secret in the state.
    const QByteArray text = QJsonDocument(state).toJson();
    QVERIFY(!text.contains(kBasicKey));
    QVERIFY(!text.contains(kKitKey));
}

QTEST_GUILESS_MAIN(TestReferenceBasic)
#include "tst_reference_basic.moc"
