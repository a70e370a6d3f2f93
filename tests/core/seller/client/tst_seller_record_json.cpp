// The Seller Center's JSON as the client reads it: good records round-trip, and every
// malformed answer is refused with the field (and the record's place) in the message — never
// half-read. The credential form from a seller's file refuses unknown and missing fields by
// name, and ignores the read-only ones a shown record carries.
#include "net/change_page.h"
#include "seller/client/seller_record_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kTime = QStringLiteral("2026-11-30T08:00:00.000Z");

QJsonObject key()
{
    return {{"keyId", "key-3f9a0c6b21de"},
            {"name", "联营 Kit 同步"},
            {"secretMasked", "****x7Qa"},
            {"createdAt", kTime},
            {"version", 1}};
}

QJsonObject address()
{
    return {{"addressId", "addr-51c0e2aa9b17"},
            {"url", "https://isv.example/isv/produce"},
            {"basicKeyId", "key-1"},
            {"basicDebug", "passed"},
            {"kitKeyId", "key-2"},
            {"kitDebug", "untested"},
            {"ready", false},
            {"notReady", "kit untested"},
            {"createdAt", kTime},
            {"version", 3}};
}

QJsonObject credential()
{
    return {{"appId", "app-9d2e4f10ab33"},
            {"appName", "云途协同办公"},
            {"authMethod", "OAuth2.0"},
            {"callbackUrl", "https://w.example/sso"},
            {"addressId", "addr-1"},
            {"multiInstance", true},
            {"loginType", "per-tenant"},
            {"loginUrl", "https://login.example/"},
            {"publicKey", "MIIB"},
            {"platforms", QJsonArray{"WeLink"}},
            {"listed", true},
            {"testAccount", QJsonObject{{"domain", "isvtest-1a2b3c4d"},
                                        {"tenantId", "t1"},
                                        {"account", "test_admin"},
                                        {"createdAt", kTime}}},
            {"createdAt", kTime},
            {"version", 2}};
}

QJsonObject with(QJsonObject o, const QString &field, const QJsonValue &value)
{
    o.insert(field, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString &field)
{
    o.remove(field);
    return o;
}

} // namespace

class TestSellerRecordJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodRecordsRoundTrip();
    void malformed_data();
    void malformed();
    void secretsAreNeverKept();
    void form_data();
    void form();
    void page();
};

void TestSellerRecordJson::goodRecordsRoundTrip()
{
    QString error;
    const auto k = SellerRecordJson::keyFromJson(key(), QStringLiteral("key"), &error);
    QVERIFY2(k, qPrintable(error));
    QCOMPARE(k->secretMasked, QStringLiteral("****x7Qa"));
    QCOMPARE(SellerRecordJson::toJson(*k), key());
    const auto a = SellerRecordJson::addressFromJson(address(), QStringLiteral("address"), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->kitDebug, QStringLiteral("untested"));
    QCOMPARE(SellerRecordJson::toJson(*a), address());
    const auto c = SellerRecordJson::credentialFromJson(credential(), {}, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->form.platforms, QStringList{QStringLiteral("WeLink")});
    QCOMPARE(c->testAccount->domain, QStringLiteral("isvtest-1a2b3c4d"));
    QCOMPARE(SellerRecordJson::toJson(*c), credential());
}

void TestSellerRecordJson::malformed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("message"); // what the error must say

    QTest::newRow("key not an object") << "key" << QJsonValue(42) << "items[3]: expected an object";
    QTest::newRow("key id missing")
        << "key" << QJsonValue(without(key(), "keyId")) << "items[3].keyId: missing";
    QTest::newRow("key id a number")
        << "key" << QJsonValue(with(key(), "keyId", 7)) << "items[3].keyId: expected a string";
    QTest::newRow("key id empty") << "key" << QJsonValue(with(key(), "keyId", ""))
                                  << "items[3].keyId: must not be empty";
    QTest::newRow("key version zero") << "key" << QJsonValue(with(key(), "version", 0))
                                      << "items[3].version: expected a whole number";
    QTest::newRow("key version fraction") << "key" << QJsonValue(with(key(), "version", 1.5))
                                          << "items[3].version: expected a whole number";
    QTest::newRow("key bad time") << "key" << QJsonValue(with(key(), "createdAt", "yesterday"))
                                  << "items[3].createdAt: expected an ISO 8601 time";
    QTest::newRow("address debug state")
        << "address" << QJsonValue(with(address(), "kitDebug", "maybe"))
        << "items[3].kitDebug: expected one of unbound, untested, passed, failed";
    QTest::newRow("address ready a string")
        << "address" << QJsonValue(with(address(), "ready", "yes"))
        << "items[3].ready: expected true or false";
    QTest::newRow("address url missing")
        << "address" << QJsonValue(without(address(), "url")) << "items[3].url: missing";
    QTest::newRow("credential auth method")
        << "credential" << QJsonValue(with(credential(), "authMethod", "Basic"))
        << "items[3].authMethod: expected one of OAuth2.0, SDK";
    QTest::newRow("credential platform not a string")
        << "credential" << QJsonValue(with(credential(), "platforms", QJsonArray{"WeLink", 3}))
        << "items[3].platforms[1]: expected a string";
    QTest::newRow("credential listed missing")
        << "credential" << QJsonValue(without(credential(), "listed"))
        << "items[3].listed: missing";
    QTest::newRow("credential test account field")
        << "credential"
        << QJsonValue(with(credential(), "testAccount", QJsonObject{{"domain", "d"}}))
        << "items[3].testAccount.tenantId: missing";
    QTest::newRow("run verdict") << "run"
                                 << QJsonValue(QJsonObject{{"runId", "run-1"},
                                                           {"addressId", "addr-1"},
                                                           {"suite", "kit"},
                                                           {"verdict", "unsure"}})
                                 << "items[3].verdict: expected one of passed, failed";
}

void TestSellerRecordJson::malformed()
{
    QFETCH(QString, kind);
    QFETCH(QJsonValue, json);
    QFETCH(QString, message);
    QString error;
    const QString where = QStringLiteral("items[3]");
    bool read = false;
    if (kind == u"key")
        read = SellerRecordJson::keyFromJson(json, where, &error).has_value();
    else if (kind == u"address")
        read = SellerRecordJson::addressFromJson(json, where, &error).has_value();
    else if (kind == u"credential")
        read = SellerRecordJson::credentialFromJson(json, where, &error).has_value();
    else
        read = SellerRecordJson::runFromJson(json, where, &error).has_value();
    QVERIFY(!read);
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestSellerRecordJson::secretsAreNeverKept()
{
    // A server that sends a secret inside a record by mistake: what the client keeps is only
    // the fields its record has.
    QString error;
    const auto k = SellerRecordJson::keyFromJson(with(key(), "secret", "s3cr3t-value"), {}, &error);
    QVERIFY(k);
    QVERIFY(!QJsonDocument(SellerRecordJson::toJson(*k)).toJson().contains("s3cr3t-value"));
    const auto c = SellerRecordJson::credentialFromJson(
        with(credential(), "appSecret", "s3cr3t-value"), {}, &error);
    QVERIFY(c);
    QVERIFY(!QJsonDocument(SellerRecordJson::toJson(*c)).toJson().contains("s3cr3t-value"));
}

void TestSellerRecordJson::form_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("forEdit");
    QTest::addColumn<QString>("error"); // empty: accepted

    QJsonObject shown = credential(); // what `credentials show --json` prints
    QTest::newRow("a shown record, for an edit") << shown << true << "";
    QJsonObject apply =
        without(without(without(without(shown, "appId"), "listed"), "testAccount"), "createdAt");
    apply.remove("version");
    QTest::newRow("an application") << apply << false << "";
    QTest::newRow("platforms left out") << without(apply, "platforms") << false << "";
    QTest::newRow("unknown field")
        << with(apply, "colour", "blue") << false << "colour: unknown field";
    QTest::newRow("missing app name") << without(apply, "appName") << false << "appName: missing";
    QTest::newRow("public key a number")
        << with(apply, "publicKey", 3) << false << "publicKey: expected a string";
    QTest::newRow("multiInstance a string")
        << with(apply, "multiInstance", "yes") << false << "multiInstance: expected true or false";
    QTest::newRow("login type") << with(apply, "loginType", "own") << false
                                << "loginType: expected one of shared, per-tenant";
    QTest::newRow("a version in an application")
        << with(apply, "version", 2) << false << "version: an application has no version";
    QTest::newRow("a version of zero in an edit")
        << with(shown, "version", 0) << true << "version: expected a whole number";
}

void TestSellerRecordJson::form()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, forEdit);
    QFETCH(QString, error);
    QString why;
    const auto form = SellerRecordJson::formFromJson(json, forEdit, &why);
    if (error.isEmpty()) {
        QVERIFY2(form, qPrintable(why));
        QCOMPARE(form->appName, json.value(u"appName").toString());
        QCOMPARE(form->version, forEdit ? json.value(u"version").toInteger() : 0);
        QCOMPARE(SellerRecordJson::formToJson(*form, false).value(u"publicKey"),
                 json.value(u"publicKey"));
    } else {
        QVERIFY(!form);
        QVERIFY2(why.startsWith(error), qPrintable(why));
    }
}

void TestSellerRecordJson::page()
{
    QString error;
    const auto p = ChangePage::fromJson({{"items", QJsonArray{key()}},
                                         {"deleted", QJsonArray{"key-9"}},
                                         {"nextCursor", ""},
                                         {"changeToken", "e:4"}},
                                        &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->items.size(), 1);
    QCOMPARE(p->deleted, QStringList{QStringLiteral("key-9")});
    QVERIFY(!ChangePage::fromJson({{"items", "none"}}, &error));
    QCOMPARE(error, QStringLiteral("items: expected an array"));
    QVERIFY(!ChangePage::fromJson({{"items", QJsonArray{}},
                                   {"deleted", QJsonArray{1}},
                                   {"nextCursor", ""},
                                   {"changeToken", ""}},
                                  &error));
    QCOMPARE(error, QStringLiteral("deleted[0]: expected a string"));
}

QTEST_GUILESS_MAIN(TestSellerRecordJson)
#include "tst_seller_record_json.moc"
