// KeyRotationDialog against the real sandbox and reference server, with the service on a
// thread of its own as in the console: the secret is shown once in a SecretRevealDialog, each
// step shows its state and evidence, Continue appears only while the rotation waits for the
// install, a failed run offers Retry, a rotation kept from an earlier dialog and service is
// resumed, and Abandon deletes the new key when the box is ticked.
#include "seller/client/seller_service.h"
#include "support/rotation_fixture.h"
#include "ui/seller/key_rotation_dialog.h"
#include "ui/seller/secret_reveal_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using Step = KeyRotationState::Step;

namespace {
constexpr int kWaitMs = 30'000;
} // namespace

class TestKeyRotationDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void guidesThroughTheSteps_data();
    void guidesThroughTheSteps();
    void resumesAKeptRotation();
    void abandonDeletesTheNewKey();

private:
    KeyRotationDialog *openDialog(const QString &suite);
    QPushButton *button(const char *name) const;
    QString text(const char *name) const;
    // Clicks Start and waits for the secret's dialog; returns the secret it shows.
    QByteArray startAndReadSecret();

    RotationFixture m_fx;
    std::unique_ptr<KeyRotationDialog> m_dialog;
};

void TestKeyRotationDialog::initTestCase()
{
    QCOMPARE(m_fx.start(), QString());
}

void TestKeyRotationDialog::cleanup()
{
    m_dialog.reset();
    m_fx.stopService();
}

KeyRotationDialog *TestKeyRotationDialog::openDialog(const QString &suite)
{
    m_dialog = std::make_unique<KeyRotationDialog>(m_fx.service(), m_fx.addressId(), suite);
    m_dialog->show();
    if (!QTest::qWaitFor([this] { return m_dialog->isOpened(); }, kWaitMs))
        return nullptr;
    return m_dialog.get();
}

QPushButton *TestKeyRotationDialog::button(const char *name) const
{
    return m_dialog->findChild<QPushButton *>(QLatin1String(name));
}

QString TestKeyRotationDialog::text(const char *name) const
{
    const auto *label = m_dialog->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

QByteArray TestKeyRotationDialog::startAndReadSecret()
{
    if (!QTest::qWaitFor([this] { return button("startButton")->isEnabled(); }, kWaitMs))
        return {};
    button("startButton")->click();
    SecretRevealDialog *reveal = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (reveal = m_dialog->findChild<SecretRevealDialog *>()) != nullptr; },
            kWaitMs))
        return {};
    const QByteArray secret =
        reveal->findChild<QLineEdit *>(QStringLiteral("secretField"))->text().toUtf8();
    reveal->toggleShown(); // seen: it closes without asking
    reveal->accept();
    return secret;
}

void TestKeyRotationDialog::guidesThroughTheSteps_data()
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<bool>("installFirst");
    QTest::newRow("basic, installed") << "basic" << true;
    QTest::newRow("kit, run fails until installed") << "kit" << false;
}

void TestKeyRotationDialog::guidesThroughTheSteps()
{
    QFETCH(QString, suite);
    QFETCH(bool, installFirst);
    QVERIFY(m_fx.startService());
    const QString oldKey = m_fx.boundKey(suite);
    QVERIFY(openDialog(suite));
    QVERIFY(!button("continueButton")->isEnabled());
    const QByteArray secret = startAndReadSecret();
    QVERIFY(!secret.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(button("continueButton")->isEnabled(), kWaitMs);
    const QString newKey = m_dialog->state().newKeyId;
    QVERIFY(text("evidence1").contains(newKey));
    QCOMPARE(text("status1"), QStringLiteral("done"));
    QCOMPARE(text("status2"), QStringLiteral("waiting for you"));
    // Shown once: the dialog's own labels never hold it.
    for (QLabel *l : m_dialog->findChildren<QLabel *>())
        QVERIFY(!l->text().contains(QString::fromUtf8(secret)));
    QVERIFY(!button("retryButton")->isEnabled());

    if (installFirst)
        QVERIFY(m_fx.install(suite, secret));
    button("continueButton")->click();
    if (!installFirst) {
        QTRY_VERIFY_WITH_TIMEOUT(button("retryButton")->isEnabled(), kWaitMs);
        QCOMPARE(text("status3"), QStringLiteral("failed"));
        QVERIFY(text("evidence3").contains(QStringLiteral("failed")));
        QVERIFY(text("message").contains(m_dialog->state().runId));
        QCOMPARE(text("status4"), QString());
        QCOMPARE(m_fx.boundKey(suite), oldKey);
        QVERIFY(m_fx.install(suite, secret));
        button("retryButton")->click();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->state().step, Step::Retired, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->findChild<QProgressBar *>()->value(), 5, kWaitMs);
    for (const char *status : {"status1", "status2", "status3", "status4", "status5"})
        QCOMPARE(text(status), QStringLiteral("done"));
    QVERIFY(text("evidence3").contains(m_dialog->state().runId));
    QVERIFY(text("evidence3").contains(QStringLiteral("passed")));
    QVERIFY(text("evidence4").contains(newKey));
    QVERIFY(text("evidence5").contains(oldKey));
    QCOMPARE(m_fx.boundKey(suite), newKey);
    QVERIFY(!m_fx.keyExists(oldKey));
    QVERIFY(button("startButton")->isEnabled()); // a next rotation may start
    QVERIFY(!button("abandonButton")->isEnabled());
}

void TestKeyRotationDialog::resumesAKeptRotation()
{
    QVERIFY(m_fx.startService());
    QVERIFY(openDialog(QStringLiteral("basic")));
    const QByteArray secret = startAndReadSecret();
    QVERIFY(!secret.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(button("continueButton")->isEnabled(), kWaitMs);
    const QString newKey = m_dialog->state().newKeyId;
    // The console closes: the dialog, then the service.
    m_dialog.reset();
    m_fx.stopService();
    QVERIFY(m_fx.startService(false));
    QVERIFY(openDialog(QStringLiteral("basic")));
    QTRY_VERIFY_WITH_TIMEOUT(button("continueButton")->isEnabled(), kWaitMs);
    QVERIFY(!button("startButton")->isEnabled());
    QVERIFY(text("evidence1").contains(newKey));
    QVERIFY(text("message").contains(QStringLiteral("resumed")));
    QVERIFY(m_fx.install(QStringLiteral("basic"), secret));
    button("continueButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->state().step, Step::Retired, kWaitMs);
    QCOMPARE(m_fx.boundKey(QStringLiteral("basic")), newKey);
}

void TestKeyRotationDialog::abandonDeletesTheNewKey()
{
    QVERIFY(m_fx.startService());
    const QString oldKey = m_fx.boundKey(QStringLiteral("kit"));
    QVERIFY(openDialog(QStringLiteral("kit")));
    QVERIFY(!startAndReadSecret().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(button("abandonButton")->isEnabled(), kWaitMs);
    const QString newKey = m_dialog->state().newKeyId;
    QVERIFY(m_dialog->findChild<QCheckBox *>(QStringLiteral("deleteNewKey"))->isChecked());
    button("abandonButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->state().step, Step::Abandoned, kWaitMs);
    QVERIFY(!m_fx.keyExists(newKey));
    QCOMPARE(m_fx.boundKey(QStringLiteral("kit")), oldKey);
    QVERIFY(m_fx.keyExists(oldKey));
    QVERIFY(button("startButton")->isEnabled());
}

QTEST_MAIN(TestKeyRotationDialog)
#include "tst_key_rotation_dialog.moc"
