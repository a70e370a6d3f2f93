#pragma once
// The console's shell: menus, toolbar, status bar (identity, online state), the sign-in
// banner, and a navigation list over a stack of pages, one per section. While a page is
// current the shell shows that page's menus, toolbar actions and status widgets. The shell
// knows no domain: the composition root adds the pages and wires them to their services.
#include <QMainWindow>

#include <functional>
#include <utility>

class Page;
class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &accountLabel, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a section; its navigation entry gets Ctrl+<position>. The shell owns the page.
    void addPage(Page *page);
    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    void setCurrentPage(Page *page);

    // Who is signed in, shown in the status bar. `role` is "admin", "user" or empty (the
    // provider did not say); a plain member ("user") can look but not change, and every
    // page says so.
    void setIdentity(const QString &name, const QString &tenantName, const QString &role,
                     const QString &details);
    void setSignedOut(const QString &reason);
    void setSignedIn();
    void setOnline(bool online, const QString &why);
    // Off while the program's early window waits for the console module to take it over:
    // nothing hears the account's actions (switch, add, sign out, remove, export) before that.
    void setAccountActionsEnabled(bool enabled);
    // What Help › About says beside the version (the libraries' versions, the licence: asked
    // for when the box opens), and the folder Help › Open data folder opens; both come from
    // the console.
    using AboutFacts = std::function<QList<std::pair<QString, QString>>()>;
    void setAbout(AboutFacts facts, const QString &dataFolder);
    QString aboutText() const; // the About box's text

Q_SIGNALS:
    void switchAccountRequested();
    void addAccountRequested();
    void signOutRequested();
    void signInAgainRequested();
    void removeAccountRequested();
    void exportAuditRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A theme changed while the console runs: the banner and the online mark follow it.
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void applyColours();
    void showPage(int index);
    void rebuildMenus();
    void showAbout();

    QList<Page *> m_pages;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_goToPage;
    QList<QAction *> m_accountActions;
    QAction *m_openDataFolderAction = nullptr;
    AboutFacts m_aboutFacts;
    QString m_dataFolder;
    QLabel *m_onlineLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QFrame *m_signInBanner = nullptr;
    QLabel *m_signInReason = nullptr;
    QAction *m_exportAuditAction = nullptr;
    QAction *m_languageAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_readOnly = false;
    bool m_online = true;
};
