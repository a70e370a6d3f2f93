// PublicKeyField: says beside the field whether a pasted key will be accepted, and why not;
// a private key pasted by mistake is named and never shown back.
#include "seller/rsa_key.h"
#include "support/openssl_tool.h"
#include "ui/seller/public_key_field.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPublicKeyField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        SellerResult<RsaKey> key = RsaKey::generate(3072);
        QVERIFY2(key.ok(), qPrintable(key.error()));
        m_bare = QString::fromLatin1(key.value().publicKeyBase64());
        m_pem = QString::fromLatin1(key.value().publicKeyPem());
        QVERIFY(m_dir.isValid());
        const QString small = m_dir.filePath(QStringLiteral("small.pem"));
        auto run = TestSupport::openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                         QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                         QStringLiteral("rsa_keygen_bits:2048"),
                                         QStringLiteral("-out"), small});
        QCOMPARE(run.exitCode, 0);
        run = TestSupport::openssl(
            {QStringLiteral("pkey"), QStringLiteral("-in"), small, QStringLiteral("-pubout")});
        QCOMPARE(run.exitCode, 0);
        m_small = QString::fromLatin1(run.out);
        QFile privateFile(small);
        QVERIFY(privateFile.open(QIODevice::ReadOnly));
        m_private = QString::fromLatin1(privateFile.readAll());
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("says");
        QTest::newRow("bare Base64") << m_bare << true << "3072 bits";
        QTest::newRow("PEM") << m_pem << true << "3072 bits";
        QTest::newRow("with spaces and line breaks")
            << m_bare.left(100) + QStringLiteral(" \n ") + m_bare.mid(100) << true << "accepted";
        QTest::newRow("2048 bits") << m_small << false << "3072";
        QTest::newRow("a private key") << m_private << false << "private key";
        QTest::newRow("cut short") << m_bare.left(m_bare.size() / 2) << false << "";
        QTest::newRow("not Base64") << QStringLiteral("this is not a key at all!") << false << "";
        QTest::newRow("empty") << QString() << false << "";
    }
    void verdicts()
    {
        QFETCH(QString, pasted);
        QFETCH(bool, valid);
        QFETCH(QString, says);
        PublicKeyField field;
        QSignalSpy validity(&field, &PublicKeyField::validityChanged);
        field.setText(pasted);
        QCOMPARE(field.isValid(), valid);
        QCOMPARE(validity.size(), valid ? 1 : 0);
        auto *status = field.findChild<QLabel *>(QStringLiteral("publicKeyStatus"));
        if (valid) {
            QCOMPARE(field.normalizedKey(), m_bare);
            QCOMPARE(field.problem(), QString());
        } else {
            QCOMPARE(field.normalizedKey(), QString());
            if (!pasted.isEmpty())
                QVERIFY(!field.problem().isEmpty());
            QCOMPARE(status->text(), field.problem());
        }
        QVERIFY2(status->text().contains(says), qPrintable(status->text()));
        // Nothing of a private key is repeated back.
        if (pasted == m_private)
            QVERIFY(!status->text().contains(m_private.mid(40, 40)));
    }

    void typingIsCheckedWithoutAnExplicitCall()
    {
        PublicKeyField field;
        QSignalSpy validity(&field, &PublicKeyField::validityChanged);
        field.findChild<QPlainTextEdit *>(QStringLiteral("publicKeyEdit"))->setPlainText(m_bare);
        QTRY_COMPARE_WITH_TIMEOUT(validity.size(), 1, 5000);
        QVERIFY(field.isValid());
    }

    void aServerRefusalIsShownBesideTheField()
    {
        PublicKeyField field;
        field.setText(m_bare);
        field.setServerError(QStringLiteral("publicKey: already used by another credential"));
        QCOMPARE(field.findChild<QLabel *>(QStringLiteral("publicKeyStatus"))->text(),
                 QStringLiteral("publicKey: already used by another credential"));
        // Editing the key checks it afresh.
        field.setText(m_bare + QStringLiteral("\n"));
        QVERIFY(field.isValid());
        QVERIFY(field.findChild<QLabel *>(QStringLiteral("publicKeyStatus"))
                    ->text()
                    .contains(QStringLiteral("accepted")));
    }

private:
    QTemporaryDir m_dir;
    QString m_bare;
    QString m_pem;
    QString m_small;
    QString m_private;
};

QTEST_MAIN(TestPublicKeyField)
#include "tst_public_key_field.moc"
