#pragma once
// The console's composition root: reads the command line, starts the embedded sandbox in demo
// mode, picks the account and gets it signed in (saved tokens, or the browser sign-in), runs
// OrgService on its worker thread behind the main window, switches accounts (Ctrl+K), signs
// out, and tears all of it down in reverse order.
#include "identity/account_manager.h"
#include "org/org_service.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

class MainWindow;
class QAction;
class JournalAnchorKeeper;
class OrgPage;
class ReferenceHost;
class SandboxHost;
class SellerSection;
class AppsService;
class LicensesService;
class SellerService;
struct DemoSellerOptions;
class SignInController;
class InstanceChannel;

class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    ConsoleApp();
    ~ConsoleApp() override;

    // The window the program showed for `accountName` while this module loaded: the console
    // uses it when it opens that account, and drops it for any other. Before start().
    void adoptWindow(std::unique_ptr<MainWindow> window, const QString &accountName);
    // Takes later starts of the program on `dataRoot` (whose lock the program holds): each
    // brings this console forward (InstanceChannel).
    void listenForOtherStarts(const QString &dataRoot);
    // Returns an exit code when the program should stop now (help, bad arguments).
    int start(const QStringList &arguments);
    MainWindow *window() const { return m_window.get(); }
    OrgPage *orgPage() const { return m_orgPage; } // in window(), while one is open
    AccountManager *accounts() const { return m_accounts.get(); }
    OrgService *service() const { return m_service; } // lives on the service thread
    // A seller account's service and pages instead (null for an enterprise account).
    SellerService *sellerService() const { return m_sellerService; }
    SellerSection *sellerSection() const { return m_sellerSection; }
    // --demo: the sandbox, and the seeded seller's server beside it (empty otherwise).
    QUrl demoServer() const;
    QUrl demoSellerServer() const;

public Q_SLOTS:
    // Ctrl+K: the account switcher (with "Add account…" and "Remove…").
    void chooseAccount();

private:
    // Another start asked: the window (or the dialog it shows) raised.
    void comeForward();
    // Reads the account's tokens (unlocking the file store first when it uses one) and opens
    // it, or asks for a sign-in when there are none.
    void openAccount(const Account &account);
    // --demo: a reference SaaS server for the seeded seller, whose address, keys and public
    // key go into `demo` for the sandbox's seed.
    bool startDemoSeller(DemoSellerOptions *demo, QString *error);
    // The start after the account list was read: --server, --account, or the most recent.
    void continueStart(const QString &accountName, const QUrl &server, SecretStore::Kind storeKind);
    void signIn(const Account &draft, bool again);
    void onSignedIn(const Account &account, const TokenSet &tokens, bool again);
    void onSignInGivenUp(const Account &draft);
    // Reads the journal's anchor, then starts the service (startService).
    void openService(const Account &account, const TokenSet &tokens);
    // `config` carries the journal's anchor; the rest is filled in from the account.
    void startService(const Account &account, const TokenSet &tokens, OrgServiceConfig config);
    // A seller's account: the Seller Center's service and pages instead of the organisation.
    void startSellerService(const Account &account, const TokenSet &tokens, bool anchorKept,
                            const QByteArray &anchor);
    // What both kinds of account wire alike: tokens, sign-in, the journal's anchor.
    template <typename Service> void wireService(Service *service);
    bool hasService() const { return m_service || m_sellerService; }
    // The window goes at once (unless it is the still empty window of `keepWindowOf`, shown
    // while that account opens); the service is deleted on its own thread without the UI
    // waiting for it (a running export is cancelled), except when `wait` (at exit).
    void closeService(bool wait = false, const QString &keepWindowOf = {});
    // The account's window, made and shown now if it is not the current one: it appears
    // before the account's tokens are read, and its page comes when the service starts.
    void ensureWindow(const Account &account);
    // The add-account dialog, filled in from `prefill` (server, secret store) when given.
    void addAccount(const Account &prefill = {});
    void signOut();
    void removeAccount(const QString &name);
    void takeScreenshotAndQuit();
    void saveScreenshotAndQuit();
    // The picture once the page shows its data (or after 10 s).
    void saveScreenshotWhenShown(int waitedMs);
    // --screenshot-action's command, once it is enabled, then the picture.
    void runScreenshotAction(QAction *action, int waitedMs);
    // The section --page names, when its page is there.
    void showStartPage();

    std::unique_ptr<SandboxHost> m_sandbox;
    // The demo seller's server, beside the sandbox (declared after it: stops first).
    std::unique_ptr<ReferenceHost> m_reference;
    std::unique_ptr<AccountManager> m_accounts;
    QThread m_serviceThread;
    OrgService *m_service = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QString m_windowAccount;                      // whose window m_window is
    bool m_windowAdopted = false;                 // the program's, not wired yet
    OrgPage *m_orgPage = nullptr;                 // owned by m_window
    AppsService *m_appsService = nullptr;         // beside m_service, for an enterprise account
    LicensesService *m_licensesService = nullptr; // likewise
    SellerService *m_sellerService = nullptr;
    SellerSection *m_sellerSection = nullptr; // owned by m_window
    SignInController *m_signIn = nullptr;
    InstanceChannel *m_channel = nullptr;          // listens for later starts (owned)
    JournalAnchorKeeper *m_anchorKeeper = nullptr; // of the open account
    quint64 m_openGeneration = 0;
    Account m_current;
    TokenSet m_tokens; // the latest, for signing out
    bool m_demo = false;
    bool m_demoSeller = false;               // --demo-seller: the demo opens as the seeded seller
    QByteArray m_demoBasicKey, m_demoKitKey; // the demo seller's server's, for its debugger
    QString m_screenshot;
    QString m_startPage;        // --page: the section to open on
    QString m_screenshotAction; // --screenshot-action: the command run before the picture
};
