// clientSecret RSA-OAEP with each parameter set: round trips with generated keys, the
// decryption order finding the set that was used, agreement both ways with `openssl pkeyutl`
// (our ciphertext decrypted by openssl from our encrypted PKCS#8 file, and openssl's decrypted
// by us), and a reason for each refusal.
#include "seller/client_secret_cipher.h"
#include "seller/private_key_file.h"
#include "seller/public_key_check.h"
#include "support/openssl_tool.h"

#include <QTemporaryDir>
#include <QTest>

using Oaep = ClientSecretCipher::Oaep;

class TestClientSecretCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void opensslDecryptsOurs_data();
    void opensslDecryptsOurs();
    void weDecryptOpenssls_data();
    void weDecryptOpenssls();
    void names();
    void refusals_data();
    void refusals();

private:
    static void addSets();
    static QStringList pkeyopts(Oaep oaep);
    QTemporaryDir m_dir;
    RsaKey m_key, m_other;
    QString m_privateFile, m_publicFile, m_passFile;
};

namespace {
const QByteArray kSecret = "9fK2xQ7vLw3ZpA8rT1mNc5YbE6uHj0Gd"; // a clientSecret's shape
}

void TestClientSecretCipher::initTestCase()
{
    auto key = RsaKey::generate(3072);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    m_key = key.value();
    m_other = RsaKey::generate(3072).value();
    m_privateFile = m_dir.filePath(QStringLiteral("seller.pem"));
    QVERIFY(PrivateKeyFile::write(m_privateFile, m_key, "pass phrase").ok());
    m_passFile = m_dir.filePath(QStringLiteral("pass"));
    m_publicFile = m_dir.filePath(QStringLiteral("public.pem"));
    QFile pass(m_passFile), pub(m_publicFile);
    QVERIFY(pass.open(QIODevice::WriteOnly) && pub.open(QIODevice::WriteOnly));
    pass.write("pass phrase\n");
    pub.write(m_key.publicKeyPem());
}

void TestClientSecretCipher::addSets()
{
    QTest::addColumn<int>("oaep");
    QTest::newRow("SHA-256/MGF1-SHA-256") << int(Oaep::Sha256Mgf1Sha256);
    QTest::newRow("SHA-256/MGF1-SHA-1") << int(Oaep::Sha256Mgf1Sha1);
    QTest::newRow("SHA-1/MGF1-SHA-1") << int(Oaep::Sha1Mgf1Sha1);
}

QStringList TestClientSecretCipher::pkeyopts(Oaep oaep)
{
    const QString md =
        oaep == Oaep::Sha1Mgf1Sha1 ? QStringLiteral("sha1") : QStringLiteral("sha256");
    const QString mgf1 =
        oaep == Oaep::Sha256Mgf1Sha256 ? QStringLiteral("sha256") : QStringLiteral("sha1");
    return {QStringLiteral("-pkeyopt"), QStringLiteral("rsa_padding_mode:oaep"),
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_oaep_md:") + md,
            QStringLiteral("-pkeyopt"), QStringLiteral("rsa_mgf1_md:") + mgf1};
}

void TestClientSecretCipher::roundTrip_data()
{
    addSets();
}

void TestClientSecretCipher::roundTrip()
{
    QFETCH(int, oaep);
    const auto set = Oaep(oaep);
    const auto once = ClientSecretCipher::encrypt(m_key, kSecret, set);
    QVERIFY2(once.ok(), qPrintable(once.error()));
    QCOMPARE(QByteArray::fromBase64(once.value()).size(), 384);
    QVERIFY(once.value() != ClientSecretCipher::encrypt(m_key, kSecret, set).value());
    // Only with its own set…
    const auto exact = ClientSecretCipher::decrypt(m_key, once.value(), {set});
    QVERIFY2(exact.ok(), qPrintable(exact.error()));
    QCOMPARE(exact.value().plaintext, kSecret);
    // …and found by the default order, which says which set it was.
    const auto found = ClientSecretCipher::decrypt(m_key, once.value());
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QCOMPARE(found.value().plaintext, kSecret);
    QCOMPARE(int(found.value().oaep), oaep);
    // The other sets alone do not decrypt it.
    QList<Oaep> others = ClientSecretCipher::defaultDecryptOrder();
    others.removeAll(set);
    const auto wrong = ClientSecretCipher::decrypt(m_key, once.value(), others);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(u"does not decrypt with OAEP"), qPrintable(wrong.error()));
    // The longest text the set allows, and UTF-8.
    const int room = 384 - 2 * (set == Oaep::Sha1Mgf1Sha1 ? 20 : 32) - 2;
    const QByteArray longest(room, 'x');
    QCOMPARE(ClientSecretCipher::decrypt(
                 m_key, ClientSecretCipher::encrypt(m_key, longest, set).value(), {set})
                 .value()
                 .plaintext,
             longest);
    const QByteArray chinese = QStringLiteral("密钥-秘密").toUtf8();
    QCOMPARE(
        ClientSecretCipher::decrypt(m_key, ClientSecretCipher::encrypt(m_key, chinese, set).value())
            .value()
            .plaintext,
        chinese);
}

void TestClientSecretCipher::opensslDecryptsOurs_data()
{
    addSets();
}

void TestClientSecretCipher::opensslDecryptsOurs()
{
    QFETCH(int, oaep);
    const auto cipher = ClientSecretCipher::encrypt(m_key, kSecret, Oaep(oaep));
    QVERIFY(cipher.ok());
    const auto run = TestSupport::openssl(
        QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-decrypt"), QStringLiteral("-inkey"),
                    m_privateFile, QStringLiteral("-passin"),
                    QStringLiteral("file:") + m_passFile} +
            pkeyopts(Oaep(oaep)),
        QByteArray::fromBase64(cipher.value()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, kSecret);
}

void TestClientSecretCipher::weDecryptOpenssls_data()
{
    addSets();
}

void TestClientSecretCipher::weDecryptOpenssls()
{
    QFETCH(int, oaep);
    const auto run = TestSupport::openssl(
        QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-encrypt"), QStringLiteral("-pubin"),
                    QStringLiteral("-inkey"), m_publicFile} +
            pkeyopts(Oaep(oaep)),
        kSecret);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto plain = ClientSecretCipher::decrypt(m_key, run.out.toBase64());
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QCOMPARE(plain.value().plaintext, kSecret);
    QCOMPARE(int(plain.value().oaep), oaep);
}

void TestClientSecretCipher::names()
{
    for (const Oaep o : ClientSecretCipher::defaultDecryptOrder())
        QCOMPARE(ClientSecretCipher::fromName(ClientSecretCipher::name(o)).value(), o);
    QCOMPARE(ClientSecretCipher::defaultDecryptOrder().first(), Oaep::Sha256Mgf1Sha256);
    const auto bad = ClientSecretCipher::fromName(u"sha512");
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().contains(u"unknown OAEP parameters \"sha512\""));
}

void TestClientSecretCipher::refusals_data()
{
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<int>("key"); // 0: ours, 1: another, 2: public only
    QTest::addColumn<QString>("message");
    const QByteArray good = ClientSecretCipher::encrypt(m_key, kSecret).value();
    QTest::newRow("not base64") << QByteArray("!!!") << 0 << "not Base64";
    QTest::newRow("empty") << QByteArray(" ") << 0 << "the ciphertext is empty";
    QTest::newRow("cut") << good.left(100) << 0 << "is 75 bytes; a 3072-bit key gives exactly 384";
    QTest::newRow("another key") << good << 1 << "another key encrypted it";
    QTest::newRow("public key only") << good << 2 << "needs the private key";
    QByteArray flipped = QByteArray::fromBase64(good);
    flipped[10] = char(flipped[10] ^ 1);
    QTest::newRow("damaged") << flipped.toBase64() << 0 << "does not decrypt with OAEP";
}

void TestClientSecretCipher::refusals()
{
    QFETCH(QByteArray, ciphertext);
    QFETCH(int, key);
    QFETCH(QString, message);
    const RsaKey use =
        key == 0   ? m_key
        : key == 1 ? m_other
                   : PublicKeyCheck::check(QString::fromLatin1(m_key.publicKeyBase64())).value();
    const auto plain = ClientSecretCipher::decrypt(use, ciphertext);
    QVERIFY(!plain.ok());
    QVERIFY2(plain.error().contains(message), qPrintable(plain.error()));
    // Too long for the key: 318 bytes is the most SHA-256 OAEP carries in 3072 bits.
    const auto tooLong = ClientSecretCipher::encrypt(m_key, QByteArray(319, 'x'));
    QVERIFY2(tooLong.error().contains(u"is 319 bytes; a 3072-bit key with these OAEP parameters "
                                      u"takes at most 318"),
             qPrintable(tooLong.error()));
}

QTEST_GUILESS_MAIN(TestClientSecretCipher)
#include "tst_client_secret_cipher.moc"
