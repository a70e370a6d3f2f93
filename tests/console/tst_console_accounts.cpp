// The console's accounts as a person uses them, against the real sandbox and a real Secret
// Service: first sign-in through the "system browser" (QDesktopServices, played by the test),
// a second account, Ctrl+K back to the first (its tokens read from the keychain), a sign-in the
// server ended (banner, "Sign in again", nothing lost) and sign-out (session ended at the
// server, tokens gone).
#include "console/console_app.h"
#include "console/instance_channel.h"
#include "org/org_service.h"
#include "sandbox/browser_stand_in.h"
#include "support/sandbox_fixture.h"
#include "ui/org/org_page.h"
#include "ui/shell/account_switcher.h"
#include "ui/shell/add_account_dialog.h"
#include "ui/shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDirIterator>
#include <QFile>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocalSocket>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

// The system browser, for QDesktopServices::openUrl during the test.
class FakeSystemBrowser : public QObject
{
    Q_OBJECT
public:
    int opened = 0;
public Q_SLOTS:
    void open(const QUrl &url)
    {
        ++opened;
        m_browser.open(url);
    }

private:
    BrowserStandIn m_browser;
};

class TestConsoleAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstSignInOpensTheAccount();
    void secondAccount();
    void switchBackWithCtrlK();
    void endedSignInShowsTheBannerAndSignsInAgain();
    void signOutEndsTheSession();
    void accountInTheEncryptedFileStore();
    void theWindowComesBeforeTheSecrets();
    void switchingNeverWaitsForTheOldService();
    void laterStartsReachOnlyWithTheirByte();

private:
    // Acts on the next modal dialog of type T once it is up.
    template <typename T> void onNextModal(std::function<void(T *)> act);
    void approveAs(const QString &account);
    QString identity() const;
    SandboxHost m_host;
    QTemporaryDir m_dir;
    FakeSystemBrowser m_browser;
    std::unique_ptr<ConsoleApp> m_app;
};

template <typename T> void TestConsoleAccounts::onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, act] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(w);
        }
    });
    timer->start();
}

void TestConsoleAccounts::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 60;
    o.seed.departments = 6;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "open");
    m_app = std::make_unique<ConsoleApp>();
}

void TestConsoleAccounts::cleanupTestCase()
{
    m_app.reset();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestConsoleAccounts::approveAs(const QString &account)
{
    int status = 0;
    TestSupport::httpJson(m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                          {{QStringLiteral("autoApprove"), account}}, &status);
    QCOMPARE(status, 200);
}

QString TestConsoleAccounts::identity() const
{
    if (!m_app->window())
        return {};
    return m_app->window()->findChild<QLabel *>(QStringLiteral("identityLabel"))->text();
}

void TestConsoleAccounts::firstSignInOpensTheAccount()
{
    approveAs(QStringLiteral("zhang.min"));
    QCOMPARE(m_app->start({QStringLiteral("marketdesk"), QStringLiteral("--server"),
                           m_host.url().toString(), QStringLiteral("--data-dir"), m_dir.path()}),
             -1);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->window(), 20000);
    QCOMPARE(m_browser.opened, 1); // the system browser, once
    QTRY_VERIFY(identity().contains(u"张敏"));
    QVERIFY(identity().contains(u"administrator"));
    QVERIFY(m_app->accounts()->store().find(QStringLiteral("zhang.min@huadong-tech")));
}

void TestConsoleAccounts::secondAccount()
{
    approveAs(QStringLiteral("li.na"));
    onNextModal<AddAccountDialog>([this](AddAccountDialog *d) {
        d->setServer(m_host.url().toString());
        d->accept();
    });
    Q_EMIT m_app->window()->addAccountRequested();
    QTRY_VERIFY_WITH_TIMEOUT(identity().contains(u"李娜"), 20000);
    QVERIFY(identity().contains(u"北方云联科技"));
    QCOMPARE(m_app->accounts()->store().accounts().first().name,
             QStringLiteral("li.na@beifang-cloud"));
}

void TestConsoleAccounts::switchBackWithCtrlK()
{
    auto *action = m_app->window()->findChild<QAction *>(QStringLiteral("switchAccountAction"));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
    const int opened = m_browser.opened;
    onNextModal<AccountSwitcher>([](AccountSwitcher *s) {
        QCOMPARE(s->visibleCount(), 2);
        s->setFilterText(QStringLiteral("zhang"));
        QCOMPARE(s->visibleCount(), 1);
        QTest::keyClick(s->findChild<QLineEdit *>(), Qt::Key_Return);
    });
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(identity().contains(u"张敏"), 20000);
    QCOMPARE(m_browser.opened, opened); // tokens from the keychain: no new sign-in
}

void TestConsoleAccounts::endedSignInShowsTheBannerAndSignsInAgain()
{
    approveAs(QStringLiteral("zhang.min"));
    const Account account =
        *m_app->accounts()->store().find(QStringLiteral("zhang.min@huadong-tech"));
    TokenSet tokens;
    bool read = false;
    m_app->accounts()->readTokens(account, [&](bool ok, const TokenSet &t, const QString &) {
        tokens = t;
        read = ok;
    });
    QTRY_VERIFY(read);
    MainWindow *window = m_app->window();
    auto *banner = window->findChild<QWidget *>(QStringLiteral("signInBanner"));
    QVERIFY(!banner->isVisible());
    // The session is ended elsewhere (an administrator revoked it at the server). Whichever
    // of the account's services asks the server next (the organisation's sync here, or the
    // apps' sync still running since the account opened) finds out and shows the banner.
    QNetworkAccessManager nam;
    QNetworkRequest logout(m_host.url().resolved(QUrl(QStringLiteral("/api/v1/logout"))));
    logout.setRawHeader("Authorization", "Bearer " + tokens.accessToken);
    QNetworkReply *reply = nam.get(logout);
    QTRY_VERIFY(reply->isFinished());
    delete reply;
    m_app->orgPage()->requestSync();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    const int opened = m_browser.opened;
    window->findChild<QPushButton *>(QStringLiteral("signInAgainButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    QCOMPARE(m_browser.opened, opened + 1);
    QCOMPARE(m_app->window(), window); // the same window goes on
}

void TestConsoleAccounts::signOutEndsTheSession()
{
    const qint64 revoked = TestSupport::stats(m_host.url())
                               .value(u"auth")
                               .toObject()
                               .value(u"revokedChains")
                               .toInteger();
    bool told = false;
    onNextModal<QMessageBox>([this, &told](QMessageBox *box) {
        QVERIFY(box->text().contains(u"Sign out of"));
        // Told once the tokens are gone, then offered the other accounts.
        onNextModal<QMessageBox>([this, &told](QMessageBox *info) {
            told = info->text().contains(u"session at the server was ended");
            onNextModal<AccountSwitcher>([](AccountSwitcher *s) { s->reject(); });
            info->accept();
        });
        box->button(QMessageBox::Yes)->click();
    });
    m_app->window()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->window(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(told, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::stats(m_host.url())
                                  .value(u"auth")
                                  .toObject()
                                  .value(u"revokedChains")
                                  .toInteger(),
                              revoked + 1, 20000);
    bool done = false, ok = true;
    QString why;
    m_app->accounts()->readTokens(
        *m_app->accounts()->store().find(QStringLiteral("zhang.min@huadong-tech")),
        [&](bool good, const TokenSet &, const QString &w) {
            ok = good;
            why = w;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY(!ok);
    QVERIFY2(why.contains(u"signed out"), qPrintable(why));
}

void TestConsoleAccounts::accountInTheEncryptedFileStore()
{
    // Chosen explicitly in the dialog; the passphrase is asked for, the key derived off the UI
    // thread, and the tokens go to secrets.enc.
    approveAs(QStringLiteral("chen.jie@beifang-cloud"));
    onNextModal<AddAccountDialog>([this](AddAccountDialog *d) {
        d->setServer(m_host.url().toString());
        d->setSecretStore(SecretStore::Kind::EncryptedFile);
        onNextModal<QInputDialog>([](QInputDialog *ask) {
            QVERIFY(ask->labelText().contains(u"Choose a passphrase"));
            ask->setTextValue(QStringLiteral("console test passphrase"));
            ask->accept();
        });
        d->accept();
    });
    // From the switcher (no window is open after the sign-out): Add account.
    onNextModal<AccountSwitcher>([](AccountSwitcher *s) {
        Q_EMIT s->addRequested();
        s->reject();
    });
    QMetaObject::invokeMethod(
        m_app.get(), [this] { m_app->chooseAccount(); }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(identity().contains(u"陈杰"), 20000);
    const auto account = m_app->accounts()->store().find(QStringLiteral("chen.jie@beifang-cloud"));
    QVERIFY(account);
    QCOMPARE(account->secretStore, SecretStore::Kind::EncryptedFile);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("secrets.enc"))));
    const QString tooltip =
        m_app->window()->findChild<QLabel *>(QStringLiteral("identityLabel"))->toolTip();
    QVERIFY2(tooltip.contains(u"encrypted file"), qPrintable(tooltip));

    // And nothing the console wrote holds the tokens: data folder, settings, journals.
    TokenSet tokens;
    bool read = false;
    m_app->accounts()->readTokens(*account, [&](bool ok, const TokenSet &t, const QString &) {
        tokens = t;
        read = ok;
    });
    QTRY_VERIFY(read);
    QStringList files{QSettings().fileName()};
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(tokens.accessToken) && !content.contains(tokens.refreshToken),
                 qPrintable(path));
    }
}

// A start on a saved account shows its window first, then reads its secrets: here the most
// recent account keeps them in the encrypted file, and while its passphrase is asked the
// window is up already, saying whose it is. Refusing the passphrase takes the empty window
// away again and offers the accounts.
void TestConsoleAccounts::theWindowComesBeforeTheSecrets()
{
    auto second = std::make_unique<ConsoleApp>();
    bool asked = false, windowShown = false, switcherOffered = false;
    QString whose;
    onNextModal<QInputDialog>([&](QInputDialog *ask) {
        asked = true;
        if (MainWindow *w = second->window()) {
            windowShown = w->isVisible();
            whose = w->findChild<QLabel *>(QStringLiteral("identityLabel"))->text();
        }
        onNextModal<AccountSwitcher>([&](AccountSwitcher *s) {
            switcherOffered = true;
            s->reject();
        });
        ask->reject();
    });
    QCOMPARE(
        second->start({QStringLiteral("marketdesk"), QStringLiteral("--data-dir"), m_dir.path()}),
        -1);
    QTRY_VERIFY_WITH_TIMEOUT(switcherOffered, 20000);
    QVERIFY(asked);
    QVERIFY(windowShown);
    QVERIFY2(whose.contains(u"陈杰"), qPrintable(whose));
    QVERIFY(!second->window());
    second.reset();
}

// Switching accounts while the old account's service is busy (here: held by the test, with
// an audit export queued behind): the new account opens without the UI thread waiting, and the
// export is cancelled rather than written once the old service gets to it.
void TestConsoleAccounts::switchingNeverWaitsForTheOldService()
{
    QPointer<OrgService> old = m_app->service();
    QVERIFY(old);
    QSemaphore gate;
    QMetaObject::invokeMethod(old, [&gate] { gate.acquire(); });
    // Whatever happens, the service thread is let go in the end (a UI that waited for it
    // would otherwise hang the test instead of failing it).
    std::thread safety([&gate] {
        std::this_thread::sleep_for(std::chrono::seconds(15));
        gate.release(); // the acquire may already be satisfied: a spare permit is harmless
    });
    const QString exported = m_dir.filePath(QStringLiteral("never-written.csv"));
    QMetaObject::invokeMethod(
        old, [s = old.data(), exported] { s->exportAudit(OrgService::newTicket(), exported, {}); });
    onNextModal<AccountSwitcher>([](AccountSwitcher *s) {
        s->setFilterText(QStringLiteral("li.na"));
        QCOMPARE(s->visibleCount(), 1);
        QTest::keyClick(s->findChild<QLineEdit *>(), Qt::Key_Return);
    });
    m_app->window()->findChild<QAction *>(QStringLiteral("switchAccountAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(identity().contains(u"李娜"), 10000);
    QVERIFY(old); // the old service is still there: nobody waited for it
    QVERIFY(m_app->service() != old);
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(!old, 10000); // deleted on its own thread once let go
    QVERIFY(!QFile::exists(exported));
    safety.join();
}

// The channel a later start on the same data folder uses (one console per folder): garbage is
// dropped, a client that says nothing is dropped after two seconds (so it cannot keep the
// console from being reached), and the one-byte request is answered and reported once.
void TestConsoleAccounts::laterStartsReachOnlyWithTheirByte()
{
    QTemporaryDir folder;
    InstanceChannel channel;
    QString error;
    QVERIFY2(channel.listen(folder.path(), &error), qPrintable(error));
    QVERIFY(InstanceChannel::nameFor(folder.path())
                .startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)));
    QSignalSpy requested(&channel, &InstanceChannel::requested);
    QLocalSocket garbage;
    garbage.connectToServer(InstanceChannel::nameFor(folder.path()));
    QVERIFY(garbage.waitForConnected(2000));
    garbage.write("GET / HTTP/1.1\r\n\r\n");
    garbage.flush();
    QTRY_COMPARE_WITH_TIMEOUT(garbage.state(), QLocalSocket::UnconnectedState, 5000);
    std::vector<std::unique_ptr<QLocalSocket>> silent;
    for (int i = 0; i < 10; ++i) {
        silent.push_back(std::make_unique<QLocalSocket>());
        silent.back()->connectToServer(InstanceChannel::nameFor(folder.path()));
        QVERIFY(silent.back()->waitForConnected(2000));
    }
    for (const auto &s : silent)
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), QLocalSocket::UnconnectedState, 6000);
    QCOMPARE(requested.count(), 0);
    // forward() waits as a later start does, so it runs on a thread of its own while this one
    // serves the channel.
    std::atomic<int> answered = -1;
    std::thread later([&] {
        QString e;
        answered = InstanceChannel::forward(folder.path(), &e, 5000) ? 1 : 0;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered != -1, 10000);
    later.join();
    QCOMPARE(answered.load(), 1);
    QTRY_COMPARE(requested.count(), 1);
}

QTEST_MAIN(TestConsoleAccounts)
#include "tst_console_accounts.moc"
