// CredentialRules and SellerUrls: the 应用凭证 form's rules as the console, the CLI and the
// sandbox apply them; every problem of a draft named with its field.
#include "seller/credential_rules.h"
#include "seller/rsa_key.h"
#include "seller/seller_urls.h"

#include <QTest>

class TestCredentialRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const SellerResult<RsaKey> key = RsaKey::generate(3072);
        QVERIFY2(key.ok(), qPrintable(key.error()));
        m_key = QString::fromLatin1(key.value().publicKeyBase64());
        m_pem = QString::fromLatin1(key.value().publicKeyPem());
    }

    void drafts_data()
    {
        QTest::addColumn<QString>("change"); // field=value applied to a good draft
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("says");
        QTest::newRow("good") << "" << QStringList{} << "";
        QTest::newRow("no name") << "appName=  " << QStringList{"appName"} << "required";
        QTest::newRow("name of 65 characters")
            << "appName=" + QString(65, u'名') << QStringList{"appName"} << "at most 64";
        QTest::newRow("name of 64 characters, CJK counted as one")
            << "appName=" + QString(64, u'名') << QStringList{} << "";
        QTest::newRow("unknown auth method")
            << "authMethod=SAML" << QStringList{"authMethod"} << "\"SAML\"";
        QTest::newRow("OAuth without callback")
            << "callbackUrl=" << QStringList{"callbackUrl"} << "required for OAuth2.0";
        QTest::newRow("callback over http elsewhere")
            << "callbackUrl=http://isv.example.com/cb" << QStringList{"callbackUrl"} << "loopback";
        QTest::newRow("callback over http on loopback")
            << "callbackUrl=http://127.0.0.1:8080/cb" << QStringList{} << "";
        QTest::newRow("SDK with a callback")
            << "authMethod=SDK" << QStringList{"callbackUrl"} << "only an OAuth2.0";
        QTest::newRow("no address")
            << "addressId=" << QStringList{"addressId"} << "passed debugging";
        QTest::newRow("unknown login type")
            << "loginType=private" << QStringList{"loginType"} << "per-tenant";
        QTest::newRow("login with a fragment")
            << "loginUrl=https://a.example/#x" << QStringList{"loginUrl"} << "fragment";
        QTest::newRow("login with a password")
            << "loginUrl=https://u:p@a.example/" << QStringList{"loginUrl"} << "password";
        QTest::newRow("no key") << "publicKey=" << QStringList{"publicKey"} << "required";
        QTest::newRow("key with PEM lines")
            << "publicKey=PEM" << QStringList{"publicKey"} << "without the -----BEGIN";
        QTest::newRow("a private key")
            << "publicKey=-----BEGIN PRIVATE KEY-----" << QStringList{"publicKey"} << "private key";
        QTest::newRow("not a key") << "publicKey=bm90IGEga2V5" << QStringList{"publicKey"} << "";
        QTest::newRow("unknown platform")
            << "platforms=WeLink,DingTalk" << QStringList{"platforms[1]"} << "DingTalk";
        QTest::newRow("platform twice")
            << "platforms=WeLink,WeLink" << QStringList{"platforms[1]"} << "twice";
        QTest::newRow("two problems at once")
            << "appName=|loginType=x" << QStringList{"appName", "loginType"} << "";
    }
    void drafts()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, fields);
        QFETCH(QString, says);
        CredentialDraft d = good();
        for (const QString &part : change.split(u'|', Qt::SkipEmptyParts)) {
            const QString field = part.section(u'=', 0, 0);
            QString value = part.section(u'=', 1);
            if (value == u"PEM")
                value = m_pem;
            if (field == u"appName")
                d.appName = value;
            else if (field == u"authMethod")
                d.authMethod = value;
            else if (field == u"callbackUrl")
                d.callbackUrl = value;
            else if (field == u"addressId")
                d.addressId = value;
            else if (field == u"loginType")
                d.loginType = value;
            else if (field == u"loginUrl")
                d.loginUrl = value;
            else if (field == u"publicKey")
                d.publicKey = value;
            else if (field == u"platforms")
                d.platforms = value.split(u',');
            else
                QFAIL(qPrintable(field));
        }
        const QList<FieldProblem> problems = CredentialRules::check(d);
        QStringList got;
        for (const FieldProblem &p : problems)
            got << p.field;
        QCOMPARE(got, fields);
        if (!says.isEmpty())
            QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
    }

    void edits_data()
    {
        QTest::addColumn<bool>("listed");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("multi-instance off, unlisted")
            << false << "multi-off" << QStringList{"multiInstance"};
        QTest::newRow("rename, unlisted") << false << "rename" << QStringList{};
        QTest::newRow("rename, listed") << true << "rename" << QStringList{"appName"};
        QTest::newRow("new key, listed") << true << "key" << QStringList{};
        QTest::newRow("new address and login, listed") << true << "address" << QStringList{};
        QTest::newRow("multi-instance off, listed: said once")
            << true << "multi-off" << QStringList{"multiInstance"};
        QTest::newRow("platforms, listed") << true << "platforms" << QStringList{"platforms"};
    }
    void edits()
    {
        QFETCH(bool, listed);
        QFETCH(QString, what);
        QFETCH(QStringList, fields);
        CredentialDraft current = good();
        current.multiInstance = true;
        CredentialDraft wanted = current;
        if (what == u"multi-off")
            wanted.multiInstance = false;
        else if (what == u"rename")
            wanted.appName = QStringLiteral("云途协同 2");
        else if (what == u"key")
            wanted.publicKey = QStringLiteral("another");
        else if (what == u"address") {
            wanted.addressId = QStringLiteral("addr-2");
            wanted.loginUrl = QStringLiteral("https://login2.example/");
        } else if (what == u"platforms")
            wanted.platforms = {};
        QStringList got;
        for (const FieldProblem &p : CredentialRules::checkEdit(current, listed, wanted))
            got << p.field;
        QCOMPARE(got, fields);
    }

    void productionAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("https domain") << "https://isv.example.com/produce"
                                      << "";
        QTest::newRow("loopback http with port") << "http://127.0.0.1:41234/isv/produce"
                                                 << "";
        QTest::newRow("an IP address") << "https://203.0.113.7/produce"
                                       << "domain names only";
        QTest::newRow("another port") << "https://isv.example.com:8443/p"
                                      << "port 443";
        QTest::newRow("a query") << "https://isv.example.com/p?x=1"
                                 << "query";
        QTest::newRow("ftp") << "ftp://isv.example.com/"
                             << "scheme";
        QTest::newRow("a space") << "https://isv.example.com/a b"
                                 << "space";
        QTest::newRow("too long") << "https://isv.example.com/" + QString(1100, u'a') << "1024";
        QTest::newRow("no host") << "https:///p"
                                 << "";
    }
    void productionAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        const QString problem = SellerUrls::problem(url, SellerUrls::Use::ProductionAddress);
        if (says.isEmpty() && !url.contains(u":///")) {
            QCOMPARE(problem, QString());
        } else {
            QVERIFY(!problem.isEmpty());
            QVERIFY2(problem.contains(says), qPrintable(problem));
        }
    }

    void sameAddressesCompareEqual()
    {
        QCOMPARE(SellerUrls::normalised(QStringLiteral("HTTPS://Login.Example.com:443/")),
                 SellerUrls::normalised(QStringLiteral("https://login.example.com")));
        QVERIFY(SellerUrls::normalised(QStringLiteral("https://login.example.com/a")) !=
                SellerUrls::normalised(QStringLiteral("https://login.example.com/b")));
    }

private:
    CredentialDraft good() const
    {
        CredentialDraft d;
        d.appName = QStringLiteral("云途协同办公 Yuntu Workspace");
        d.authMethod = QStringLiteral("OAuth2.0");
        d.callbackUrl = QStringLiteral("https://workspace.example.com/sso/callback");
        d.addressId = QStringLiteral("addr-1");
        d.loginType = QStringLiteral("per-tenant");
        d.loginUrl = QStringLiteral("https://login.example.com/");
        d.publicKey = m_key;
        d.platforms = {QStringLiteral("WeLink")};
        return d;
    }

    QString m_key;
    QString m_pem;
};

QTEST_GUILESS_MAIN(TestCredentialRules)
#include "tst_credential_rules.moc"
