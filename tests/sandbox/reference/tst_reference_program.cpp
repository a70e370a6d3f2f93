// marketdesk-reference-saas as a person runs it: --help, --port 0 printing its URL, key files
// and an encrypted private key from the command line or a --config file, HTTPS with --tls,
// and refusals (the same key twice, a wrong passphrase, a bad fault switch) that exit with a
// message. No secret ever appears in what it prints.
#include "sandbox/reference/reference_client.h"
#include "seller/private_key_file.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace ReferenceFixture;

QString program()
{
    return qEnvironmentVariable("MARKETDESK_BIN") +
           QStringLiteral("/sandbox/reference/marketdesk-reference-saas");
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// Starts the program; the URL it prints, or an invalid one. `seen` gets all it printed.
QUrl start(QProcess &process, const QStringList &arguments, QByteArray *seen)
{
    process.setProgram(program());
    process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    process.start();
    if (!process.waitForStarted(10'000))
        return {};
    static const QRegularExpression re(
        QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)/isv/produce"));
    for (int i = 0; i < 300; ++i) {
        if (!process.waitForReadyRead(100) && process.state() != QProcess::Running)
            break;
        *seen += process.readAllStandardOutput();
        if (const auto m = re.match(QString::fromUtf8(*seen)); m.hasMatch())
            return QUrl(m.captured(1));
    }
    *seen += process.readAllStandardOutput() + process.readAllStandardError();
    return {};
}

} // namespace

class TestReferenceProgram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help();
    void runsFromKeyFiles();
    void runsFromAConfigFile();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_basic, m_kit, m_key, m_passphrase;
};

void TestReferenceProgram::initTestCase()
{
    QVERIFY(QFile::exists(program()));
    m_basic = m_dir.filePath("basic.key");
    m_kit = m_dir.filePath("kit.key");
    m_key = m_dir.filePath("seller.pem");
    m_passphrase = m_dir.filePath("passphrase");
    writeFile(m_basic, kBasicKey + '\n');
    writeFile(m_kit, kKitKey + '\n');
    writeFile(m_passphrase, "correct horse battery staple\n");
    QVERIFY(PrivateKeyFile::write(m_key, sellerKey(), "correct horse battery staple").ok());
}

void TestReferenceProgram::help()
{
    QProcess p;
    p.start(program(), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    for (const char *option :
         {"--port", "--config", "--mode", "--basic-key-file", "--kit-key-file", "--private-key",
          "--passphrase-file", "--prefix", "--faults", "--tls"})
        QVERIFY2(out.contains(option), option);
}

void TestReferenceProgram::runsFromKeyFiles()
{
    QProcess p;
    QByteArray seen;
    const QUrl url = start(p,
                           {"--basic-key-file", m_basic, "--kit-key-file", m_kit, "--private-key",
                            m_key, "--passphrase-file", m_passphrase, "--tls", "--tls-ca-out",
                            m_dir.filePath("ca.pem")},
                           &seen);
    QVERIFY2(url.isValid(), seen.constData());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QFile ca(m_dir.filePath("ca.pem"));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    ReferenceClient client(url, kBasicKey, kKitKey);
    client.trust(ca.readAll());
    QCOMPARE(client.basic(newInstance("O", "L", "B")).code(), QStringLiteral("000000"));
    // The private key decrypts what its public half encrypted.
    QCOMPARE(client.kit("applicationSync", applicationSync("t", "a", "c", "s")).code(),
             QStringLiteral("000000"));
    QCOMPARE(client.state().value(u"config").toObject().value(u"privateKeyBits").toInt(), 3072);
    p.terminate();
    QVERIFY(p.waitForFinished(10'000));
    seen += p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY(!seen.contains(kBasicKey));
    QVERIFY(!seen.contains(kKitKey));
    QVERIFY(!seen.contains("correct horse"));
}

void TestReferenceProgram::runsFromAConfigFile()
{
    const QJsonObject config{{"mode", "v1"},
                             {"basicAccessKeyFile", "basic.key"},
                             {"kitAccessKeyFile", "kit.key"},
                             {"privateKeyFile", "seller.pem"},
                             {"passphraseFile", "passphrase"},
                             {"faults", QJsonObject{{"wrongBodySign", true}}}};
    writeFile(m_dir.filePath("reference.json"), QJsonDocument(config).toJson());
    QProcess p;
    QByteArray seen;
    const QUrl url = start(p, {"--config", m_dir.filePath("reference.json")}, &seen);
    QVERIFY2(url.isValid(), seen.constData());
    QVERIFY(seen.contains("(v1)"));
    ReferenceClient client(url, kBasicKey, kKitKey);
    const Reply r = client.v1Basic({{"activity", "releaseInstance"}, {"instanceId", "x"}});
    QCOMPARE(r.code(), QStringLiteral("000003"));
    QVERIFY(!r.headers.value("body-sign").isEmpty());
    QCOMPARE(client.get("/_reference/faults").json.value(u"wrongBodySign").toBool(), true);
    p.terminate();
    QVERIFY(p.waitForFinished(10'000));
}

void TestReferenceProgram::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("same key twice")
        << QStringList{"--basic-key-file", "basic.key", "--kit-key-file", "basic.key"}
        << "different accessKeys";
    QTest::newRow("no Kit key") << QStringList{"--basic-key-file", "basic.key"} << "Kit accessKey";
    QTest::newRow("wrong passphrase")
        << QStringList{"--basic-key-file", "basic.key",  "--kit-key-file",    "kit.key",
                       "--private-key",    "seller.pem", "--passphrase-file", "basic.key"}
        << "privateKeyFile:";
    QTest::newRow("bad fault switch")
        << QStringList{"--basic-key-file", "basic.key", "--kit-key-file",
                       "kit.key",          "--faults",  R"({"acceptEverything":true})"}
        << "acceptEverything";
    QTest::newRow("bad mode") << QStringList{"--mode", "v3"} << "mode:";
    QTest::newRow("bad prefix") << QStringList{"--basic-key-file", "basic.key", "--kit-key-file",
                                               "kit.key",          "--prefix",  "isv"}
                                << "pathPrefix:";
}

void TestReferenceProgram::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(program(), QStringList{"--port", "0"} + arguments);
    QVERIFY(p.waitForFinished(20'000));
    QVERIFY(p.exitCode() != 0);
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(out.contains(message.toUtf8()), out.constData());
    QVERIFY(!out.contains(kBasicKey));
    QVERIFY(!out.contains(kKitKey));
}

QTEST_GUILESS_MAIN(TestReferenceProgram)
#include "tst_reference_program.moc"
