// Orders, Licenses and image subscriptions as the client reads them: good records round-trip
// through the cache's JSON, every malformed answer is refused with the field and the record's
// place in the message (never half-read), and appInfo keeps the masked user name as the
// server gave it and only whether a password was given — never a password.
#include "licenses/client/licenses_record_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kTime = QStringLiteral("2026-06-30T08:00:00.000Z");

QJsonObject order()
{
    return {{"orderId", "CS250501A1B2C3D4"},
            {"orderType", "NEW"},
            {"productType", "license"},
            {"productName", "启明 BI 分析 Qiming BI"},
            {"seller", "启明数据"},
            {"skuCode", "SKU-1"},
            {"chargingMode", "PERIOD"},
            {"periodType", "year"},
            {"periodNumber", 1},
            {"amount", "31200.00"},
            {"currency", "CNY"},
            {"status", "paid"},
            {"createdAt", kTime},
            {"appId", ""},
            {"instance", QJsonObject{{"instanceId", "ins-1"},
                                     {"status", "normal"},
                                     {"periodStart", kTime},
                                     {"periodEnd", "2027-06-30T08:00:00.000Z"},
                                     {"appInfo", QJsonObject{{"frontEndUrl", "https://a.example/"},
                                                             {"adminUrl", "https://a.example/ad"},
                                                             {"userName", "ad****ch"},
                                                             {"password", "********"},
                                                             {"memo", "备注"}}}}},
            {"license", QJsonObject{{"type", "FILE"}, {"quota", 3}, {"issued", 1}}},
            {"version", 2}};
}

QJsonObject license()
{
    return {{"licenseId", "lic-0a1b2c3d4e5f"},
            {"orderId", "CS250501A1B2C3D4"},
            {"instanceId", "ins-1"},
            {"eventId", "evt-1"},
            {"deviceFingerprint", "00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12|BFEBFBFF000906EA"},
            {"type", "FILE"},
            {"file", QJsonObject{{"fileName", "lic-0a1b2c3d4e5f.lic"},
                                 {"sha256", QString(64, u'a')},
                                 {"size", 312}}},
            {"effectiveTime", kTime},
            {"expireTime", "2027-06-30T08:00:00.000Z"},
            {"createdAt", kTime},
            {"version", 1}};
}

QJsonObject image()
{
    return {{"subscriptionId", "img-1"},
            {"orderId", "CS1"},
            {"imageName", "MySQL 8.0 高可用镜像 MySQL HA"},
            {"seller", "云途软件"},
            {"ecsInstanceId", "ecs-1"},
            {"ecsName", "ecs-huadong-tech-03"},
            {"region", "cn-south-1"},
            {"periodType", "month"},
            {"periodStart", kTime},
            {"periodEnd", "2026-07-30T08:00:00.000Z"},
            {"autoRenew", false},
            {"inUse", true},
            {"status", "active"},
            {"billing", "prepaid"},
            {"onDemandSince", QJsonValue()},
            {"monthlyPrice", "159.00"},
            {"yearlyPrice", "1590.00"},
            {"onDemandHourlyPrice", "0.31"},
            {"currency", "CNY"},
            {"version", 1}};
}

// `o` with `path` ("instance.status") set to `value`, or removed when it is undefined.
QJsonObject with(QJsonObject o, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot > 0) {
        const QString head = path.left(dot);
        o.insert(head, with(o.value(head).toObject(), path.mid(dot + 1), value));
        return o;
    }
    if (value.isUndefined())
        o.remove(path);
    else
        o.insert(path, value);
    return o;
}

} // namespace

class TestLicensesRecordJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodRecordsRoundTrip();
    void appInfoKeepsNoPassword();
    void malformedIsRefusedNamingTheField_data();
    void malformedIsRefusedNamingTheField();
};

void TestLicensesRecordJson::goodRecordsRoundTrip()
{
    QString error;
    const auto o = LicensesRecordJson::orderFromJson(order(), QStringLiteral("items[0]"), &error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->instance.instanceId, QStringLiteral("ins-1"));
    QCOMPARE(o->license->quota, 3);
    QCOMPARE(o->amount, QStringLiteral("31200.00"));
    const auto o2 = LicensesRecordJson::orderFromJson(LicensesRecordJson::toJson(*o), {}, &error);
    QVERIFY2(o2, qPrintable(error));
    QCOMPARE(LicensesRecordJson::toJson(*o2), LicensesRecordJson::toJson(*o));

    const auto l = LicensesRecordJson::licenseFromJson(license(), {}, &error);
    QVERIFY2(l, qPrintable(error));
    QCOMPARE(l->file->size, 312);
    QCOMPARE(LicensesRecordJson::toJson(*l), license());

    auto chars = with(with(license(), QStringLiteral("file"), QJsonValue::Undefined),
                      QStringLiteral("type"), QStringLiteral("CHARACTERS"));
    chars.insert(QStringLiteral("characters"), QStringLiteral("MDLIC1.ins-1.x"));
    const auto c = LicensesRecordJson::licenseFromJson(chars, {}, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->characters, QStringLiteral("MDLIC1.ins-1.x"));
    QVERIFY(!c->file);

    const auto i = LicensesRecordJson::imageFromJson(image(), {}, &error);
    QVERIFY2(i, qPrintable(error));
    QVERIFY(!i->onDemandSince.isValid());
    QCOMPARE(LicensesRecordJson::toJson(*i), image());
    QCOMPARE(i->forRenewal().ecsInstance, QStringLiteral("ecs-huadong-tech-03 (ecs-1)"));
}

void TestLicensesRecordJson::appInfoKeepsNoPassword()
{
    // A server that sends a password by mistake: the client keeps that one was given, and the
    // JSON it writes for the cache holds the API's mask, never the value.
    QString error;
    const auto o = LicensesRecordJson::orderFromJson(
        with(order(), QStringLiteral("instance.appInfo.password"), QStringLiteral("S3cret!pw")), {},
        &error);
    QVERIFY2(o, qPrintable(error));
    QVERIFY(o->instance.appInfo->passwordGiven);
    QCOMPARE(o->instance.appInfo->userName, QStringLiteral("ad****ch"));
    const QByteArray kept = QJsonDocument(LicensesRecordJson::toJson(*o)).toJson();
    QVERIFY(!kept.contains("S3cret"));
    QVERIFY(kept.contains("\"password\":\"********\"") ||
            kept.contains("\"password\": \"********\""));
    const auto none = LicensesRecordJson::orderFromJson(
        with(order(), QStringLiteral("instance.appInfo.password"), QJsonValue::Undefined), {},
        &error);
    QVERIFY(none && !none->instance.appInfo->passwordGiven);
    QVERIFY(!LicensesRecordJson::toJson(*none)
                 .value(u"instance")
                 .toObject()
                 .value(u"appInfo")
                 .toObject()
                 .contains(u"password"));
}

void TestLicensesRecordJson::malformedIsRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an object") << "order" << QJsonValue(3) << "items[3]: expected an object";
    QTest::newRow("order id missing")
        << "order" << QJsonValue(with(order(), "orderId", QJsonValue::Undefined))
        << "items[3].orderId: missing";
    QTest::newRow("order id empty") << "order" << QJsonValue(with(order(), "orderId", ""))
                                    << "items[3].orderId: must not be empty";
    QTest::newRow("product type") << "order" << QJsonValue(with(order(), "productType", "car"))
                                  << "items[3].productType: expected one of saas, license, image";
    QTest::newRow("amount a number") << "order" << QJsonValue(with(order(), "amount", 31200))
                                     << "items[3].amount: expected a string";
    QTest::newRow("amount not money") << "order" << QJsonValue(with(order(), "amount", "12,00"))
                                      << "items[3].amount: expected an amount";
    QTest::newRow("instance missing")
        << "order" << QJsonValue(with(order(), "instance", QJsonValue::Undefined))
        << "items[3].instance: expected an object";
    QTest::newRow("instance status")
        << "order" << QJsonValue(with(order(), "instance.status", "gone"))
        << "items[3].instance.status: expected one of normal, frozen, expired";
    QTest::newRow("instance period end")
        << "order" << QJsonValue(with(order(), "instance.periodEnd", "tomorrow"))
        << "items[3].instance.periodEnd: expected an ISO 8601 time";
    QTest::newRow("appInfo user name")
        << "order" << QJsonValue(with(order(), "instance.appInfo.userName", 7))
        << "items[3].instance.appInfo.userName: expected a string";
    QTest::newRow("quota missing")
        << "order" << QJsonValue(with(order(), "license", QJsonValue::Undefined))
        << "items[3].license: expected an object";
    QTest::newRow("quota negative") << "order" << QJsonValue(with(order(), "license.issued", -1))
                                    << "items[3].license.issued: expected a whole number";
    QTest::newRow("quota on a saas order")
        << "order" << QJsonValue(with(order(), "productType", "saas"))
        << "items[3].license: only a License product";
    QTest::newRow("version zero") << "order" << QJsonValue(with(order(), "version", 0))
                                  << "items[3].version: expected a whole number of at least 1";
    QTest::newRow("license type") << "license" << QJsonValue(with(license(), "type", "USB"))
                                  << "items[3].type: expected one of CHARACTERS, FILE";
    QTest::newRow("license sha256")
        << "license" << QJsonValue(with(license(), "file.sha256", "ABC"))
        << "items[3].file.sha256: expected 64 lower-case hexadecimal digits";
    QTest::newRow("license file missing")
        << "license" << QJsonValue(with(license(), "file", QJsonValue::Undefined))
        << "items[3].file: expected an object";
    QTest::newRow("license characters missing")
        << "license" << QJsonValue(with(license(), "type", "CHARACTERS"))
        << "items[3].characters: missing";
    QTest::newRow("license expiry")
        << "license" << QJsonValue(with(license(), "expireTime", QJsonValue()))
        << "items[3].expireTime: expected a string";
    QTest::newRow("image period end")
        << "image" << QJsonValue(with(image(), "periodEnd", "2026-13-01"))
        << "items[3].periodEnd: expected an ISO 8601 time";
    QTest::newRow("image ends before it starts")
        << "image" << QJsonValue(with(image(), "periodEnd", "2026-01-01T00:00:00Z"))
        << "items[3].periodEnd: ends before its period starts";
    QTest::newRow("image billing") << "image" << QJsonValue(with(image(), "billing", "free"))
                                   << "items[3].billing: expected one of prepaid, on-demand, none";
    QTest::newRow("image auto renew") << "image" << QJsonValue(with(image(), "autoRenew", "yes"))
                                      << "items[3].autoRenew: expected true or false";
    QTest::newRow("image on demand since")
        << "image" << QJsonValue(with(image(), "onDemandSince", "soon"))
        << "items[3].onDemandSince: expected an ISO 8601 time";
    QTest::newRow("image hourly price")
        << "image" << QJsonValue(with(image(), "onDemandHourlyPrice", "-0.31"))
        << "items[3].onDemandHourlyPrice: expected an amount";
}

void TestLicensesRecordJson::malformedIsRefusedNamingTheField()
{
    QFETCH(QString, kind);
    QFETCH(QJsonValue, json);
    QFETCH(QString, error);
    QString why;
    const QString where = QStringLiteral("items[3]");
    const bool read = kind == u"order" ? bool(LicensesRecordJson::orderFromJson(json, where, &why))
                      : kind == u"license"
                          ? bool(LicensesRecordJson::licenseFromJson(json, where, &why))
                          : bool(LicensesRecordJson::imageFromJson(json, where, &why));
    QVERIFY(!read);
    QVERIFY2(why.startsWith(error), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestLicensesRecordJson)
#include "tst_licenses_record_json.moc"
