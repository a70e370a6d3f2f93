// The secret stores: a 5 KB token round-trips through the encrypted file and the OS keychain
// (a real Secret Service, started by tests/with_keychain.sh); the file holds no plaintext, is
// readable by its owner only and records its key derivation; a wrong passphrase, a damaged or
// tampered file, swapped entries and weakened settings are refused with a message naming the
// file — and nothing is returned half-read.
#include "identity/file_secret_store.h"
#include "identity/keychain_secret_store.h"
#include "identity/memory_secret_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fileRoundTripsA5KbToken();
    void fileIsSealedAndPrivate();
    void wrongPassphraseIsRefused();
    void damagedFiles_data();
    void damagedFiles();
    void lockedStoreSaysSo();
    void asyncInterface();
    void keychainRoundTripsA5KbToken();

private:
    QString path() const { return m_dir.filePath(QStringLiteral("secrets.enc")); }
    QByteArray token() const;
    QTemporaryDir m_dir;
};

void TestSecretStore::initTestCase()
{
    FileSecretStore store(path());
    QString error;
    QVERIFY2(store.unlock("correct horse", &error), qPrintable(error));
    QVERIFY2(store.writeNow(QStringLiteral("account/a/tokens"), token(), &error),
             qPrintable(error));
    QVERIFY2(store.writeNow(QStringLiteral("account/b/tokens"), "other", &error),
             qPrintable(error));
}

QByteArray TestSecretStore::token() const
{
    QByteArray t = "eyJhbGciOiJSUzI1NiJ9.";
    while (t.size() < 5 * 1024)
        t += "payload-with-claims-";
    return t.left(5 * 1024);
}

void TestSecretStore::fileRoundTripsA5KbToken()
{
    FileSecretStore store(path());
    QString error;
    QVERIFY2(store.unlock("correct horse", &error), qPrintable(error));
    QByteArray back;
    QVERIFY2(store.readNow(QStringLiteral("account/a/tokens"), &back, &error), qPrintable(error));
    QCOMPARE(back, token());
    QVERIFY(store.readNow(QStringLiteral("account/missing/tokens"), &back, &error));
    QVERIFY(back.isEmpty());
    QVERIFY(store.removeNow(QStringLiteral("account/b/tokens"), &error));
    QVERIFY(store.readNow(QStringLiteral("account/b/tokens"), &back, &error));
    QVERIFY(back.isEmpty());
    QVERIFY(store.writeNow(QStringLiteral("account/b/tokens"), "other", &error));
}

void TestSecretStore::fileIsSealedAndPrivate()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(!content.contains("payload-with-claims"));
    QVERIFY(!content.contains("correct horse"));
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QJsonObject kdf = QJsonDocument::fromJson(content).object().value(u"kdf").toObject();
    QCOMPARE(kdf.value(u"name").toString(), QStringLiteral("pbkdf2-sha256"));
    QVERIFY(kdf.value(u"iterations").toInt() >= 600'000);
    QCOMPARE(QByteArray::fromBase64(kdf.value(u"salt").toString().toLatin1()).size(), 16);
}

void TestSecretStore::wrongPassphraseIsRefused()
{
    FileSecretStore store(path());
    QString error;
    QVERIFY(!store.unlock("Correct horse", &error));
    QVERIFY2(error.contains(u"does not open") && error.contains(path()), qPrintable(error));
    QVERIFY(!store.isUnlocked());
    QVERIFY(!store.unlock("", &error));
    QVERIFY2(error.contains(u"empty"), qPrintable(error));
}

void TestSecretStore::damagedFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("unlocks"); // the damage shows on reading the entry, not unlocking
    QTest::newRow("not json") << "garbage"
                              << "damaged" << false;
    QTest::newRow("other format") << "format"
                                  << "not a marketdesk secret store" << false;
    QTest::newRow("newer version") << "version"
                                   << "newer marketdesk" << false;
    QTest::newRow("weakened iterations") << "iterations"
                                         << "weaker than allowed" << false;
    // A tampered file must not cost hours of key derivation before it is refused.
    QTest::newRow("iterations beyond the ceiling") << "iterations-huge"
                                                   << "more than" << false;
    QTest::newRow("flipped ciphertext byte") << "flip"
                                             << "damaged or was not written" << true;
    QTest::newRow("entries swapped") << "swap"
                                     << "damaged or was not written" << true;
}

void TestSecretStore::damagedFiles()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    QFETCH(bool, unlocks);
    QFile original(path());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QJsonObject file = QJsonDocument::fromJson(original.readAll()).object();
    QJsonObject entries = file.value(u"entries").toObject();
    QByteArray bytes;
    if (damage == u"garbage") {
        bytes = "{\"format\": ";
    } else {
        if (damage == u"format")
            file.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        if (damage == u"version")
            file.insert(QStringLiteral("version"), 2);
        if (damage.startsWith(u"iterations")) {
            QJsonObject kdf = file.value(u"kdf").toObject();
            kdf.insert(QStringLiteral("iterations"),
                       damage == u"iterations" ? 1000 : 2'000'000'000);
            file.insert(QStringLiteral("kdf"), kdf);
        }
        if (damage == u"flip") {
            QJsonObject e = entries.value(u"account/a/tokens").toObject();
            QByteArray data = QByteArray::fromBase64(e.value(u"data").toString().toLatin1());
            data[10] = char(data[10] ^ 0x01);
            e.insert(QStringLiteral("data"), QString::fromLatin1(data.toBase64()));
            entries.insert(QStringLiteral("account/a/tokens"), e);
        }
        if (damage == u"swap") {
            const QJsonValue a = entries.value(u"account/a/tokens");
            entries.insert(QStringLiteral("account/a/tokens"), entries.value(u"account/b/tokens"));
            entries.insert(QStringLiteral("account/b/tokens"), a);
        }
        file.insert(QStringLiteral("entries"), entries);
        bytes = QJsonDocument(file).toJson();
    }
    const QString damaged = m_dir.filePath(QStringLiteral("damaged-%1.enc").arg(damage));
    QFile out(damaged);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    FileSecretStore store(damaged);
    QString error;
    QCOMPARE(store.unlock("correct horse", &error), unlocks);
    if (unlocks) {
        QByteArray value = "untouched";
        QVERIFY(!store.readNow(QStringLiteral("account/a/tokens"), &value, &error));
        QCOMPARE(value, QByteArray("untouched"));
    }
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(damaged), qPrintable(error));
}

void TestSecretStore::lockedStoreSaysSo()
{
    FileSecretStore store(path());
    QByteArray value;
    QString error;
    QVERIFY(!store.readNow(QStringLiteral("account/a/tokens"), &value, &error));
    QVERIFY2(error.contains(u"locked"), qPrintable(error));
    QVERIFY(!store.writeNow(QStringLiteral("account/a/tokens"), "x", &error));
}

void TestSecretStore::asyncInterface()
{
    FileSecretStore file(path());
    QString error;
    QVERIFY(file.unlock("correct horse", &error));
    MemorySecretStore memory;
    for (SecretStore *store : std::initializer_list<SecretStore *>{&file, &memory}) {
        bool wrote = false, read = false;
        QByteArray back;
        store->write(QStringLiteral("account/c/tokens"), token(), [&](bool ok, const QString &) {
            wrote = ok;
            store->read(QStringLiteral("account/c/tokens"),
                        [&](bool ok2, const QByteArray &v, const QString &) {
                            read = ok2;
                            back = v;
                        });
        });
        QTRY_VERIFY(read);
        QVERIFY(wrote);
        QCOMPARE(back, token());
    }
}

void TestSecretStore::keychainRoundTripsA5KbToken()
{
    KeychainSecretStore store(QStringLiteral("marketdesk-test"));
    const QString key = QStringLiteral("account/keychain-test/tokens");
    bool done = false, ok = false;
    QString error;
    store.write(key, token(), [&](bool good, const QString &e) {
        ok = good;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    if (!ok && qEnvironmentVariableIsEmpty("MARKETDESK_EXPECT_KEYCHAIN"))
        QSKIP(qPrintable(QStringLiteral("no keychain here: ") + error));
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(!error.contains(u"plain"), qPrintable(error));
    QByteArray back;
    done = false;
    store.read(key, [&](bool good, const QByteArray &v, const QString &e) {
        ok = good;
        back = v;
        error = e;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(back, token()); // 5 KB: stored in three parts, read back whole
    // Overwritten by a short value: no stale part survives, and removal leaves nothing.
    done = false;
    store.write(key, "short", [&](bool good, const QString &) {
        ok = good;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    done = false;
    store.read(key, [&](bool, const QByteArray &v, const QString &) {
        back = v;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(back, QByteArray("short"));
    done = false;
    store.remove(key, [&](bool good, const QString &) {
        ok = good;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(ok);
    done = false;
    store.read(key, [&](bool good, const QByteArray &v, const QString &) {
        ok = good;
        back = v;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(ok);
    QVERIFY(back.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
