// The seller's RSA key pair: 3072 and 4096 bits only, the public key in KooGallery's form
// (one line of Base64 DER SPKI, as openssl sees it), and the private key as encrypted PKCS#8
// in a 0600 file that OpenSSL's own tools read. A wrong passphrase, the wrong kind of file and
// every failed write have their own message, and a failed write leaves no file behind.
#include "seller/private_key_file.h"
#include "seller/public_key_check.h"
#include "seller/rsa_key.h"
#include "support/openssl_tool.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

class TestRsaKeyFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generatedKeys_data();
    void generatedKeys();
    void refusedSizes_data();
    void refusedSizes();
    void writeAndReadBack();
    void opensslReadsOurFile();
    void weReadOpensslFiles_data();
    void weReadOpensslFiles();
    void readRefusals_data();
    void readRefusals();
    void derivationBounded_data();
    void derivationBounded();
    void onlyTheFirstBlockIsRead();
    void failedWritesLeaveNothing_data();
    void failedWritesLeaveNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeFile(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
    RsaKey m_key3072;
    RsaKey m_key4096;
};

namespace {
const QByteArray kPassphrase = "correct horse battery staple";
}

QString TestRsaKeyFile::writeFile(const QString &name, const QByteArray &data)
{
    QFile f(path(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return f.fileName();
}

void TestRsaKeyFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto k3 = RsaKey::generate(3072);
    QVERIFY2(k3.ok(), qPrintable(k3.error()));
    m_key3072 = k3.value();
    auto k4 = RsaKey::generate(4096);
    QVERIFY2(k4.ok(), qPrintable(k4.error()));
    m_key4096 = k4.value();
}

void TestRsaKeyFile::generatedKeys_data()
{
    QTest::addColumn<int>("bits");
    QTest::newRow("3072") << 3072;
    QTest::newRow("4096") << 4096;
}

void TestRsaKeyFile::generatedKeys()
{
    QFETCH(int, bits);
    const RsaKey &key = bits == 3072 ? m_key3072 : m_key4096;
    QCOMPARE(key.bits(), bits);
    QVERIFY(key.hasPrivate());
    const QByteArray pub = key.publicKeyBase64();
    QVERIFY(!pub.contains('\n') && !pub.contains("BEGIN") && !pub.contains(' '));
    // openssl reads the DER as a SubjectPublicKeyInfo of that size.
    const QString der =
        writeFile(QStringLiteral("pub%1.der").arg(bits), QByteArray::fromBase64(pub));
    const auto run = TestSupport::openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                           QStringLiteral("-inform"), QStringLiteral("DER"),
                                           QStringLiteral("-in"), der, QStringLiteral("-noout"),
                                           QStringLiteral("-text")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(QStringLiteral("Public-Key: (%1 bit)").arg(bits).toLatin1()),
             run.out.constData());
    QVERIFY(key.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
}

void TestRsaKeyFile::refusedSizes_data()
{
    QTest::addColumn<int>("bits");
    QTest::newRow("2048") << 2048;
    QTest::newRow("1024") << 1024;
    QTest::newRow("0") << 0;
    QTest::newRow("8192") << 8192;
}

void TestRsaKeyFile::refusedSizes()
{
    QFETCH(int, bits);
    const auto key = RsaKey::generate(bits);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(QStringLiteral("3072 or 4096 bits, not %1").arg(bits)),
             qPrintable(key.error()));
}

void TestRsaKeyFile::writeAndReadBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("seller.pem"));
    const auto written = PrivateKeyFile::write(file, m_key3072, kPassphrase);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    // Only the key file is there (no temporary left behind), readable by its owner only.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("seller.pem")});
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pem = f.readAll();
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));

    const auto read = PrivateKeyFile::read(file, kPassphrase);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QVERIFY(read.value().hasPrivate());
    QCOMPARE(read.value().publicKeyBase64(), m_key3072.publicKeyBase64());

    const auto wrong = PrivateKeyFile::read(file, "not the passphrase");
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(u"the passphrase is wrong"), qPrintable(wrong.error()));
    const auto none = PrivateKeyFile::read(file, {});
    QVERIFY2(none.error().contains(u"encrypted: its passphrase is needed"),
             qPrintable(none.error()));
    // The passphrase never shows in a message.
    QVERIFY(!wrong.error().contains(u"not the passphrase"));
}

void TestRsaKeyFile::opensslReadsOurFile()
{
    const QString file = path(QStringLiteral("for-openssl.pem"));
    QVERIFY(PrivateKeyFile::write(file, m_key4096, kPassphrase).ok());
    const QString pass = writeFile(QStringLiteral("pass.txt"), kPassphrase + '\n');
    const auto pub = TestSupport::openssl(
        {QStringLiteral("pkey"), QStringLiteral("-in"), file, QStringLiteral("-passin"),
         QStringLiteral("file:") + pass, QStringLiteral("-pubout"), QStringLiteral("-outform"),
         QStringLiteral("DER")});
    QVERIFY2(pub.exitCode == 0, pub.err.constData());
    QCOMPARE(pub.out.toBase64(), m_key4096.publicKeyBase64());
    // PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC.
    const auto asn1 =
        TestSupport::openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), file});
    QVERIFY2(asn1.exitCode == 0, asn1.err.constData());
    QVERIFY(asn1.out.contains("PBES2"));
    QVERIFY(asn1.out.contains("hmacWithSHA256"));
    QVERIFY(asn1.out.contains("aes-256-cbc"));
    const auto wrong = TestSupport::openssl({QStringLiteral("pkey"), QStringLiteral("-in"), file,
                                             QStringLiteral("-passin"), QStringLiteral("pass:x"),
                                             QStringLiteral("-noout")});
    QVERIFY(wrong.exitCode != 0);
}

void TestRsaKeyFile::weReadOpensslFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("encrypted PKCS#8")
        << QStringList{"genpkey",  "-algorithm",           "RSA",
                       "-pkeyopt", "rsa_keygen_bits:2048", "-aes-256-cbc",
                       "-pass",    "pass:secret"}
        << QByteArray("secret") << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    QTest::newRow("plain PKCS#8") << QStringList{"genpkey", "-algorithm", "RSA", "-pkeyopt",
                                                 "rsa_keygen_bits:2048"}
                                  << QByteArray() << QByteArray("-----BEGIN PRIVATE KEY-----");
    QTest::newRow("legacy encrypted PKCS#1")
        << QStringList{"genrsa", "-traditional", "-aes256", "-passout", "pass:secret", "2048"}
        << QByteArray("secret") << QByteArray("-----BEGIN RSA PRIVATE KEY-----");
}

void TestRsaKeyFile::weReadOpensslFiles()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, header);
    const auto gen = TestSupport::openssl(args);
    QVERIFY2(gen.exitCode == 0, gen.err.constData());
    QVERIFY(gen.out.startsWith(header));
    const auto key = PrivateKeyFile::fromPem(gen.out, passphrase);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key.value().bits(), 2048);
    if (!passphrase.isEmpty()) {
        const auto wrong = PrivateKeyFile::fromPem(gen.out, "wrong");
        QVERIFY2(wrong.error().contains(u"the passphrase is wrong"), qPrintable(wrong.error()));
    }
}

void TestRsaKeyFile::readRefusals_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("message");
    const auto ec = TestSupport::openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                          QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                                          QStringLiteral("ec_paramgen_curve:P-256")});
    QTest::newRow("EC private key") << ec.out << "this is an EC private key; KooGallery uses RSA";
    QTest::newRow("public key") << m_key3072.publicKeyPem()
                                << "this is a public key; the private key is needed";
    const QByteArray sealed = PrivateKeyFile::toPem(m_key3072, kPassphrase).value();
    QTest::newRow("cut short") << sealed.left(sealed.size() / 2)
                               << "the PEM block is damaged or cut short";
    QByteArray damaged = sealed;
    damaged[200] = damaged[200] == 'A' ? 'B' : 'A';
    damaged[201] = damaged[201] == 'A' ? 'B' : 'A';
    QTest::newRow("damaged inside") << damaged << "damaged";
    QTest::newRow("garbage") << QByteArray("not a key at all\n") << "there is no PEM block";
    QTest::newRow("empty") << QByteArray() << "there is no PEM block";
    QTest::newRow("certificate request label")
        << QByteArray("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE "
                      "REQUEST-----\n")
        << "holds a CERTIFICATE REQUEST, not a private key";
}

void TestRsaKeyFile::readRefusals()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, message);
    const auto key = PrivateKeyFile::fromPem(pem, kPassphrase);
    QVERIFY(!key.ok());
    QVERIFY(!key.error().isEmpty());
    QVERIFY2(key.error().contains(message), qPrintable(key.error()));
    // Through a file the message names it.
    const QString file = writeFile(QStringLiteral("refused.pem"), pem);
    QVERIFY(PrivateKeyFile::read(file, kPassphrase).error().startsWith(file + u": "));
}

void TestRsaKeyFile::derivationBounded_data()
{
    QTest::addColumn<QStringList>("seal");     // openssl pkcs8 -topk8 options
    QTest::addColumn<QByteArray>("asWritten"); // the DER of the count openssl wrote
    QTest::addColumn<QByteArray>("asking");    // as long, asking for more
    QTest::addColumn<QString>("refusal");
    QTest::newRow("PBKDF2 iterations")
        << QStringList{"-v2", "aes-256-cbc", "-iter", "65536"}
        << QByteArray("\x02\x03\x01\x00\x00", 5) << QByteArray("\x02\x03\x7f\xff\xff", 5)
        << "asks for 8388607 rounds of key derivation, more than the 5000000";
    QTest::newRow("PKCS#12 PBE iterations")
        << QStringList{"-v1", "PBE-SHA1-3DES", "-iter", "65536"}
        << QByteArray("\x02\x03\x01\x00\x00", 5) << QByteArray("\x02\x03\x7f\xff\xff", 5)
        << "asks for 8388607 rounds";
    QTest::newRow("scrypt N r p") << QStringList{"-scrypt", "-scrypt_N", "16384", "-scrypt_r",
                                                 "8",       "-scrypt_p", "1"}
                                  << QByteArray("\x02\x02\x40\x00\x02\x01\x08\x02\x01\x01", 10)
                                  << QByteArray("\x02\x02\x40\x00\x02\x01\x08\x02\x01\x7f", 10)
                                  << "asks for 16646144 rounds";
}

void TestRsaKeyFile::derivationBounded()
{
    // A sealed key file says how much work opening it takes; one asking for too much is
    // refused before any of it is done, rather than stalling the program.
    QFETCH(QStringList, seal);
    QFETCH(QByteArray, asWritten);
    QFETCH(QByteArray, asking);
    QFETCH(QString, refusal);
    const auto plain =
        TestSupport::openssl({"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"});
    QCOMPARE(plain.exitCode, 0);
    const auto sealed = TestSupport::openssl(
        QStringList{"pkcs8", "-topk8", "-passout", "pass:secret"} + seal, plain.out);
    QVERIFY2(sealed.exitCode == 0, sealed.err.constData());
    const auto asIs = PrivateKeyFile::fromPem(sealed.out, "secret");
    QVERIFY2(asIs.ok(), qPrintable(asIs.error()));

    const QByteArray header = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n";
    const QByteArray footer = "-----END ENCRYPTED PRIVATE KEY-----\n";
    QVERIFY(sealed.out.startsWith(header));
    QByteArray der = QByteArray::fromBase64(
        sealed.out.mid(header.size(), sealed.out.indexOf(footer) - header.size()));
    QCOMPARE(der.count(asWritten), 1);
    der.replace(asWritten, asking);
    QByteArray patched = header;
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        patched += base64.mid(i, 64) + '\n';
    patched += footer;
    const auto refused = PrivateKeyFile::fromPem(patched, "secret");
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(refusal), qPrintable(refused.error()));
}

void TestRsaKeyFile::onlyTheFirstBlockIsRead()
{
    // Given a whole file, OpenSSL reads on past a block that does not decode: an encrypted key
    // after a damaged plain one was opened, its key derivation unbounded (found in review).
    const auto plain =
        TestSupport::openssl({"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"});
    QCOMPARE(plain.exitCode, 0);
    const auto sealed = TestSupport::openssl(
        {"pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:secret"}, plain.out);
    QCOMPARE(sealed.exitCode, 0);
    const QByteArray twoBlocks =
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n" + sealed.out;
    const auto key = PrivateKeyFile::fromPem(twoBlocks, "secret");
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(u"the private key is damaged"), qPrintable(key.error()));
}

void TestRsaKeyFile::failedWritesLeaveNothing_data()
{
    QTest::addColumn<QString>("target"); // relative to a fresh folder
    QTest::addColumn<int>("which");      // 0: the key, 1: no key, 2: public only
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::addColumn<QString>("message");
    QTest::newRow("exists already")
        << "existing.pem" << 0 << kPassphrase << false << "exists already; it is never overwritten";
    QTest::newRow("no folder") << "missing/seller.pem" << 0 << kPassphrase << false
                               << "does not exist";
    QTest::newRow("no passphrase")
        << "seller.pem" << 0 << QByteArray() << false << "a passphrase is needed";
    QTest::newRow("no key") << "seller.pem" << 1 << kPassphrase << false
                            << "there is no private key to write";
    QTest::newRow("public key only")
        << "seller.pem" << 2 << kPassphrase << false << "there is no private key to write";
    QTest::newRow("folder not writable")
        << "seller.pem" << 0 << kPassphrase << true << "cannot create a file in";
    QTest::newRow("empty path") << "" << 0 << kPassphrase << false << "no file was named";
}

void TestRsaKeyFile::failedWritesLeaveNothing()
{
    QFETCH(QString, target);
    QFETCH(int, which);
    QFETCH(QByteArray, passphrase);
    QFETCH(bool, readOnlyFolder);
    QFETCH(QString, message);
    if (readOnlyFolder && ::geteuid() == 0)
        QSKIP("root writes into a read-only folder");
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing.pem"));
    QFile e(existing);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write("keep me");
    e.close();
    if (readOnlyFolder)
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const RsaKey key =
        which == 0 ? m_key3072
        : which == 1
            ? RsaKey()
            : PublicKeyCheck::check(QString::fromLatin1(m_key3072.publicKeyBase64())).value();
    const auto result =
        PrivateKeyFile::write(target.isEmpty() ? QString() : dir.filePath(target), key, passphrase);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    // Nothing new: only the file that was there, unchanged.
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot),
        QStringList{QStringLiteral("existing.pem")});
    QVERIFY(e.open(QIODevice::ReadOnly));
    QCOMPARE(e.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestRsaKeyFile)
#include "tst_rsa_key_file.moc"
