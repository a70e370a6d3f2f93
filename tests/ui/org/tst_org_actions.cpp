// The organisation page's actions and their rules, without a window: what is on for each
// state (selection, role, sync, data that could not be opened), and that an action that is
// off for a reason says the reason. Then the page on a service whose local data cannot be
// opened: its changes are off and say why, instead of failing one by one.
#include "org/org_service.h"
#include "ui/org/org_actions.h"
#include "ui/org/org_page.h"

#include "support/queued_spy.h"

#include <QAction>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using State = OrgActions::State;
Q_DECLARE_METATYPE(OrgActions::State)

class TestOrgActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void reasonIsShownAsPlainText();
    void pageOnDataThatCannotOpen();
};

void TestOrgActions::rules_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QStringList>("enabled");
    QTest::addColumn<QString>("reason"); // in the status tip of every change action

    const QStringList always{QStringLiteral("findAction"), QStringLiteral("syncAction")};
    State none;
    QTest::newRow("nothing loaded") << none << always << QString();
    State loaded;
    loaded.haveData = true;
    QTest::newRow("loaded, nothing selected")
        << loaded << always + QStringList{"addMemberAction", "addDepartmentAction", "importAction"}
        << QString();
    State one = loaded;
    one.selectedMembers = 1;
    QTest::newRow("one member selected")
        << one << always + QStringList{"addMemberAction",  "addDepartmentAction", "importAction",
                                       "enableAction",     "disableAction",       "deleteAction",
                                       "editMemberAction", "copyAction"}
        << QString();
    State many = one;
    many.selectedMembers = 7;
    many.departmentSelected = true;
    QTest::newRow("many members and a department")
        << many
        << always + QStringList{"addMemberAction", "addDepartmentAction",  "importAction",
                                "enableAction",    "disableAction",        "deleteAction",
                                "copyAction",      "editDepartmentAction", "deleteDepartmentAction"}
        << QString();
    State member = many;
    member.readOnly = true;
    member.readOnlyReason = QStringLiteral("Only administrators can make changes.");
    QTest::newRow("plain member: reads and copies only")
        << member << always + QStringList{"copyAction"} << member.readOnlyReason;
    State syncing = one;
    syncing.syncing = true;
    QTest::newRow("syncing: stop instead of sync")
        << syncing << QStringList{"findAction",          "cancelSyncAction", "addMemberAction",
                                  "addDepartmentAction", "importAction",     "enableAction",
                                  "disableAction",       "deleteAction",     "editMemberAction",
                                  "copyAction"}
        << QString();
    State broken = many;
    broken.unavailable = QStringLiteral("The local data could not be opened: disk full");
    QTest::newRow("data could not be opened: no change, no sync")
        << broken << QStringList{"findAction", "copyAction"} << broken.unavailable;
    State brokenMember = broken;
    brokenMember.readOnly = true;
    brokenMember.readOnlyReason = QStringLiteral("member");
    QTest::newRow("both: the data is named first")
        << brokenMember << QStringList{"findAction", "copyAction"} << broken.unavailable;
}

void TestOrgActions::rules()
{
    QFETCH(State, state);
    QFETCH(QStringList, enabled);
    QFETCH(QString, reason);
    OrgActions actions;
    // From a different state first: apply() must set every action, not only some.
    State opposite;
    opposite.haveData = true;
    opposite.selectedMembers = 1;
    opposite.departmentSelected = true;
    opposite.syncing = true;
    actions.apply(opposite);
    actions.apply(state);
    QStringList on;
    for (const QAction *a : actions.all())
        if (a->isEnabled())
            on << a->objectName();
    on.sort();
    enabled.sort();
    QCOMPARE(on, enabled);
    for (const QAction *a : {actions.enable, actions.disable, actions.remove, actions.addMember,
                             actions.editMember, actions.addDepartment, actions.editDepartment,
                             actions.deleteDepartment, actions.import}) {
        QCOMPARE(a->statusTip(), reason);
        if (!reason.isEmpty())
            QVERIFY2(a->toolTip().contains(reason), qPrintable(a->toolTip()));
    }
}

void TestOrgActions::reasonIsShownAsPlainText()
{
    OrgActions actions;
    State s;
    s.unavailable = QStringLiteral("cannot open <img src=\"/dev/zero\">");
    actions.apply(s);
    const QString tip = actions.import->toolTip();
    QVERIFY2(tip.contains(u"&lt;img") && !tip.contains(u"<img"), qPrintable(tip));
    s.unavailable.clear();
    actions.apply(s);
    QCOMPARE(actions.import->toolTip(), QStringLiteral("Import CSV… (Ctrl+I)"));
}

void TestOrgActions::pageOnDataThatCannotOpen()
{
    QTemporaryDir dir;
    // The account's data folder is a file: nothing can be created under it.
    const QString blocked = dir.filePath(QStringLiteral("account"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    OrgServiceConfig config;
    config.server = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.dataDir = blocked;
    config.actor = QStringLiteral("test");
    QThread thread;
    auto *service = new OrgService(config);
    service->moveToThread(&thread);
    thread.start();
    // Whatever fails below, the service goes on its thread and the thread ends.
    const auto stop = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            service, [service] { delete service; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    });
    {
        OrgPage page(service);
        QueuedSpy opened(service, &OrgService::opened);
        QMetaObject::invokeMethod(service, [service] { service->open(); });
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        QVERIFY(!opened.at(0).at(0).toBool());
        OrgActions *a = page.orgActions();
        // The page hears of it through a queued signal.
        QTRY_VERIFY2(a->import->statusTip().contains(u"could not be opened"),
                     qPrintable(a->import->statusTip()));
        QVERIFY(!a->import->isEnabled());
        QVERIFY(!a->sync->isEnabled());
        QVERIFY2(a->sync->statusTip().contains(opened.at(0).at(1).toString()),
                 qPrintable(a->sync->statusTip()));
        page.requestSync(); // refused quietly: nothing to sync into
        QVERIFY(!a->cancelSync->isEnabled());
    }
}

QTEST_MAIN(TestOrgActions)
#include "tst_org_actions.moc"
