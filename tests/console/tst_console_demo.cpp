// The console's demo mode as a new user starts it (marketdesk --demo): the sandbox and, beside
// it, a reference SaaS server playing the seeded seller's server, which the seeded Seller
// Center's production address names.
#include "apps/client/authorisation_draft.h"
#include "console/console_app.h"
#include "console/seller_section.h"
#include "models/apps/app_table_model.h"
#include "models/apps/authorisation_member_model.h"
#include "models/org/member_table_model.h"
#include "models/seller/debug_check_model.h"
#include "models/seller/seller_address_model.h"
#include "models/seller/seller_key_model.h"
#include "support/accessible_controls.h"
#include "support/sandbox_fixture.h"
#include "ui/apps/apps_page.h"
#include "ui/apps/authorisation_editor.h"
#include "ui/org/org_page.h"
#include "ui/seller/key_rotation_dialog.h"
#include "ui/seller/secret_reveal_dialog.h"
#include "ui/seller/seller_addresses_page.h"
#include "ui/seller/seller_debugger_page.h"
#include "ui/seller/seller_keys_page.h"
#include "ui/shell/main_window.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

namespace {

// The administrator's demo with `members` members, its data in `dir`.
int startDemo(ConsoleApp &app, const QTemporaryDir &dir, int members)
{
    return app.start({QStringLiteral("marketdesk"), QStringLiteral("--demo"),
                      QStringLiteral("--demo-members"), QString::number(members),
                      QStringLiteral("--data-dir"), dir.path()});
}
} // namespace

class TestConsoleDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoStartsTheSellersServerBesideTheSandbox()
    {
        QTemporaryDir dir;
        ConsoleApp app;
        QCOMPARE(startDemo(app, dir, 30), -1);
        QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 30000);
        const QUrl sandbox = app.demoServer();
        const QUrl seller = app.demoSellerServer();
        QVERIFY(sandbox.isValid() && seller.isValid());
        QCOMPARE(seller.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(seller.port() != sandbox.port());

        // The seller's server answers.
        int status = 0;
        const QJsonObject health = TestSupport::httpJson(
            seller.resolved(QUrl(QStringLiteral("/health"))), "GET", {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(health.value(u"resultCode").toString(), QStringLiteral("000000"));

        // The demo seller's Seller Center points at it.
        SignInResult signedIn;
        QCOMPARE(TestSupport::signIn(sandbox, QStringLiteral("liu.yang"), &signedIn), QString());
        TestSupport::useBearer(signedIn.tokens.accessToken);
        const QJsonArray addresses =
            TestSupport::httpJson(
                sandbox.resolved(QUrl(QStringLiteral("/api/v1/seller/addresses"))))
                .value(u"items")
                .toArray();
        TestSupport::useBearer({});
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.at(0).toObject().value(u"url").toString(), seller.toString());
        // An enterprise administrator's demo has the organisation, not the seller's pages.
        QTRY_VERIFY_WITH_TIMEOUT(app.service() != nullptr, 30000);
        QVERIFY(app.sellerSection() == nullptr);
    }

    // Every control on every page of the administrator's demo has an accessible name, so a
    // screen reader says what it is for; and the pages' own controls take the keyboard focus.
    void everyControlHasANameAndTakesTheKeyboard()
    {
        QTemporaryDir dir;
        ConsoleApp app;
        QCOMPARE(startDemo(app, dir, 30), -1);
        QTRY_VERIFY_WITH_TIMEOUT(app.orgPage() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(app.orgPage()->memberModel()->rowCount() > 0, 30000);
        MainWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList unnamed;
        QStringList unreachable;
        QVERIFY(window->pages().size() >= 5);
        for (Page *page : window->pages()) {
            window->setCurrentPage(page);
            QCoreApplication::processEvents();
            TestSupport::unnamedControls(QAccessible::queryAccessibleInterface(page), page->title(),
                                         &unnamed);
            for (QWidget *w : page->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(page) || !w->isEnabled())
                    continue;
                const bool control = qobject_cast<QAbstractButton *>(w) ||
                                     qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                                     qobject_cast<QAbstractItemView *>(w);
                // Tool bar buttons are reached through the menus and their shortcuts, and a
                // table's header through its table, as in every Qt program.
                if (control && !qobject_cast<QToolBar *>(w->parentWidget()) &&
                    !qobject_cast<QHeaderView *>(w) && !(w->focusPolicy() & Qt::TabFocus))
                    unreachable << page->title() + u'/' + w->metaObject()->className() + u' ' +
                                       w->objectName();
            }
        }
        TestSupport::unnamedControls(QAccessible::queryAccessibleInterface(window),
                                     QStringLiteral("window"), &unnamed);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u'\n')));
    }

    // On a screen at twice the scale (and at 1.5), the window's icon and every command's icon
    // in the tool bar and menus are drawn from a source of that many pixels, not blown up:
    // each pixmap has the device pixels its logical size asks for.
    void iconsAreSharpOnHighDpiScreens()
    {
        QTemporaryDir dir;
        ConsoleApp app;
        QCOMPARE(startDemo(app, dir, 30), -1);
        QTRY_VERIFY_WITH_TIMEOUT(app.window() && app.window()->pages().size() >= 5, 30000);
        MainWindow *window = app.window();
        QList<std::pair<QString, QIcon>> icons{{QStringLiteral("window"), window->windowIcon()}};
        // Not Qt's own (the line edits' clear buttons, "_q_…": 16 pixels only in Qt 6.4).
        for (QAction *a : window->findChildren<QAction *>())
            if (!a->icon().isNull() && !a->objectName().startsWith(u"_q_"))
                icons.append({a->objectName().isEmpty() ? a->text() : a->objectName(), a->icon()});
        QVERIFY(icons.size() >= 6); // the window's, and the organisation's tool bar
        QStringList blurred;
        for (const auto &[name, icon] : std::as_const(icons))
            for (int logical : {16, 22, 24, 32, 48})
                for (qreal ratio : {1.5, 2.0}) {
                    const QPixmap p = icon.pixmap(QSize(logical, logical), ratio);
                    const int wanted = qRound(logical * ratio);
                    // Square icons; a source may be a pixel short of the exact product.
                    if (p.isNull() || std::max(p.width(), p.height()) < wanted - 1)
                        blurred << QStringLiteral("%1 at %2 px x %3: %4x%5 pixels")
                                       .arg(name)
                                       .arg(logical)
                                       .arg(ratio)
                                       .arg(p.width())
                                       .arg(p.height());
                }
        QVERIFY2(blurred.isEmpty(), qPrintable(blurred.join(u'\n')));
    }

    // Help › About names the libraries the console runs with and where its data is; Help ›
    // Open data folder opens that folder.
    void aboutNamesTheLibrariesAndTheDataFolder()
    {
        // A folder whose name would be markup if it were not escaped.
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/about <b>&amp; \"x\"-XXXXXX"));
        QVERIFY(dir.isValid());
        ConsoleApp app;
        QCOMPARE(startDemo(app, dir, 20), -1);
        QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 30000);
        const QString about = app.window()->aboutText();
        QVERIFY2(about.contains(QStringLiteral("marketdesk " MARKETDESK_VERSION)),
                 qPrintable(about));
        QVERIFY2(about.contains(QString::fromLatin1(qVersion())), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("<td>OpenSSL</td><td>OpenSSL 3.")),
                 qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("<td>SQLite</td><td>3.")), qPrintable(about));
        QVERIFY2(about.contains(QDir::toNativeSeparators(dir.path()).toHtmlEscaped()),
                 qPrintable(about));
        QVERIFY2(!about.contains(QStringLiteral("<b>&amp;")), qPrintable(about));
        auto *open = app.window()->findChild<QAction *>(QStringLiteral("openDataFolderAction"));
        QVERIFY(open);
        QVERIFY(open->isEnabled());
        QCOMPARE(open->statusTip(), QDir::toNativeSeparators(dir.path()));
    }

    // The administrator's demo: the Apps page's "Who may use it" (Ctrl+G) opens the
    // authorisation editor over the organisation the console holds (the composition root hands
    // the apps domain the organisation's data through OrgDirectory).
    void demoAdministratorOpensWhoMayUseIt()
    {
        QTemporaryDir dir;
        ConsoleApp app;
        QCOMPARE(startDemo(app, dir, 30), -1);
        QTRY_VERIFY_WITH_TIMEOUT(app.orgPage() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(app.orgPage()->memberModel()->rowCount() > 0, 30000);
        AppsPage *apps = nullptr;
        for (Page *page : app.window()->pages())
            if (auto *a = qobject_cast<AppsPage *>(page))
                apps = a;
        QVERIFY(apps);
        QTRY_VERIFY_WITH_TIMEOUT(apps->model()->rowCount() > 0, 30000);
        app.window()->setCurrentPage(apps);
        apps->selectApp(apps->model()->app(0).appId);
        QTRY_VERIFY(apps->authoriseAction()->isEnabled());
        apps->authoriseAction()->trigger();
        QVERIFY(apps->editor() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(apps->editor()->draft() != nullptr, 30000);
        QCOMPARE(apps->editor()->memberModel()->rowCount(),
                 apps->editor()->draft()->directory().memberCount());
        QVERIFY(apps->editor()->draft()->directory().memberCount() >= 30);
        QVERIFY(!apps->authoriseAction()->isEnabled()); // one editor at a time
        apps->editor()->reject();                       // no edits: closes without a question
        QTRY_VERIFY(apps->editor() == nullptr);
    }

    // marketdesk --demo --demo-seller: the seeded seller's console works out of the box — the
    // Seller Center synced into four pages, and the debugger, filled in with the demo server's
    // keys, passes against that server.
    void demoSellerGetsTheSellerSection()
    {
        QTemporaryDir dir;
        ConsoleApp app;
        QCOMPARE(app.start({QStringLiteral("marketdesk"), QStringLiteral("--demo"),
                            QStringLiteral("--demo-seller"), QStringLiteral("--demo-members"),
                            QStringLiteral("30"), QStringLiteral("--data-dir"), dir.path()}),
                 -1);
        QTRY_VERIFY_WITH_TIMEOUT(app.sellerSection() != nullptr, 30000);
        QVERIFY(app.service() == nullptr); // no organisation for a seller
        MainWindow *window = app.window();
        QCOMPARE(window->pages().size(), 4);
        SellerSection *section = app.sellerSection();
        QTRY_COMPARE_WITH_TIMEOUT(section->keysPage()->model()->rowCount(), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(section->addressesPage()->model()->rowCount(), 1, 30000);
        QCOMPARE(section->addressesPage()->model()->address(0).url,
                 app.demoSellerServer().toString());

        SellerDebuggerPage *debugger = section->debuggerPage();
        window->setCurrentPage(debugger);
        debugger->setSuite(QStringLiteral("all")); // not whatever an earlier run left in settings
        QTRY_COMPARE(debugger->targetProblem(), QString());
        QSignalSpy finished(debugger, &SellerDebuggerPage::runFinished);
        debugger->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const DebugOutcome o = debugger->lastOutcome();
        QVERIFY2(o.verdict() == u"passed", qPrintable(debugger->summaryLabel()->text()));
        QCOMPARE(o.address, app.demoSellerServer().toString());
        QVERIFY(o.tally().passed > 10);
        // The unified login ran against the demo server's callback, and passed.
        int loginPassed = 0;
        for (const DebugCheck &c : o.checks)
            loginPassed += c.id.startsWith(u"login.") && c.verdict == DebugCheck::Verdict::Pass;
        QVERIFY2(loginPassed >= 3, qPrintable(debugger->summaryLabel()->text()));

        // A guided rotation of the basic key, end to end on the demo: the new key's secret goes
        // onto the demo's server as a seller would install it, the Seller Center's run with it
        // passes, the address switches, the old key is retired — and the debugger, given the
        // new key, still passes.
        SellerAddressesPage *addresses = section->addressesPage();
        window->setCurrentPage(addresses);
        const QString oldKey = addresses->model()->address(0).basicKeyId;
        addresses->rotateKey(QStringLiteral("basic"));
        KeyRotationDialog *rotation = nullptr;
        QTRY_VERIFY((rotation = addresses->findChild<KeyRotationDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(rotation->isOpened(), 30000);
        rotation->startRotation();
        QTRY_COMPARE_WITH_TIMEOUT(rotation->state().step, KeyRotationState::Step::AwaitingInstall,
                                  30000);
        SecretRevealDialog *secret = nullptr;
        QTRY_VERIFY((secret = rotation->findChild<SecretRevealDialog *>()) != nullptr);
        secret->copy();
        secret->accept();
        // The installer answered (asynchronously) before Continue is pressed.
        QTRY_VERIFY_WITH_TIMEOUT(rotation->findChild<QLabel *>(QStringLiteral("message"))
                                     ->text()
                                     .contains(QStringLiteral("demo")),
                                 10000);
        QSignalSpy rotated(rotation, &KeyRotationDialog::rotationFinished);
        rotation->confirmInstalled();
        QTRY_COMPARE_WITH_TIMEOUT(rotated.size(), 1, 60000);
        const KeyRotationState done = rotated.first().first().value<KeyRotationState>();
        QCOMPARE(done.step, KeyRotationState::Step::Retired);
        QCOMPARE(done.runVerdict, QStringLiteral("passed"));
        QTRY_COMPARE_WITH_TIMEOUT(addresses->model()->address(0).basicKeyId, done.newKeyId, 30000);
        QVERIFY(addresses->model()->address(0).basicKeyId != oldKey);
        QTRY_COMPARE_WITH_TIMEOUT(section->keysPage()->model()->rowOf(oldKey), -1, 30000);
        window->setCurrentPage(debugger);
        debugger->setSuite(QStringLiteral("basic"));
        debugger->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY2(debugger->lastOutcome().verdict() == u"passed",
                 qPrintable(debugger->summaryLabel()->text()));

        // --demo-seller alone is a mistake, said as such.
        ConsoleApp wrong;
        QCOMPARE(wrong.start({QStringLiteral("marketdesk"), QStringLiteral("--demo-seller")}), 2);
    }
};

QTEST_MAIN(TestConsoleDemo)
#include "tst_console_demo.moc"
