// marketdesk-cli seller rotate-key, the built program against a marketdesk-sandbox process
// (its Seller Center's test harness gives the debugging runs their verdict), signed in as the
// seller liu.yang: bad arguments refused with exit 2; a rotation that creates the new key and
// writes its secret to a new 0600 --secret-out file only, stops for the install, fails its run
// (exit 3) without switching, and is finished by --continue with each step's evidence; a
// second start refused while one is under way; --abandon deleting the new key.
#include "support/sandbox_fixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

struct RotateRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliSellerRotate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badArguments_data();
    void badArguments();
    void rotatesStepByStep();
    void abandonDeletesTheNewKey();

private:
    RotateRun run(const QStringList &args);
    void setVerdict(const QString &verdict);
    QJsonObject address();
    QJsonArray keys();
    QByteArray accountFiles() const;

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
    QString m_addressId;
};

void TestCliSellerRotate::initTestCase()
{
    qputenv("MARKETDESK_PASSPHRASE", "seller rotate test passphrase");
    m_url = TestSupport::startSandboxProcess(
        m_sandbox, {QStringLiteral("--members"), QStringLiteral("5"),
                    QStringLiteral("--auto-approve"), QStringLiteral("liu.yang")});
    QVERIFY(m_url.isValid());
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin({QStringLiteral("--data-dir"),
                                    m_dir.filePath(QStringLiteral("data")), QStringLiteral("login"),
                                    QStringLiteral("--server"), m_url.toString(),
                                    QStringLiteral("--account"), QStringLiteral("seller"),
                                    QStringLiteral("--secret-store"), QStringLiteral("file")},
                                   &out),
             0);
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("liu.yang"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
    m_addressId = address().value(u"addressId").toString();
    QVERIFY(!m_addressId.isEmpty());
}

void TestCliSellerRotate::cleanupTestCase()
{
    TestSupport::useBearer({});
    m_sandbox.terminate();
    m_sandbox.waitForFinished();
}

RotateRun TestCliSellerRotate::run(const QStringList &args)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                               QStringLiteral("--account"), QStringLiteral("seller"),
                               QStringLiteral("seller"), QStringLiteral("rotate-key")} +
                   args);
    p.start();
    p.closeWriteChannel();
    RotateRun r;
    if (!p.waitForFinished(TestSupport::patience(60000))) {
        p.kill();
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCliSellerRotate::setVerdict(const QString &verdict)
{
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/seller"))), "POST",
                          {{QStringLiteral("debugVerdict"), verdict}});
}

QJsonObject TestCliSellerRotate::address()
{
    return TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/seller/addresses"))))
        .value(u"items")
        .toArray()
        .first()
        .toObject();
}

QJsonArray TestCliSellerRotate::keys()
{
    return TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/seller/keys"))))
        .value(u"items")
        .toArray();
}

QByteArray TestCliSellerRotate::accountFiles() const
{
    QByteArray all;
    QDirIterator it(m_dir.filePath(QStringLiteral("data")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void TestCliSellerRotate::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no address") << QStringList{"--suite", "basic", "--print-secret"} << "--address";
    QTest::newRow("no suite") << QStringList{"--address", "addr-x", "--print-secret"} << "--suite";
    QTest::newRow("suite all") << QStringList{"--address", "addr-x", "--suite", "all",
                                              "--print-secret"}
                               << "--suite";
    QTest::newRow("nowhere for the secret")
        << QStringList{"--address", "addr-x", "--suite", "kit"} << "--secret-out";
    QTest::newRow("continue and abandon")
        << QStringList{"--address", "addr-x", "--suite", "kit", "--continue", "--abandon"}
        << "choose one";
    QTest::newRow("a secret option with continue")
        << QStringList{"--address", "addr-x", "--suite", "kit", "--continue", "--print-secret"}
        << "--secret-out";
    QTest::newRow("keep the key without abandon")
        << QStringList{"--address", "addr-x", "--suite", "kit", "--continue", "--keep-new-key"}
        << "--abandon";
    QTest::newRow("another command's option")
        << QStringList{"--address", "addr-x", "--suite", "kit", "--continue", "--basic-key", "k"}
        << "--basic-key";
}

void TestCliSellerRotate::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const RotateRun r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
}

void TestCliSellerRotate::rotatesStepByStep()
{
    const QString oldKey = address().value(u"basicKeyId").toString();
    const QString secretFile = m_dir.filePath(QStringLiteral("new-basic.key"));
    RotateRun r = run({"--address", m_addressId, "--suite", "basic", "--secret-out", secretFile});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("1/5 created"), r.out.constData());
    QVERIFY(r.out.contains("--continue"));
    const QString newKey = QRegularExpression(QStringLiteral("new key (key-[0-9a-f]+)"))
                               .match(QString::fromUtf8(r.out))
                               .captured(1);
    QVERIFY2(!newKey.isEmpty(), r.out.constData());
    QFile f(secretFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray secret = f.readAll().trimmed();
    QVERIFY(!secret.isEmpty());
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(secretFile).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    QCOMPARE(address().value(u"basicKeyId").toString(), oldKey);

    // Another start while this one is under way is refused.
    r = run({"--address", m_addressId, "--suite", "basic", "--print-secret"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("under way"), r.err.constData());

    // The seller's server does not take the new key yet: the run fails, nothing switches.
    setVerdict(QStringLiteral("failed"));
    r = run({"--address", m_addressId, "--suite", "basic", "--continue"});
    QVERIFY2(r.code == 3, r.err.constData());
    QVERIFY2(r.err.contains("failed"), r.err.constData());
    QVERIFY(!r.out.contains("4/5"));
    QCOMPARE(address().value(u"basicKeyId").toString(), oldKey);

    setVerdict(QStringLiteral("passed"));
    r = run({"--address", m_addressId, "--suite", "basic", "--continue"});
    QVERIFY2(r.code == 0, r.err.constData());
    for (const char *step : {"3/5 tested", "4/5 switched", "5/5 retired"})
        QVERIFY2(r.out.contains(step), r.out.constData());
    QVERIFY(r.out.contains(newKey.toUtf8()));
    QVERIFY(r.out.contains(oldKey.toUtf8()));
    QCOMPARE(address().value(u"basicKeyId").toString(), newKey);
    for (const QJsonValue &k : keys())
        QVERIFY(k.toObject().value(u"keyId").toString() != oldKey);
    QVERIFY(!accountFiles().contains(secret));
    setVerdict({});
}

void TestCliSellerRotate::abandonDeletesTheNewKey()
{
    const QString oldKey = address().value(u"kitKeyId").toString();
    const int before = int(keys().size());
    RotateRun r = run({"--address", m_addressId, "--suite", "kit", "--secret-out",
                       m_dir.filePath(QStringLiteral("new-kit.key"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(int(keys().size()), before + 1);
    r = run({"--address", m_addressId, "--suite", "kit", "--abandon"});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("deleted"), r.out.constData());
    QCOMPARE(int(keys().size()), before);
    QCOMPARE(address().value(u"kitKeyId").toString(), oldKey);
    r = run({"--address", m_addressId, "--suite", "kit", "--continue"});
    QCOMPARE(r.code, 1); // nothing under way any more
}

QTEST_MAIN(TestCliSellerRotate)
#include "tst_cli_seller_rotate.moc"
