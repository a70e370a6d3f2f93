// ClipboardGuard: a copied secret leaves the clipboard after the delay, but something the user
// copied since is never touched.
#include "ui/seller/clipboard_guard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

class TestClipboardGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QApplication::clipboard()->clear(); }

    void clearsTheSecretAfterTheDelay()
    {
        ClipboardGuard guard;
        guard.setClearAfter(100);
        QSignalSpy gone(&guard, &ClipboardGuard::secretGone);
        guard.copySecret(QStringLiteral("sk-live-0123456789"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("sk-live-0123456789"));
        // Marked for clipboard managers as a secret to keep out of their history.
        QCOMPARE(QApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArrayLiteral("secret"));
        QVERIFY(guard.holdsSecret());
        QVERIFY(guard.remainingMs() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 5000);
        QCOMPARE(gone.at(0).at(0).toBool(), true);
        QCOMPARE(QApplication::clipboard()->text(), QString());
        QVERIFY(!guard.holdsSecret());
        QCOMPARE(guard.remainingMs(), -1);
    }

    void leavesWhatTheUserCopiedSince()
    {
        ClipboardGuard guard;
        guard.setClearAfter(100);
        QSignalSpy gone(&guard, &ClipboardGuard::secretGone);
        guard.copySecret(QStringLiteral("sk-live-abc"));
        QApplication::clipboard()->setText(QStringLiteral("a note of the user's"));
        QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 5000);
        QCOMPARE(gone.at(0).at(0).toBool(), false);
        // Past the delay: the user's text is still there.
        QTest::qWait(300);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a note of the user's"));
        QCOMPARE(gone.size(), 1);
    }

    void destroyingTheGuardClearsItsSecret()
    {
        {
            ClipboardGuard guard;
            guard.copySecret(QStringLiteral("sk-live-short-lived"));
            QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("sk-live-short-lived"));
        }
        QCOMPARE(QApplication::clipboard()->text(), QString());
    }

    void aSecondCopyRestartsTheCountdown()
    {
        ClipboardGuard guard;
        // A long delay and a wide margin: the check must not hang on how fast the machine is.
        guard.setClearAfter(60'000);
        guard.copySecret(QStringLiteral("first"));
        QTRY_VERIFY_WITH_TIMEOUT(guard.remainingMs() < 59'500, 5000);
        guard.copySecret(QStringLiteral("second"));
        QVERIFY(guard.remainingMs() > 59'500); // counted from the second copy
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("second"));
        guard.clearIfOurs();
        QCOMPARE(QApplication::clipboard()->text(), QString());
    }

    void theDefaultIsThirtySeconds()
    {
        ClipboardGuard guard;
        QCOMPARE(guard.clearAfter(), 30'000);
        guard.copySecret(QStringLiteral("x"));
        QVERIFY(guard.remainingMs() > 0);
        QCOMPARE(ClipboardGuard::instance()->clearAfter(), 30'000);
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboard_guard.moc"
