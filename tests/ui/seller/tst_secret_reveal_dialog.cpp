// SecretRevealDialog: the secret is masked, copied only through the guard, and the dialog
// does not close unnoticed before the secret was copied or shown.
#include "ui/seller/clipboard_guard.h"
#include "ui/seller/secret_reveal_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace {
const QString kSecret = QStringLiteral("sk-3f9a1c7e5b2d4a6c8e0f1a3b5c7d9e1f");

// Answers the next message box with `button`, looking for it for at most a second; `seen`
// says whether one came.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *seen, int triesLeft = 50)
{
    QTimer::singleShot(20, qApp, [button, seen, triesLeft] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                *seen = true;
                box->button(button)->click();
                return;
            }
        }
        if (triesLeft > 0)
            answerNextMessageBox(button, seen, triesLeft - 1);
    });
}
} // namespace

class TestSecretRevealDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QApplication::clipboard()->clear(); }

    void theSecretIsMaskedUntilShown()
    {
        ClipboardGuard guard;
        SecretRevealDialog dialog(QStringLiteral("key basic-1"), kSecret, QString(), nullptr,
                                  &guard);
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("secretField"));
        auto *revealed = dialog.findChild<QLabel *>(QStringLiteral("revealedSecret"));
        QVERIFY(field && revealed);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(field->isReadOnly());
        QVERIFY(!dialog.wasShown());
        const auto labelsHolding = [&dialog] {
            int n = 0;
            for (QLabel *label : dialog.findChildren<QLabel *>())
                n += label->text().contains(kSecret) ? 1 : 0;
            return n;
        };
        QCOMPARE(labelsHolding(), 0);
        dialog.findChild<QPushButton *>(QStringLiteral("showButton"))->click();
        QVERIFY(dialog.wasShown());
        // Shown where it cannot be selected (no X11 primary selection), the field still masked.
        QCOMPARE(revealed->text(), kSecret);
        QCOMPARE(revealed->textInteractionFlags(), Qt::NoTextInteraction);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QCOMPARE(labelsHolding(), 1);
        dialog.toggleShown();
        QCOMPARE(labelsHolding(), 0);
    }

    void copyGoesThroughTheGuard_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("Copy button") << false;
        QTest::newRow("Ctrl+C in the field") << true;
    }
    void copyGoesThroughTheGuard()
    {
        QFETCH(bool, byKeyboard);
        ClipboardGuard guard;
        guard.setClearAfter(150);
        SecretRevealDialog dialog(QStringLiteral("key basic-1"), kSecret, QString(), nullptr,
                                  &guard);
        dialog.show();
        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("secretField"));
        if (byKeyboard) {
            dialog.toggleShown();
            QTest::keySequence(field, QKeySequence::Copy);
        } else {
            dialog.findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
        }
        QCOMPARE(QApplication::clipboard()->text(), kSecret);
        QVERIFY(dialog.wasCopied());
        QVERIFY(guard.holdsSecret());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("countdown"))
                    ->text()
                    .contains(QStringLiteral("cleared in")));
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text(), QString(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("countdown"))
                                     ->text()
                                     .contains(QStringLiteral("was cleared")),
                                 5000);
    }

    void closingUnseenAsksFirst()
    {
        ClipboardGuard guard;
        SecretRevealDialog dialog(QStringLiteral("key basic-1"), kSecret, QString(), nullptr,
                                  &guard);
        dialog.show();
        bool seen = false;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        dialog.reject();
        QVERIFY(seen);
        QVERIFY(dialog.isVisible()); // Cancel keeps it open

        seen = false;
        answerNextMessageBox(QMessageBox::Close, &seen);
        dialog.reject();
        QVERIFY(seen);
        QVERIFY(!dialog.isVisible());
        // Closed: the widget holds no copy any more.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("secretField"))->text(), QString());
    }

    void closingAfterCopyDoesNotAsk()
    {
        ClipboardGuard guard;
        SecretRevealDialog dialog(QStringLiteral("key basic-1"), kSecret, QString(), nullptr,
                                  &guard);
        dialog.show();
        dialog.copy();
        dialog.findChild<QPushButton *>(QStringLiteral("storedButton"))->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // The countdown carries on after the dialog closed.
        QCOMPARE(QApplication::clipboard()->text(), kSecret);
        QVERIFY(guard.holdsSecret());
    }
};

QTEST_MAIN(TestSecretRevealDialog)
#include "tst_secret_reveal_dialog.moc"
