// Sha256Stream: FIPS 180-2's test vectors, any split into blocks giving the same digest, and
// agreement with QCryptographicHash on a large random stream.
#include "storage/sha256_stream.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

class TestSha256Stream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data();
    void knownDigests();
    void splitAnywhere_data();
    void splitAnywhere();
    void agreesWithQtOnLargeInput();
    void resultIsStable();
};

void TestSha256Stream::knownDigests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb924"
                                         "27ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223"
                                       "b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(1'000'000, 'a')
                                 << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67"
                                               "f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256Stream::knownDigests()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    Sha256Stream sha;
    sha.addData(input);
    QCOMPARE(sha.result().toHex(), hex);
}

void TestSha256Stream::splitAnywhere_data()
{
    QTest::addColumn<int>("blockSize");
    QTest::newRow("1 byte") << 1;
    QTest::newRow("63 bytes") << 63;
    QTest::newRow("64 bytes") << 64;
    QTest::newRow("65 bytes") << 65;
    QTest::newRow("4099 bytes") << 4099;
}

void TestSha256Stream::splitAnywhere()
{
    QFETCH(int, blockSize);
    const QByteArray input(100'003, 'q');
    Sha256Stream sha;
    for (qsizetype at = 0; at < input.size(); at += blockSize)
        sha.addData(
            QByteArrayView(input).sliced(at, std::min<qsizetype>(blockSize, input.size() - at)));
    QCOMPARE(sha.result(), QCryptographicHash::hash(input, QCryptographicHash::Sha256));
}

void TestSha256Stream::agreesWithQtOnLargeInput()
{
    QByteArray input(5'000'017, Qt::Uninitialized);
    QRandomGenerator random(20261202);
    for (char &c : input)
        c = char(random.generate());
    Sha256Stream sha;
    QCryptographicHash qt(QCryptographicHash::Sha256);
    for (qsizetype at = 0; at < input.size(); at += 1 << 20) {
        const auto block =
            QByteArrayView(input).sliced(at, std::min<qsizetype>(1 << 20, input.size() - at));
        sha.addData(block);
        qt.addData(block);
    }
    QCOMPARE(sha.result(), qt.result());
}

void TestSha256Stream::resultIsStable()
{
    Sha256Stream sha;
    sha.addData("abc");
    const QByteArray first = sha.result();
    QCOMPARE(first.size(), 32);
    QCOMPARE(sha.result(), first);
}

QTEST_GUILESS_MAIN(TestSha256Stream)
#include "tst_sha256_stream.moc"
