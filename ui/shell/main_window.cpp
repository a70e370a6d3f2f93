#include "ui/shell/main_window.h"

#include "resources/status_colours.h"

#include "resources/resources.h"

#include "ui/shell/page.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/view_settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(const QString &accountLabel, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("marketdesk — %1").arg(accountLabel));
    setWindowIcon(Resources::applicationIcon());
    buildUi();
    QSettings s;
    if (!restoreGeometry(s.value(UiSettings::kWindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(s.value(UiSettings::kWindowState).toByteArray());
    setOnline(true, {});
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_fileMenu = new QMenu(tr("&File"), this);
    m_exportAuditAction = new QAction(tr("Export audit &journal…"), this);
    m_exportAuditAction->setObjectName(QStringLiteral("exportAuditAction"));
    m_exportAuditAction->setShortcut(QKeySequence(tr("Ctrl+Shift+J"))); // S: the pages' exports
    connect(m_exportAuditAction, &QAction::triggered, this, &MainWindow::exportAuditRequested);
    m_languageAction = new QAction(tr("&Language…"), this);
    m_languageAction->setObjectName(QStringLiteral("languageAction"));
    connect(m_languageAction, &QAction::triggered, this,
            [this] { UiSettings::chooseLanguage(this); });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = new QMenu(tr("&View"), this);
    m_accountMenu = new QMenu(tr("&Account"), this);
    QAction *switchAccount = m_accountMenu->addAction(tr("&Switch account…"));
    switchAccount->setObjectName(QStringLiteral("switchAccountAction"));
    switchAccount->setShortcut(QKeySequence(tr("Ctrl+K")));
    connect(switchAccount, &QAction::triggered, this, &MainWindow::switchAccountRequested);
    QAction *addAccount = m_accountMenu->addAction(tr("&Add account…"));
    addAccount->setObjectName(QStringLiteral("addAccountAction"));
    connect(addAccount, &QAction::triggered, this, &MainWindow::addAccountRequested);
    m_accountMenu->addSeparator();
    QAction *signOut = m_accountMenu->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction *removeAccount = m_accountMenu->addAction(tr("&Remove this account…"));
    removeAccount->setObjectName(QStringLiteral("removeAccountAction"));
    connect(removeAccount, &QAction::triggered, this, &MainWindow::removeAccountRequested);
    m_accountActions = {switchAccount, addAccount, signOut, removeAccount, m_exportAuditAction};
    m_helpMenu = new QMenu(tr("&Help"), this);
    m_openDataFolderAction = m_helpMenu->addAction(tr("Open &data folder"));
    m_openDataFolderAction->setObjectName(QStringLiteral("openDataFolderAction"));
    m_openDataFolderAction->setEnabled(false);
    connect(m_openDataFolderAction, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataFolder)); });
    QAction *about = m_helpMenu->addAction(tr("&About marketdesk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Navigation: only the sections that work, i.e. the pages added.
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(140);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    // Shown when the server no longer accepts the sign-in: nothing is lost, changes wait.
    m_signInBanner = new QFrame;
    m_signInBanner->setObjectName(QStringLiteral("signInBanner"));
    m_signInBanner->setFrameShape(QFrame::StyledPanel);
    m_signInBanner->setAutoFillBackground(true);
    m_signInReason = PlainText::label();
    m_signInReason->setWordWrap(true);
    auto *signInAgain = new QPushButton(tr("Sign in again…"));
    signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    connect(signInAgain, &QPushButton::clicked, this, &MainWindow::signInAgainRequested);
    auto *bannerLayout = new QHBoxLayout(m_signInBanner);
    bannerLayout->addWidget(m_signInReason, 1);
    bannerLayout->addWidget(signInAgain);
    m_signInBanner->setVisible(false);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_signInBanner);
    auto *centralLayout = new QHBoxLayout;
    centralLayout->setContentsMargins(4, 4, 4, 0);
    centralLayout->addWidget(m_navigation);
    centralLayout->addWidget(m_stack, 1);
    outer->addLayout(centralLayout, 1);
    setCentralWidget(central);

    m_onlineLabel = PlainText::label();
    m_onlineLabel->setObjectName(QStringLiteral("onlineIndicator"));
    m_identityLabel = PlainText::label();
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);
    rebuildMenus();
}

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    // The page's status widgets live in one box that is shown while the page is current. It
    // sits with the permanent widgets: a passing message takes the left and never covers it.
    auto *box = new QWidget;
    box->setObjectName(page->objectName() + QStringLiteral("Status"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : page->statusWidgets())
        layout->addWidget(w);
    statusBar()->insertPermanentWidget(0, box);
    box->setVisible(false);
    page->setProperty("marketdeskStatusBox", QVariant::fromValue<QObject *>(box));
    connect(page, &Page::statusMessage, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    });
    page->setReadOnly(m_readOnly, m_readOnly ? tr("Only administrators can make changes; you "
                                                  "are signed in as a member.")
                                             : QString());
    QSettings s;
    page->restoreLayout(s);

    const int n = int(m_pages.size());
    auto *go = new QAction(page->title(), this);
    go->setObjectName(QStringLiteral("goToPage%1").arg(n));
    if (n <= 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
    addAction(go);
    connect(go, &QAction::triggered, this, [this, page] { setCurrentPage(page); });
    m_goToPage << go;
    m_navigation->addItem(page->title());
    if (n == 1)
        m_navigation->setCurrentRow(0);
    else
        rebuildMenus();
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::setCurrentPage(Page *page)
{
    const int row = int(m_pages.indexOf(page));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    for (Page *p : std::as_const(m_pages))
        if (auto *box =
                qobject_cast<QWidget *>(p->property("marketdeskStatusBox").value<QObject *>()))
            box->setVisible(p == m_pages[index]);
    m_stack->setCurrentIndex(index);
    rebuildMenus();
}

void MainWindow::rebuildMenus()
{
    // The shell's menus stay; the current page's menus and actions go between them.
    Page *page = currentPage();
    auto actionsOf = [page](Page::Place place) {
        return page ? page->pageActions(place) : QList<QAction *>();
    };
    auto addAll = [](QWidget *target, const QList<QAction *> &actions) {
        for (QAction *a : actions) {
            if (a)
                target->addAction(a);
            else if (auto *menu = qobject_cast<QMenu *>(target))
                menu->addSeparator();
            else if (auto *bar = qobject_cast<QToolBar *>(target))
                bar->addSeparator();
        }
    };
    m_fileMenu->clear();
    addAll(m_fileMenu, actionsOf(Page::Place::File));
    m_fileMenu->addAction(m_exportAuditAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_languageAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu->clear();
    m_viewMenu->addActions(m_goToPage);
    if (!actionsOf(Page::Place::View).isEmpty()) {
        m_viewMenu->addSeparator();
        addAll(m_viewMenu, actionsOf(Page::Place::View));
    }

    menuBar()->clear();
    menuBar()->addMenu(m_fileMenu);
    if (page)
        for (QMenu *menu : page->menus())
            menuBar()->addMenu(menu);
    menuBar()->addMenu(m_viewMenu);
    menuBar()->addMenu(m_accountMenu);
    menuBar()->addMenu(m_helpMenu);

    // clear() leaves the separators it made alive: they go with the actions list.
    const QList<QAction *> old = m_toolBar->actions();
    m_toolBar->clear();
    for (QAction *a : old)
        if (a->isSeparator() && a->parent() == m_toolBar)
            delete a;
    addAll(m_toolBar, actionsOf(Page::Place::ToolBar));
}

void MainWindow::setIdentity(const QString &name, const QString &tenantName, const QString &role,
                             const QString &details)
{
    m_readOnly = role == u"user";
    QStringList parts{name};
    if (!tenantName.isEmpty())
        parts << tenantName;
    if (role == u"admin")
        parts << tr("administrator");
    else if (role == u"seller")
        parts << tr("seller");
    else if (m_readOnly)
        parts << tr("member (read only)");
    m_identityLabel->setText(parts.join(QStringLiteral(" · ")));
    m_identityLabel->setToolTip(PlainText::toolTip(details));
    const QString why = m_readOnly ? tr("Only administrators can make changes; you are signed "
                                        "in as a member.")
                                   : QString();
    for (Page *p : std::as_const(m_pages))
        p->setReadOnly(m_readOnly, why);
}

void MainWindow::setSignedOut(const QString &reason)
{
    m_signInReason->setText(tr("You are signed out: %1 Changes you make wait in the outbox and "
                               "are sent once you sign in again.")
                                .arg(reason));
    m_signInBanner->setVisible(true);
}

void MainWindow::setSignedIn()
{
    m_signInBanner->setVisible(false);
}

void MainWindow::setOnline(bool online, const QString &why)
{
    m_online = online;
    m_onlineLabel->setText(online ? tr("● Online") : tr("● Offline"));
    m_onlineLabel->setToolTip(PlainText::toolTip(why));
    applyColours();
}

void MainWindow::applyColours()
{
    // Palettes, not style sheets: the first style sheet in a program builds Qt's style-sheet
    // style, which costs the cold start several milliseconds. Made from the window's palette,
    // so a dark theme gets its own (StatusColours).
    const QPalette base = palette();
    QPalette banner = base;
    banner.setColor(QPalette::Window, StatusColours::bannerBackground(base));
    banner.setColor(QPalette::WindowText, StatusColours::bannerText(base));
    m_signInBanner->setPalette(banner);
    m_onlineLabel->setPalette(StatusColours::withText(base, m_online ? StatusColours::Kind::Success
                                                                     : StatusColours::Kind::Error));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_onlineLabel)
        applyColours();
    QMainWindow::changeEvent(event);
}

void MainWindow::setAccountActionsEnabled(bool enabled)
{
    for (QAction *a : std::as_const(m_accountActions))
        a->setEnabled(enabled);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(UiSettings::kWindowGeometry, saveGeometry());
    s.setValue(UiSettings::kWindowState, saveState());
    for (const Page *p : std::as_const(m_pages))
        p->saveLayout(s);
    event->accept();
}

void MainWindow::setAbout(AboutFacts facts, const QString &dataFolder)
{
    m_aboutFacts = std::move(facts);
    m_dataFolder = dataFolder;
    m_openDataFolderAction->setEnabled(!dataFolder.isEmpty());
    m_openDataFolderAction->setStatusTip(QDir::toNativeSeparators(dataFolder));
}

QString MainWindow::aboutText() const
{
    // Rich text for the layout; every value is escaped (a path may hold anything).
    QString rows;
    const QList<std::pair<QString, QString>> facts =
        m_aboutFacts ? m_aboutFacts() : QList<std::pair<QString, QString>>();
    for (const auto &[name, value] : facts)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    if (!m_dataFolder.isEmpty())
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(tr("Data folder").toHtmlEscaped(),
                         QDir::toNativeSeparators(m_dataFolder).toHtmlEscaped());
    return tr("<b>marketdesk %1</b><p>A desktop console for Huawei Cloud KooGallery "
              "sellers and enterprise administrators.</p>")
               .arg(QStringLiteral(MARKETDESK_VERSION)) +
           QStringLiteral("<table cellspacing=\"4\">") + rows + QStringLiteral("</table>");
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About marketdesk"), aboutText());
}
