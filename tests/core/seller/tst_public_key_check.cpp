// A pasted public key: bare Base64 and full PEM (any line breaks) are accepted and normalised
// to KooGallery's bare form, PKCS#1 is converted, and every wrong paste gets its own reason:
// empty, not Base64, cut short, not a key, a private key (never repeated back), a
// certificate, an EC or Ed25519 key, a 2048-bit RSA key, stray bytes. Keys come from the
// openssl command line, an implementation independent of ours.
#include "seller/public_key_check.h"
#include "support/openssl_tool.h"

#include <QTemporaryDir>
#include <QTest>

class TestPublicKeyCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();

private:
    // A private key made by openssl, and its public half in the forms asked for.
    QByteArray generate(const QStringList &genpkeyArgs);
    QByteArray publicPem(const QByteArray &privatePem, const QStringList &extra = {});
    QTemporaryDir m_dir;
    QByteArray m_rsa3072, m_rsa2048, m_ec, m_ed25519;
    QByteArray m_rsa3072Bare; // Base64 DER SPKI as openssl writes it
};

namespace {
// The Base64 body of a PEM block, without its BEGIN/END lines and line breaks.
QByteArray pemBody(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return body;
}
} // namespace

QByteArray TestPublicKeyCheck::generate(const QStringList &genpkeyArgs)
{
    const auto run = TestSupport::openssl(QStringList{QStringLiteral("genpkey")} + genpkeyArgs);
    return run.exitCode == 0 ? run.out : QByteArray();
}

QByteArray TestPublicKeyCheck::publicPem(const QByteArray &privatePem, const QStringList &extra)
{
    const auto run = TestSupport::openssl(
        QStringList{QStringLiteral("pkey"), QStringLiteral("-pubout")} + extra, privatePem);
    return run.exitCode == 0 ? run.out : QByteArray();
}

void TestPublicKeyCheck::initTestCase()
{
    m_rsa3072 = generate({"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072"});
    m_rsa2048 = generate({"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"});
    m_ec = generate({"-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"});
    m_ed25519 = generate({"-algorithm", "ED25519"});
    for (const QByteArray *k : {&m_rsa3072, &m_rsa2048, &m_ec, &m_ed25519})
        QVERIFY(k->contains("-----BEGIN PRIVATE KEY-----"));
    m_rsa3072Bare = pemBody(publicPem(m_rsa3072));
    QVERIFY(m_rsa3072Bare.size() > 500);
}

void TestPublicKeyCheck::accepted_data()
{
    QTest::addColumn<QString>("pasted");
    const QByteArray pem = publicPem(m_rsa3072);
    QTest::newRow("bare Base64") << QString::fromLatin1(m_rsa3072Bare);
    QTest::newRow("PEM") << QString::fromLatin1(pem);
    QTest::newRow("PEM with CRLF and indentation")
        << QString::fromLatin1("  " + QByteArray(pem).replace("\n", "\r\n    "));
    QTest::newRow("bare Base64 in 64-character lines")
        << QString::fromLatin1(pemBody(pem).insert(64, '\n').insert(129, '\n'));
    // openssl rsa -RSAPublicKey_out: PKCS#1, converted to the SubjectPublicKeyInfo form.
    const auto pkcs1 = TestSupport::openssl({"rsa", "-RSAPublicKey_out"}, m_rsa3072);
    QTest::newRow("PKCS#1 RSA PUBLIC KEY") << QString::fromLatin1(pkcs1.out);
    QTest::newRow("4096 bits") << QString::fromLatin1(
        publicPem(generate({"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:4096"})));
}

void TestPublicKeyCheck::accepted()
{
    QFETCH(QString, pasted);
    const auto key = PublicKeyCheck::check(pasted);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QVERIFY(!key.value().hasPrivate());
    const QByteArray bare = key.value().publicKeyBase64();
    QVERIFY(!bare.contains('\n') && !bare.contains("BEGIN"));
    if (key.value().bits() == 3072)
        QCOMPARE(bare, m_rsa3072Bare);
    else
        QCOMPARE(key.value().bits(), 4096);
    // The normalised form is accepted as it is.
    QCOMPARE(PublicKeyCheck::check(QString::fromLatin1(bare)).value().publicKeyBase64(), bare);
}

void TestPublicKeyCheck::refused_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << "no key was given";
    QTest::newRow("only spaces") << QStringLiteral(" \n\t ") << "no key was given";
    QTest::newRow("garbage") << QStringLiteral("ssh-rsa AAAAB3NzaC1yc2E= me@host")
                             << "this is not Base64: an unexpected character at position 4";
    QTest::newRow("padding in the middle")
        << QString::fromLatin1(m_rsa3072Bare.left(20) + "=" + m_rsa3072Bare.mid(21))
        << "this is not Base64: \"=\" is padding and belongs at the end";
    QTest::newRow("position counts in the paste")
        << QStringLiteral("\n  MIIB\n  MII*") << "an unexpected character at position 14";
    QTest::newRow("Base64 of text") << QString::fromLatin1(QByteArray("hello world").toBase64())
                                    << "this is Base64, but not a key";
    QTest::newRow("cut short") << QString::fromLatin1(m_rsa3072Bare.left(200))
                               << "the key is cut short";
    const QByteArray pem = publicPem(m_rsa3072);
    QTest::newRow("PEM without END") << QString::fromLatin1(pem.left(pem.indexOf("-----END")))
                                     << "no \"-----END PUBLIC KEY-----\" line: it is cut short";
    QTest::newRow("PEM cut inside")
        << QString::fromLatin1(pem.left(300) + "\n-----END PUBLIC KEY-----\n")
        << "the key is cut short";
    QTest::newRow("private key PEM") << QString::fromLatin1(m_rsa3072) << "this is a private key";
    QTest::newRow("private key bare")
        << QString::fromLatin1(pemBody(m_rsa3072)) << "this is a private key";
    const auto pkcs1 = TestSupport::openssl({"rsa", "-traditional"}, m_rsa3072);
    QTest::newRow("PKCS#1 private key bare")
        << QString::fromLatin1(pemBody(pkcs1.out)) << "this is a private key";
    const auto sealed = TestSupport::openssl(
        {"pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:x"}, m_rsa3072);
    QTest::newRow("encrypted private key bare")
        << QString::fromLatin1(pemBody(sealed.out)) << "this is a private key";
    QTest::newRow("EC private key bare")
        << QString::fromLatin1(pemBody(m_ec)) << "this is a private key";
    QTest::newRow("EC public key")
        << QString::fromLatin1(publicPem(m_ec)) << "this is an EC key; KooGallery needs an RSA key";
    QTest::newRow("Ed25519 public key")
        << QString::fromLatin1(publicPem(m_ed25519)) << "this is an ED25519 key";
    QTest::newRow("2048-bit RSA") << QString::fromLatin1(publicPem(m_rsa2048))
                                  << "this RSA key has 2048 bits; KooGallery needs at least 3072";
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("ec.pem"));
    QFile f(keyFile);
    f.open(QIODevice::WriteOnly);
    f.write(m_ec);
    f.close();
    const auto cert = TestSupport::openssl(
        {"req", "-x509", "-key", keyFile, "-subj", "/CN=seller", "-days", "1"});
    QTest::newRow("certificate PEM")
        << QString::fromLatin1(cert.out) << "this is a certificate, not a public key";
    QTest::newRow("certificate bare")
        << QString::fromLatin1(pemBody(cert.out)) << "this is a certificate, not a public key";
    QTest::newRow("other PEM block")
        << QStringLiteral("-----BEGIN DH PARAMETERS-----\nAAAA\n-----END DH PARAMETERS-----")
        << "the PEM block holds a DH PARAMETERS, not a public key";
    QTest::newRow("stray bytes")
        << QString::fromLatin1(
               QByteArray(QByteArray::fromBase64(m_rsa3072Bare) + QByteArray(3, '\0')).toBase64())
        << "there are 3 stray bytes after the key";
}

void TestPublicKeyCheck::refused()
{
    QFETCH(QString, pasted);
    QFETCH(QString, message);
    const auto key = PublicKeyCheck::check(pasted);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(message), qPrintable(key.error()));
    // Nothing of what was pasted comes back: no line of a private key ends up in a message.
    for (const QString &line : pasted.split(u'\n')) {
        if (line.trimmed().size() >= 16)
            QVERIFY2(!key.error().contains(line.trimmed()), qPrintable(key.error()));
    }
}

QTEST_GUILESS_MAIN(TestPublicKeyCheck)
#include "tst_public_key_check.moc"
