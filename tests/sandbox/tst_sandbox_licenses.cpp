// The sandbox's orders, License products and image subscriptions follow docs/api.md ("Orders,
// Licenses and images") and the protocol reference (§7 License products, §10 images): a
// License applied for with the same eventId and fingerprint is the same License, never a new
// one; fingerprints out of the documented format are refused naming the field; quota and
// validity refusals carry KooGallery's codes; appInfo is masked; images past expiry and still
// in use bill on demand; only administrators read any of it. Over real loopback HTTP.
#include "sandbox/sandbox_caller.h"
#include "sandbox/sandbox_host.h"
#include "support/sandbox_fixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kFingerprint = QStringLiteral("00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12|BFEBFBFF000906EA");

} // namespace

class TestSandboxLicenses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ordersCarryTheirInstances();
    void sameEventAndFingerprintSameLicense();
    void licenseAsAFile();
    void fingerprintFormat_data();
    void fingerprintFormat();
    void applyRefusals();
    void imagesPastExpiryBillOnDemand();
    void onlyAdministratorsRead();
    void faultsReachTheNewRoutes();

private:
    // The License product whose name contains `name`.
    QJsonObject product(const QString &name);
    RouteAnswer apply(const QString &instanceId, const QString &eventId, const QString &fingerprint,
                      const QByteArray &key = {});

    SandboxHost m_host;
    SandboxCaller m_api;
    QList<QJsonObject> m_orders;
};

void TestSandboxLicenses::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 60;
    o.seed.departments = 8;
    o.apps = 6;
    o.today = QDate(2026, 6, 30);
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_api.setServer(m_host.url());
    QCOMPARE(m_api.signIn(kAdmin, QStringLiteral("zhang.min")), QString());
    QCOMPARE(m_api.signIn(QStringLiteral("member"), QStringLiteral("wang.fang")), QString());
    m_orders = m_api.listAll(kAdmin, QStringLiteral("/api/v1/orders"), 5);
}

QJsonObject TestSandboxLicenses::product(const QString &name)
{
    for (const QJsonObject &o : m_orders)
        if (o.value(u"productType").toString() == u"license" &&
            o.value(u"productName").toString().contains(name))
            return o;
    return {};
}

RouteAnswer TestSandboxLicenses::apply(const QString &instanceId, const QString &eventId,
                                       const QString &fingerprint, const QByteArray &key)
{
    return m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/licenses"),
                      {{QStringLiteral("instanceId"), instanceId},
                       {QStringLiteral("eventId"), eventId},
                       {QStringLiteral("deviceFingerprint"), fingerprint}},
                      key);
}

void TestSandboxLicenses::ordersCarryTheirInstances()
{
    // One order per app, four License products, eight images.
    QCOMPARE(m_orders.size(), 6 + 4 + 8);
    int saas = 0;
    for (const QJsonObject &o : m_orders) {
        for (const char *key : {"orderId", "productType", "productName", "amount", "currency",
                                "periodType", "status", "instance", "version"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject instance = o.value(u"instance").toObject();
        QVERIFY(!instance.value(u"instanceId").toString().isEmpty());
        if (o.value(u"productType").toString() != u"saas")
            continue;
        ++saas;
        const QJsonObject info = instance.value(u"appInfo").toObject();
        QVERIFY(info.value(u"frontEndUrl").toString().startsWith(u"https://"));
        QCOMPARE(info.value(u"password").toString(), QStringLiteral("********"));
        QVERIFY2(info.value(u"userName").toString().contains(u"****"),
                 qPrintable(info.value(u"userName").toString()));
    }
    QCOMPARE(saas, 6);
    const QJsonObject apps = m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps?limit=1"))
                                 .json.value(u"items")
                                 .toArray()
                                 .at(0)
                                 .toObject();
    const RouteAnswer one =
        m_api.call(kAdmin, "GET", u"/api/v1/orders/" + apps.value(u"orderId").toString());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(u"order").toObject().value(u"appId"), apps.value(u"appId"));
    QCOMPARE(m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/orders/CS000")).code(),
             QStringLiteral("040001"));
}

void TestSandboxLicenses::sameEventAndFingerprintSameLicense()
{
    const QJsonObject p = product(QStringLiteral("Qiming BI"));
    const QString instance = p.value(u"instance").toObject().value(u"instanceId").toString();
    QCOMPARE(p.value(u"license").toObject().value(u"type").toString(),
             QStringLiteral("CHARACTERS"));
    const RouteAnswer first = apply(instance, QStringLiteral("evt-1"), kFingerprint);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"created").toBool(), true);
    const QJsonObject license = first.json.value(u"license").toObject();
    QVERIFY(!license.value(u"characters").toString().isEmpty());
    QVERIFY(license.value(u"characters").toString().size() <= 1024);
    QVERIFY(!license.value(u"effectiveTime").toString().isEmpty());
    QCOMPARE(license.value(u"expireTime"), p.value(u"instance").toObject().value(u"periodEnd"));
    // Another Idempotency-Key, the same eventId and fingerprint: the same License, no new one.
    const RouteAnswer again = apply(instance, QStringLiteral("evt-1"), kFingerprint);
    QCOMPARE(again.status, 200);
    QVERIFY(!again.headers.contains("Idempotent-Replayed"));
    QCOMPARE(again.json.value(u"created").toBool(), false);
    QCOMPARE(again.json.value(u"license").toObject(), license);
    // Another fingerprint or another eventId: a new License.
    const QString otherDevice = QStringLiteral("00:1A:2B:3C:4D:5F||PF2ABC12|");
    const RouteAnswer device = apply(instance, QStringLiteral("evt-1"), otherDevice);
    QCOMPARE(device.json.value(u"created").toBool(), true);
    QVERIFY(device.json.value(u"license").toObject().value(u"licenseId") !=
            license.value(u"licenseId"));
    const RouteAnswer event = apply(instance, QStringLiteral("evt-2"), kFingerprint);
    QCOMPARE(event.json.value(u"created").toBool(), true);
    QVERIFY(event.json.value(u"license").toObject().value(u"licenseId") !=
            license.value(u"licenseId"));
    const QJsonObject order =
        m_api.call(kAdmin, "GET", u"/api/v1/orders/" + p.value(u"orderId").toString())
            .json.value(u"order")
            .toObject();
    QCOMPARE(order.value(u"license").toObject().value(u"issued").toInt(), 3);
    const RouteAnswer read =
        m_api.call(kAdmin, "GET", u"/api/v1/licenses/" + license.value(u"licenseId").toString());
    QCOMPARE(read.json.value(u"license").toObject(), license);
}

void TestSandboxLicenses::licenseAsAFile()
{
    const QJsonObject p = product(QStringLiteral("Panshi ERP"));
    const RouteAnswer a = apply(p.value(u"instance").toObject().value(u"instanceId").toString(),
                                QStringLiteral("evt-file"), kFingerprint);
    QCOMPARE(a.status, 200);
    const QJsonObject file = a.json.value(u"license").toObject().value(u"file").toObject();
    QVERIFY(file.value(u"fileName").toString().endsWith(u".lic"));
    const RouteAnswer content =
        m_api.call(kAdmin, "GET",
                   QStringLiteral("/api/v1/licenses/%1/file")
                       .arg(a.json.value(u"license").toObject().value(u"licenseId").toString()));
    QCOMPARE(content.status, 200);
    const QByteArray bytes =
        QByteArray::fromBase64(content.json.value(u"contentBase64").toString().toLatin1());
    QCOMPARE(bytes.size(), file.value(u"size").toInt());
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        file.value(u"sha256").toString());
}

void TestSandboxLicenses::fingerprintFormat_data()
{
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("says");
    QTest::newRow("lower case") << kFingerprint.toLower() << "upper case";
    QTest::newRow("three fields") << "00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12"
                                  << "has 3 field";
    QTest::newRow("five fields") << kFingerprint + u"|X" << "has 5 field";
    QTest::newRow("too long") << u"00:1A:2B:3C:4D:5E|" + QString(5200, u'A') + u"||"
                              << "at most 5120";
    QTest::newRow("not a MAC") << "00:1A:2B|S3Z9NB0K|PF2ABC12|BFEB"
                               << "not a MAC";
    QTest::newRow("all empty") << "|||"
                               << "All four fields";
    QTest::newRow("control character") << "|S3Z9\tNB0K||"
                                       << "printable ASCII";
}

void TestSandboxLicenses::fingerprintFormat()
{
    QFETCH(QString, fingerprint);
    QFETCH(QString, says);
    const QJsonObject p = product(QStringLiteral("Qiming BI"));
    const RouteAnswer a = apply(p.value(u"instance").toObject().value(u"instanceId").toString(),
                                QStringLiteral("evt-bad"), fingerprint);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), QStringLiteral("000002"));
    QCOMPARE(a.field(), QStringLiteral("deviceFingerprint"));
    QVERIFY2(a.message().startsWith(u"deviceFingerprint: "), qPrintable(a.message()));
    QVERIFY2(a.message().contains(says), qPrintable(a.message()));
}

void TestSandboxLicenses::applyRefusals()
{
    const QString single = product(QStringLiteral("Haitu"))
                               .value(u"instance")
                               .toObject()
                               .value(u"instanceId")
                               .toString();
    const QString lapsed = product(QStringLiteral("lapsed"))
                               .value(u"instance")
                               .toObject()
                               .value(u"instanceId")
                               .toString();
    QString saas;
    for (const QJsonObject &o : m_orders)
        if (o.value(u"productType").toString() == u"saas")
            saas = o.value(u"instance").toObject().value(u"instanceId").toString();
    QCOMPARE(apply(single, QStringLiteral("evt-a"), kFingerprint).status, 200);
    RouteAnswer a = apply(single, QStringLiteral("evt-b"), kFingerprint);
    QCOMPARE(a.status, 422);
    QCOMPARE(a.code(), QStringLiteral("000900"));
    QCOMPARE(a.json.value(u"quota").toInt(), 1);
    QCOMPARE(apply(single, QStringLiteral("evt-a"), kFingerprint).status, 200); // still the same
    a = apply(lapsed, QStringLiteral("evt-a"), kFingerprint);
    QCOMPARE(a.status, 422);
    QCOMPARE(a.code(), QStringLiteral("000901"));
    a = apply(single, QStringLiteral("evt-c"), QString());
    QCOMPARE(a.code(), QStringLiteral("000903"));
    QCOMPARE(a.field(), QStringLiteral("deviceFingerprint"));
    a = apply(saas, QStringLiteral("evt-a"), kFingerprint);
    QCOMPARE(a.code(), QStringLiteral("040003"));
    QCOMPARE(a.field(), QStringLiteral("instanceId"));
    a = apply(QStringLiteral("ins-nothing"), QStringLiteral("evt-a"), kFingerprint);
    QCOMPARE(a.code(), QStringLiteral("040001"));
    a = apply(single, QStringLiteral("evt a/b"), kFingerprint);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.field(), QStringLiteral("eventId"));
    a = m_api.call(kAdmin, "POST", QStringLiteral("/api/v1/licenses"), {}, {}, "{\"instanceId\": ");
    QCOMPARE(a.status, 400);
    QVERIFY(a.message().contains(u"not valid JSON"));
}

void TestSandboxLicenses::imagesPastExpiryBillOnDemand()
{
    const QList<QJsonObject> images = m_api.listAll(kAdmin, QStringLiteral("/api/v1/images"));
    QCOMPARE(images.size(), 8);
    int onDemand = 0, none = 0, prepaid = 0;
    for (const QJsonObject &i : images) {
        const QString billing = i.value(u"billing").toString();
        onDemand += billing == u"on-demand";
        none += billing == u"none";
        prepaid += billing == u"prepaid";
        if (billing == u"on-demand") {
            QVERIFY(i.value(u"inUse").toBool());
            QCOMPARE(i.value(u"status").toString(), QStringLiteral("expired"));
            QCOMPARE(i.value(u"onDemandSince"), i.value(u"periodEnd"));
        }
        QVERIFY(!i.value(u"ecsInstanceId").toString().isEmpty() &&
                !i.value(u"region").toString().isEmpty());
    }
    QCOMPARE(onDemand, 1);
    QCOMPARE(none, 1);
    QCOMPARE(prepaid, 6);
    // The renewal setting, with versions.
    const QJsonObject first = images.first();
    const QString path =
        QStringLiteral("/api/v1/images/%1/renewal").arg(first.value(u"subscriptionId").toString());
    RouteAnswer a = m_api.call(kAdmin, "POST", path,
                               {{QStringLiteral("autoRenew"), !first.value(u"autoRenew").toBool()},
                                {QStringLiteral("version"), first.value(u"version")}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(u"image").toObject().value(u"autoRenew").toBool(),
             !first.value(u"autoRenew").toBool());
    a = m_api.call(kAdmin, "POST", path,
                   {{QStringLiteral("autoRenew"), true},
                    {QStringLiteral("version"), first.value(u"version")}});
    QCOMPARE(a.status, 409);
    a = m_api.call(kAdmin, "POST", path, {{QStringLiteral("autoRenew"), QStringLiteral("yes")}});
    QCOMPARE(a.field(), QStringLiteral("autoRenew"));
}

void TestSandboxLicenses::onlyAdministratorsRead()
{
    for (const char *path : {"/api/v1/orders", "/api/v1/licenses", "/api/v1/images"}) {
        const RouteAnswer a = m_api.call(QStringLiteral("member"), "GET", QLatin1String(path));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.code(), QStringLiteral("010012"));
    }
    QCOMPARE(apply(QStringLiteral("x"), QStringLiteral("y"), kFingerprint).status, 422);
    QCOMPARE(
        m_api.call(QStringLiteral("member"), "POST", QStringLiteral("/api/v1/licenses"), {}).status,
        403);
}

void TestSandboxLicenses::faultsReachTheNewRoutes()
{
    for (const char *prefix : {"/api/v1/orders", "/api/v1/licenses", "/api/v1/images"}) {
        TestSupport::setFaults(m_host.url(),
                               {{QStringLiteral("script"), QJsonArray{"429"}},
                                {QStringLiteral("pathPrefix"), QLatin1String(prefix)}});
        const RouteAnswer a = m_api.call(kAdmin, "GET", QLatin1String(prefix));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.code(), QStringLiteral("010009"));
        QCOMPARE(m_api.call(kAdmin, "GET", QLatin1String(prefix)).status, 200);
    }
    TestSupport::setFaults(m_host.url(), {});
}

QTEST_GUILESS_MAIN(TestSandboxLicenses)
#include "tst_sandbox_licenses.moc"
