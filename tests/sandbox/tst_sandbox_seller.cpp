// The sandbox's Seller Center follows docs/api.md ("Seller Center") and KooGallery's rules
// (protocol reference §3.1, §8): keys whose secret is shown once, production addresses with
// one key per interface type and a debugging state per binding, credentials with every form
// rule, what a listed credential may change, test accounts, and the shared pipeline's
// idempotency, versions, roles and tenants. Over real loopback HTTP, with RSA keys made here.
#include "sandbox/sandbox_host.h"
#include "support/sandbox_fixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;
    QString code() const { return json.value(u"resultCode").toString(); }
    QString message() const { return json.value(u"resultMsg").toString(); }
    QString field() const { return json.value(u"field").toString(); }
};

QByteArray derBase64(EVP_PKEY *key, bool publicPart)
{
    unsigned char *der = nullptr;
    const int n = publicPart ? i2d_PUBKEY(key, &der) : i2d_PrivateKey(key, &der);
    const QByteArray out = QByteArray(reinterpret_cast<const char *>(der), n).toBase64();
    OPENSSL_free(der);
    return out;
}

QByteArray pem(EVP_PKEY *key, bool publicPart)
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (publicPart)
        PEM_write_bio_PUBKEY(bio, key);
    else
        PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    const QByteArray out(data, int(n));
    BIO_free(bio);
    return out;
}

// A JSON object with `changes` laid over `base`.
QJsonObject with(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

class TestSandboxSeller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void seededDemoData();
    void demoSellerPointsAtItsServer();
    void keySecretIsShownOnce();
    void keyDeleteRefusedWhileBound();
    void listsArePagedByCursor();
    void addressUrlRules_data();
    void addressUrlRules();
    void basicAndKitKeysMustDiffer();
    void switchingAKeyNeedsAPassedRun();
    void debugRunNeedsARunner();
    void credentialRules_data();
    void credentialRules();
    void appSecretIsShownOnce();
    void multiInstanceNeverBackToFalse();
    void loginAddressIsUniquePerSeller();
    void listedCredentialRestrictsEdits_data();
    void listedCredentialRestrictsEdits();
    void testAccountPasswordShownOnce();
    void replayReturnsTheFirstAnswer();
    void staleVersionAnswersTheCurrentRecord();
    void rolesPerDomain_data();
    void rolesPerDomain();
    void tenantsAreIsolated();

private:
    Answer call(const QString &who, const QByteArray &method, const QString &path,
                const QJsonObject &body = {}, QByteArray key = {},
                const QByteArray &contentType = "application/json");
    // POST /_sandbox/seller.
    void setSwitch(const QJsonObject &settings);
    QString createKey(const QString &who, const QString &name = {});
    QString addAddress(const QString &who, const QString &url, const QString &basic,
                       const QString &kit);
    Answer run(const QString &who, const QString &addressId, const QString &suite,
               const QString &keyId, const QString &verdict);
    // An address whose basic and Kit keys both passed debugging.
    QString readyAddress(const QString &who, const QString &url);
    QJsonObject credentialForm(const QString &addressId, const QString &loginUrl) const;
    QString uniqueLogin();

    SandboxHost m_host;
    QHash<QString, QByteArray> m_tokens; // "seller", "seller2", "admin", "member"
    int m_keys = 0;
    int m_logins = 0;
    QByteArray m_rsa3072, m_rsa2048, m_ec, m_privateDer, m_privatePem, m_publicPem;
    QString m_ready;    // liu.yang's address that passed debugging
    QString m_untested; // one whose keys never ran
};

void TestSandboxSeller::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 10;
    o.seed.departments = 3;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    for (const auto &[who, account] : {std::pair{"seller", "liu.yang"},
                                       {"seller2", "zhou.qiang"},
                                       {"admin", "zhang.min"},
                                       {"member", "wang.fang"}}) {
        SignInResult signedIn;
        QCOMPARE(TestSupport::signIn(m_host.url(), QString::fromLatin1(account), &signedIn),
                 QString());
        m_tokens.insert(QString::fromLatin1(who), signedIn.tokens.accessToken);
    }
    EVP_PKEY *rsa3072 = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072));
    EVP_PKEY *rsa2048 = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    EVP_PKEY *ec = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    QVERIFY(rsa3072 && rsa2048 && ec);
    m_rsa3072 = derBase64(rsa3072, true);
    m_rsa2048 = derBase64(rsa2048, true);
    m_ec = derBase64(ec, true);
    m_privateDer = derBase64(rsa3072, false);
    m_privatePem = pem(rsa3072, false);
    m_publicPem = pem(rsa3072, true);
    EVP_PKEY_free(rsa3072);
    EVP_PKEY_free(rsa2048);
    EVP_PKEY_free(ec);
    m_ready = readyAddress(QStringLiteral("seller"), QStringLiteral("https://ready.isv.example/p"));
    m_untested =
        addAddress(QStringLiteral("seller"), QStringLiteral("https://untested.isv.example"),
                   createKey(QStringLiteral("seller")), createKey(QStringLiteral("seller")));
    QVERIFY(!m_ready.isEmpty() && !m_untested.isEmpty());
}

void TestSandboxSeller::cleanup()
{
    setSwitch({{QStringLiteral("debugVerdict"), QString()}});
}

Answer TestSandboxSeller::call(const QString &who, const QByteArray &method, const QString &path,
                               const QJsonObject &body, QByteArray key,
                               const QByteArray &contentType)
{
    if (key.isEmpty() && method != "GET")
        key = "seller-test-" + QByteArray::number(++m_keys);
    if (key == "none")
        key.clear();
    QNetworkAccessManager nam;
    QNetworkRequest request(m_host.url().resolved(QUrl(path)));
    request.setTransferTimeout(20'000);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!who.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_tokens.value(who));
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key);
    QNetworkReply *reply =
        method == "GET" ? nam.get(request)
                        : nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name, value);
    delete reply;
    return a;
}

void TestSandboxSeller::setSwitch(const QJsonObject &settings)
{
    const Answer a = call({}, "POST", QStringLiteral("/_sandbox/seller"), settings);
    QVERIFY2(a.status == 200, a.body.constData());
}

QString TestSandboxSeller::createKey(const QString &who, const QString &name)
{
    const Answer a =
        call(who, "POST", QStringLiteral("/api/v1/seller/keys"), {{QStringLiteral("name"), name}});
    return a.json.value(u"key").toObject().value(u"keyId").toString();
}

QString TestSandboxSeller::addAddress(const QString &who, const QString &url, const QString &basic,
                                      const QString &kit)
{
    const Answer a = call(who, "POST", QStringLiteral("/api/v1/seller/addresses"),
                          {{QStringLiteral("url"), url},
                           {QStringLiteral("basicKeyId"), basic},
                           {QStringLiteral("kitKeyId"), kit}});
    if (a.status != 200)
        qWarning() << "adding" << url << "failed:" << a.body;
    return a.json.value(u"address").toObject().value(u"addressId").toString();
}

Answer TestSandboxSeller::run(const QString &who, const QString &addressId, const QString &suite,
                              const QString &keyId, const QString &verdict)
{
    setSwitch({{QStringLiteral("debugVerdict"), verdict}});
    return call(who, "POST",
                QStringLiteral("/api/v1/seller/addresses/%1/debug-runs").arg(addressId),
                {{QStringLiteral("suite"), suite}, {QStringLiteral("keyId"), keyId}});
}

QString TestSandboxSeller::readyAddress(const QString &who, const QString &url)
{
    const QString basic = createKey(who), kit = createKey(who);
    const QString id = addAddress(who, url, basic, kit);
    const Answer b = run(who, id, QStringLiteral("basic"), basic, QStringLiteral("passed"));
    const Answer k = run(who, id, QStringLiteral("kit"), kit, QStringLiteral("passed"));
    setSwitch({{QStringLiteral("debugVerdict"), QString()}});
    if (!k.json.value(u"address").toObject().value(u"ready").toBool())
        qWarning() << "address not ready:" << b.body << k.body;
    return id;
}

QString TestSandboxSeller::uniqueLogin()
{
    return QStringLiteral("https://login-%1.isv.example/").arg(++m_logins);
}

QJsonObject TestSandboxSeller::credentialForm(const QString &addressId,
                                              const QString &loginUrl) const
{
    return {{QStringLiteral("appName"), QStringLiteral("测试应用 Test App")},
            {QStringLiteral("authMethod"), QStringLiteral("OAuth2.0")},
            {QStringLiteral("callbackUrl"), QStringLiteral("https://app.isv.example/sso/callback")},
            {QStringLiteral("addressId"), addressId},
            {QStringLiteral("multiInstance"), false},
            {QStringLiteral("loginType"), QStringLiteral("shared")},
            {QStringLiteral("loginUrl"), loginUrl},
            {QStringLiteral("publicKey"), QString::fromLatin1(m_rsa3072)},
            {QStringLiteral("platforms"), QJsonArray{QStringLiteral("WeLink")}}};
}

void TestSandboxSeller::seededDemoData()
{
    const QString s = QStringLiteral("seller");
    const QJsonArray credentials =
        call(s, "GET", QStringLiteral("/api/v1/seller/credentials")).json.value(u"items").toArray();
    QJsonObject demo;
    for (const QJsonValue &v : credentials)
        if (v.toObject().value(u"appName").toString().contains(u"Yuntu Workspace"))
            demo = v.toObject();
    QVERIFY2(!demo.isEmpty(), "the seeded credential");
    QVERIFY(demo.value(u"listed").toBool());
    const QJsonObject address =
        call(s, "GET",
             QStringLiteral("/api/v1/seller/addresses/") + demo.value(u"addressId").toString())
            .json.value(u"address")
            .toObject();
    QVERIFY(address.value(u"ready").toBool());
    QCOMPARE(address.value(u"basicDebug").toString(), QStringLiteral("passed"));
    QCOMPARE(address.value(u"kitDebug").toString(), QStringLiteral("passed"));
    const QString basic = address.value(u"basicKeyId").toString();
    const QString kit = address.value(u"kitKeyId").toString();
    QVERIFY(!basic.isEmpty() && !kit.isEmpty() && basic != kit);
    for (const QString &key : {basic, kit})
        QCOMPARE(call(s, "GET", QStringLiteral("/api/v1/seller/keys/") + key).status, 200);
}

void TestSandboxSeller::demoSellerPointsAtItsServer()
{
    // What the console's demo mode passes: the reference server's address, its two keys and
    // the public half of its key pair; the seeded Seller Center uses them.
    SandboxOptions o;
    o.seed.members = 5;
    o.seed.departments = 2;
    o.demoSeller.productionUrl = QStringLiteral("http://127.0.0.1:45678/isv/produce");
    o.demoSeller.basicKey = "demo-basic-key-0123456789-ABCD";
    o.demoSeller.kitKey = "demo-kit-key-0123456789-WXYZ";
    o.demoSeller.publicKeyBase64 = QString::fromLatin1(m_rsa3072);
    SandboxHost host;
    QString error;
    QVERIFY2(host.start(o, &error), qPrintable(error));
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(host.url(), QStringLiteral("liu.yang"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
    const QJsonArray addresses =
        TestSupport::httpJson(host.url().resolved(QUrl(QStringLiteral("/api/v1/seller/addresses"))))
            .value(u"items")
            .toArray();
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses.at(0).toObject().value(u"url").toString(), o.demoSeller.productionUrl);
    QStringList masks;
    for (const QJsonValue &k :
         TestSupport::httpJson(host.url().resolved(QUrl(QStringLiteral("/api/v1/seller/keys"))))
             .value(u"items")
             .toArray())
        masks.append(k.toObject().value(u"secretMasked").toString());
    masks.sort();
    QCOMPARE(masks, (QStringList{QStringLiteral("****ABCD"), QStringLiteral("****WXYZ")}));
    const QJsonArray credentials =
        TestSupport::httpJson(
            host.url().resolved(QUrl(QStringLiteral("/api/v1/seller/credentials"))))
            .value(u"items")
            .toArray();
    QCOMPARE(credentials.size(), 1);
    QCOMPARE(credentials.at(0).toObject().value(u"publicKey").toString(),
             o.demoSeller.publicKeyBase64);
    TestSupport::useBearer({});
}

void TestSandboxSeller::keySecretIsShownOnce()
{
    const Answer created =
        call(QStringLiteral("seller"), "POST", QStringLiteral("/api/v1/seller/keys"),
             {{QStringLiteral("name"), QStringLiteral("签名密钥 signing")}});
    QCOMPARE(created.status, 200);
    const QString secret = created.json.value(u"secret").toString();
    QVERIFY2(secret.size() >= 32, qPrintable(secret));
    const QJsonObject key = created.json.value(u"key").toObject();
    const QString id = key.value(u"keyId").toString();
    QCOMPARE(key.value(u"secretMasked").toString(), QStringLiteral("****") + secret.right(4));
    QVERIFY(!key.contains(u"secret"));
    // Later reads, one key or the list, show it masked and never in full.
    const Answer one =
        call(QStringLiteral("seller"), "GET", QStringLiteral("/api/v1/seller/keys/") + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(u"key").toObject().value(u"secretMasked").toString(),
             QStringLiteral("****") + secret.right(4));
    const Answer list =
        call(QStringLiteral("seller"), "GET", QStringLiteral("/api/v1/seller/keys"));
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.contains(id.toLatin1()));
    for (const Answer &a : {one, list})
        QVERIFY2(!a.body.contains(secret.toLatin1()), a.body.constData());
}

void TestSandboxSeller::keyDeleteRefusedWhileBound()
{
    const QString s = QStringLiteral("seller");
    const QString key = createKey(s);
    const QString url = QStringLiteral("https://bound.isv.example/isv/produce");
    const QString address = addAddress(s, url, key, {});
    QVERIFY(!address.isEmpty());
    const QString token =
        call(s, "GET", QStringLiteral("/api/v1/seller/keys")).json.value(u"changeToken").toString();
    const Answer refused = call(s, "DELETE", QStringLiteral("/api/v1/seller/keys/") + key);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.code(), QStringLiteral("020004"));
    QVERIFY2(refused.message().contains(url) && refused.message().contains(address),
             qPrintable(refused.message()));
    // Unbound (no credential uses the address), it goes, and the change listing says so.
    const Answer unbound = call(s, "PUT", QStringLiteral("/api/v1/seller/addresses/") + address,
                                {{QStringLiteral("basicKeyId"), QString()},
                                 {QStringLiteral("kitKeyId"), QString()},
                                 {QStringLiteral("version"), 1}});
    QCOMPARE(unbound.status, 200);
    QCOMPARE(call(s, "POST", QStringLiteral("/api/v1/seller/keys/%1/delete").arg(key)).status, 200);
    QCOMPARE(call(s, "GET", QStringLiteral("/api/v1/seller/keys/") + key).status, 404);
    const Answer delta = call(s, "GET", QStringLiteral("/api/v1/seller/keys?since=") + token);
    QCOMPARE(delta.json.value(u"deleted").toArray(), QJsonArray{key});
}

// The organisation's listing shape: pages by cursor, each record once, `remaining` on the
// first page, and the change token of the last page sees nothing new until something changes.
void TestSandboxSeller::listsArePagedByCursor()
{
    const QString s = QStringLiteral("seller");
    createKey(s);
    createKey(s);
    // A full listing holds the keys and the deletions since the start (one key was deleted
    // above): a page of one holds one or the other.
    const Answer all = call(s, "GET", QStringLiteral("/api/v1/seller/keys"));
    const qsizetype keys = all.json.value(u"items").toArray().size();
    const qsizetype total = keys + all.json.value(u"deleted").toArray().size();
    QVERIFY(keys >= 3);
    QStringList seen;
    QString cursor, token;
    for (int page = 0; page <= total; ++page) {
        const Answer a =
            call(s, "GET", QStringLiteral("/api/v1/seller/keys?limit=1&cursor=") + cursor);
        QCOMPARE(a.status, 200);
        const QJsonArray items = a.json.value(u"items").toArray();
        QCOMPARE(items.size() + a.json.value(u"deleted").toArray().size(), 1);
        if (page == 0)
            QCOMPARE(a.json.value(u"remaining").toInteger(), total - 1);
        if (!items.isEmpty())
            seen.append(items.first().toObject().value(u"keyId").toString());
        cursor = a.json.value(u"nextCursor").toString();
        token = a.json.value(u"changeToken").toString();
        if (cursor.isEmpty())
            break;
    }
    QCOMPARE(seen.size(), keys);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), keys);
    QCOMPARE(call(s, "GET", QStringLiteral("/api/v1/seller/keys?since=") + token)
                 .json.value(u"items")
                 .toArray()
                 .size(),
             0);
    const QString added = createKey(s);
    const QJsonArray delta = call(s, "GET", QStringLiteral("/api/v1/seller/keys?since=") + token)
                                 .json.value(u"items")
                                 .toArray();
    QCOMPARE(delta.size(), 1);
    QCOMPARE(delta.first().toObject().value(u"keyId").toString(), added);
    const Answer foreign = call(s, "GET", QStringLiteral("/api/v1/seller/keys?since=other:1"));
    QCOMPARE(foreign.status, 410);
    QCOMPARE(foreign.code(), QStringLiteral("010011"));
}

void TestSandboxSeller::addressUrlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("https") << "https://isv.example.com/isv/produce" << 200 << "";
    QTest::newRow("https on 443") << "https://isv443.example.com:443/p" << 200 << "";
    QTest::newRow("http on 127.0.0.1") << "http://127.0.0.1:8443/isv/produce" << 200 << "";
    QTest::newRow("http on localhost") << "http://localhost:9000/produce" << 200 << "";
    QTest::newRow("http on ::1") << "http://[::1]:9001/produce" << 200 << "";
    QTest::newRow("http on a real host")
        << "http://isv.example.com/produce" << 400 << "http is allowed only for a loopback host";
    QTest::newRow("http on a private address")
        << "http://10.0.0.8/produce" << 400 << "http is allowed only for a loopback host";
    QTest::newRow("empty") << "" << 400 << "required";
    QTest::newRow("space") << "https://isv example.com/p" << 400 << "space";
    QTest::newRow("no scheme") << "isv.example.com/produce" << 400 << "needs a scheme and a host";
    QTest::newRow("no host") << "https:///produce" << 400 << "needs a scheme and a host";
    QTest::newRow("bad port") << "https://isv.example.com:99999/p" << 400 << "not a valid URL";
    QTest::newRow("ftp") << "ftp://isv.example.com/p" << 400 << "scheme \"ftp\"";
    QTest::newRow("query") << "https://isv.example.com/p?x=1" << 400 << "query";
    QTest::newRow("fragment") << "https://isv.example.com/p#x" << 400 << "fragment";
    QTest::newRow("password") << "https://a:b@isv.example.com/p" << 400 << "password";
    QTest::newRow("bare IP") << "https://203.0.113.7/p" << 400 << "domain names only";
    QTest::newRow("port 8443") << "https://isv.example.com:8443/p" << 400 << "port 443";
    QTest::newRow("duplicate") << "HTTPS://ISV.example.com/isv/produce/" << 409 << "already";
}

void TestSandboxSeller::addressUrlRules()
{
    QFETCH(QString, url);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const Answer a =
        call(QStringLiteral("seller"), "POST", QStringLiteral("/api/v1/seller/addresses"),
             {{QStringLiteral("url"), url}});
    QCOMPARE(a.status, status);
    if (status == 200) {
        QCOMPARE(a.json.value(u"address").toObject().value(u"url").toString(), url);
        return;
    }
    QCOMPARE(a.code(), status == 409 ? QStringLiteral("020013") : QStringLiteral("000002"));
    QCOMPARE(a.field(), QStringLiteral("url"));
    QVERIFY2(a.message().startsWith(u"url: ") && a.message().contains(messagePart),
             qPrintable(a.message()));
}

void TestSandboxSeller::basicAndKitKeysMustDiffer()
{
    const QString s = QStringLiteral("seller");
    const QString key = createKey(s), other = createKey(s);
    const Answer added = call(s, "POST", QStringLiteral("/api/v1/seller/addresses"),
                              {{QStringLiteral("url"), QStringLiteral("https://same.isv.example")},
                               {QStringLiteral("basicKeyId"), key},
                               {QStringLiteral("kitKeyId"), key}});
    QCOMPARE(added.status, 422);
    QCOMPARE(added.code(), QStringLiteral("020005"));
    QCOMPARE(added.field(), QStringLiteral("kitKeyId"));
    const QString address = addAddress(s, QStringLiteral("https://same.isv.example"), key, {});
    const Answer bound = call(s, "PUT", QStringLiteral("/api/v1/seller/addresses/") + address,
                              {{QStringLiteral("basicKeyId"), key},
                               {QStringLiteral("kitKeyId"), key},
                               {QStringLiteral("version"), 1}});
    QCOMPARE(bound.status, 422);
    QCOMPARE(bound.code(), QStringLiteral("020005"));
    const Answer fine = call(s, "PUT", QStringLiteral("/api/v1/seller/addresses/") + address,
                             {{QStringLiteral("basicKeyId"), key},
                              {QStringLiteral("kitKeyId"), other},
                              {QStringLiteral("version"), 1}});
    QCOMPARE(fine.status, 200);
    QCOMPARE(fine.json.value(u"address").toObject().value(u"kitDebug").toString(),
             QStringLiteral("untested"));
}

void TestSandboxSeller::switchingAKeyNeedsAPassedRun()
{
    const QString s = QStringLiteral("seller");
    const QString basic = createKey(s), kit = createKey(s), next = createKey(s);
    const QString address = addAddress(s, QStringLiteral("https://switch.isv.example"), basic, kit);
    const QString path = QStringLiteral("/api/v1/seller/addresses/") + address;
    auto switchTo = [&](const QString &key) {
        const qint64 version =
            call(s, "GET", path).json.value(u"address").toObject().value(u"version").toInteger();
        return call(s, "PUT", path,
                    {{QStringLiteral("basicKeyId"), key},
                     {QStringLiteral("kitKeyId"), kit},
                     {QStringLiteral("version"), version}});
    };
    const Answer untried = switchTo(next);
    QCOMPARE(untried.status, 422);
    QCOMPARE(untried.code(), QStringLiteral("020006"));
    QCOMPARE(untried.field(), QStringLiteral("basicKeyId"));
    QVERIFY2(untried.message().contains(u"latest: none"), qPrintable(untried.message()));
    // A failed run does not count; neither does a passed one of the other suite.
    const Answer failed = run(s, address, QStringLiteral("basic"), next, QStringLiteral("failed"));
    QCOMPARE(failed.status, 200);
    QCOMPARE(failed.json.value(u"run").toObject().value(u"verdict").toString(),
             QStringLiteral("failed"));
    QCOMPARE(failed.json.value(u"run").toObject().value(u"checksFailed").toInt(), 1);
    QCOMPARE(run(s, address, QStringLiteral("kit"), next, QStringLiteral("passed")).status, 200);
    const Answer stillRefused = switchTo(next);
    QCOMPARE(stillRefused.code(), QStringLiteral("020006"));
    QVERIFY2(stillRefused.message().contains(u"latest: failed"),
             qPrintable(stillRefused.message()));
    const Answer passed = run(s, address, QStringLiteral("basic"), next, QStringLiteral("passed"));
    QCOMPARE(passed.json.value(u"run").toObject().value(u"verdict").toString(),
             QStringLiteral("passed"));
    const Answer switched = switchTo(next);
    QCOMPARE(switched.status, 200);
    QCOMPARE(switched.json.value(u"address").toObject().value(u"basicKeyId").toString(), next);
    QCOMPARE(switched.json.value(u"address").toObject().value(u"basicDebug").toString(),
             QStringLiteral("passed"));
    // The runs are listed per address, newest last.
    const QJsonArray runs =
        call(s, "GET", path + QStringLiteral("/debug-runs")).json.value(u"items").toArray();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.last().toObject().value(u"keyId").toString(), next);
}

void TestSandboxSeller::debugRunNeedsARunner()
{
    // No verdict set: the test harness runs nothing, and nothing is recorded.
    const QString s = QStringLiteral("seller");
    const Answer a =
        call(s, "POST", QStringLiteral("/api/v1/seller/addresses/%1/debug-runs").arg(m_untested),
             {{QStringLiteral("suite"), QStringLiteral("kit")}});
    QCOMPARE(a.status, 422);
    QCOMPARE(a.code(), QStringLiteral("020012"));
    QVERIFY2(a.message().contains(u"/_sandbox/seller"), qPrintable(a.message()));
    const Answer runs =
        call(s, "GET", QStringLiteral("/api/v1/seller/addresses/%1/debug-runs").arg(m_untested));
    QCOMPARE(runs.json.value(u"items").toArray().size(), 0);
    // The switch takes JSON only, like every /_sandbox/ switch.
    QCOMPARE(call({}, "POST", QStringLiteral("/_sandbox/seller"),
                  {{QStringLiteral("debugVerdict"), QStringLiteral("passed")}}, {}, "text/plain")
                 .status,
             415);
    const Answer bad = call({}, "POST", QStringLiteral("/_sandbox/seller"),
                            {{QStringLiteral("debugVerdict"), QStringLiteral("maybe")}});
    QCOMPARE(bad.status, 400);
}

void TestSandboxSeller::credentialRules_data()
{
    QTest::addColumn<QJsonObject>("changes"); // laid over a valid form
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    const QString bad = QStringLiteral("000002");
    QTest::newRow("valid OAuth2.0") << QJsonObject{} << 200 << "000000"
                                    << ""
                                    << "";
    QTest::newRow("valid SDK") << QJsonObject{{"authMethod", "SDK"}, {"callbackUrl", QJsonValue()}}
                               << 200 << "000000"
                               << ""
                               << "";
    QTest::newRow("loopback http callback")
        << QJsonObject{{"callbackUrl", "http://127.0.0.1:8088/callback"}} << 200 << "000000"
        << ""
        << "";
    QTest::newRow("64-character name")
        << QJsonObject{{"appName", QString(64, u'应')}} << 200 << "000000"
        << ""
        << "";
    QTest::newRow("key with line breaks")
        << QJsonObject{{"publicKey",
                        QString::fromLatin1(m_rsa3072).insert(64, u'\n').insert(20, u'\n')}}
        << 200 << "000000"
        << ""
        << "";
    QTest::newRow("both platforms")
        << QJsonObject{{"platforms", QJsonArray{"WeLink", "IndustrialSoftwareCloud"}}} << 200
        << "000000"
        << ""
        << "";
    QTest::newRow("no name") << QJsonObject{{"appName", "  "}} << 400 << bad << "appName"
                             << "required";
    QTest::newRow("65-character name")
        << QJsonObject{{"appName", QString(65, u'a')}} << 400 << bad << "appName"
        << "at most 64";
    QTest::newRow("name not a string") << QJsonObject{{"appName", 7}} << 400 << bad << "appName"
                                       << "expected a string";
    QTest::newRow("auth method") << QJsonObject{{"authMethod", "Basic"}} << 400 << bad
                                 << "authMethod"
                                 << "\"OAuth2.0\" or \"SDK\"";
    QTest::newRow("OAuth2.0 without callback")
        << QJsonObject{{"callbackUrl", ""}} << 400 << bad << "callbackUrl"
        << "required for OAuth2.0";
    QTest::newRow("http callback off loopback")
        << QJsonObject{{"callbackUrl", "http://app.isv.example/cb"}} << 400 << bad << "callbackUrl"
        << "loopback";
    QTest::newRow("malformed callback")
        << QJsonObject{{"callbackUrl", "not a url"}} << 400 << bad << "callbackUrl"
        << "space";
    QTest::newRow("SDK with a callback")
        << QJsonObject{{"authMethod", "SDK"}} << 400 << bad << "callbackUrl"
        << "only an OAuth2.0";
    QTest::newRow("no address") << QJsonObject{{"addressId", ""}} << 400 << bad << "addressId"
                                << "required";
    QTest::newRow("unknown address") << QJsonObject{{"addressId", "addr-nope"}} << 422 << "020002"
                                     << "addressId"
                                     << "does not exist";
    QTest::newRow("address not debugged")
        << QJsonObject{{"addressId", m_untested}} << 422 << "020007"
        << "addressId"
        << "has not passed debugging";
    QTest::newRow("multi-instance not a bool")
        << QJsonObject{{"multiInstance", "yes"}} << 400 << bad << "multiInstance"
        << "true or false";
    QTest::newRow("login type") << QJsonObject{{"loginType", "dedicated"}} << 400 << bad
                                << "loginType"
                                << "\"shared\" or \"per-tenant\"";
    QTest::newRow("no login address") << QJsonObject{{"loginUrl", ""}} << 400 << bad << "loginUrl"
                                      << "required";
    QTest::newRow("http login address off loopback")
        << QJsonObject{{"loginUrl", "http://login.isv.example/"}} << 400 << bad << "loginUrl"
        << "loopback";
    QTest::newRow("no public key") << QJsonObject{{"publicKey", ""}} << 400 << bad << "publicKey"
                                   << "required";
    QTest::newRow("2048-bit key") << QJsonObject{{"publicKey", QString::fromLatin1(m_rsa2048)}}
                                  << 400 << bad << "publicKey"
                                  << "2048 bits";
    QTest::newRow("private key, bare")
        << QJsonObject{{"publicKey", QString::fromLatin1(m_privateDer)}} << 400 << bad
        << "publicKey"
        << "private key";
    QTest::newRow("private key, PEM")
        << QJsonObject{{"publicKey", QString::fromLatin1(m_privatePem)}} << 400 << bad
        << "publicKey"
        << "private key";
    QTest::newRow("public key with PEM lines")
        << QJsonObject{{"publicKey", QString::fromLatin1(m_publicPem)}} << 400 << bad << "publicKey"
        << "without the -----BEGIN PUBLIC KEY-----";
    QTest::newRow("not base64") << QJsonObject{{"publicKey", "this is not a key!"}} << 400 << bad
                                << "publicKey"
                                << "not Base64";
    QTest::newRow("base64 of something else")
        << QJsonObject{{"publicKey", "aGVsbG8gd29ybGQ="}} << 400 << bad << "publicKey"
        << "not a key";
    QTest::newRow("EC key") << QJsonObject{{"publicKey", QString::fromLatin1(m_ec)}} << 400 << bad
                            << "publicKey"
                            << "needs an RSA key";
    QTest::newRow("unknown platform")
        << QJsonObject{{"platforms", QJsonArray{"WeLink", "DingTalk"}}} << 400 << bad
        << "platforms[1]"
        << "\"DingTalk\"";
    QTest::newRow("platform twice") << QJsonObject{{"platforms", QJsonArray{"WeLink", "WeLink"}}}
                                    << 400 << bad << "platforms[1]"
                                    << "twice";
}

void TestSandboxSeller::credentialRules()
{
    QFETCH(QJsonObject, changes);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const QJsonObject form = with(credentialForm(m_ready, uniqueLogin()), changes);
    const Answer a =
        call(QStringLiteral("seller"), "POST", QStringLiteral("/api/v1/seller/credentials"), form);
    QVERIFY2(a.status == status, a.body.constData());
    QCOMPARE(a.code(), code);
    QCOMPARE(a.field(), field);
    if (status != 200) {
        QVERIFY2(a.message().startsWith(field + u": ") && a.message().contains(messagePart),
                 qPrintable(a.message()));
        return;
    }
    const QJsonObject c = a.json.value(u"credential").toObject();
    QVERIFY(c.value(u"appId").toString().startsWith(u"app-"));
    QCOMPARE(c.value(u"version").toInt(), 1);
    QCOMPARE(c.value(u"listed").toBool(), false);
    QCOMPARE(c.value(u"publicKey").toString(), QString::fromLatin1(m_rsa3072)); // line breaks gone
}

void TestSandboxSeller::appSecretIsShownOnce()
{
    const QString s = QStringLiteral("seller");
    const Answer applied = call(s, "POST", QStringLiteral("/api/v1/seller/credentials"),
                                credentialForm(m_ready, uniqueLogin()));
    QCOMPARE(applied.status, 200);
    const QString secret = applied.json.value(u"appSecret").toString();
    const QString appId = applied.json.value(u"credential").toObject().value(u"appId").toString();
    QVERIFY(secret.size() >= 32);
    const Answer one = call(s, "GET", QStringLiteral("/api/v1/seller/credentials/") + appId);
    const Answer list = call(s, "GET", QStringLiteral("/api/v1/seller/credentials"));
    QCOMPARE(one.status, 200);
    QVERIFY(list.body.contains(appId.toLatin1()));
    for (const Answer &a : {one, list}) {
        QVERIFY2(!a.body.contains(secret.toLatin1()), a.body.constData());
        QVERIFY(!a.body.contains("secretHash") && !a.body.contains("appSecret"));
    }
}

void TestSandboxSeller::multiInstanceNeverBackToFalse()
{
    const QString s = QStringLiteral("seller");
    const Answer applied = call(
        s, "POST", QStringLiteral("/api/v1/seller/credentials"),
        with(credentialForm(m_ready, uniqueLogin()), {{QStringLiteral("multiInstance"), true}}));
    QCOMPARE(applied.status, 200);
    const QJsonObject c = applied.json.value(u"credential").toObject();
    const QString path =
        QStringLiteral("/api/v1/seller/credentials/") + c.value(u"appId").toString();
    const Answer back = call(s, "PUT", path, with(c, {{QStringLiteral("multiInstance"), false}}));
    QCOMPARE(back.status, 422);
    QCOMPARE(back.code(), QStringLiteral("020008"));
    QCOMPARE(back.field(), QStringLiteral("multiInstance"));
    // Other edits keep it on.
    const Answer renamed =
        call(s, "PUT", path, with(c, {{QStringLiteral("appName"), QStringLiteral("新名字")}}));
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json.value(u"credential").toObject().value(u"multiInstance").toBool(), true);
    QCOMPARE(renamed.json.value(u"credential").toObject().value(u"version").toInt(), 2);
}

void TestSandboxSeller::loginAddressIsUniquePerSeller()
{
    const QString s = QStringLiteral("seller");
    const QString login = QStringLiteral("https://shared-login.isv.example/app");
    const Answer first = call(s, "POST", QStringLiteral("/api/v1/seller/credentials"),
                              credentialForm(m_ready, login));
    QCOMPARE(first.status, 200);
    // The same address written another way is the same address.
    const Answer second =
        call(s, "POST", QStringLiteral("/api/v1/seller/credentials"),
             credentialForm(m_ready, QStringLiteral("https://Shared-Login.isv.example:443/app/")));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.code(), QStringLiteral("020009"));
    QCOMPARE(second.field(), QStringLiteral("loginUrl"));
    const QJsonObject c = first.json.value(u"credential").toObject();
    QVERIFY2(second.message().contains(c.value(u"appId").toString()), qPrintable(second.message()));
    // Its own login address is no clash when the credential is edited.
    const Answer edited =
        call(s, "PUT", QStringLiteral("/api/v1/seller/credentials/") + c.value(u"appId").toString(),
             with(c, {{QStringLiteral("appName"), QStringLiteral("改名 Renamed")}}));
    QCOMPARE(edited.status, 200);
}

void TestSandboxSeller::listedCredentialRestrictsEdits_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("app name") << QJsonObject{{"appName", "Another"}} << 422 << "appName";
    QTest::newRow("auth method") << QJsonObject{{"authMethod", "SDK"}, {"callbackUrl", ""}} << 422
                                 << "authMethod";
    QTest::newRow("callback") << QJsonObject{{"callbackUrl", "https://other.isv.example/cb"}} << 422
                              << "callbackUrl";
    QTest::newRow("multi-instance on")
        << QJsonObject{{"multiInstance", true}} << 422 << "multiInstance";
    QTest::newRow("login type") << QJsonObject{{"loginType", "per-tenant"}} << 422 << "loginType";
    QTest::newRow("platforms") << QJsonObject{{"platforms", QJsonArray{}}} << 422 << "platforms";
    QTest::newRow("login address") << QJsonObject{{"loginUrl", "LOGIN"}} << 200 << "";
    QTest::newRow("public key") << QJsonObject{{"publicKey", "SEEDED_KEY"}} << 200 << "";
    QTest::newRow("production address") << QJsonObject{{"addressId", "OTHER_ADDRESS"}} << 200 << "";
}

void TestSandboxSeller::listedCredentialRestrictsEdits()
{
    QFETCH(QJsonObject, changes);
    QFETCH(int, status);
    QFETCH(QString, field);
    const QString s = QStringLiteral("seller");
    const Answer applied = call(s, "POST", QStringLiteral("/api/v1/seller/credentials"),
                                credentialForm(m_ready, uniqueLogin()));
    const QString appId = applied.json.value(u"credential").toObject().value(u"appId").toString();
    setSwitch({{QStringLiteral("listed"),
                QJsonObject{{QStringLiteral("tenant"), QStringLiteral("isv-demo")},
                            {QStringLiteral("appId"), appId},
                            {QStringLiteral("listed"), true}}}});
    const QString path = QStringLiteral("/api/v1/seller/credentials/") + appId;
    const QJsonObject c = call(s, "GET", path).json.value(u"credential").toObject();
    QCOMPARE(c.value(u"listed").toBool(), true);
    QCOMPARE(c.value(u"version").toInt(), 2); // listing it was a change
    if (changes.value(u"loginUrl").toString() == u"LOGIN")
        changes.insert(QStringLiteral("loginUrl"), uniqueLogin());
    if (changes.value(u"publicKey").toString() == u"SEEDED_KEY") {
        // Another 3072-bit key: the seeded demo credential's.
        for (const QJsonValue &v : call(s, "GET", QStringLiteral("/api/v1/seller/credentials"))
                                       .json.value(u"items")
                                       .toArray())
            if (v.toObject().value(u"publicKey").toString() != QString::fromLatin1(m_rsa3072))
                changes.insert(QStringLiteral("publicKey"), v.toObject().value(u"publicKey"));
        QVERIFY(changes.value(u"publicKey").toString() != QString::fromLatin1(m_rsa3072));
    }
    if (changes.value(u"addressId").toString() == u"OTHER_ADDRESS")
        changes.insert(
            QStringLiteral("addressId"),
            readyAddress(s, QStringLiteral("https://moved-%1.isv.example").arg(m_logins)));
    const Answer a = call(s, "PUT", path, with(c, changes));
    QVERIFY2(a.status == status, a.body.constData());
    if (status == 200) {
        for (auto it = changes.begin(); it != changes.end(); ++it)
            QCOMPARE(a.json.value(u"credential").toObject().value(it.key()), it.value());
        return;
    }
    QCOMPARE(a.code(), QStringLiteral("020008"));
    QCOMPARE(a.field(), field);
    QVERIFY2(a.message().contains(u"listed product"), qPrintable(a.message()));
}

void TestSandboxSeller::testAccountPasswordShownOnce()
{
    const QString s = QStringLiteral("seller");
    const Answer applied = call(s, "POST", QStringLiteral("/api/v1/seller/credentials"),
                                credentialForm(m_ready, uniqueLogin()));
    const QString appId = applied.json.value(u"credential").toObject().value(u"appId").toString();
    const QString path = QStringLiteral("/api/v1/seller/credentials/%1/test-account").arg(appId);
    const Answer got = call(s, "POST", path);
    QCOMPARE(got.status, 200);
    const QJsonObject account = got.json.value(u"testAccount").toObject();
    const QString password = account.value(u"password").toString();
    QVERIFY(password.size() >= 12);
    for (const char *field : {"domain", "tenantId", "account"})
        QVERIFY2(!account.value(QLatin1String(field)).toString().isEmpty(), field);
    const Answer read = call(s, "GET", QStringLiteral("/api/v1/seller/credentials/") + appId);
    const QJsonObject shown =
        read.json.value(u"credential").toObject().value(u"testAccount").toObject();
    QCOMPARE(shown.value(u"account").toString(), account.value(u"account").toString());
    QCOMPARE(shown.value(u"tenantId").toString(), account.value(u"tenantId").toString());
    QVERIFY(!read.body.contains(password.toLatin1()) && !shown.contains(u"password"));
    const Answer again = call(s, "POST", path);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.code(), QStringLiteral("020011"));
    QVERIFY(!again.body.contains(password.toLatin1()));
    QCOMPARE(
        call(s, "POST", QStringLiteral("/api/v1/seller/credentials/app-nope/test-account")).status,
        404);
}

void TestSandboxSeller::replayReturnsTheFirstAnswer()
{
    const QString s = QStringLiteral("seller");
    const int before =
        call(s, "GET", QStringLiteral("/api/v1/seller/keys")).json.value(u"items").toArray().size();
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("once")}};
    const Answer first = call(s, "POST", QStringLiteral("/api/v1/seller/keys"), body, "idem-key-1");
    const Answer again = call(s, "POST", QStringLiteral("/api/v1/seller/keys"), body, "idem-key-1");
    QCOMPARE(first.status, 200);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json, first.json); // the same key and secret: the answer lost is recovered
    QCOMPARE(again.headers.value("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(
        call(s, "GET", QStringLiteral("/api/v1/seller/keys")).json.value(u"items").toArray().size(),
        before + 1);
    const Answer other = call(s, "POST", QStringLiteral("/api/v1/seller/keys"),
                              {{QStringLiteral("name"), QStringLiteral("twice")}}, "idem-key-1");
    QCOMPARE(other.status, 422);
    QCOMPARE(other.code(), QStringLiteral("010008"));
    const Answer none = call(s, "POST", QStringLiteral("/api/v1/seller/keys"), body, "none");
    QCOMPARE(none.status, 400);
}

void TestSandboxSeller::staleVersionAnswersTheCurrentRecord()
{
    const QString s = QStringLiteral("seller");
    const Answer applied = call(s, "POST", QStringLiteral("/api/v1/seller/credentials"),
                                credentialForm(m_ready, uniqueLogin()));
    const QJsonObject c = applied.json.value(u"credential").toObject();
    const QString path =
        QStringLiteral("/api/v1/seller/credentials/") + c.value(u"appId").toString();
    QCOMPARE(
        call(s, "PUT", path, with(c, {{QStringLiteral("appName"), QStringLiteral("第一")}})).status,
        200);
    const Answer stale =
        call(s, "PUT", path, with(c, {{QStringLiteral("appName"), QStringLiteral("第二")}}));
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.code(), QStringLiteral("010003"));
    QCOMPARE(stale.json.value(u"current").toObject().value(u"appName").toString(),
             QStringLiteral("第一"));
    QCOMPARE(stale.json.value(u"current").toObject().value(u"version").toInt(), 2);
    // An address too: a debugging run changed it meanwhile.
    const QString key = createKey(s);
    const QString address = addAddress(s, QStringLiteral("https://stale.isv.example"), {}, key);
    QCOMPARE(run(s, address, QStringLiteral("kit"), key, QStringLiteral("passed")).status, 200);
    const Answer staleAddress =
        call(s, "PUT", QStringLiteral("/api/v1/seller/addresses/") + address,
             {{QStringLiteral("kitKeyId"), key}, {QStringLiteral("version"), 1}});
    QCOMPARE(staleAddress.status, 409);
    QCOMPARE(staleAddress.json.value(u"current").toObject().value(u"kitDebug").toString(),
             QStringLiteral("passed"));
}

void TestSandboxSeller::rolesPerDomain_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("admin reads seller keys")
        << "admin" << QByteArray("GET") << "/api/v1/seller/keys" << 403 << "not a seller account";
    QTest::newRow("admin creates a seller key")
        << "admin" << QByteArray("POST") << "/api/v1/seller/keys" << 403 << "not a seller account";
    QTest::newRow("member reads seller credentials")
        << "member" << QByteArray("GET") << "/api/v1/seller/credentials" << 403
        << "not a seller account";
    QTest::newRow("seller reads org members")
        << "seller" << QByteArray("GET") << "/api/v1/org/members" << 403
        << "is a seller account of";
    QTest::newRow("seller writes an org department")
        << "seller" << QByteArray("POST") << "/api/v1/org/departments" << 403
        << "is a seller account of";
    QTest::newRow("seller reads seller keys")
        << "seller" << QByteArray("GET") << "/api/v1/seller/keys" << 200 << "success";
    QTest::newRow("admin reads org members")
        << "admin" << QByteArray("GET") << "/api/v1/org/members" << 200 << "success";
}

void TestSandboxSeller::rolesPerDomain()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const Answer a = call(who, method, path, {{QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(a.status, status);
    QCOMPARE(a.code(), status == 200 ? QStringLiteral("000000") : QStringLiteral("010012"));
    QVERIFY2(a.message().contains(messagePart), qPrintable(a.message()));
}

void TestSandboxSeller::tenantsAreIsolated()
{
    const QString mine = QStringLiteral("seller"), theirs = QStringLiteral("seller2");
    QCOMPARE(call(theirs, "GET", QStringLiteral("/api/v1/seller/credentials"))
                 .json.value(u"items")
                 .toArray()
                 .size(),
             0);
    const QString key = createKey(mine);
    const Answer other = call(theirs, "GET", QStringLiteral("/api/v1/seller/keys"));
    QCOMPARE(other.status, 200);
    QVERIFY(!other.body.contains(key.toLatin1()));
    QCOMPARE(call(theirs, "GET", QStringLiteral("/api/v1/seller/keys/") + key).status, 404);
    QCOMPARE(call(theirs, "DELETE", QStringLiteral("/api/v1/seller/keys/") + key).status, 404);
    QCOMPARE(call(mine, "GET", QStringLiteral("/api/v1/seller/keys/") + key).status, 200);
    // Nor does another seller's address serve here, or its login address clash here: the
    // uniqueness of login addresses is per seller.
    const QString login = QStringLiteral("https://per-seller.isv.example/");
    QCOMPARE(call(mine, "POST", QStringLiteral("/api/v1/seller/credentials"),
                  credentialForm(m_ready, login))
                 .status,
             200);
    const Answer foreignAddress = call(theirs, "POST", QStringLiteral("/api/v1/seller/credentials"),
                                       credentialForm(m_ready, login));
    QCOMPARE(foreignAddress.status, 422);
    QCOMPARE(foreignAddress.code(), QStringLiteral("020002"));
    const QString ready = readyAddress(theirs, QStringLiteral("https://ready.isv.example/p"));
    QCOMPARE(call(theirs, "POST", QStringLiteral("/api/v1/seller/credentials"),
                  credentialForm(ready, login))
                 .status,
             200);
    const QJsonObject stats = TestSupport::httpJson(
        m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/stats?tenant=isv-lab"))));
    QCOMPARE(stats.value(u"sellerCredentials").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxSeller)
#include "tst_sandbox_seller.moc"
