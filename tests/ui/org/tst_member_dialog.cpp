// The add-member dialog offscreen against the real sandbox: problems appear beside the field
// as you type, the save button waits for a valid form, a refusal from the server stays in the
// dialog, and a good member is saved and closes it.
#include "org/org_service.h"
#include "support/sandbox_fixture.h"
#include "support/service_fixture.h"
#include "ui/org/member_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestMemberDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fieldProblems_data();
    void fieldProblems();
    void refusalStaysInTheDialog();
    void goodMemberIsSaved();

private:
    std::unique_ptr<MemberDialog> dialog();
    void type(MemberDialog &d, const char *field, const QString &text);
    QPushButton *saveButton(MemberDialog &d);

    ServiceFixture m_fixture;
    OrgService *m_service = nullptr;
    OrgSnapshotPtr m_snapshot;
};

void TestMemberDialog::initTestCase()
{
    const QString error = m_fixture.start(50, 5, QStringLiteral("dialog-test"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_service = m_fixture.service();
    m_snapshot = m_fixture.snapshot();
}

std::unique_ptr<MemberDialog> TestMemberDialog::dialog()
{
    Member m;
    m.orgCode = m_snapshot->department(0).orgCode;
    auto d = std::make_unique<MemberDialog>(m_service, *m_snapshot, m, true);
    d->show();
    return d;
}

void TestMemberDialog::type(MemberDialog &d, const char *field, const QString &text)
{
    auto *edit = d.findChild<QLineEdit *>(QLatin1String(field) + QStringLiteral("Edit"));
    edit->clear();
    edit->insert(text); // as typed: marks the field modified (keyClicks knows only ASCII)
}

QPushButton *TestMemberDialog::saveButton(MemberDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

void TestMemberDialog::fieldProblems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("user name with a space") << "userName"
                                            << "bad name"
                                            << "Use letters, digits";
    QTest::newRow("email") << "email"
                           << "not-an-email"
                           << "is not an email address";
    QTest::newRow("mobile") << "mobile"
                            << "12ab"
                            << "is not a mobile number";
}

void TestMemberDialog::fieldProblems()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto d = dialog();
    // Untouched fields say nothing yet.
    QVERIFY(!d->findChild<QLabel *>(QStringLiteral("emailError"))->isVisible());
    type(*d, "userName", QStringLiteral("ok.name"));
    type(*d, "name", QStringLiteral("测试"));
    type(*d, "email", QStringLiteral("ok@example.com"));
    QVERIFY(saveButton(*d)->isEnabled());
    type(*d, field.toLatin1().constData(), text);
    auto *error = d->findChild<QLabel *>(field + QStringLiteral("Error"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QVERIFY(!saveButton(*d)->isEnabled());
}

void TestMemberDialog::refusalStaysInTheDialog()
{
    auto d = dialog();
    type(*d, "userName", m_snapshot->text(0, OrgSnapshot::UserName)); // exists already
    type(*d, "name", QStringLiteral("重复"));
    type(*d, "email", QStringLiteral("dup@example.com"));
    saveButton(*d)->click();
    auto *server = d->findChild<QLabel *>(QStringLiteral("serverError"));
    QTRY_VERIFY_WITH_TIMEOUT(server->isVisible(), 10000);
    QVERIFY2(server->text().contains(u"already exists"), qPrintable(server->text()));
    QVERIFY(d->isVisible());
    QVERIFY(saveButton(*d)->isEnabled()); // the administrator can correct and try again
}

void TestMemberDialog::goodMemberIsSaved()
{
    auto d = dialog();
    QSignalSpy finished(d.get(), &QDialog::finished);
    type(*d, "userName", QStringLiteral("brand.new"));
    type(*d, "name", QStringLiteral("新成员"));
    type(*d, "mobile", QStringLiteral("+86 138 0000 0000"));
    saveButton(*d)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    int status = 0;
    const QJsonObject m = TestSupport::httpJson(
        m_fixture.url().resolved(QUrl(QStringLiteral("/api/v1/org/members/brand.new"))), "GET", {},
        &status);
    QCOMPARE(status, 200);
    QCOMPARE(m.value(u"member").toObject().value(u"name").toString(), QStringLiteral("新成员"));
}

QTEST_MAIN(TestMemberDialog)
#include "tst_member_dialog.moc"
