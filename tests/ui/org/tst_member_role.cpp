// A plain member (not an administrator) signed in: the window says "read only" and offers no
// change, and when a change reaches the server anyway it is refused (403) and the progress
// window says why, member by member, in words.
#include "models/common/operation_results_model.h"
#include "models/org/member_table_model.h"
#include "org/org_service.h"
#include "support/queued_spy.h"
#include "support/service_fixture.h"
#include "ui/org/operation_dialog.h"
#include "ui/org/org_page.h"
#include "ui/shell/main_window.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class TestMemberRole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowOffersNoChange();
    void serverRefusalIsShownPerMember();

private:
    ServiceFixture m_fixture;
};

void TestMemberRole::initTestCase()
{
    m_fixture.setAccount(QStringLiteral("wang.fang"));
    const QString error = m_fixture.start(40, 4, QStringLiteral("wang.fang"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMemberRole::windowOffersNoChange()
{
    MainWindow window(QStringLiteral("member test"));
    auto *page = new OrgPage(m_fixture.service());
    window.addPage(page);
    window.setIdentity(QStringLiteral("王芳"), QStringLiteral("示例科技有限公司"),
                       QStringLiteral("user"), {});
    window.show();
    QMetaObject::invokeMethod(m_fixture.service(),
                              [s = m_fixture.service()] { s->reloadSnapshot(); });
    QTRY_VERIFY(page->memberModel()->rowCount() > 0);
    const OrgSnapshotPtr snapshot = m_fixture.snapshot();
    page->selectUserNames({snapshot->text(1, OrgSnapshot::UserName)});
    QVERIFY(!page->selectedUserNames().isEmpty());
    for (const char *name : {"enableAction", "disableAction", "deleteAction", "addMemberAction",
                             "editMemberAction", "addDepartmentAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY(action->statusTip().contains(u"Only administrators"));
    }
    auto *copy = window.findChild<QAction *>(QStringLiteral("copyAction"));
    QVERIFY(copy->isEnabled()); // reading is fine
    auto *identity = window.findChild<QLabel *>(QStringLiteral("identityLabel"));
    QVERIFY2(identity->text().contains(u"read only"), qPrintable(identity->text()));
}

void TestMemberRole::serverRefusalIsShownPerMember()
{
    OrgService *service = m_fixture.service();
    const OrgSnapshotPtr snapshot = m_fixture.snapshot();
    QStringList names;
    for (int i = 0; i < snapshot->memberCount() && names.size() < 2; ++i)
        if (snapshot->memberEnabled(i))
            names << snapshot->text(i, OrgSnapshot::UserName);
    QueuedSpy finished(service, &OrgService::operationFinished);
    OperationDialog dialog(service, MemberAction::Disable, names); // sends the change
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(2).toInt(), int(names.size())); // all refused
    OperationResultsModel *results = dialog.results();
    QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), int(names.size()), 10000);
    for (int row = 0; row < results->rowCount(); ++row) {
        const QString message =
            results->index(row, OperationResultsModel::MessageColumn).data().toString();
        QVERIFY2(message.contains(u"not an administrator") &&
                     message.contains(u"only administrators may change the organisation"),
                 qPrintable(message));
    }
}

QTEST_MAIN(TestMemberRole)
#include "tst_member_role.moc"
