// The console's sign-in when the system keychain cannot keep the tokens (no keychain service
// here, on purpose): the user is told why and offered the encrypted file — preselected, never
// used silently — and no browser is opened.
#include "console/sign_in_controller.h"
#include "sandbox/browser_stand_in.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestSignInController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unusableKeychainOffersTheEncryptedFile();
};

void TestSignInController::initTestCase()
{
    // Whatever this machine runs, this process has no session bus: no keychain service.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
}

void TestSignInController::unusableKeychainOffersTheEncryptedFile()
{
    QTemporaryDir dir;
    AccountManager accounts(dir.path());
    SignInController controller(&accounts);
    BrowserStandIn browser; // would be used by a flow; none may start
    controller.setBrowserStandIn(&browser);
    QSignalSpy gaveUp(&controller, &SignInController::gaveUp);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QString warning;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    poll.start();
    Account draft;
    draft.server = QUrl(QStringLiteral("https://tenant.example.com"));
    draft.secretStore = SecretStore::Kind::Keychain;
    controller.signIn(draft, false);
    QTRY_COMPARE_WITH_TIMEOUT(gaveUp.count(), 1, 20000);
    QVERIFY2(warning.contains(u"system keychain") && warning.contains(u"Encrypted file"),
             qPrintable(warning));
    const auto suggestion = gaveUp.first().first().value<Account>();
    QCOMPARE(suggestion.secretStore, SecretStore::Kind::EncryptedFile);
    QCOMPARE(suggestion.server, draft.server);
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(accounts.store().accounts().isEmpty()); // nothing saved
}

QTEST_MAIN(TestSignInController)
#include "tst_sign_in_controller.moc"
