// KeyPairDialog: the form's rules, a real key pair written encrypted to a new 0600 file that
// OpenSSL reads with the passphrase, and a cancelled run that leaves nothing behind.
#include "seller/private_key_file.h"
#include "seller/public_key_check.h"
#include "support/openssl_tool.h"
#include "ui/seller/key_pair_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
void fill(KeyPairDialog &d, const QString &path, const QString &pass, const QString &repeat)
{
    d.findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    d.findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(pass);
    d.findChild<QLineEdit *>(QStringLiteral("repeat"))->setText(repeat);
}
} // namespace

class TestKeyPairDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formRules_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pass");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no file") << ""
                                 << "long enough"
                                 << "long enough"
                                 << "Choose the file";
        QTest::newRow("existing file") << "exists.pem"
                                       << "long enough"
                                       << "long enough"
                                       << "exists already";
        QTest::newRow("missing folder") << "no/such/folder/k.pem"
                                        << "long enough"
                                        << "long enough"
                                        << "does not exist";
        QTest::newRow("short passphrase") << "new.pem"
                                          << "short"
                                          << "short"
                                          << "at least 8";
        QTest::newRow("passphrases differ") << "new.pem"
                                            << "long enough"
                                            << "long enuogh"
                                            << "differ";
        QTest::newRow("good") << "new.pem"
                              << "long enough"
                              << "long enough"
                              << "";
    }
    void formRules()
    {
        QFETCH(QString, file);
        QFETCH(QString, pass);
        QFETCH(QString, repeat);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("exists.pem")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        KeyPairDialog d;
        fill(d, file.isEmpty() ? file : dir.filePath(file), pass, repeat);
        auto *generate = d.findChild<QPushButton *>(QStringLiteral("generate"));
        if (problem.isEmpty()) {
            QCOMPARE(d.formProblem(), QString());
            QVERIFY(generate->isEnabled());
        } else {
            QVERIFY2(d.formProblem().contains(problem), qPrintable(d.formProblem()));
            QVERIFY(!generate->isEnabled());
            QCOMPARE(d.findChild<QLabel *>(QStringLiteral("problem"))->text(), d.formProblem());
        }
    }

    void generatesAnEncryptedPrivateKeyAndItsPublicHalf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seller.pem"));
        KeyPairDialog d;
        fill(d, path, QStringLiteral("correct horse battery"),
             QStringLiteral("correct horse battery"));
        QSignalSpy finished(&d, &KeyPairDialog::finished);
        auto *use = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!use->isEnabled());
        d.findChild<QPushButton *>(QStringLiteral("generate"))->click();
        QVERIFY(d.isWorking());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!d.isWorking());
        // The dialog says where the key went (not the form's complaint that the file exists).
        const QString said = d.findChild<QLabel *>(QStringLiteral("problem"))->text();
        QVERIFY2(said.contains(QStringLiteral("was written to")), qPrintable(said));
        QVERIFY(use->isEnabled());

        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // OpenSSL opens it with the passphrase and derives the same public key.
        const auto pub = TestSupport::openssl(
            {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
             QStringLiteral("pass:correct horse battery"), QStringLiteral("-pubout"),
             QStringLiteral("-outform"), QStringLiteral("DER")});
        QCOMPARE(pub.exitCode, 0);
        QCOMPARE(d.publicKey(), QString::fromLatin1(pub.out.toBase64()));
        const auto wrong =
            TestSupport::openssl({QStringLiteral("pkey"), QStringLiteral("-in"), path,
                                  QStringLiteral("-passin"), QStringLiteral("pass:wrong one")});
        QVERIFY(wrong.exitCode != 0);
        // The public key is what the credential form accepts.
        const SellerResult<RsaKey> checked = PublicKeyCheck::check(d.publicKey());
        QVERIFY2(checked.ok(), qPrintable(checked.error()));
        QCOMPARE(checked.value().bits(), 3072);
        QVERIFY(d.findChild<QLineEdit *>(QStringLiteral("passphrase"))->isEnabled());
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seller.pem"));
        KeyPairDialog d;
        fill(d, path, QStringLiteral("correct horse battery"),
             QStringLiteral("correct horse battery"));
        QSignalSpy finished(&d, &KeyPairDialog::finished);
        d.generate();
        QVERIFY(d.isWorking());
        d.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!d.isWorking());
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("problem"))
                    ->text()
                    .contains(QStringLiteral("Cancelled")));
        QVERIFY(d.publicKey().isEmpty());
        // The worker goes on making the key; once it has stopped, there is still no file.
        QTRY_COMPARE_WITH_TIMEOUT(d.runningWorkers(), 0, 60000);
        QVERIFY(!QFile::exists(path));
        // Nor a hidden temporary file (PrivateKeyFile writes .NAME.XXXXXX first).
        QVERIFY(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .isEmpty());
    }
};

QTEST_MAIN(TestKeyPairDialog)
#include "tst_key_pair_dialog.moc"
