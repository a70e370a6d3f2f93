#include "console/console_app.h"

#include "console/console_text.h"
#include "console/instance_channel.h"

#include "apps/client/apps_service.h"
#include "common/library_versions.h"
#include "common/secure_random.h"
#include "console/apps_section.h"
#include "console/licenses_section.h"
#include "console/seller_section.h"
#include "console/sign_in_controller.h"
#include "console/window_picture.h"
#include "identity/actor.h"
#include "identity/file_secret_store.h"
#include "identity/journal_anchor_keeper.h"
#include "licenses/client/licenses_service.h"
#include "models/org/member_table_model.h"
#include "models/seller/seller_key_model.h"
#include "net/api_client.h"
#include "org/org_service.h"
#include "sandbox/browser_stand_in.h"
#include "sandbox/reference/reference_host.h"
#include "sandbox/sandbox_host.h"
#include "seller/client/seller_service.h"
#include "ui/org/org_page.h"
#include "ui/seller/seller_addresses_page.h"
#include "ui/seller/seller_debugger_page.h"
#include "ui/seller/seller_keys_page.h"
#include "ui/seller/seller_session.h"
#include "ui/shell/account_switcher.h"
#include "ui/shell/add_account_dialog.h"
#include "ui/shell/audit_export_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/startup_probe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {
// Command-line problems go to the terminal, translated like everything else.
void complain(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("marketdesk: ") + message + u'\n'), stderr);
}
} // namespace

ConsoleApp::ConsoleApp() = default;

ConsoleApp::~ConsoleApp()
{
    delete m_channel; // no later start reaches a console that is closing
    m_channel = nullptr;
    delete m_signIn;
    JournalAnchorKeeper *keeper = m_anchorKeeper;
    closeService(true);
    m_serviceThread.quit();
    m_serviceThread.wait();
    // The event loop has ended; the journal's last anchor and the account list still have to
    // reach the keychain and the disk. A short loop of our own lets them, bounded.
    QEventLoop loop;
    int waiting = 0;
    auto done = [&loop, &waiting] {
        if (--waiting == 0)
            loop.quit();
    };
    if (keeper) {
        ++waiting;
        keeper->whenIdle(done);
    }
    if (m_accounts) {
        ++waiting;
        m_accounts->whenSaved(done);
    }
    if (waiting > 0) {
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_accounts.reset();
    m_sandbox.reset();
}

void ConsoleApp::adoptWindow(std::unique_ptr<MainWindow> window, const QString &accountName)
{
    m_window = std::move(window);
    m_windowAccount = accountName;
    m_windowAdopted = true;
}

void ConsoleApp::listenForOtherStarts(const QString &dataRoot)
{
    m_channel = new InstanceChannel(this);
    QString error;
    if (!m_channel->listen(dataRoot, &error)) {
        // This console still works; a later start would say that nobody answers.
        complain(tr("later starts on %1 cannot reach this window: %2")
                     .arg(QDir::toNativeSeparators(dataRoot), error));
        return;
    }
    // Queued: never inside the socket's signal, and after whatever dialog is running now has
    // had its turn of the event loop.
    connect(m_channel, &InstanceChannel::requested, this, &ConsoleApp::comeForward,
            Qt::QueuedConnection);
}

void ConsoleApp::comeForward()
{
    // A dialog that is up (the switcher, a sign-in, a question) is what the person must see;
    // else the window.
    QWidget *front = QApplication::activeModalWidget();
    if (!front)
        front = m_window.get();
    if (!front)
        return;
    front->setWindowState((front->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    front->show();
    front->raise();
    front->activateWindow();
    StartupProbe::mark("came forward");
}

int ConsoleApp::start(const QStringList &arguments)
{
    QCommandLineParser p;
    ConsoleText::addOptions(&p);
    if (!p.parse(arguments)) {
        complain(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("marketdesk %s\n", MARKETDESK_VERSION);
        return 0;
    }
    if (p.isSet(QStringLiteral("help-all")))
        p.process(arguments); // prints the help with Qt's own options and exits 0
    const QString accountName = p.value(QStringLiteral("account"));
    if (!accountName.isEmpty()) {
        if (const QString e = AccountStore::checkName(accountName); !e.isEmpty()) {
            complain(QStringLiteral("--account: ") + e);
            return 2;
        }
    }
    SecretStore::Kind storeKind = SecretStore::Kind::Keychain;
    if (p.isSet(QStringLiteral("secret-store")) &&
        (!SecretStore::parseKind(p.value(QStringLiteral("secret-store")), &storeKind) ||
         storeKind == SecretStore::Kind::Memory)) {
        complain(tr("--secret-store: expected keychain or file, got \"%1\"")
                     .arg(p.value(QStringLiteral("secret-store"))));
        return 2;
    }
    m_screenshot = p.value(QStringLiteral("screenshot"));
    m_startPage = p.value(QStringLiteral("page"));
    m_screenshotAction = p.value(QStringLiteral("screenshot-action"));
    // Only on the demo: the command runs unattended, and on a real account it could switch
    // an app or ask for a test account whose one-time password nobody would see.
    if (p.isSet(QStringLiteral("screenshot-action")) &&
        (m_screenshot.isEmpty() || !p.isSet(QStringLiteral("demo")))) {
        complain(tr("--screenshot-action: only with --demo and --screenshot"));
        return 2;
    }
    m_demo = p.isSet(QStringLiteral("demo"));
    m_demoSeller = p.isSet(QStringLiteral("demo-seller"));
    if (m_demoSeller && !m_demo) {
        complain(tr("--demo-seller: only with --demo"));
        return 2;
    }
    const QString root = ConsoleText::dataRoot(p);
    m_accounts = std::make_unique<AccountManager>(root);
    m_signIn = new SignInController(m_accounts.get(), this);
    connect(m_signIn, &SignInController::signedIn, this, &ConsoleApp::onSignedIn);
    connect(m_signIn, &SignInController::gaveUp, this, &ConsoleApp::onSignInGivenUp);
    connect(m_signIn, &SignInController::failed, this, [this](const QString &m) {
        if (!m_screenshot.isEmpty()) {
            complain(m);
            QApplication::exit(1);
        }
    });
    m_serviceThread.setObjectName(QStringLiteral("service"));
    m_serviceThread.start();

    if (m_demo) {
        bool ok = false;
        const int members = p.value(QStringLiteral("demo-members")).toInt(&ok);
        if (!ok || members < 1 || members > 1'000'000) {
            complain(tr("--demo-members: expected 1 to 1000000"));
            return 2;
        }
        SandboxOptions o;
        o.seed.members = members;
        o.seed.departments = std::clamp(members / 15, 20, 10'000);
        // The sandbox approves the demo's sign-in without showing its page; the same flow
        // (PKCE, loopback, token exchange) runs as against a real server.
        o.autoApprove = m_demoSeller ? QStringLiteral("liu.yang") : QStringLiteral("zhang.min");
        // The demo seller's address is a real server here: its debugging runs call it.
        o.realDebugger = true;
        QString error;
        if (!startDemoSeller(&o.demoSeller, &error)) {
            complain(tr("the demo seller's server did not start: %1").arg(error));
            return 1;
        }
        m_sandbox = std::make_unique<SandboxHost>();
        if (!m_sandbox->start(o, &error)) {
            complain(tr("the demo sandbox did not start: %1").arg(error));
            return 1;
        }
        m_signIn->setBrowserStandIn(new BrowserStandIn(this));
        m_signIn->setQuiet(!m_screenshot.isEmpty());
        Account demo;
        demo.name = m_demoSeller ? QStringLiteral("demo-seller") : QStringLiteral("demo");
        demo.server = m_sandbox->url();
        demo.secretStore = SecretStore::Kind::Memory;
        signIn(demo, false);
        return -1;
    }

    // The account list is read on a pool thread; the rest of the start waits for it.
    const bool haveServer = p.isSet(QStringLiteral("server"));
    const QString serverText = p.value(QStringLiteral("server"));
    if (haveServer) {
        const QUrl server(serverText, QUrl::StrictMode);
        if (const QString problem = ApiClient::checkBaseUrl(server); !problem.isEmpty()) {
            complain(problem);
            return 2;
        }
    }
    StartupProbe::mark("arguments read");
    m_accounts->loadAsync(
        [this, accountName, haveServer, serverText, storeKind](bool ok, const QString &error) {
            if (!ok) {
                complain(error);
                // The program's early window is up: started from the desktop, nobody reads
                // stderr, so the window says it too.
                if (m_window && m_screenshot.isEmpty())
                    PlainText::critical(m_window.get(), tr("marketdesk"), error);
                QApplication::exit(1);
                return;
            }
            continueStart(accountName, haveServer ? QUrl(serverText, QUrl::StrictMode) : QUrl(),
                          storeKind);
        });
    return -1;
}

QUrl ConsoleApp::demoServer() const
{
    return m_sandbox ? m_sandbox->url() : QUrl();
}

QUrl ConsoleApp::demoSellerServer() const
{
    return m_reference ? m_reference->productionUrl() : QUrl();
}

bool ConsoleApp::startDemoSeller(DemoSellerOptions *demo, QString *error)
{
    // The seeded seller (liu.yang) gets a real server at its production address: a reference
    // SaaS server with fresh keys, so that debugging runs and the seller's pages work with no
    // set-up. Nothing of it outlives the demo.
    SellerResult<RsaKey> pair = RsaKey::generate(RsaKey::kMinimumBits);
    if (!pair) {
        *error = pair.error();
        return false;
    }
    ReferenceOptions options;
    options.config.basicAccessKey = SecureRandom::urlSafeToken(32);
    options.config.kitAccessKey = SecureRandom::urlSafeToken(32);
    options.config.privateKey = pair.value();
    m_reference = std::make_unique<ReferenceHost>();
    if (!m_reference->start(options, error))
        return false;
    demo->productionUrl = m_reference->productionUrl().toString();
    demo->basicKey = options.config.basicAccessKey;
    demo->kitKey = options.config.kitAccessKey;
    demo->publicKeyBase64 = QString::fromLatin1(pair.value().publicKeyBase64());
    m_demoBasicKey = options.config.basicAccessKey;
    m_demoKitKey = options.config.kitAccessKey;
    return true;
}

void ConsoleApp::continueStart(const QString &accountName, const QUrl &server,
                               SecretStore::Kind storeKind)
{
    StartupProbe::mark("accounts loaded");
    if (!server.isEmpty()) {
        for (const Account &a : m_accounts->store().accounts()) {
            if (a.server == server && (accountName.isEmpty() || a.name == accountName)) {
                openAccount(a);
                return;
            }
        }
        Account draft;
        draft.name = accountName;
        draft.server = server;
        draft.secretStore = storeKind;
        signIn(draft, false);
        return;
    }
    const auto account = accountName.isEmpty() ? m_accounts->store().mostRecent()
                                               : m_accounts->store().find(accountName);
    if (!accountName.isEmpty() && !account) {
        complain(tr("there is no account \"%1\"; start without --account to choose or add one")
                     .arg(accountName));
        QApplication::exit(2);
        return;
    }
    if (account) {
        // The window comes first, while the keychain answers (which may mean a prompt to
        // unlock it): the account is known, so is what the window says.
        ensureWindow(*account);
        openAccount(*account);
    } else {
        addAccount();
    }
}

void ConsoleApp::openAccount(const Account &account)
{
    if (account.secretStore == SecretStore::Kind::EncryptedFile &&
        !m_accounts->fileStore()->isUnlocked()) {
        m_signIn->unlockFileStore([this, account](bool ok) {
            if (ok) {
                openAccount(account);
            } else if (!hasService()) {
                m_window.reset(); // the window shown while opening, empty
                chooseAccount();
            }
        });
        return;
    }
    m_accounts->readTokens(
        account, [this, account](bool ok, const TokenSet &tokens, const QString &why) {
            if (ok) {
                m_accounts->touch(account.name);
                openService(account, tokens);
                return;
            }
            if (!why.isEmpty() && account.secretStore == SecretStore::Kind::Keychain &&
                !why.contains(account.name))
                PlainText::warning(
                    m_window.get(), tr("marketdesk"),
                    tr("The tokens of \"%1\" could not be read: %2").arg(account.name, why));
            signIn(account, true);
        });
}

void ConsoleApp::signIn(const Account &draft, bool again)
{
    m_signIn->setDialogParent(m_window.get());
    m_signIn->signIn(draft, again);
}

void ConsoleApp::onSignedIn(const Account &account, const TokenSet &tokens, bool again)
{
    if (again && hasService() && account.name == m_current.name) {
        m_current = account;
        m_tokens = tokens;
        if (m_service)
            QMetaObject::invokeMethod(m_service, [s = m_service, tokens] { s->setTokens(tokens); });
        if (m_appsService) // after the organisation's, which holds the shared sign-in
            QMetaObject::invokeMethod(m_appsService, [s = m_appsService] { s->signedInAgain(); });
        if (m_licensesService)
            QMetaObject::invokeMethod(m_licensesService,
                                      [s = m_licensesService] { s->signedInAgain(); });
        if (!m_service)
            QMetaObject::invokeMethod(m_sellerService,
                                      [s = m_sellerService, tokens] { s->setTokens(tokens); });
        m_window->setSignedIn();
        return;
    }
    openService(account, tokens);
}

void ConsoleApp::onSignInGivenUp(const Account &draft)
{
    if (hasService())
        return;
    m_window.reset(); // the window shown while opening, empty
    if (m_demo) {
        QApplication::exit(1);
        return;
    }
    // A new account goes back to its form; a saved one to the list of accounts.
    if (draft.userName.isEmpty())
        QTimer::singleShot(0, this, [this, draft] { addAccount(draft); });
    else
        QTimer::singleShot(0, this, [this] { chooseAccount(); });
}

void ConsoleApp::openService(const Account &account, const TokenSet &tokens)
{
    StartupProbe::mark("tokens read");
    closeService(false, account.name);
    // The journal's anchor is read before the service opens, so the service can check the
    // journal against it first.
    QString error;
    auto *keeper = new JournalAnchorKeeper(m_accounts->secretStore(account.secretStore, &error),
                                           JournalAnchorKeeper::keyFor(account.name), this);
    const quint64 generation = ++m_openGeneration;
    keeper->read([this, keeper, generation, account, tokens](JournalAnchorKeeper::Read result,
                                                             const JournalAnchor &anchor,
                                                             const QString &why) {
        if (generation != m_openGeneration) { // another account was opened meanwhile
            keeper->deleteLater();
            return;
        }
        m_anchorKeeper = keeper;
        if (account.role == u"seller") {
            const bool kept = result == JournalAnchorKeeper::Read::Ok;
            if (!kept)
                PlainText::warning(m_window.get(), tr("marketdesk"),
                                   tr("The audit journal's anchor could not be read (%1); the "
                                      "journal is kept, but its new entries are not anchored "
                                      "this session.")
                                       .arg(why));
            startSellerService(account, tokens, kept,
                               kept && !anchor.isNull() ? anchor.serialize() : QByteArray());
            return;
        }
        OrgServiceConfig config;
        config.takeAnchor(result, anchor, why);
        startService(account, tokens, config);
    });
}

void ConsoleApp::startService(const Account &account, const TokenSet &tokens,
                              OrgServiceConfig config)
{
    StartupProbe::mark("anchor read");
    m_current = account;
    m_tokens = tokens;
    config.server = account.server;
    config.dataDir = m_accounts->store().accountDir(account.name);
    config.actor = Actor::forJournal(account.userName, account.tenant);
    config.endpoints = account.endpoints;
    config.tokens = tokens;
    QString error;
    if (!account.tlsPolicy(&config.tls, &error)) {
        PlainText::warning(nullptr, tr("marketdesk"), error);
        return;
    }
    m_service = new OrgService(config);
    m_service->moveToThread(&m_serviceThread);
    ensureWindow(account);
    wireService(m_service);
    // One page per section; each later domain adds its page here.
    m_orgPage = new OrgPage(m_service);
    m_window->addPage(m_orgPage);
    StartupProbe::mark("page built");
    connect(m_service, &OrgService::onlineChanged, m_window.get(), &MainWindow::setOnline);
    connect(m_service, &OrgService::opened, m_window.get(), [this](bool ok, const QString &m) {
        if (!ok) {
            PlainText::critical(m_window.get(), tr("marketdesk"),
                                tr("The local data could not be opened: %1").arg(m));
            return;
        }
        m_orgPage->requestSync();
    });
    if (!m_screenshot.isEmpty())
        connect(m_service, &OrgService::syncFinished, this, &ConsoleApp::takeScreenshotAndQuit,
                Qt::SingleShotConnection);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    // The purchased apps and their seats, on the same thread with the same sign-in.
    AppsServiceConfig apps;
    apps.server = config.server;
    apps.dataDir = config.dataDir;
    apps.actor = config.actor;
    apps.timeoutMs = config.timeoutMs;
    apps.endpoints = config.endpoints;
    apps.tls = config.tls;
    apps.anchorKept = config.anchorState == OrgServiceConfig::Anchor::Read;
    apps.journalAnchor = apps.anchorKept ? config.journalAnchor : QByteArray();
    m_appsService = new AppsService(apps);
    m_appsService->moveToThread(&m_serviceThread);
    connect(m_appsService, &AppsService::journalAdvanced, m_anchorKeeper,
            &JournalAnchorKeeper::advance);
    new AppsSection(m_appsService, m_service, m_window.get());
    // Orders, Licenses and images: likewise beside it, with the same sign-in.
    LicensesServiceConfig licenses = apps;
    m_licensesService = new LicensesService(licenses);
    m_licensesService->moveToThread(&m_serviceThread);
    connect(m_licensesService, &LicensesService::journalAdvanced, m_anchorKeeper,
            &JournalAnchorKeeper::advance);
    new LicensesSection(m_licensesService, m_service, m_window.get());
    showStartPage();
    StartupProbe::mark("wired");
}

template <typename Service> void ConsoleApp::wireService(Service *service)
{
    connect(service, &Service::journalAdvanced, m_anchorKeeper, &JournalAnchorKeeper::advance);
    connect(m_anchorKeeper, &JournalAnchorKeeper::failed, m_window.get(),
            [this, told = false](const QString &message) mutable {
                if (!std::exchange(told, true)) // once a session, not at every change
                    PlainText::warning(m_window.get(), tr("marketdesk"), message);
            });
    connect(service, &Service::signInRequired, m_window.get(), &MainWindow::setSignedOut);
    connect(service, &Service::tokensChanged, this, [this](const TokenSet &t) {
        m_tokens = t;
        m_accounts->writeTokens(m_current, t, [this](bool ok, const QString &error) {
            if (!ok && m_window)
                PlainText::warning(m_window.get(), tr("marketdesk"),
                                   tr("The renewed sign-in could not be kept: %1").arg(error));
        });
    });
}

void ConsoleApp::startSellerService(const Account &account, const TokenSet &tokens, bool anchorKept,
                                    const QByteArray &anchor)
{
    StartupProbe::mark("anchor read");
    m_current = account;
    m_tokens = tokens;
    SellerServiceConfig config;
    config.server = account.server;
    config.dataDir = m_accounts->store().accountDir(account.name);
    config.actor = Actor::forJournal(account.userName, account.tenant);
    config.endpoints = account.endpoints;
    config.tokens = tokens;
    config.anchorKept = anchorKept;
    config.journalAnchor = anchor;
    QString error;
    if (!account.tlsPolicy(&config.tls, &error)) {
        PlainText::warning(nullptr, tr("marketdesk"), error);
        return;
    }
    m_sellerService = new SellerService(config);
    m_sellerService->moveToThread(&m_serviceThread);
    ensureWindow(account);
    wireService(m_sellerService);
    m_sellerSection = new SellerSection(m_sellerService, m_window.get());
    showStartPage();
    if (m_demo) {
        // The demo seller's server was started here with these keys: its debugger is ready.
        m_sellerSection->debuggerPage()->setKnownKeys(m_demoBasicKey, m_demoKitKey);
        // A rotated key goes onto the demo's server as a seller would put it on theirs.
        m_sellerSection->addressesPage()->setRotationInstaller(
            [this](const QString &suite, const QByteArray &secret,
                   std::function<void(const QString &)> done) {
                if (!m_reference) {
                    done(tr("the demo's server is not running"));
                    return;
                }
                m_reference->replaceAccessKeys({{suite == u"kit" ? QStringLiteral("kitAccessKey")
                                                                 : QStringLiteral("basicAccessKey"),
                                                 QString::fromUtf8(secret)}},
                                               this, std::move(done));
                // The debugger page signs with what the server now expects.
                if (suite == u"kit")
                    m_demoKitKey = secret;
                else
                    m_demoBasicKey = secret;
                if (m_sellerSection)
                    m_sellerSection->debuggerPage()->setKnownKeys(m_demoBasicKey, m_demoKitKey);
            });
        // The reference server's own callback: the login suite works out of the box too.
        m_sellerSection->debuggerPage()->setCallback(
            m_reference->url().resolved(QUrl(QStringLiteral("/isv/login/callback"))).toString());
    }
    StartupProbe::mark("page built");
    connect(m_sellerService, &SellerService::syncFinished, m_window.get(),
            [this](bool ok, const QString &m) {
                if (m_window)
                    m_window->setOnline(ok, ok ? QString() : m);
            });
    connect(m_sellerService, &SellerService::opened, m_window.get(),
            [this](bool ok, const QString &m) {
                if (!ok) {
                    PlainText::critical(m_window.get(), tr("marketdesk"),
                                        tr("The local data could not be opened: %1").arg(m));
                    return;
                }
                m_sellerSection->session()->sync();
            });
    if (!m_screenshot.isEmpty())
        connect(m_sellerService, &SellerService::syncFinished, this,
                &ConsoleApp::takeScreenshotAndQuit, Qt::SingleShotConnection);
    QMetaObject::invokeMethod(m_sellerService, [s = m_sellerService] { s->open(); });
    StartupProbe::mark("wired");
}

void ConsoleApp::ensureWindow(const Account &account)
{
    const bool adopted = m_windowAdopted && m_window && m_windowAccount == account.name;
    m_windowAdopted = false;
    if (m_window && m_windowAccount == account.name && !adopted)
        return;
    if (adopted) {
        StartupProbe::mark("window adopted");
        m_window->setAccountActionsEnabled(true);
    } else {
        const QString label =
            m_demo ? tr("Demo enterprise (sandbox at %1)").arg(account.server.toString())
                   : ConsoleText::windowLabel(account.name, account.server);
        m_window = std::make_unique<MainWindow>(label);
        m_windowAccount = account.name;
        StartupProbe::mark("shell built");
    }
    m_window->setAbout(
        [] {
            QList<std::pair<QString, QString>> facts{
                {tr("Version"), QStringLiteral(MARKETDESK_VERSION)}};
            facts += LibraryVersions::all();
            facts.append({tr("Licence"), tr("Proprietary")});
            return facts;
        },
        m_accounts->store().root());
    QString error;
    SecretStore *store = m_accounts->secretStore(account.secretStore, &error);
    m_window->setIdentity(account.displayName.isEmpty() ? account.userName : account.displayName,
                          account.tenantName, account.role,
                          tr("%1 (%2) of %3 [%4] at %5\nTokens kept in %6")
                              .arg(account.displayName, account.userName, account.tenantName,
                                   account.tenant, account.server.toString(),
                                   store ? store->describe() : error));
    connect(m_window.get(), &MainWindow::exportAuditRequested, this, [this] {
        if (m_service) {
            OrgService *s = m_service;
            AuditExportDialog dialog(
                {&OrgService::newTicket,
                 [s](quint64 t, const QString &path, const AuditExportOptions &o) {
                     QMetaObject::invokeMethod(s, [s, t, path, o] { s->exportAudit(t, path, o); });
                 },
                 [s] { s->cancelExport(); }},
                m_window.get());
            connect(s, &OrgService::exportProgress, &dialog, &AuditExportDialog::showProgress);
            connect(s, &OrgService::exportFinished, &dialog, &AuditExportDialog::showFinished);
            dialog.exec();
        } else if (m_sellerService) {
            SellerService *s = m_sellerService;
            AuditExportDialog dialog(
                {&SellerService::newTicket,
                 [s](quint64 t, const QString &path, const AuditExportOptions &o) {
                     QMetaObject::invokeMethod(s, [s, t, path, o] { s->exportAudit(t, path, o); });
                 },
                 [s] { s->cancelExport(); }},
                m_window.get());
            connect(s, &SellerService::exportProgress, &dialog, &AuditExportDialog::showProgress);
            connect(s, &SellerService::exportFinished, &dialog, &AuditExportDialog::showFinished);
            dialog.exec();
        }
    });
    connect(m_window.get(), &MainWindow::switchAccountRequested, this, &ConsoleApp::chooseAccount);
    connect(m_window.get(), &MainWindow::addAccountRequested, this, [this] { addAccount(); });
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
        if (hasService())
            signOut();
    });
    connect(m_window.get(), &MainWindow::signInAgainRequested, this, [this] {
        if (hasService()) // not while the window waits for the account to open
            signIn(m_current, true);
    });
    connect(m_window.get(), &MainWindow::removeAccountRequested, this,
            [this] { removeAccount(m_windowAccount); });
    m_window->statusBar()->showMessage(ConsoleText::opening(account.name));
    m_window->show();
    if (!adopted)
        StartupProbe::mark("shown");
    if (StartupProbe::wanted())
        new StartupProbe(
            m_window.get(),
            [this] {
                return (m_orgPage && m_orgPage->memberModel()->rowCount() > 0) ||
                       (m_sellerSection && m_sellerSection->keysPage()->model()->rowCount() > 0);
            },
            adopted, this);
}

void ConsoleApp::closeService(bool wait, const QString &keepWindowOf)
{
    // The window shown while `keepWindowOf` was opening stays for it; any other goes.
    if (!(m_window && m_window->pages().isEmpty() && !keepWindowOf.isEmpty() &&
          m_windowAccount == keepWindowOf)) {
        m_window.reset();
        m_windowAccount.clear();
    }
    m_orgPage = nullptr;
    m_sellerSection = nullptr;
    if (JournalAnchorKeeper *keeper = m_anchorKeeper) {
        // Its last anchor is still written; then it goes.
        m_anchorKeeper = nullptr;
        keeper->whenIdle([keeper] { keeper->deleteLater(); });
    }
    if (m_licensesService) {
        // Before the organisation's service, whose sign-in it borrows.
        QMetaObject::invokeMethod(
            m_licensesService, [s = m_licensesService] { delete s; },
            wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
        m_licensesService = nullptr;
    }
    if (m_appsService) {
        // Before the organisation's service, whose sign-in it borrows.
        QMetaObject::invokeMethod(
            m_appsService, [s = m_appsService] { delete s; },
            wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
        m_appsService = nullptr;
    }
    if (m_service) {
        // The service and everything it owns are destroyed on their own thread, after what
        // is queued there already; the UI does not wait for that unless the program ends.
        m_service->closing();
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; },
            wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
        m_service = nullptr;
    }
    if (m_sellerService) {
        m_sellerService->closing();
        QMetaObject::invokeMethod(
            m_sellerService, [s = m_sellerService] { delete s; },
            wait ? Qt::BlockingQueuedConnection : Qt::QueuedConnection);
        m_sellerService = nullptr;
    }
    m_tokens = {};
}

void ConsoleApp::chooseAccount()
{
    if (m_demo) {
        PlainText::information(m_window.get(), tr("marketdesk"),
                               tr("The demo has one account. Start marketdesk without --demo "
                                  "to use your own."));
        return;
    }
    AccountSwitcher switcher(m_accounts->store().accounts(), m_current.name, m_window.get());
    connect(&switcher, &AccountSwitcher::addRequested, this,
            [this] { QTimer::singleShot(0, this, [this] { addAccount(); }); });
    connect(&switcher, &AccountSwitcher::removeRequested, this, [this](const QString &name) {
        QTimer::singleShot(0, this, [this, name] { removeAccount(name); });
    });
    if (switcher.exec() != QDialog::Accepted || switcher.chosen().isEmpty()) {
        if (!hasService() && m_accounts->store().accounts().isEmpty())
            QApplication::quit();
        return;
    }
    if (switcher.chosen() == m_current.name && hasService())
        return;
    if (const auto account = m_accounts->store().find(switcher.chosen()))
        openAccount(*account);
}

void ConsoleApp::addAccount(const Account &prefill)
{
    AddAccountDialog dialog(m_window.get());
    if (!prefill.server.isEmpty())
        dialog.setServer(prefill.server.toString());
    dialog.setSecretStore(prefill.secretStore);
    if (dialog.exec() != QDialog::Accepted) {
        if (!hasService())
            QApplication::quit();
        return;
    }
    signIn(dialog.draft(), false);
}

void ConsoleApp::signOut()
{
    if (PlainText::message(
            m_window.get(), QMessageBox::Question, tr("Sign out"),
            tr("Sign out of \"%1\"? The session at the server ends and the tokens are removed "
               "from this computer. The local copy, the outbox and the audit journal stay.")
                .arg(m_current.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const Account account = m_current;
    const TokenSet tokens = m_tokens;
    closeService();
    m_accounts->signOut(account, tokens, [this](bool ok, const QString &note) {
        PlainText::information(nullptr, tr("Signed out"), note);
        Q_UNUSED(ok);
        if (m_demo)
            QApplication::quit();
        else
            chooseAccount();
    });
}

void ConsoleApp::removeAccount(const QString &name)
{
    QMessageBox box(
        QMessageBox::Question, tr("Remove account"),
        tr("Remove the account \"%1\" and its stored sign-in from this computer?").arg(name),
        QMessageBox::NoButton, m_window.get());
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Its cache (the local copy of the organisation) can be deleted "
                              "too; the audit journal and the outbox always stay."));
    QPushButton *withCache =
        box.addButton(tr("Remove and delete cache"), QMessageBox::DestructiveRole);
    QPushButton *keepCache = box.addButton(tr("Remove, keep cache"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    const QAbstractButton *clicked = box.clickedButton();
    const bool deleteCache = clicked == static_cast<QAbstractButton *>(withCache);
    if (!deleteCache && clicked != static_cast<QAbstractButton *>(keepCache))
        return;
    if (name == m_current.name)
        closeService();
    m_accounts->removeAccount(name, deleteCache, [this](bool ok, const QString &note) {
        if (!ok || !note.isEmpty())
            PlainText::warning(nullptr, tr("Remove account"), note);
        if (!hasService())
            chooseAccount();
    });
}

void ConsoleApp::showStartPage()
{
    if (m_startPage.isEmpty() || !m_window)
        return;
    const QList<Page *> pages = m_window->pages();
    bool isNumber = false;
    const int place = m_startPage.toInt(&isNumber);
    QStringList names;
    for (int i = 0; i < pages.size(); ++i) {
        if ((isNumber && place == i + 1) ||
            pages.at(i)->title().compare(m_startPage, Qt::CaseInsensitive) == 0) {
            m_window->setCurrentPage(pages.at(i));
            return;
        }
        names << QStringLiteral("%1 %2").arg(i + 1).arg(pages.at(i)->title());
    }
    // Said once, on the terminal and in the window, which stays on its first page. The names
    // are the window's language's (--lang).
    const QString problem = tr("--page: there is no page \"%1\"; the pages are %2.")
                                .arg(m_startPage, names.join(QStringLiteral(", ")));
    m_startPage.clear();
    complain(problem);
    m_window->statusBar()->showMessage(problem, 15000);
}

void ConsoleApp::takeScreenshotAndQuit()
{
    // A seller is shown the production addresses: the page that says most about their state.
    if (m_sellerSection && m_startPage.isEmpty())
        m_window->setCurrentPage(m_sellerSection->addressesPage());
    // Give the snapshot time to arrive and the views time to paint.
    QTimer::singleShot(1200, this, [this] {
        // Show something worth seeing: the first member of the first division, selected.
        if (m_orgPage)
            m_orgPage->showFirstMember();
        showStartPage();
        if (m_screenshotAction.isEmpty()) {
            saveScreenshotWhenShown(0);
            return;
        }
        QStringList known;
        QAction *action = WindowPicture::findAction(m_window.get(), m_screenshotAction, &known);
        if (!action) {
            complain(tr("--screenshot-action: this window has no command \"%1\"; it has %2.")
                         .arg(m_screenshotAction, known.join(QStringLiteral(", "))));
            QApplication::exit(2);
            return;
        }
        runScreenshotAction(action, 0);
    });
}

void ConsoleApp::runScreenshotAction(QAction *action, int waitedMs)
{
    // A command waits for what it works on (the Apps page's for the organisation's data):
    // up to 20 s, looking every 100 ms.
    if (!action->isEnabled()) {
        if (waitedMs < 20'000) {
            QTimer::singleShot(100, this, [this, a = QPointer<QAction>(action), waitedMs] {
                if (a) {
                    runScreenshotAction(a, waitedMs + 100);
                } else {
                    complain(tr("--screenshot-action: \"%1\" went away before it could run.")
                                 .arg(m_screenshotAction));
                    QApplication::exit(1);
                }
            });
            return;
        }
        complain(tr("--screenshot-action: \"%1\" (%2) cannot be run on this page now.")
                     .arg(m_screenshotAction, action->text().remove(u'&')));
        QApplication::exit(1);
        return;
    }
    // Later: a command that opens a modal dialog returns only when the dialog closes.
    QTimer::singleShot(0, action, &QAction::trigger);
    // What the command starts (a dialog's first search, a debugging run) has time to show.
    QTimer::singleShot(1500, this, &ConsoleApp::saveScreenshotAndQuit);
}

void ConsoleApp::saveScreenshotWhenShown(int waitedMs)
{
    // The page's own sync may come after the organisation's: its first list shows rows first
    // (up to 10 s, looking every 100 ms), and a page just opened lays out its tool bar on the
    // next turn of the event loop.
    bool shown = false;
    if (Page *page = m_window->currentPage())
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
            shown = shown || (view->isVisible() && view->model() && view->model()->rowCount() > 0);
    if (!shown && waitedMs < 10'000) {
        QTimer::singleShot(100, this,
                           [this, waitedMs] { saveScreenshotWhenShown(waitedMs + 100); });
        return;
    }
    QTimer::singleShot(300, this, &ConsoleApp::saveScreenshotAndQuit);
}

void ConsoleApp::saveScreenshotAndQuit()
{
    const bool ok = WindowPicture::take(m_window.get()).save(m_screenshot);
    std::fprintf(ok ? stdout : stderr,
                 ok ? "marketdesk: saved %s\n" : "marketdesk: cannot write %s\n",
                 qPrintable(m_screenshot));
    // Every event loop ends, a dialog's too.
    QApplication::exit(ok ? 0 : 1);
}
