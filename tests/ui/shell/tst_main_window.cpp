// The main window driven offscreen against the real sandbox: it loads the organisation,
// filters as you type, and a batch disable goes from selection through the confirmation
// (showing the impact) to the per-member results, with the server applying each change once.
// Each test has a sandbox, service and window of its own; no wait is unbounded, and a modal
// window is always answered (a failed check inside a timer once left one open until CTest's
// timeout).
#include "models/common/operation_results_model.h"
#include "models/org/department_tree_model.h"
#include "models/org/member_table_model.h"
#include "org/org_service.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"
#include "ui/org/confirm_batch_dialog.h"
#include "ui/org/operation_dialog.h"
#include "ui/org/org_page.h"
#include "ui/shell/main_window.h"
#include "ui/shell/page.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

// A second section, as a later domain would add one: the shell must host it beside the
// organisation page without either knowing the other.
class OtherPage : public Page
{
public:
    OtherPage()
    {
        setObjectName(QStringLiteral("otherPage"));
        m_menu = new QMenu(QStringLiteral("&Other"), this);
        m_action = new QAction(QStringLiteral("Other action"), this);
        m_action->setObjectName(QStringLiteral("otherAction"));
        m_menu->addAction(m_action);
        m_status = new QLabel(QStringLiteral("other status"), this);
    }
    QString title() const override { return QStringLiteral("Other"); }
    QList<QMenu *> menus() const override { return {m_menu}; }
    QList<QAction *> pageActions(Place place) const override
    {
        return place == Place::ToolBar ? QList<QAction *>{m_action} : QList<QAction *>{};
    }
    QList<QWidget *> statusWidgets() const override { return {m_status}; }
    void setReadOnly(bool readOnly, const QString &why) override
    {
        readOnlyNow = readOnly;
        reason = why;
    }
    bool readOnlyNow = false;
    QString reason;

private:
    QMenu *m_menu;
    QAction *m_action;
    QLabel *m_status;
};

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheOrganisation();
    void searchAndStatusFilter();
    void departmentFilter();
    void disableSelectedMembers();
    void cancelledConfirmationSendsNothing();
    void lastAdminIsShownAsBlocked();
    void namesAreShownAsPlainText();
    void pagesBringTheirOwnMenus();
    void windowCarriesTheApplicationIcon();

private:
    struct Confirmation
    {
        bool seen = false; // a ConfirmBatchDialog was shown and answered
        QString summary;
    };
    // Answers the next modal window within 5 s: a batch confirmation by its confirm or cancel
    // button, anything else by closing it. What was seen is checked after the trigger returns.
    std::shared_ptr<Confirmation> answerConfirmation(bool confirm);
    QStringList enabledUsers(int n) const;

    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<QTemporaryDir> m_dir;
    QThread m_thread;
    OrgService *m_service = nullptr;
    std::unique_ptr<MainWindow> m_window;
    OrgPage *m_page = nullptr; // owned by m_window
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("marketdesk-test"));
}

void TestMainWindow::init()
{
    m_host = std::make_unique<SandboxHost>();
    m_dir = std::make_unique<QTemporaryDir>();
    SandboxOptions o;
    o.seed.members = 800;
    o.seed.departments = 30;
    QString error;
    QVERIFY2(m_host->start(o, &error), qPrintable(error));
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_host->url(), QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
    m_service = new OrgService(TestSupport::serviceConfig(m_host->url(), m_dir->path(),
                                                          QStringLiteral("ui-test"), signedIn));
    m_service->moveToThread(&m_thread);
    m_thread.start();
    m_window = std::make_unique<MainWindow>(QStringLiteral("test"));
    m_page = new OrgPage(m_service);
    m_window->addPage(m_page);
    connect(m_service, &OrgService::onlineChanged, m_window.get(), &MainWindow::setOnline);
    QueuedSpy synced(m_service, &OrgService::syncFinished);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    m_window->show();
    m_page->requestSync();
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->memberModel()->totalMembers(), 800, 10000);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    if (m_service) {
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
        m_service = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    m_host.reset();
    m_dir.reset();
}

std::shared_ptr<TestMainWindow::Confirmation> TestMainWindow::answerConfirmation(bool confirm)
{
    auto seen = std::make_shared<Confirmation>();
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [poll, seen, tries, confirm] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConfirmBatchDialog *>(modal)) {
            seen->seen = true;
            if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("impactSummary")))
                seen->summary = label->text();
            auto *go = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
            if (confirm && go)
                go->click();
            else
                dialog->reject();
        } else if (modal) {
            modal->close(); // not what the test expected: never leave it open
        }
        if (modal || ++*tries > 500)
            poll->deleteLater();
    });
    poll->start();
    return seen;
}

QStringList TestMainWindow::enabledUsers(int n) const
{
    const auto s = m_page->memberModel()->snapshot();
    QStringList out;
    for (int i = 0; i < s->memberCount() && out.size() < n; ++i)
        if (s->memberEnabled(i) && !s->memberAdmin(i))
            out << s->text(i, OrgSnapshot::UserName);
    return out;
}

void TestMainWindow::showsTheOrganisation()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("departmentTree"));
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 1).data().toInt(), 800);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("memberTable"));
    QCOMPARE(table->model()->rowCount(), 800);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("onlineIndicator"))
                ->text()
                .contains(u"Online"));
    // Nothing selected: the actions on a selection are off.
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("disableAction"))->isEnabled());
}

void TestMainWindow::searchAndStatusFilter()
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *model = m_page->memberModel();
    const QString someone = model->snapshot()->text(10, OrgSnapshot::UserName);
    QTest::keyClicks(search, someone);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 3000);
    QCOMPARE(model->index(0, 0).data(MemberTableModel::UserNameRole).toString(), someone);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 800, 3000);
    status->setCurrentIndex(2); // disabled only
    QVERIFY(model->rowCount() > 0 && model->rowCount() < 800);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(!model->index(r, 0).data(MemberTableModel::EnabledRole).toBool());
    status->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 800);
}

void TestMainWindow::departmentFilter()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("departmentTree"));
    const QModelIndex root = tree->model()->index(0, 0);
    const QModelIndex first = tree->model()->index(0, 0, root);
    const int count = tree->model()->index(0, 1, root).data().toInt();
    tree->setCurrentIndex(first);
    QCOMPARE(m_page->memberModel()->rowCount(), count);
    tree->setCurrentIndex(root);
    QCOMPARE(m_page->memberModel()->rowCount(), 800);
}

void TestMainWindow::disableSelectedMembers()
{
    const QStringList targets = enabledUsers(3);
    m_page->selectUserNames(targets);
    QCOMPARE(m_page->selectedUserNames().size(), 3);
    QAction *disable = m_window->findChild<QAction *>(QStringLiteral("disableAction"));
    QVERIFY(disable->isEnabled());
    const int appliedBefore = TestSupport::stats(m_host->url()).value(u"appliedChanges").toInt();
    const auto confirmation = answerConfirmation(true);
    // Slow answers (the sandbox's latency) keep the batch running while its window is looked at.
    TestSupport::setFaults(m_host->url(), {{QStringLiteral("latencyMs"), 1500}});
    auto fast = qScopeGuard([this] { TestSupport::setFaults(m_host->url(), {}); });
    disable->trigger();
    QVERIFY(confirmation->seen);
    QVERIFY2(confirmation->summary.contains(u"3 of 3"), qPrintable(confirmation->summary));
    auto *dialog = m_window->findChild<OperationDialog *>();
    QVERIFY(dialog);
    // While it runs, laid out and shown: no Undo of a change that has not happened, no Retry.
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(200);
    QVERIFY(!dialog->isFinished());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("undoButton"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    fast.dismiss();
    TestSupport::setFaults(m_host->url(), {});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->results()->rowCount(), 3, 5000);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(
            dialog->results()->index(r, OperationResultsModel::OutcomeColumn).data().toString(),
            QStringLiteral("Done"));
    QCOMPARE(TestSupport::stats(m_host->url()).value(u"appliedChanges").toInt() - appliedBefore, 3);
    // The table follows: the three are now shown disabled, and still selected.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->memberModel()
                                  ->index(m_page->memberModel()->rowOf(targets[0]), 0)
                                  .data(MemberTableModel::EnabledRole)
                                  .toBool(),
                             5000);
    QCOMPARE(m_page->selectedUserNames().size(), 3);

    // Undo: the same three enabled again, through the outbox like any change.
    auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo->isVisible());
    undo->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->memberModel()
                                 ->index(m_page->memberModel()->rowOf(targets[0]), 0)
                                 .data(MemberTableModel::EnabledRole)
                                 .toBool(),
                             5000);
    QCOMPARE(TestSupport::stats(m_host->url()).value(u"appliedChanges").toInt() - appliedBefore, 6);
    QTRY_VERIFY(!undo->isVisible()); // one undo, not a ping-pong
    dialog->close();
}

void TestMainWindow::cancelledConfirmationSendsNothing()
{
    m_page->selectUserNames(enabledUsers(2));
    const int requestsBefore = TestSupport::stats(m_host->url()).value(u"requests").toInt();
    const auto confirmation = answerConfirmation(false);
    m_window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    QVERIFY(confirmation->seen);
    // Read on the service's thread, after whatever the window could have queued there:
    // nothing was recorded to send, no window follows an operation, the server saw nothing.
    qsizetype operations = -1;
    QMetaObject::invokeMethod(
        m_service, [&] { operations = m_service->outbox()->operations().size(); },
        Qt::BlockingQueuedConnection);
    QCOMPARE(operations, 0);
    QVERIFY(!m_window->findChild<OperationDialog *>());
    QCOMPARE(TestSupport::stats(m_host->url()).value(u"requests").toInt(), requestsBefore);
}

void TestMainWindow::lastAdminIsShownAsBlocked()
{
    const auto s = m_page->memberModel()->snapshot();
    QStringList admins;
    for (int i = 0; i < s->memberCount(); ++i)
        if (s->memberAdmin(i) && s->memberEnabled(i))
            admins << s->text(i, OrgSnapshot::UserName);
    QVERIFY(!admins.isEmpty());
    m_page->selectUserNames(admins);
    const auto confirmation = answerConfirmation(false);
    m_window->findChild<QAction *>(QStringLiteral("disableAction"))->trigger();
    QVERIFY(confirmation->seen);
    QVERIFY2(confirmation->summary.contains(u"1 cannot change"), qPrintable(confirmation->summary));
}

// A name from the server that looks like HTML is shown as those characters: Qt's rich text
// would render it, and load <img src=…> from the local disk.
void TestMainWindow::namesAreShownAsPlainText()
{
    const QString hostile = QStringLiteral("<img src=\"/dev/zero\"><b>Eve</b>");
    const QString root = m_page->memberModel()->snapshot()->department(0).orgCode;
    Member m;
    m.userName = QStringLiteral("eve.hostile");
    m.name = hostile;
    m.email = QStringLiteral("eve@example.com");
    m.mobile = QStringLiteral("13800000000");
    m.orgCode = root;
    Department d;
    d.orgCode = QStringLiteral("hostile-dept");
    d.orgName = hostile;
    d.parentCode = root;
    QueuedSpy saved(m_service, &OrgService::mutationFinished);
    QMetaObject::invokeMethod(m_service, [s = m_service, m] { s->saveMember(1, m, true); });
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QVERIFY2(saved.last().at(1).toBool(), qPrintable(saved.last().last().toString()));
    QMetaObject::invokeMethod(m_service, [s = m_service, d] { s->saveDepartment(2, d, true); });
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
    QVERIFY2(saved.last().at(1).toBool(), qPrintable(saved.last().last().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->memberModel()->rowOf(m.userName) >= 0, 10000);

    m_page->selectUserNames({m.userName});
    int shown = 0;
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->text().contains(hostile))
            continue;
        ++shown;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QVERIFY(shown > 0); // the details pane shows the name

    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("departmentTree"));
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole,
                                                       hostile, 1, Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    // Its tooltip names it too, escaped: tooltips render what looks like HTML.
    const QString tip = found.first().data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;img src=") && !tip.contains(hostile), qPrintable(tip));
    tree->setCurrentIndex(found.first());
    // The confirmation is modal: answer it from a timer, and check what it showed afterwards.
    Qt::TextFormat format = Qt::AutoText;
    QString text;
    QTimer poll;
    poll.setInterval(10);
    int tries = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            format = box->textFormat();
            text = box->text();
            box->reject();
        }
        if (!text.isEmpty() || ++tries > 500)
            poll.stop();
    });
    poll.start();
    m_window->findChild<QAction *>(QStringLiteral("deleteDepartmentAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!poll.isActive(), 10000);
    QVERIFY2(text.contains(hostile), qPrintable(text));
    QCOMPARE(format, Qt::PlainText);
}

void TestMainWindow::pagesBringTheirOwnMenus()
{
    auto menuTitles = [this] {
        QStringList out;
        for (QAction *a : m_window->menuBar()->actions())
            out << a->text();
        return out;
    };
    auto toolBarNames = [this] {
        QStringList out;
        for (QAction *a : m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions())
            out << a->objectName();
        return out;
    };
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->count(), 1); // only the sections that work
    QVERIFY(menuTitles().contains(QStringLiteral("&Members")));
    QVERIFY(toolBarNames().contains(QStringLiteral("syncAction")));

    auto *other = new OtherPage;
    m_window->addPage(other);
    QCOMPARE(nav->count(), 2);
    QCOMPARE(nav->item(1)->text(), QStringLiteral("Other"));
    QCOMPARE(m_window->currentPage(), m_page); // adding does not switch
    QVERIFY(!menuTitles().contains(QStringLiteral("&Other")));

    // Ctrl+2 goes to the second section: its menus, toolbar and status replace the first's.
    auto *go = m_window->findChild<QAction *>(QStringLiteral("goToPage2"));
    QVERIFY(go);
    QCOMPARE(go->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    go->trigger();
    QCOMPARE(m_window->currentPage(), other);
    QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
             other);
    QVERIFY(menuTitles().contains(QStringLiteral("&Other")));
    QVERIFY(!menuTitles().contains(QStringLiteral("&Members")));
    QCOMPARE(toolBarNames(), QStringList{QStringLiteral("otherAction")});
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("memberCount"))->isHidden() ||
        !m_window->findChild<QLabel *>(QStringLiteral("memberCount"))->isVisibleTo(m_window.get()));
    // The shell's own menus stay.
    for (const char *shell : {"&File", "&View", "&Account", "&Help"})
        QVERIFY2(menuTitles().contains(QLatin1String(shell)), shell);

    // A member's role reaches every page.
    m_window->setIdentity(QStringLiteral("王芳"), {}, QStringLiteral("user"), {});
    QVERIFY(other->readOnlyNow);
    QVERIFY(!other->reason.isEmpty());

    m_window->findChild<QAction *>(QStringLiteral("goToPage1"))->trigger();
    QCOMPARE(m_window->currentPage(), m_page);
    QVERIFY(menuTitles().contains(QStringLiteral("&Members")));
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("memberCount"))->isVisibleTo(m_window.get()));
}

// The icon comes from resources/ (compiled in) and is drawn by the SVG icon engine: a missing
// resource or a missing engine gives a null pixmap.
void TestMainWindow::windowCarriesTheApplicationIcon()
{
    for (int size : {16, 32, 64, 256}) {
        const QImage image = m_window->windowIcon().pixmap(QSize(size, size)).toImage();
        QVERIFY2(!image.isNull(), qPrintable(QString::number(size)));
        QCOMPARE(image.size(), QSize(size, size));
        // Left of the white bars, the icon's red square (#c62828).
        const QColor corner = image.pixelColor(size * 12 / 128, size / 2);
        QCOMPARE(corner.red(), 0xc6);
        QCOMPARE(corner.green(), 0x28);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
