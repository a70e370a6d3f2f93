// marketdesk-cli seller debug, the built program as a seller's CI runs it against marketdesk's
// reference server: exit 0 with a line per check when every check passes (HTTP, and HTTPS with
// --ca-file), 1 when the server breaks a rule (the failing check named), 2 with a message
// naming the option for every bad argument or file; --json and --report; no key, whole
// signature or client secret on the terminal or in the report.
#include "core/seller/debugger/debug_fixture.h"
#include "seller/private_key_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace DebugFixture;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliSellerDebug : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanupTestCase() { stopAll(); }
    void initTestCase();
    void init();
    void passes_data();
    void passes();
    void failsWhenTheServerBreaksARule();
    void loginFailsWhenTheServerIgnoresTheTenant();
    void tlsIsVerified();
    void jsonAndReport();
    void badArguments_data();
    void badArguments();

private:
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    QStringList base(const QString &serverName);
    // The reference server's login callback address.
    static QString callback(const QString &serverName);

    QTemporaryDir m_dir;
    QString m_basic, m_kit, m_pub, m_ca;
};

Run TestCliSellerDebug::run(const QStringList &args)
{
    QProcess p;
    p.setProgram(qEnvironmentVariable("MARKETDESK_BIN") + QStringLiteral("/cli/marketdesk-cli"));
    p.setArguments(args);
    p.start();
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120'000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestCliSellerDebug::write(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(name));
    return f.fileName();
}

QStringList TestCliSellerDebug::base(const QString &serverName)
{
    return {"seller",           "debug",
            "--address",        server(serverName).host.productionUrl().toString(),
            "--basic-key-file", m_basic,
            "--kit-key-file",   m_kit,
            "--public-key",     m_pub};
}

QString TestCliSellerDebug::callback(const QString &serverName)
{
    QUrl u = server(serverName).host.url();
    u.setPath(ReferenceConfig().callbackPath);
    return u.toString();
}

void TestCliSellerDebug::initTestCase()
{
    m_basic = write("basic.key", ReferenceFixture::kBasicKey + '\n');
    m_kit = write("kit.key", ReferenceFixture::kKitKey);
    m_pub = write("seller.pub", ReferenceFixture::sellerKey().publicKeyPem());
    m_ca = write("ca.pem", server("v2-https").host.caPem());
    server("v1-http");
}

void TestCliSellerDebug::init()
{
    for (const char *name : {"v2-http", "v2-https", "v1-http"}) {
        server(QLatin1String(name)).client->setFaults({});
        server(QLatin1String(name)).client->reset();
    }
}

void TestCliSellerDebug::passes_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("v2 http all") << "v2-http" << QStringList{"--suite", "all", "--reference-state"};
    QTest::newRow("v2 https all") << "v2-https" << QStringList{"--suite", "all", "--ca-file", m_ca};
    QTest::newRow("v1 http basic") << "v1-http" << QStringList{"--suite", "basic", "--mode", "v1"};
    QTest::newRow("v2 http kit") << "v2-http" << QStringList{"--suite", "kit"};
    QTest::newRow("v2 https login")
        << "v2-https" << QStringList{"--suite",        "login",
                                     "--ca-file",      m_ca,
                                     "--callback",     callback("v2-https"),
                                     "--login-listen", "127.0.0.1:0"};
    QTest::newRow("v1 http all with login")
        << "v1-http"
        << QStringList{"--suite", "all", "--mode", "v1", "--callback", callback("v1-http")};
}

void TestCliSellerDebug::passes()
{
    QFETCH(QString, server);
    QFETCH(QStringList, extra);
    const Run r = run(base(server) + extra);
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY(r.out.contains("PASS  "));
    QVERIFY(!r.out.contains("FAIL  "));
    QVERIFY(QRegularExpression(QStringLiteral("\\d+ passed, 0 failed"))
                .match(QString::fromUtf8(r.out))
                .hasMatch());
    for (const QByteArray &secret : {ReferenceFixture::kBasicKey, ReferenceFixture::kKitKey})
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
}

void TestCliSellerDebug::failsWhenTheServerBreaksARule()
{
    server("v2-http").client->setFaults({{"newInstanceForRepeatedOrder", true}});
    const Run r = run(base("v2-http") + QStringList{"--suite", "basic"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("FAIL  basic.newInstance.repeat"), r.out);
    QVERIFY(r.out.contains("1 failed"));
}

void TestCliSellerDebug::loginFailsWhenTheServerIgnoresTheTenant()
{
    server("v2-http").client->setFaults({{"loginIgnoresTenant", true}});
    const Run r =
        run(base("v2-http") + QStringList{"--suite", "login", "--callback", callback("v2-http")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("FAIL  login.otherTenant"), r.out);
    QVERIFY2(r.out.contains("PASS  login.callback"), r.out);
    QVERIFY(r.out.contains("1 failed"));
    // Codes and secrets stay masked on the terminal too.
    QVERIFY(!QRegularExpression(QStringLiteral("code=(?!••••)"))
                 .match(QString::fromUtf8(r.out))
                 .hasMatch());
}

void TestCliSellerDebug::tlsIsVerified()
{
    // Without the CA the certificate cannot be verified: every call fails, none is sent blind.
    const Run r = run(base("v2-https") + QStringList{"--suite", "basic"});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.out.contains("PASS  "));
    QVERIFY2(r.out.contains("certificate"), r.out);
}

void TestCliSellerDebug::jsonAndReport()
{
    const QString html = m_dir.filePath("report.html");
    Run r = run(base("v2-http") +
                QStringList{"--suite", "all", "--json", "--report", html, "--reference-state"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"allPassed").toBool(), true);
    QVERIFY(o.value(u"checks").toArray().size() > 30);
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll() + r.out;
    QVERIFY(!bytes.contains(ReferenceFixture::kBasicKey));
    QVERIFY(!bytes.contains(ReferenceFixture::kKitKey));
    QVERIFY(!QRegularExpression(QStringLiteral("[0-9a-f]{64}"))
                 .match(QString::fromUtf8(bytes))
                 .hasMatch());
}

void TestCliSellerDebug::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("names");
    const QString url = server("v2-http").host.productionUrl().toString();
    const QStringList keys{"--basic-key-file", m_basic, "--kit-key-file", m_kit};
    const QStringList ok = QStringList{"seller", "debug", "--suite", "all"} + keys;
    QTest::newRow("no address") << ok << "--address";
    QTest::newRow("no suite") << QStringList{"seller", "debug", "--address", url} + keys
                              << "--suite";
    QTest::newRow("bad suite") << QStringList{"seller", "debug",   "--address",
                                              url,      "--suite", "everything"} +
                                      keys
                               << "--suite";
    QTest::newRow("bad mode") << ok + QStringList{"--address", url, "--mode", "v3"} << "--mode";
    QTest::newRow("not a url") << ok + QStringList{"--address", "saas.example.com"} << "--address";
    QTest::newRow("http elsewhere")
        << ok + QStringList{"--address", "http://saas.example.com/isv/produce"} << "--address";
    QTest::newRow("address with a query")
        << ok + QStringList{"--address", "https://saas.example.com/isv/produce?x=1"} << "--address";
    QTest::newRow("bad encryptType")
        << ok + QStringList{"--address", url, "--mode", "v1", "--encrypt-type", "3"}
        << "--encrypt-type";
    QTest::newRow("missing key file") << QStringList{"seller",           "debug",
                                                     "--suite",          "all",
                                                     "--address",        url,
                                                     "--basic-key-file", m_basic,
                                                     "--kit-key-file",   m_dir.filePath("none.key")}
                                      << "--kit-key-file";
    QTest::newRow("same key twice")
        << QStringList{"seller",           "debug", "--suite",        "all",  "--address", url,
                       "--basic-key-file", m_basic, "--kit-key-file", m_basic}
        << "different keys";
    QTest::newRow("unreadable pem")
        << ok + QStringList{"--address", url, "--public-key", m_basic} << "--public-key";
    QTest::newRow("private key as public")
        << ok +
               QStringList{
                   "--address", url, "--public-key",
                   write(
                       "private.pem",
                       PrivateKeyFile::toPem(ReferenceFixture::sellerKey(), "pass-phrase").value())}
        << "--public-key";
    QTest::newRow("bad ca") << ok + QStringList{"--address", url, "--ca-file", m_basic}
                            << "--ca-file";
    QTest::newRow("report format")
        << ok + QStringList{"--address", url, "--report", "r.txt"} << "--report";
    QTest::newRow("report folder")
        << ok + QStringList{"--address", url, "--report", m_dir.filePath("no/such/r.json")}
        << "--report";
    QTest::newRow("login without callback")
        << QStringList{"seller", "debug", "--suite", "login", "--address", url} + keys
        << "--callback";
    QTest::newRow("login without public key")
        << QStringList{"seller",    "debug", "--suite",    "login",
                       "--address", url,     "--callback", callback("v2-http")} +
               keys
        << "--public-key";
    QTest::newRow("bad login-listen")
        << ok + QStringList{"--address", url, "--login-listen", "somewhere:80"} << "--login-listen";
    QTest::newRow("login-listen port")
        << ok + QStringList{"--address", url, "--login-listen", "127.0.0.1:99999"}
        << "--login-listen";
    QTest::newRow("remote callback, loopback provider")
        << ok + QStringList{"--address", url, "--callback", "https://saas.example.com/cb"}
        << "--login-listen";
    QTest::newRow("callback not http")
        << ok + QStringList{"--address", url, "--callback", "ftp://saas.example.com/cb"}
        << "--callback";
    QTest::newRow("option of another command")
        << ok + QStringList{"--address", url, "--nonce", "N"} << "--nonce";
}

void TestCliSellerDebug::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, names);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(names.toUtf8()), r.err);
    QVERIFY(!r.err.contains(ReferenceFixture::kBasicKey));
    QCOMPARE(server("v2-http").host.stateNow().value(u"requests").toObject().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliSellerDebug)
#include "tst_cli_seller_debug.moc"
