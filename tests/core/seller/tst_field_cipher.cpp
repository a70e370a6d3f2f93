// V1 field encryption: both reference vectors (§3.3) with the given iv, round trips with a
// random iv, and a clear refusal for each way decryption can fail: too short, an iv that is
// not ASCII, not Base64, not whole blocks, bad padding (a wrong key), not UTF-8.
#include "seller/field_cipher.h"

#include <QSet>
#include <QTest>

namespace {
const QByteArray kKey = "test-access-key";
const QByteArray kIv = "AbCdEfGh12345678";
const QString kPlain = QStringLiteral("13800000000");
} // namespace

class TestFieldCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceVectors_data();
    void referenceVectors();
    void randomIvRoundTrip_data();
    void randomIvRoundTrip();
    void encryptTypes();
    void badIv_data();
    void badIv();
    void decryptRefusals_data();
    void decryptRefusals();
};

void TestFieldCipher::referenceVectors_data()
{
    QTest::addColumn<QString>("encryptType");
    QTest::addColumn<QString>("value");
    QTest::newRow("AES-256") << "1"
                             << "AbCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g==";
    QTest::newRow("AES-128") << "2"
                             << "AbCdEfGh12345678+BldbqRXvPpRfFpetmRRlQ==";
}

void TestFieldCipher::referenceVectors()
{
    QFETCH(QString, encryptType);
    QFETCH(QString, value);
    const auto size = FieldCipher::keySizeFor(encryptType);
    QVERIFY(size.ok());
    const auto encrypted = FieldCipher::encrypt(kKey, kPlain, size.value(), kIv);
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.error()));
    QCOMPARE(encrypted.value(), value);
    const auto decrypted = FieldCipher::decrypt(kKey, value, size.value());
    QVERIFY2(decrypted.ok(), qPrintable(decrypted.error()));
    QCOMPARE(decrypted.value(), kPlain);
}

void TestFieldCipher::randomIvRoundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("plain");
    for (const auto size : {FieldCipher::KeySize::Aes256, FieldCipher::KeySize::Aes128}) {
        const char *bits = size == FieldCipher::KeySize::Aes256 ? "256" : "128";
        QTest::addRow("%s e-mail", bits) << int(size) << QStringLiteral("zhang.min@example.com");
        QTest::addRow("%s Chinese", bits) << int(size) << QStringLiteral("张敏的密码！");
        QTest::addRow("%s 16 bytes", bits) << int(size) << QStringLiteral("0123456789abcdef");
        QTest::addRow("%s empty", bits) << int(size) << QString();
    }
}

void TestFieldCipher::randomIvRoundTrip()
{
    QFETCH(int, size);
    QFETCH(QString, plain);
    const auto keySize = FieldCipher::KeySize(size);
    QSet<QString> values;
    for (int i = 0; i < 20; ++i) {
        const auto value = FieldCipher::encrypt(kKey, plain, keySize);
        QVERIFY2(value.ok(), qPrintable(value.error()));
        const QString iv = value.value().left(16);
        QVERIFY(std::all_of(iv.begin(), iv.end(), [](QChar c) {
            return c.unicode() < 0x80 && std::isalnum(c.unicode());
        }));
        QCOMPARE(FieldCipher::decrypt(kKey, value.value(), keySize).value(), plain);
        values.insert(value.value());
    }
    QCOMPARE(values.size(), 20); // a fresh iv every time
}

void TestFieldCipher::encryptTypes()
{
    QCOMPARE(FieldCipher::keySizeFor(u"1").value(), FieldCipher::KeySize::Aes256);
    QCOMPARE(FieldCipher::keySizeFor(u"2").value(), FieldCipher::KeySize::Aes128);
    for (const auto bad : {u"0", u"3", u"", u"256"}) {
        const auto r = FieldCipher::keySizeFor(bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"must be 1 (AES-256) or 2 (AES-128)"), qPrintable(r.error()));
    }
}

void TestFieldCipher::badIv_data()
{
    QTest::addColumn<QByteArray>("iv");
    QTest::newRow("15 characters") << QByteArray("AbCdEfGh1234567");
    QTest::newRow("17 characters") << QByteArray("AbCdEfGh123456789");
    QTest::newRow("punctuation") << QByteArray("AbCdEfGh1234567+");
}

void TestFieldCipher::badIv()
{
    QFETCH(QByteArray, iv);
    const auto r = FieldCipher::encrypt(kKey, kPlain, FieldCipher::KeySize::Aes256, iv);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"16 letters or digits"), qPrintable(r.error()));
}

void TestFieldCipher::decryptRefusals_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("message");
    const QString good = QStringLiteral("AbCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g==");
    const int aes256 = int(FieldCipher::KeySize::Aes256);
    QTest::newRow("too short") << kKey << good.left(30) << aes256 << "has 30 characters";
    QTest::newRow("iv only") << kKey << QStringLiteral("AbCdEfGh12345678") << aes256
                             << "needs the 16-character iv";
    QTest::newRow("iv not ASCII") << kKey
                                  << QStringLiteral("张bCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g==")
                                  << aes256 << "(the iv) are not ASCII";
    QTest::newRow("not base64") << kKey
                                << QStringLiteral("AbCdEfGh12345678aaGZRVoEtJHB8U*i/5rI0g==")
                                << aes256 << "is not Base64";
    QTest::newRow("not whole blocks")
        << kKey << QString::fromLatin1(kIv + QByteArray(20, 'x').toBase64()) << aes256
        << "is 20 bytes, not whole 16-byte AES blocks";
    QTest::newRow("wrong key") << QByteArray("another-key") << good << aes256
                               << "a wrong accessKey or encryptType";
    QTest::newRow("wrong encryptType")
        << kKey << good << int(FieldCipher::KeySize::Aes128) << "a wrong accessKey or encryptType";
    QTest::newRow("other iv") << kKey << QStringLiteral("XbCdEfGh12345678aaGZRVoEtJHB8U+i/5rI0g==")
                              << aes256 << "";
}

void TestFieldCipher::decryptRefusals()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, value);
    QFETCH(int, size);
    QFETCH(QString, message);
    const auto r = FieldCipher::decrypt(key, value, FieldCipher::KeySize(size));
    if (message.isEmpty()) {
        // A changed iv only changes the first block's plaintext: no error, another text.
        QVERIFY(!r.ok() || r.value() != kPlain);
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(message), qPrintable(r.error()));
}

QTEST_APPLESS_MAIN(TestFieldCipher)
#include "tst_field_cipher.moc"
