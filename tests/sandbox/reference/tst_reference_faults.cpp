// Each fault switch of the reference SaaS server (docs/api.md, "Reference SaaS server") makes
// exactly the mistake it names and no other: with one switch on, a battery of probes — one
// per rule a seller's server must keep — finds that rule broken and every other rule kept.
// With none on, every probe passes. The slow switch is checked by ordering (a later request
// is answered first) and by a client timeout, never by measuring time. POST /_reference/keys
// replaces an access key (a rotation's install step), all or nothing.
#include "sandbox/reference/reference_client.h"
#include "seller/v2_signature.h"

#include <QNetworkReply>
#include <QTest>

namespace {

using namespace ReferenceFixture;

// The codes of the protocol reference's §2.3 table.
const QStringList kTable = {"000000", "000001", "000002", "000003", "000004", "000005",
                            "000100", "000101", "000102", "000103", "000104", "000105",
                            "000106", "000107", "000900", "000901", "000902", "000903"};

// The code as it would be without codesOutsideTable, so that the other probes see through it.
QString norm(const QString &code)
{
    return code.startsWith(u'9') ? u'0' + code.mid(1) : code;
}

const QStringList kProbes = {"signature", "timestamp", "nonce", "order",       "license",
                             "kitRows",   "slow",      "codes", "clientSecret"};

} // namespace

class TestReferenceFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void eachSwitchBreaksOneRule_data();
    void eachSwitchBreaksOneRule();
    void slowAnswersAfterLaterRequests();
    void slowAnswerTimesOutAClient();
    void switchesAreReadable();
    void switchesRefuseBadInput_data();
    void switchesRefuseBadInput();
    void startFaultsFromTheConfiguration();
    void accessKeysAreReplaced_data();
    void accessKeysAreReplaced();

private:
    // Whether the server keeps the rule `probe` tests (after a reset).
    bool keeps(const QString &probe);
    int stateInt(const char *key) { return m_client->state().value(QLatin1String(key)).toInt(); }

    std::unique_ptr<ReferenceClient> m_client;
    ReferenceHost m_host;
};

void TestReferenceFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_host.start(options(), &error), qPrintable(error));
    m_client = std::make_unique<ReferenceClient>(m_host.url(), kBasicKey, kKitKey);
}

void TestReferenceFaults::init()
{
    m_client->setFaults({});
    m_client->reset();
    // accessKeysAreReplaced changes them; every test starts from the configured pair.
    m_client->postJson(QStringLiteral("/_reference/keys"),
                       {{"basicAccessKey", QString::fromLatin1(kBasicKey)},
                        {"kitAccessKey", QString::fromLatin1(kKitKey)}});
}

bool TestReferenceFaults::keeps(const QString &probe)
{
    m_client->reset();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (probe == u"signature")
        return norm(m_client->basic(newInstance("O", "L", "B"), corrupted()).code()) == u"000001";
    if (probe == u"timestamp")
        return norm(m_client->basic(newInstance("O", "L", "B"), stampedAt(now - 600'000)).code()) ==
               u"000001";
    if (probe == u"nonce") {
        const Signing s = withNonce(V2Signature::makeNonce());
        m_client->basic(newInstance("O", "L", "B1"), s);
        return norm(m_client->basic(newInstance("O2", "L", "B2"), s).code()) == u"000001";
    }
    if (probe == u"order") {
        const QString a =
            m_client->basic(newInstance("O", "L", "B1")).json["instanceId"].toString();
        const QString b =
            m_client->basic(newInstance("O", "L", "B2")).json["instanceId"].toString();
        return a == u"B1" && b == a && stateInt("instancesCreated") == 1;
    }
    if (probe == u"license") {
        m_client->basic(newInstance("O", "L", "I"));
        const QJsonObject request{{"activity", "getLicenseAsync"},
                                  {"instanceId", "I"},
                                  {"effectiveTime", "2026-01-01 00:00:00 z"},
                                  {"expireTime", "2027-01-01 00:00:00 z"},
                                  {"eventId", "E"},
                                  {"deviceFingerprint", "MAC|DISK|BOARD|CPU"}};
        const QString a = m_client->basic(request).json["license"].toString();
        const QString b = m_client->basic(request).json["license"].toString();
        return !a.isEmpty() && a == b && stateInt("licensesIssued") == 1;
    }
    if (probe == u"kitRows") {
        const QJsonObject add = tenantSync("t-1", "https://t1.example.com");
        m_client->kit("tenantSync", add);
        m_client->kit("tenantSync", add);
        return m_client->state().value(u"kitRows").toObject().value(u"tenants").toInt() == 1;
    }
    if (probe == u"slow") {
        // A is processed (counted) first; three requests after it are answered; A must have
        // been answered by then.
        QNetworkReply *a = m_client->startBasic(newInstance("O", "L", "B"));
        for (int i = 0; i < 200; ++i) {
            if (m_client->state().value(u"requests").toObject().value(u"newInstance").toInt() > 0)
                break;
        }
        for (int i = 0; i < 3; ++i)
            m_client->get(QStringLiteral("/health"));
        QCoreApplication::processEvents();
        const bool answered = a->isFinished();
        a->abort();
        a->deleteLater();
        return answered;
    }
    if (probe == u"codes") {
        const Reply r = m_client->basic({{"activity", "releaseInstance"}, {"instanceId", "none"}});
        return r.code() == u"000003" && kTable.contains(r.code());
    }
    if (probe == u"clientSecret")
        return norm(m_client->kit("applicationSync", applicationSync("t", "a", "c", "secret"))
                        .code()) == u"000000";
    qFatal("unknown probe");
}

void TestReferenceFaults::eachSwitchBreaksOneRule_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<QString>("broken"); // the probe that must fail; "" for none
    QTest::newRow("none") << QJsonObject{} << "";
    QTest::newRow("acceptAnySignature") << QJsonObject{{"acceptAnySignature", true}} << "signature";
    QTest::newRow("acceptOldTimestamp") << QJsonObject{{"acceptOldTimestamp", true}} << "timestamp";
    QTest::newRow("acceptReplayedNonce") << QJsonObject{{"acceptReplayedNonce", true}} << "nonce";
    QTest::newRow("newInstanceForRepeatedOrder")
        << QJsonObject{{"newInstanceForRepeatedOrder", true}} << "order";
    QTest::newRow("newLicenseForRepeatedEvent")
        << QJsonObject{{"newLicenseForRepeatedEvent", true}} << "license";
    QTest::newRow("duplicateKitRows") << QJsonObject{{"duplicateKitRows", true}} << "kitRows";
    // Every protocol answer comes 1 s late (the other probes wait for theirs); three
    // requests made after the delayed one was processed are answered before it.
    QTest::newRow("slow") << QJsonObject{{"slow", true}, {"slowMs", 1000}} << "slow";
    QTest::newRow("codesOutsideTable") << QJsonObject{{"codesOutsideTable", true}} << "codes";
    QTest::newRow("clientSecretUndecryptable")
        << QJsonObject{{"clientSecretUndecryptable", true}} << "clientSecret";
    // V2 answers carry no Body-Sign: the switch changes nothing here (see tst_reference_v1).
    QTest::newRow("wrongBodySign (V2)") << QJsonObject{{"wrongBodySign", true}} << "";
    QTest::newRow("slowMs alone") << QJsonObject{{"slowMs", 60'000}} << "";
}

void TestReferenceFaults::eachSwitchBreaksOneRule()
{
    QFETCH(QJsonObject, faults);
    QFETCH(QString, broken);
    m_client->setFaults(faults);
    QCOMPARE(m_client->get(QStringLiteral("/_reference/faults")).json.value(u"slow").toBool(),
             faults.value(u"slow").toBool());
    for (const QString &probe : kProbes) {
        const bool kept = keeps(probe);
        QVERIFY2(kept == (probe != broken),
                 qPrintable(QStringLiteral("probe %1: %2").arg(probe, kept ? "kept" : "broken")));
    }
}

void TestReferenceFaults::slowAnswersAfterLaterRequests()
{
    Reply plain = m_client->basic(newInstance("O-P", "L", "B-P"));
    m_client->reset();
    m_client->setFaults({{"slow", true}, {"slowMs", 5000}});
    QNetworkReply *a = m_client->startBasic(newInstance("O-P", "L", "B-P"));
    // The server's thread is free while A waits: the state answers, and shows A done.
    for (int i = 0; i < 200 && stateInt("instancesCreated") == 0; ++i) {
    }
    QCOMPARE(stateInt("instancesCreated"), 1);
    QVERIFY2(!a->isFinished(), "the later request was answered after the delayed one");
    const Reply late = ReferenceClient::wait(a, 30'000);
    QVERIFY(!late.timedOut);
    // Late, but the same answer as without the switch (but for the password made anew).
    const auto withoutPassword = [](QJsonObject o) {
        QJsonObject app = o.value(u"appInfo").toObject();
        app.remove(QStringLiteral("password"));
        o.insert(QStringLiteral("appInfo"), app);
        return o;
    };
    QCOMPARE(withoutPassword(late.json), withoutPassword(plain.json));
    QVERIFY(!late.json.value(u"appInfo").toObject().value(u"password").toString().isEmpty());
}

void TestReferenceFaults::slowAnswerTimesOutAClient()
{
    m_client->setFaults({{"slow", true}, {"slowMs", 30'000}});
    // The marketplace gives up after 5 s; this client sooner. The change was made anyway.
    const Reply r = m_client->basic(newInstance("O-T", "L", "B-T"), timingOutAfter(300));
    QVERIFY(r.timedOut);
    QCOMPARE(stateInt("instancesCreated"), 1);
}

void TestReferenceFaults::switchesAreReadable()
{
    m_client->setFaults({{"acceptAnySignature", true}, {"slowMs", 250}});
    const QJsonObject f = m_client->get(QStringLiteral("/_reference/faults")).json;
    QCOMPARE(f.value(u"acceptAnySignature").toBool(), true);
    QCOMPARE(f.value(u"duplicateKitRows").toBool(), false);
    QCOMPARE(f.value(u"slowMs").toInt(), 250);
    QCOMPARE(m_client->state().value(u"faults").toObject().value(u"acceptAnySignature").toBool(),
             true);
    // POST replaces: {} turns everything off again.
    m_client->setFaults({});
    const QJsonObject off = m_client->get(QStringLiteral("/_reference/faults")).json;
    QCOMPARE(off.value(u"acceptAnySignature").toBool(), false);
    QCOMPARE(off.value(u"slowMs").toInt(), 6000);
}

void TestReferenceFaults::switchesRefuseBadInput_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown switch")
        << QByteArray("application/json") << QByteArray(R"({"acceptEverything":true})") << 400;
    QTest::newRow("not a boolean")
        << QByteArray("application/json") << QByteArray(R"({"slow":"yes"})") << 400;
    QTest::newRow("slowMs negative")
        << QByteArray("application/json") << QByteArray(R"({"slowMs":-1})") << 400;
    QTest::newRow("not JSON") << QByteArray("application/json") << QByteArray("{") << 400;
    QTest::newRow("a form") << QByteArray("application/x-www-form-urlencoded")
                            << QByteArray("slow=true") << 415;
}

void TestReferenceFaults::switchesRefuseBadInput()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    m_client->setFaults({{"duplicateKitRows", true}});
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_host.url().toString() + QStringLiteral("/_reference/faults")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    const Reply r = ReferenceClient::wait(network.post(request, body));
    QCOMPARE(r.status, status);
    QCOMPARE(r.code(), QStringLiteral("000002"));
    // Nothing changed.
    QCOMPARE(m_client->get(QStringLiteral("/_reference/faults")).json.value(u"duplicateKitRows"),
             QJsonValue(true));
}

void TestReferenceFaults::startFaultsFromTheConfiguration()
{
    ReferenceOptions o = options();
    o.config.faults = {{"newInstanceForRepeatedOrder", true}};
    ReferenceHost host;
    QString error;
    QVERIFY2(host.start(o, &error), qPrintable(error));
    ReferenceClient client(host.url(), kBasicKey, kKitKey);
    client.basic(newInstance("O", "L", "B1"));
    client.basic(newInstance("O", "L", "B2"));
    QCOMPARE(client.state().value(u"instancesCreated").toInt(), 2);
    o.config.faults = {{"nonsense", true}};
    ReferenceHost refused;
    QVERIFY(!refused.start(o, &error));
    QVERIFY2(error.contains(u"nonsense"), qPrintable(error));
}

void TestReferenceFaults::accessKeysAreReplaced_data()
{
    // POST /_reference/keys: the seller installing a rotated key on their server.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("basicKey"); // the keys the server takes afterwards
    QTest::addColumn<QByteArray>("kitKey");
    QTest::newRow("basic replaced") << QByteArray(R"({"basicAccessKey":"rotated-basic-1"})") << 200
                                    << QByteArray("rotated-basic-1") << kKitKey;
    QTest::newRow("kit replaced") << QByteArray(R"({"kitAccessKey":"rotated-kit-1"})") << 200
                                  << kBasicKey << QByteArray("rotated-kit-1");
    QTest::newRow("both replaced")
        << QByteArray(R"({"basicAccessKey":"rotated-basic-2","kitAccessKey":"rotated-kit-2"})")
        << 200 << QByteArray("rotated-basic-2") << QByteArray("rotated-kit-2");
    QTest::newRow("basic made the Kit key: refused")
        << QByteArray(R"({"basicAccessKey":")" + kKitKey + R"("})") << 400 << kBasicKey << kKitKey;
    QTest::newRow("unknown field: refused")
        << QByteArray(R"({"basicAccessKey":"x-1","privateKey":"y"})") << 400 << kBasicKey
        << kKitKey;
    QTest::newRow("empty key: refused")
        << QByteArray(R"({"kitAccessKey":"  "})") << 400 << kBasicKey << kKitKey;
    QTest::newRow("not a string: refused")
        << QByteArray(R"({"kitAccessKey":7})") << 400 << kBasicKey << kKitKey;
    QTest::newRow("nothing given: refused") << QByteArray("{}") << 400 << kBasicKey << kKitKey;
}

void TestReferenceFaults::accessKeysAreReplaced()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, basicKey);
    QFETCH(QByteArray, kitKey);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_host.url().toString() + QStringLiteral("/_reference/keys")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const Reply r = ReferenceClient::wait(network.post(request, body));
    QCOMPARE(r.status, status);
    // The answer is the set-up without secrets.
    QVERIFY(!r.body.contains("rotated-"));
    QCOMPARE(m_client->basic(newInstance("O", "L", "B"), signedWith(basicKey)).code(),
             QStringLiteral("000000"));
    QCOMPARE(
        m_client->kit("tenantSync", tenantSync("t-1", "https://t1.example.com"), signedWith(kitKey))
            .code(),
        QStringLiteral("000000"));
    // A replaced key is refused from then on.
    if (basicKey != kBasicKey)
        QCOMPARE(m_client->basic(newInstance("O", "L", "B")).code(), QStringLiteral("000001"));
    if (kitKey != kKitKey)
        QCOMPARE(m_client->kit("tenantSync", tenantSync("t-2", "https://t2.example.com")).code(),
                 QStringLiteral("000001"));
}

QTEST_GUILESS_MAIN(TestReferenceFaults)
#include "tst_reference_faults.moc"
