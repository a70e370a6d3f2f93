// The CSV import dialog offscreen against the real sandbox: the preview lists every row that
// will change and every bad row with its line and reason before anything is sent.
#include "models/org/import_preview_model.h"
#include "org/org_service.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"
#include "support/service_fixture.h"
#include "ui/org/import_dialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void userNameListPreview();
    void newMembersPreviewAndAdd();
    void unreadableFile();
    void typedPathReadOnEnter();

private:
    QString write(const QString &name, const QByteArray &content);
    QStringList previewLines(ImportDialog &d);

    QTemporaryDir m_dir; // the CSV files
    ServiceFixture m_fixture;
    OrgService *m_service = nullptr;
    OrgSnapshotPtr m_snapshot;
    QString m_enabled;
};

void TestImportDialog::initTestCase()
{
    const QString error = m_fixture.start(60, 6, QStringLiteral("import-test"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_service = m_fixture.service();
    m_snapshot = m_fixture.snapshot();
    for (int i = 0; i < m_snapshot->memberCount() && m_enabled.isEmpty(); ++i)
        if (m_snapshot->memberEnabled(i) && !m_snapshot->memberAdmin(i))
            m_enabled = m_snapshot->text(i, OrgSnapshot::UserName);
}

QString TestImportDialog::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QStringList TestImportDialog::previewLines(ImportDialog &d)
{
    QStringList out;
    const ImportPreviewModel *m = d.preview();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, ImportPreviewModel::LineColumn).data().toString() + u' ' +
                   m->index(r, ImportPreviewModel::UserNameColumn).data().toString() + u": " +
                   m->index(r, ImportPreviewModel::OutcomeColumn).data().toString();
    return out;
}

void TestImportDialog::userNameListPreview()
{
    ImportDialog d(m_service, m_snapshot);
    QSignalSpy ready(&d, &ImportDialog::previewReady);
    const QByteArray csv =
        "userName\n" + m_enabled.toUtf8() + "\nbad name\nghost.user\n" + m_enabled.toUtf8() + "\n";
    const int before = TestSupport::stats(m_fixture.url()).value(u"requests").toInt();
    d.loadFile(write(QStringLiteral("names.csv"), csv));
    QVERIFY(ready.wait(5000));
    QCOMPARE(
        previewLines(d),
        (QStringList{
            QStringLiteral("2 %1: enabled → disabled").arg(m_enabled),
            QStringLiteral("3 : \"bad name\" is not a valid userName"),
            QStringLiteral("4 ghost.user: not found in this enterprise (sync, or check the name)"),
            QStringLiteral("5 : \"%1\" appears more than once").arg(m_enabled)}));
    QCOMPARE(d.preview()->badCount(), 3);
    auto *go = d.findChild<QPushButton *>(QStringLiteral("importGoButton"));
    QVERIFY(go->isEnabled());
    QCOMPARE(go->text(), QStringLiteral("Disable 1 member(s)"));
    QCOMPARE(d.impact().toSend(), QStringList{m_enabled});
    QCOMPARE(TestSupport::stats(m_fixture.url()).value(u"requests").toInt(),
             before); // nothing sent
}

void TestImportDialog::newMembersPreviewAndAdd()
{
    ImportDialog d(m_service, m_snapshot);
    QSignalSpy ready(&d, &ImportDialog::previewReady);
    const QString dept = m_snapshot->department(0).orgCode;
    const QByteArray csv = "userName,name,email,mobile,orgCode,role\n"
                           "fresh.one,新人,fresh@example.com,," +
                           dept.toUtf8() + ",user\n" + m_enabled.toUtf8() +
                           ",Dup,dup@example.com,," + dept.toUtf8() +
                           ",user\n"
                           "lost.one,无部门,lost@example.com,,NOPE,user\n"
                           "broken,坏,not-an-email,,D1,user\n";
    d.loadFile(write(QStringLiteral("new.csv"), csv));
    QVERIFY(ready.wait(5000));
    const QStringList lines = previewLines(d);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(u"2 fresh.one: will be added to"), qPrintable(lines[0]));
    QCOMPARE(lines[1], QStringLiteral("3 %1: already exists").arg(m_enabled));
    QCOMPARE(lines[2], QStringLiteral("4 lost.one: department \"NOPE\" does not exist"));
    QVERIFY2(lines[3].startsWith(u"5 : email:"), qPrintable(lines[3]));
    auto *go = d.findChild<QPushButton *>(QStringLiteral("importGoButton"));
    QCOMPARE(go->text(), QStringLiteral("Add 1 member(s)"));
    // The service has a thread of its own: QSignalSpy::wait would miss an answer that came
    // before it started waiting (it did, once, on a loaded machine).
    QueuedSpy finished(m_service, &OrgService::importFinished);
    go->click();
    // Sent: this window reads no other file (its button would only close it now).
    QVERIFY(d.findChild<QLineEdit *>(QStringLiteral("filePath"))->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 10000);
    QCOMPARE(finished.at(0).at(1).toInt(), 1);
    QCOMPARE(finished.at(0).at(2).toInt(), 0);
    int status = 0;
    TestSupport::httpJson(
        m_fixture.url().resolved(QUrl(QStringLiteral("/api/v1/org/members/fresh.one"))), "GET", {},
        &status);
    QCOMPARE(status, 200);
}

void TestImportDialog::unreadableFile()
{
    ImportDialog d(m_service, m_snapshot);
    d.loadFile(m_dir.filePath(QStringLiteral("missing.csv")));
    auto *summary = d.findChild<QLabel *>(QStringLiteral("importSummary"));
    QTRY_VERIFY(summary->text().contains(u"Cannot read"));
    QVERIFY(!d.findChild<QPushButton *>(QStringLiteral("importGoButton"))->isEnabled());
}

void TestImportDialog::typedPathReadOnEnter()
{
    // A path typed or pasted into the field is read on Enter: the preview, and the dialog still
    // open, not accepted (Enter is not taken by the Send button, enabled from an earlier file).
    ImportDialog d(m_service, m_snapshot);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QSignalSpy ready(&d, &ImportDialog::previewReady);
    d.loadFile(write(QStringLiteral("first.csv"), "userName\n" + m_enabled.toUtf8() + "\n"));
    QVERIFY(ready.wait(5000));
    auto *go = d.findChild<QPushButton *>(QStringLiteral("importGoButton"));
    QVERIFY(go->isEnabled());
    auto *field = d.findChild<QLineEdit *>(QStringLiteral("filePath"));
    QVERIFY(field);
    const QString second = write(QStringLiteral("typed.csv"), "userName\nghost.user\n");
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, second);
    // What is typed is not yet what the preview shows: nothing can be sent from it, not even
    // after another action is chosen (which once brought Send back for the earlier file).
    QVERIFY(!go->isEnabled());
    QVERIFY(d.preview()->rowCount() == 0);
    auto *action = d.findChild<QComboBox *>(QStringLiteral("actionCombo"));
    action->setCurrentIndex((action->currentIndex() + 1) % action->count());
    QVERIFY(!go->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(ready.wait(5000));
    QCOMPARE(previewLines(d),
             QStringList{QStringLiteral(
                 "2 ghost.user: not found in this enterprise (sync, or check the name)")});
    QVERIFY(d.isVisible());
    QCOMPARE(d.result(), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
