// marketdesk-cli seller …, the built program as a seller runs it: the reference vectors come
// out exactly, given --timestamp and --nonce the output is the same every time, signatures
// round-trip through verify, keys made by keygen work with encrypt-secret and decrypt-secret
// (and with openssl), and every bad option, key file or body gets exit 2 (or 1 for content)
// with a message naming it. No accessKey, passphrase or private key ever appears in the output.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QByteArray kKey = "test-access-key";
const QByteArray kNonce = "50D83FDECAED6CCD8EF597F2A577950527928BA287D04E6036E92B2806FD17DA";
const QByteArray kTimestamp = "1680508066618";
const QByteArray kBasicBody =
    R"({"testFlag":"1","orderLineId":"CS2211181819B4LVS-000001","orderId":"CS2211181819B4LVS","businessId":"87b94795-0603-4e24-8ae5-69420d60e3c8","activity":"newInstance"})";
const QByteArray kKitBody =
    R"({"domainName":"https://example.tenantaccount.com","flag":1,"instanceId":"huaiweitest123456","name":"huaiweitest","orderId":"CS1906666666ABCDE","tenantCode":"huawei","tenantId":"68cbc86abc2018ab880d92f36422fa0e","testFlag":0,"timeStamp":"20220413093539534"})";
const QByteArray kQuery =
    "activity=newInstance&businessId=61e834ba-7b97-4418-b8f7-e5345137278c&customerId="
    "68cbc86abc2018ab880d92f36422fa0e&expireTime=20200727153156&orderId=CS1906666666ABCDE&"
    "productId=00301-666666-0--0&testFlag=1&timeStamp=20200727073711903\n";
// A key that must never be printed, whatever the command.
const QByteArray kSecretKey = "secret-AK-9a8b7c6d5e";
} // namespace

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliSeller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vectors_data();
    void vectors();
    void bodySignAgreesWithOpenssl();
    void deterministicGivenTimestampAndNonce();
    void verify_data();
    void verify();
    void badOptions_data();
    void badOptions();
    void malformedKeyFiles_data();
    void malformedKeyFiles();
    void keygenAndSecrets();
    void malformedPublicKeys_data();
    void malformedPublicKeys();
    void speaksChinese();

private:
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
    QString m_key, m_secretKey, m_basic, m_kit, m_query;
};

Run TestCliSeller::run(const QStringList &args)
{
    QProcess p;
    p.setProgram(qEnvironmentVariable("MARKETDESK_BIN") + QStringLiteral("/cli/marketdesk-cli"));
    p.setArguments(args);
    p.start();
    p.closeWriteChannel(); // not a terminal: no passphrase prompt
    Run r;
    if (!p.waitForFinished(120'000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestCliSeller::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

void TestCliSeller::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(qEnvironmentVariable("MARKETDESK_BIN") + u"/cli/marketdesk-cli"));
    m_key = write(QStringLiteral("key"), kKey + '\n');
    m_secretKey = write(QStringLiteral("secret-key"), kSecretKey + "\r\n");
    m_basic = write(QStringLiteral("basic.json"), kBasicBody);
    m_kit = write(QStringLiteral("kit.json"), kKitBody);
    m_query = write(QStringLiteral("query.txt"), kQuery);
}

void TestCliSeller::vectors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("out");
    const QStringList tn = {"--timestamp", kTimestamp, "--nonce", kNonce};
    QTest::newRow("v2 §3.4")
        << QStringList{"seller", "sign", "--scheme", "v2", "--key-file", m_key} + tn +
               QStringList{m_basic}
        << "signature=271544acdac82601d0a6615631c4db54120d5ea32fc968493c8064281e125c7a\n"
           "timestamp=" +
               kTimestamp + "\nnonce=" + kNonce + "\n";
    QTest::newRow("kit §3.5")
        << QStringList{"seller", "sign", "--scheme", "kit", "--key-file", m_key} + tn +
               QStringList{m_kit}
        << "x-sign: 5bfcd1ddaeb4cbe6b4705ea2a4b70f1622427a9a7c3f75604acaafbddd752b8e\n"
           "x-timestamp: " +
               kTimestamp + "\nx-nonce: " + kNonce + "\n";
    QTest::newRow("v1 §3.1 query")
        << QStringList{"seller", "sign", "--scheme", "v1", "--key-file", m_key, m_query}
        << QByteArray("RnasHBCr5x4SWKDzYdRzxPpw+dXKnhObZ4Mv3NOdwec=\n");
    QTest::newRow("v1 kit body") << QStringList{"seller",     "sign", "--scheme", "v1",
                                                "--key-file", m_key,  m_kit}
                                 << QByteArray("6jEDehcgaEX04fCzvPN0YG9dGZuM31vhRU/MjLU1wRM=\n");
    const QString mobile = write(QStringLiteral("mobile"), "13800000000\n");
    QTest::newRow("AES-256 §3.3") << QStringList{"seller", "encrypt-field",    "--key-file", m_key,
                                                 "--iv",   "AbCdEfGh12345678", mobile}
                                  << QByteArray("AbCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g==\n");
    QTest::newRow("AES-128 §3.3") << QStringList{"seller", "encrypt-field",    "--key-file",
                                                 m_key,    "--encrypt-type",   "2",
                                                 "--iv",   "AbCdEfGh12345678", mobile}
                                  << QByteArray("AbCdEfGh12345678+BldbqRXvPpRfFpetmRRlQ==\n");
    // Decrypted values go to --out, never to the terminal: "OUT:" marks the file's content.
    QTest::newRow("AES-256 decrypt") << QStringList{"seller",
                                                    "decrypt-field",
                                                    "--key-file",
                                                    m_key,
                                                    "--out",
                                                    "{out}",
                                                    "AbCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g=="}
                                     << QByteArray("OUT:13800000000");
    QTest::newRow("AES-128 decrypt")
        << QStringList{"seller", "decrypt-field",  "--key-file",
                       m_key,    "--encrypt-type", "2",
                       "--out",  "{out}",          "AbCdEfGh12345678+BldbqRXvPpRfFpetmRRlQ=="}
        << QByteArray("OUT:13800000000");
}

void TestCliSeller::vectors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, out);
    const QString outFile =
        m_dir.filePath(QStringLiteral("out-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(outFile);
    args.replaceInStrings(QStringLiteral("{out}"), outFile);
    const Run r = run(args);
    QVERIFY2(r.code == 0, r.err.constData());
    if (out.startsWith("OUT:")) {
        QCOMPARE(r.out, QByteArray()); // nothing of the value on the terminal
        QVERIFY(!r.err.contains(out.mid(4)));
        QFile f(outFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), out.mid(4));
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // Never written over.
        const Run again = run(args);
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains("never overwritten"), again.err.constData());
    } else {
        QCOMPARE(r.out, out);
    }
    QVERIFY(!r.out.contains(kKey) && !r.err.contains(kKey));
}

void TestCliSeller::bodySignAgreesWithOpenssl()
{
    const Run r =
        run({"seller", "sign", "--scheme", "body-sign", "--key-file", m_secretKey, m_kit});
    QVERIFY2(r.code == 0, r.err.constData());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {"dgst", "-sha256", "-hmac", QString::fromLatin1(kSecretKey), "-binary", m_kit});
    QVERIFY(openssl.waitForFinished(30'000));
    const QByteArray expected = openssl.readAllStandardOutput().toBase64();
    QCOMPARE(r.out, "Body-Sign: sign_type=\"HMAC-SHA256\", signature= \"" + expected + "\"\n");
    QVERIFY(!r.out.contains(kSecretKey));
}

void TestCliSeller::deterministicGivenTimestampAndNonce()
{
    const QStringList args = {"seller",     "sign",      "--scheme",    "v2",
                              "--key-file", m_secretKey, "--timestamp", "1700000000000",
                              "--nonce",    "abc",       m_basic};
    const Run a = run(args), b = run(args);
    QCOMPARE(a.code, 0);
    QCOMPARE(a.out, b.out);
    // Without them: a fresh nonce each time (64 hex digits) and now as the timestamp, and what
    // is printed verifies.
    const QStringList fresh = {"seller",     "sign",      "--scheme", "kit",
                               "--key-file", m_secretKey, m_kit};
    const Run c = run(fresh), d = run(fresh);
    QCOMPARE(c.code, 0);
    QVERIFY(c.out != d.out);
    const QList<QByteArray> lines = c.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QByteArray sign = lines[0].mid(8), ts = lines[1].mid(13), nonce = lines[2].mid(9);
    QCOMPARE(nonce.size(), 64);
    QVERIFY(qAbs(ts.toLongLong() - QDateTime::currentMSecsSinceEpoch()) < 600'000);
    const Run v = run({"seller", "verify", "--scheme", "kit", "--key-file", m_secretKey,
                       "--signature", QString::fromLatin1(sign), "--timestamp",
                       QString::fromLatin1(ts), "--nonce", QString::fromLatin1(nonce), m_kit});
    QVERIFY2(v.code == 0, v.err.constData());
    QCOMPARE(v.out, QByteArray("The signature is valid.\n"));
}

void TestCliSeller::verify_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList tn = {"--timestamp", kTimestamp, "--nonce", kNonce};
    const QString good =
        QStringLiteral("271544acdac82601d0a6615631c4db54120d5ea32fc968493c8064281e125c7a");
    QTest::newRow("v2 upper case")
        << QStringList{"seller",     "verify", "--scheme",    "v2",
                       "--key-file", m_key,    "--signature", good.toUpper()} +
               tn + QStringList{m_basic}
        << 0 << "The signature is valid.";
    QTest::newRow("v2 other timestamp")
        << QStringList{"seller",  "verify",      "--scheme", "v2",          "--key-file",
                       m_key,     "--signature", good,       "--timestamp", "1680508066619",
                       "--nonce", kNonce,        m_basic}
        << 1 << "basic.json: the signature does not match";
    QTest::newRow("v2 body not JSON") << QStringList{"seller",     "verify", "--scheme",    "v2",
                                                     "--key-file", m_key,    "--signature", good} +
                                             tn + QStringList{m_query}
                                      << 1 << "query.txt: JSON error at byte 0";
    QTest::newRow("v1 valid")
        << QStringList{"seller",      "verify",
                       "--scheme",    "v1",
                       "--key-file",  m_key,
                       "--signature", "RnasHBCr5x4SWKDzYdRzxPpw+dXKnhObZ4Mv3NOdwec=",
                       m_query}
        << 0 << "The signature is valid.";
    QTest::newRow("v1 case changed")
        << QStringList{"seller",      "verify",
                       "--scheme",    "v1",
                       "--key-file",  m_key,
                       "--signature", "rnashbcr5x4swkdzydrzxppw+dxknhobz4mv3nodwec=",
                       m_query}
        << 1 << "the authToken does not match";
    QTest::newRow("body-sign bare")
        << QStringList{"seller",      "verify",
                       "--scheme",    "body-sign",
                       "--key-file",  m_key,
                       "--signature", "lZ7O0g7y1sYO+Kkf0DaUe8uGq5OB3wzXYmQkG3d8j5E=",
                       m_kit}
        << 1 << "the signature does not match the body";
    QTest::newRow("body-sign malformed header")
        << QStringList{"seller",      "verify",
                       "--scheme",    "body-sign",
                       "--key-file",  m_key,
                       "--signature", "sign_type=HMAC-SHA256, signature= \"x\"",
                       m_kit}
        << 1 << "sign_type's value must be in double quotes";
}

void TestCliSeller::verify()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    const QByteArray all = r.out + r.err;
    QVERIFY2(all.contains(message.toUtf8()), all.constData());
}

void TestCliSeller::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString existing = write(QStringLiteral("existing.pem"), "x");
    const QString pass = write(QStringLiteral("pass"), "a passphrase\n");
    QTest::newRow("no subcommand") << QStringList{"seller"} << "unknown command \"seller\"";
    QTest::newRow("unknown subcommand")
        << QStringList{"seller", "frob"} << "unknown command \"seller frob\"";
    QTest::newRow("no scheme") << QStringList{"seller", "sign", "--key-file", m_key, m_basic}
                               << "seller sign needs --scheme";
    QTest::newRow("no key file") << QStringList{"seller", "sign", "--scheme", "v2", m_basic}
                                 << "seller sign needs --key-file";
    QTest::newRow("unknown scheme")
        << QStringList{"seller", "sign", "--scheme", "v3", "--key-file", m_key, m_basic}
        << "--scheme: expected v2, kit, v1 or body-sign, got \"v3\"";
    QTest::newRow("no body") << QStringList{"seller", "sign", "--scheme", "v2", "--key-file", m_key}
                             << "seller sign needs BODY_FILE";
    QTest::newRow("extra argument")
        << QStringList{"seller", "sign", "--scheme", "v2", "--key-file", m_key, m_basic, "more"}
        << "unexpected argument \"more\"";
    QTest::newRow("timestamp not ms")
        << QStringList{"seller", "sign",        "--scheme",   "v2",   "--key-file",
                       m_key,    "--timestamp", "2023-04-03", m_basic}
        << "--timestamp: expected UNIX milliseconds";
    QTest::newRow("nonce with a space")
        << QStringList{"seller", "sign",    "--scheme", "kit",  "--key-file",
                       m_key,    "--nonce", "a b",      m_basic}
        << "--nonce: expected 1 to 128 letters";
    QTest::newRow("timestamp with v1")
        << QStringList{"seller", "sign",        "--scheme", "v1",   "--key-file",
                       m_key,    "--timestamp", "1",        m_query}
        << "--timestamp is for v2 and kit";
    QTest::newRow("option of another command")
        << QStringList{"seller", "sign",   "--scheme", "v2",   "--key-file",
                       m_key,    "--bits", "3072",     m_basic}
        << "--bits is not used by seller sign";
    QTest::newRow("verify without nonce")
        << QStringList{"seller",      "verify", "--scheme",    "v2", "--key-file", m_key,
                       "--signature", "ab",     "--timestamp", "1",  m_basic}
        << "seller verify --scheme v2 needs --nonce";
    QTest::newRow("verify without signature")
        << QStringList{"seller", "verify", "--scheme", "v1", "--key-file", m_key, m_query}
        << "seller verify needs --signature";
    QTest::newRow("body file missing") << QStringList{"seller",
                                                      "sign",
                                                      "--scheme",
                                                      "v2",
                                                      "--key-file",
                                                      m_key,
                                                      m_dir.filePath("nope.json")}
                                       << "BODY_FILE: cannot read";
    QTest::newRow("encrypt type 3")
        << QStringList{"seller", "encrypt-field", "--key-file", m_key, "--encrypt-type", "3", "x"}
        << "--encrypt-type: encryptType is \"3\"";
    QTest::newRow("short iv") << QStringList{"seller", "encrypt-field", "--key-file", m_key,
                                             "--iv",   "abc",           "x"}
                              << "--iv: expected 16 letters or digits";
    QTest::newRow("iv to decrypt") << QStringList{"seller", "decrypt-field",    "--key-file", m_key,
                                                  "--iv",   "AbCdEfGh12345678", "x"}
                                   << "--iv is not used by seller decrypt-field";
    QTest::newRow("no ciphertext")
        << QStringList{"seller", "decrypt-field", "--key-file", m_key, "--out", "o"}
        << "seller decrypt-field needs CIPHERTEXT";
    QTest::newRow("decrypt to the terminal")
        << QStringList{"seller", "decrypt-field", "--key-file", m_key, "AbCd"}
        << "seller decrypt-field needs --out";
    QTest::newRow("value on the command line")
        << QStringList{"seller", "encrypt-field", "--key-file", m_key, "13800000000"}
        << "VALUE_FILE: cannot read 13800000000";
    QTest::newRow("unknown oaep") << QStringList{"seller", "encrypt-secret", "--public-key",
                                                 m_key,    "--oaep",         "sha512",
                                                 "x"}
                                  << "--oaep: unknown OAEP parameters \"sha512\"";
    QTest::newRow("keygen 2048") << QStringList{"seller",
                                                "keygen",
                                                "--bits",
                                                "2048",
                                                "--out",
                                                m_dir.filePath("k.pem"),
                                                "--passphrase-file",
                                                pass}
                                 << "--bits: expected 3072 or 4096, got \"2048\"";
    QTest::newRow("keygen without out")
        << QStringList{"seller", "keygen", "--bits", "3072"} << "seller keygen needs --out";
    QTest::newRow("keygen over a file")
        << QStringList{"seller", "keygen", "--bits", "3072", "--out", existing, "--passphrase-file",
                       pass}
        << "exists already; a private key is never overwritten";
    QTest::newRow("keygen without passphrase")
        << QStringList{"seller", "keygen", "--bits", "3072", "--out", m_dir.filePath("k.pem")}
        << "pass --passphrase-file FILE";
    QTest::newRow("empty passphrase file") << QStringList{"seller",
                                                          "keygen",
                                                          "--bits",
                                                          "3072",
                                                          "--out",
                                                          m_dir.filePath("k.pem"),
                                                          "--passphrase-file",
                                                          write(QStringLiteral("empty"), "\n")}
                                           << "--passphrase-file:";
}

void TestCliSeller::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Nothing was written by a refused keygen.
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("k.pem"))));
}

void TestCliSeller::malformedKeyFiles_data()
{
    QTest::addColumn<QByteArray>("content"); // empty with missing: no file
    QTest::addColumn<bool>("missing");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << true << "--key-file: cannot read";
    QTest::newRow("empty") << QByteArray() << false << "is empty; it holds the accessKey";
    QTest::newRow("only a line break") << QByteArray("\n") << false << "is empty";
    QTest::newRow("two lines") << kSecretKey + "\nsecond-secret-line\n"
                               << false << "has more than one line";
    QTest::newRow("control character")
        << kSecretKey + "\x01" << false << "holds control characters";
    QTest::newRow("leading space") << " " + kSecretKey << false << "starts or ends with a space";
    QTest::newRow("trailing space") << kSecretKey + " \n" << false << "starts or ends with a space";
    QTest::newRow("too large") << QByteArray(5000, 'k') << false << "is larger than 4096 bytes";
}

void TestCliSeller::malformedKeyFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, missing);
    QFETCH(QString, message);
    const QString path = missing ? m_dir.filePath(QStringLiteral("no-such-key"))
                                 : write(QStringLiteral("bad-key"), content);
    for (const QStringList &args :
         {QStringList{"seller", "sign", "--scheme", "v2", "--key-file", path, m_basic},
          QStringList{"seller", "decrypt-field", "--key-file", path, "--out",
                      m_dir.filePath(QStringLiteral("never-written")),
                      "AbCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g=="}}) {
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        // What the file holds is never echoed.
        QVERIFY(!r.err.contains(kSecretKey) && !r.err.contains("second-secret-line"));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliSeller::keygenAndSecrets()
{
    const QByteArray passphrase = "keygen pass phrase 7";
    const QString pass = write(QStringLiteral("keygen-pass"), passphrase + '\n');
    const QString privatePath = m_dir.filePath(QStringLiteral("seller-3072.pem"));
    const Run gen = run(
        {"seller", "keygen", "--bits", "3072", "--out", privatePath, "--passphrase-file", pass});
    QVERIFY2(gen.code == 0, gen.err.constData());
    // One line of bare Base64, the file 0600 and encrypted.
    const QByteArray pub = gen.out.trimmed();
    QVERIFY(!pub.contains('\n') && !pub.contains("BEGIN"));
    QVERIFY(QByteArray::fromBase64(pub).size() > 400);
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(privatePath).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QFile f(privatePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pem = f.readAll();
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!gen.out.contains(pem.mid(40, 40)) && !gen.err.contains(passphrase));

    // The printed public key encrypts; the private key with its passphrase decrypts.
    const QString pubFile = write(QStringLiteral("seller-3072.pub"), pub + '\n');
    const QString secretFile = write(QStringLiteral("client-secret"), "client-secret-123\n");
    for (const char *oaep : {"sha256", "sha256-mgf1sha1", "sha1"}) {
        const Run enc = run({"seller", "encrypt-secret", "--public-key", pubFile, "--oaep",
                             QString::fromLatin1(oaep), secretFile});
        QVERIFY2(enc.code == 0, enc.err.constData());
        const QString cipher = QString::fromLatin1(enc.out.trimmed());
        const QString plainFile = m_dir.filePath(QStringLiteral("decrypted-%1").arg(oaep));
        const Run dec = run({"seller", "decrypt-secret", "--private-key", privatePath,
                             "--passphrase-file", pass, "--out", plainFile, cipher});
        QVERIFY2(dec.code == 0, dec.err.constData());
        QFile plain(plainFile);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(plain.readAll(), QByteArray("client-secret-123"));
        QVERIFY(!dec.out.contains("client-secret-123") && !dec.err.contains("client-secret-123"));
        QVERIFY(!dec.err.contains(passphrase));
        // openssl decrypts it too, from the same file.
        QProcess openssl;
        openssl.start(
            QStringLiteral("openssl"),
            {"pkeyutl", "-decrypt", "-inkey", privatePath, "-passin", "file:" + pass, "-pkeyopt",
             "rsa_padding_mode:oaep", "-pkeyopt",
             QString::fromLatin1(oaep).startsWith(u"sha256") ? "rsa_oaep_md:sha256"
                                                             : "rsa_oaep_md:sha1",
             "-pkeyopt",
             QString::fromLatin1(oaep) == u"sha256" ? "rsa_mgf1_md:sha256" : "rsa_mgf1_md:sha1"});
        QVERIFY(openssl.waitForStarted());
        openssl.write(QByteArray::fromBase64(enc.out.trimmed()));
        openssl.closeWriteChannel();
        QVERIFY(openssl.waitForFinished(30'000));
        QCOMPARE(openssl.readAllStandardOutput(), QByteArray("client-secret-123"));
        // Only its own OAEP set when one is named.
        if (QByteArrayView(oaep) != "sha1") {
            const Run other = run({"seller", "decrypt-secret", "--private-key", privatePath,
                                   "--passphrase-file", pass, "--oaep", "sha1", "--out",
                                   m_dir.filePath(QStringLiteral("other")), cipher});
            QCOMPARE(other.code, 1);
            QVERIFY2(other.err.contains("does not decrypt with OAEP"), other.err.constData());
        }
    }
    const QString unused = m_dir.filePath(QStringLiteral("unused"));
    const Run wrong =
        run({"seller", "decrypt-secret", "--private-key", privatePath, "--passphrase-file",
             write(QStringLiteral("wrong"), "nope\n"), "--out", unused, "AAAA"});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QByteArray("--private-key: " + privatePath.toUtf8() +
                                           ": the passphrase is wrong")),
             wrong.err.constData());
    const Run noPass =
        run({"seller", "decrypt-secret", "--private-key", privatePath, "--out", unused, "AAAA"});
    QCOMPARE(noPass.code, 2);
    QVERIFY2(noPass.err.contains("the private key is encrypted: pass --passphrase-file"),
             noPass.err.constData());
    const Run garbled = run({"seller", "decrypt-secret", "--private-key", privatePath,
                             "--passphrase-file", pass, "--out", unused, "not base64!"});
    QCOMPARE(garbled.code, 1);
    QVERIFY2(garbled.err.contains("the ciphertext is not Base64"), garbled.err.constData());
    QVERIFY(!QFile::exists(unused)); // no failure leaves a file behind
}

void TestCliSeller::malformedPublicKeys_data()
{
    QTest::addColumn<QStringList>("genpkey"); // openssl genpkey arguments
    QTest::addColumn<bool>("asPrivate");      // give the private key instead of the public
    QTest::addColumn<QString>("message");
    QTest::newRow("private key") << QStringList{"-algorithm", "RSA", "-pkeyopt",
                                                "rsa_keygen_bits:3072"}
                                 << true << "this is a private key";
    QTest::newRow("2048 bits") << QStringList{"-algorithm", "RSA", "-pkeyopt",
                                              "rsa_keygen_bits:2048"}
                               << false << "this RSA key has 2048 bits";
    QTest::newRow("EC key") << QStringList{"-algorithm", "EC", "-pkeyopt",
                                           "ec_paramgen_curve:P-256"}
                            << false << "this is an EC key";
}

void TestCliSeller::malformedPublicKeys()
{
    QFETCH(QStringList, genpkey);
    QFETCH(bool, asPrivate);
    QFETCH(QString, message);
    QProcess gen;
    gen.start(QStringLiteral("openssl"), QStringList{"genpkey"} + genpkey);
    QVERIFY(gen.waitForFinished(60'000));
    QByteArray key = gen.readAllStandardOutput();
    if (!asPrivate) {
        QProcess pub;
        pub.start(QStringLiteral("openssl"), {"pkey", "-pubout"});
        QVERIFY(pub.waitForStarted());
        pub.write(key);
        pub.closeWriteChannel();
        QVERIFY(pub.waitForFinished(30'000));
        key = pub.readAllStandardOutput();
    }
    const QString file = write(QStringLiteral("pasted.pem"), key);
    const Run r = run({"seller", "encrypt-secret", "--public-key", file,
                       write(QStringLiteral("value"), "secret")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains(QByteArray("--public-key: " + file.toUtf8())), r.err.constData());
    for (const QByteArray &line : key.split('\n')) {
        if (line.size() > 20)
            QVERIFY(!r.err.contains(line) && !r.out.contains(line));
    }
}

void TestCliSeller::speaksChinese()
{
    const Run r = run({"--lang", "zh_CN", "seller", "keygen", "--bits", "1024", "--out",
                       m_dir.filePath(QStringLiteral("k.pem"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--bits") && r.err.contains("3072") && r.err.contains("1024"),
             r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("应为")), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSeller)
#include "tst_cli_seller.moc"
