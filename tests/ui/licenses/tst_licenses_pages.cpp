// The Licenses, Orders and Image subscriptions pages offscreen over a real LicensesService (on
// a thread of its own, as the console runs it) and sandbox, with the sandbox's today and the
// pages' and service's clock fixed: the models pass QAbstractItemModelTester from before their
// first fill; a License applied through the dialog is shown, and the same device again answers
// the same License without taking another from the quota; a fingerprint out of the format is
// refused in the dialog naming its rule, with nothing queued; a License is viewed, copied and
// saved (characters, or the file checked against its SHA-256); orders filter by type and
// status, and their resource details show appInfo as masked; images are flagged at 30, 7 and
// 1 days, with switching auto-renew off asked first; the .ics and the CSV exports hold what
// the lists show.
#include "licenses/client/licenses_service.h"
#include "models/licenses/image_table_model.h"
#include "models/licenses/license_table_model.h"
#include "models/licenses/order_filter_proxy.h"
#include "models/licenses/order_table_model.h"
#include "sandbox/sandbox_caller.h"
#include "storage/outbox.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"
#include "ui/licenses/apply_license_dialog.h"
#include "ui/licenses/images_page.h"
#include "ui/licenses/license_details_pane.h"
#include "ui/licenses/licenses_page.h"
#include "ui/licenses/orders_page.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
constexpr int kWaitMs = 30'000;
const QString kAdmin = QStringLiteral("admin");
const QDateTime kNow(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
const QString kFingerprint = QStringLiteral("00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12|BFEBFBFF000906EA");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestLicensesPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTheTester();
    void applyThroughTheDialogIsIdempotent();
    void badFingerprintRefusedInTheDialog_data();
    void badFingerprintRefusedInTheDialog();
    void viewCopyAndSave();
    void fileLicenseSavedWhenItMatches();
    void ordersFilterAndDetails();
    void imagesFlaggedAt30_7_1Days();
    void autoRenewOffAskedFirst();
    void calendarAndCsvExports();

private:
    QJsonObject serverOrder(const QString &orderId)
    {
        return m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/orders/") + orderId)
            .json.value(u"order")
            .toObject();
    }
    bool serverAutoRenew(const QString &id)
    {
        return m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/images/") + id)
            .json.value(u"image")
            .toObject()
            .value(u"autoRenew")
            .toBool();
    }
    qsizetype operations();
    // The first License product issued as `type` that can issue one now.
    Order product(const QString &type);
    // Applies through the dialog; the License id shown afterwards.
    QString applyInDialog(const Order &product, const QString &fingerprint);
    QString imageNamed(const QString &part);
    bool synced();

    SandboxHost m_host;
    SandboxCaller m_api;
    QThread m_thread;
    QTemporaryDir m_dir;
    LicensesService *m_service = nullptr;
    std::unique_ptr<LicensesPage> m_licenses;
    std::unique_ptr<OrdersPage> m_orders;
    std::unique_ptr<ImagesPage> m_images;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QString m_applied; // the License applyThroughTheDialog… got
};

void TestLicensesPages::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 40;
    o.seed.departments = 4;
    o.apps = 4;
    o.today = kNow.date();
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    m_api.setServer(m_host.url());
    QCOMPARE(m_api.signIn(kAdmin, QStringLiteral("zhang.min")), QString());
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("zhang.min"), &signedIn), QString());
    LicensesServiceConfig c;
    c.server = m_host.url();
    c.dataDir = m_dir.filePath(QStringLiteral("account"));
    c.actor = QStringLiteral("zhang.min@test");
    c.endpoints = signedIn.endpoints;
    c.tokens = signedIn.tokens;
    m_service = new LicensesService(c);
    m_service->setClock([] { return kNow; });
    m_service->moveToThread(&m_thread);
    m_thread.start();
    m_licenses = std::make_unique<LicensesPage>(m_service);
    m_orders = std::make_unique<OrdersPage>(m_service);
    m_images = std::make_unique<ImagesPage>(m_service);
    m_licenses->setClock([] { return kNow; });
    m_images->setClock([] { return kNow; });
    // Watching from the start: the first fill, every reset and change after it.
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_licenses->productModel(), m_licenses->model(), m_orders->model(), m_orders->proxy(),
             m_images->model()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    for (QWidget *page :
         std::initializer_list<QWidget *>{m_licenses.get(), m_orders.get(), m_images.get()}) {
        page->resize(1200, 700);
        page->show();
    }
    // Queued spies: the service answers on its own thread, maybe before a wait() would begin.
    QueuedSpy opened(m_service, &LicensesService::opened);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, kWaitMs);
    QVERIFY(opened.at(0).first().toBool());
    QVERIFY(synced());
}

void TestLicensesPages::cleanupTestCase()
{
    m_testers.clear();
    m_licenses.reset();
    m_orders.reset();
    m_images.reset();
    QMetaObject::invokeMethod(
        m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool TestLicensesPages::synced()
{
    QueuedSpy done(m_service, &LicensesService::syncFinished);
    m_licenses->requestSync();
    return done.waitFor(1, kWaitMs) && done.last().first().toBool();
}

qsizetype TestLicensesPages::operations()
{
    // Anything a page had sent is in the outbox once the service's thread has run what was
    // queued before this call.
    qsizetype n = 0;
    QMetaObject::invokeMethod(
        m_service, [&] { n = m_service->outbox()->operations().size(); },
        Qt::BlockingQueuedConnection);
    return n;
}

Order TestLicensesPages::product(const QString &type)
{
    OrderTableModel *m = m_licenses->productModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        const Order &o = m->order(r);
        if (o.license && o.license->type == type && OrderTableModel::applyBlocker(o).isEmpty() &&
            o.license->quota > 1)
            return o;
    }
    return {};
}

QString TestLicensesPages::applyInDialog(const Order &product, const QString &fingerprint)
{
    m_licenses->selectProduct(product.orderId);
    if (!m_licenses->applyAction()->isEnabled())
        return QStringLiteral("apply is off");
    m_licenses->applyAction()->trigger();
    ApplyLicenseDialog *dialog = m_licenses->applyDialog();
    if (!dialog || dialog->instanceId() != product.instance.instanceId)
        return QStringLiteral("no dialog on the product");
    dialog->setFingerprint(fingerprint);
    if (!dialog->applyButton()->isEnabled())
        return QStringLiteral("refused: ") + dialog->fingerprintProblem();
    dialog->applyButton()->click();
    if (!QTest::qWaitFor([this] { return !m_licenses->applyDialog(); }, kWaitMs))
        return QStringLiteral("the dialog stayed");
    return m_licenses->currentLicenseId();
}

void TestLicensesPages::modelsPassTheTester()
{
    // 4 apps' orders, 4 License products, 8 images.
    QTRY_COMPARE_WITH_TIMEOUT(m_orders->model()->rowCount(), 16, kWaitMs);
    QCOMPARE(m_images->model()->rowCount(), 8);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_licenses->productModel(), m_licenses->model(), m_orders->model(), m_images->model()})
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                 int(Qt::BackgroundRole), int(Qt::UserRole), int(Qt::UserRole) + 1})
                    model->index(r, c).data(role);
}

void TestLicensesPages::applyThroughTheDialogIsIdempotent()
{
    const Order p = product(QStringLiteral("CHARACTERS"));
    QVERIFY(!p.orderId.isEmpty());
    const int issuedBefore =
        serverOrder(p.orderId).value(u"license").toObject().value(u"issued").toInt();
    const QString id = applyInDialog(p, kFingerprint);
    QVERIFY2(id.startsWith(u"lic-"), qPrintable(id));
    QCOMPARE(serverOrder(p.orderId).value(u"license").toObject().value(u"issued").toInt(),
             issuedBefore + 1);
    // Shown: the License's characters as the server has them, and its validity.
    const QJsonObject license = m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/licenses/") + id)
                                    .json.value(u"license")
                                    .toObject();
    QCOMPARE(m_licenses->details()->text()->toPlainText(), license.value(u"characters").toString());
    QVERIFY(m_licenses->details()->summary()->text().contains(u"Valid, "));

    // The same device again: the same License, none taken from the quota.
    const QString again = applyInDialog(p, kFingerprint);
    QCOMPARE(again, id);
    QCOMPARE(serverOrder(p.orderId).value(u"license").toObject().value(u"issued").toInt(),
             issuedBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_licenses->productModel()
                                  ->order(m_licenses->productModel()->rowOf(p.orderId))
                                  .license->issued,
                              issuedBefore + 1, kWaitMs);
    int forDevice = 0;
    for (int r = 0; r < m_licenses->model()->rowCount(); ++r)
        forDevice += m_licenses->model()->license(r).instanceId == p.instance.instanceId &&
                     m_licenses->model()->license(r).deviceFingerprint == kFingerprint;
    QCOMPARE(forDevice, 1);
    m_applied = id;
}

void TestLicensesPages::badFingerprintRefusedInTheDialog_data()
{
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("rule"); // a part of the message
    QTest::newRow("lower case") << kFingerprint.toLower() << "must be upper case";
    QTest::newRow("three fields") << "00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12"
                                  << "expected 4";
    QTest::newRow("over 5 KB") << QStringLiteral("00:1A:2B:3C:4D:5E|%1||").arg(QString(5200, u'A'))
                               << "5120";
    QTest::newRow("bad MAC") << "00:1A:2B:3C:4D|DISK||"
                             << "MAC";
}

void TestLicensesPages::badFingerprintRefusedInTheDialog()
{
    QFETCH(QString, fingerprint);
    QFETCH(QString, rule);
    const Order p = product(QStringLiteral("CHARACTERS"));
    m_licenses->selectProduct(p.orderId);
    QTRY_VERIFY(m_licenses->applyAction()->isEnabled());
    const qsizetype before = operations();
    m_licenses->applyAction()->trigger();
    ApplyLicenseDialog *dialog = m_licenses->applyDialog();
    QVERIFY(dialog);
    dialog->setFingerprint(fingerprint);
    QVERIFY2(dialog->fingerprintProblem().contains(rule), qPrintable(dialog->fingerprintProblem()));
    QVERIFY(!dialog->applyButton()->isEnabled());
    dialog->applyButton()->click();
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("fingerprintEdit")),
                    Qt::Key_Return);
    QCOMPARE(operations(), before);
    QVERIFY(m_licenses->applyDialog()); // still open, the fingerprint as typed
    QCOMPARE(dialog->fingerprint(), fingerprint);
    dialog->reject();
    QTRY_VERIFY(!m_licenses->applyDialog());
}

void TestLicensesPages::viewCopyAndSave()
{
    QVERIFY(!m_applied.isEmpty());
    m_licenses->selectLicense(m_applied);
    QCOMPARE(m_licenses->currentLicenseId(), m_applied);
    const QString characters = m_licenses->details()->text()->toPlainText();
    QVERIFY(characters.size() > 16);
    QVERIFY(m_licenses->copyAction()->isEnabled());
    QGuiApplication::clipboard()->clear();
    m_licenses->copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), characters);
    const QString path = m_dir.filePath(QStringLiteral("license.txt"));
    QueuedSpy files(m_service, &LicensesService::fileFinished);
    m_licenses->saveLicenseTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 1, kWaitMs);
    QVERIFY2(files.last().at(1).toBool(), qPrintable(files.last().at(2).toString()));
    QCOMPARE(readAll(path), characters.toUtf8() + '\n');
    QVERIFY(!(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup)));
}

void TestLicensesPages::fileLicenseSavedWhenItMatches()
{
    const Order p = product(QStringLiteral("FILE"));
    QVERIFY(!p.orderId.isEmpty());
    const QString id = applyInDialog(p, QStringLiteral("AA-BB-CC-DD-EE-01|DISK9||"));
    QVERIFY2(id.startsWith(u"lic-"), qPrintable(id));
    QVERIFY(!m_licenses->copyAction()->isEnabled()); // a file has no characters to copy
    const QJsonObject file = m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/licenses/") + id)
                                 .json.value(u"license")
                                 .toObject()
                                 .value(u"file")
                                 .toObject();
    QVERIFY(m_licenses->details()->summary()->text().contains(file.value(u"sha256").toString()));
    const QString path = m_dir.filePath(QStringLiteral("license.lic"));
    QueuedSpy files(m_service, &LicensesService::fileFinished);
    m_licenses->saveLicenseTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 1, kWaitMs);
    QVERIFY2(files.last().at(1).toBool(), qPrintable(files.last().at(2).toString()));
    const QByteArray bytes = readAll(path);
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
             file.value(u"sha256").toString().toLatin1());
}

void TestLicensesPages::ordersFilterAndDetails()
{
    QComboBox *type = m_orders->typeFilter();
    QComboBox *status = m_orders->statusFilter();
    type->setCurrentIndex(type->findData(QStringLiteral("license")));
    QCOMPARE(m_orders->proxy()->rowCount(), 4);
    for (int r = 0; r < m_orders->proxy()->rowCount(); ++r)
        QCOMPARE(m_orders->model()
                     ->order(m_orders->model()->rowOf(
                         m_orders->proxy()->index(r, 0).data(OrderTableModel::IdRole).toString()))
                     .productType,
                 QStringLiteral("license"));
    status->setCurrentIndex(status->findData(QStringLiteral("frozen")));
    QCOMPARE(m_orders->proxy()->rowCount(), 1); // the lapsed License product
    // The filtered list exports as shown: one License product, frozen.
    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    QueuedSpy files(m_service, &LicensesService::fileFinished);
    m_orders->exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 1, kWaitMs);
    QVERIFY2(files.last().at(1).toBool(), qPrintable(files.last().at(2).toString()));
    const QByteArray csv = readAll(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "orderId,"));
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(",license,") && lines.at(1).contains(",frozen,"));

    // A SaaS order's resource: appInfo as the server masks it, never a password.
    type->setCurrentIndex(type->findData(QStringLiteral("saas")));
    status->setCurrentIndex(0);
    QCOMPARE(m_orders->proxy()->rowCount(), 4);
    m_orders->selectOrder(m_orders->proxy()->index(0, 0).data(OrderTableModel::IdRole).toString());
    const QString details = m_orders->details()->text();
    QVERIFY2(details.contains(u"User name: ad****ch"), qPrintable(details));
    QVERIFY2(details.contains(u"Password: given by the seller; not shown"), qPrintable(details));
    QVERIFY(!details.contains(u"not-kept")); // the seller's password, which a buyer never gets
    type->setCurrentIndex(0);
    QCOMPARE(m_orders->proxy()->rowCount(), 16);
}

QString TestLicensesPages::imageNamed(const QString &part)
{
    ImageTableModel *m = m_images->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->image(r).imageName.contains(part))
            return m->image(r).subscriptionId;
    return {};
}

void TestLicensesPages::imagesFlaggedAt30_7_1Days()
{
    ImageTableModel *m = m_images->model();
    const auto flag = [m](const QString &id) {
        return m->index(m->rowOf(id), ImageTableModel::FlagColumn).data().toString();
    };
    // The seed's ends: 12 and 4 days ago, and in 1 (auto-renewing), 6, 20, 29 (auto-renewing),
    // 90 and 300 days.
    QCOMPARE(flag(imageNamed(QStringLiteral("BT Panel"))),
             QStringLiteral("Ended — billing on demand"));
    QCOMPARE(flag(imageNamed(QStringLiteral("WordPress"))), QStringLiteral("Ended"));
    QCOMPARE(flag(imageNamed(QStringLiteral("MySQL"))), QString());
    QCOMPARE(flag(imageNamed(QStringLiteral("Jenkins"))), QStringLiteral("Ends within 7 days"));
    QCOMPARE(flag(imageNamed(QStringLiteral("GitLab"))), QStringLiteral("Ends within 30 days"));
    QCOMPARE(flag(imageNamed(QStringLiteral("JupyterHub"))), QString());
    // The consequence in words, for the one billing now.
    m_images->selectImage(imageNamed(QStringLiteral("BT Panel")));
    QVERIFY2(m_images->details()->text().contains(
                 u"billed on demand (hourly, from the account balance)"),
             qPrintable(m_images->details()->text()));
    QVERIFY2(m_images->summary()->text().contains(u"1 ended and still billing on demand"),
             qPrintable(m_images->summary()->text()));
}

void TestLicensesPages::autoRenewOffAskedFirst()
{
    const QString mysql = imageNamed(QStringLiteral("MySQL"));
    QVERIFY(serverAutoRenew(mysql));
    m_images->selectImage(mysql);
    QVERIFY(m_images->autoRenewOffAction()->isEnabled());
    const qsizetype before = operations();
    m_images->autoRenewOffAction()->trigger();
    QVERIFY(m_images->pendingConfirmation());
    QVERIFY(m_images->pendingConfirmation()->text().contains(u"billed on demand"));
    m_images->pendingConfirmation()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_images->pendingConfirmation());
    QCOMPARE(operations(), before);
    QVERIFY(serverAutoRenew(mysql));

    m_images->autoRenewOffAction()->trigger();
    m_images->pendingConfirmation()
        ->findChild<QPushButton *>(QStringLiteral("confirmAutoRenewOff"))
        ->click();
    QTRY_VERIFY_WITH_TIMEOUT(!serverAutoRenew(mysql), kWaitMs);
    // Ending tomorrow without auto-renew: flagged at a day.
    ImageTableModel *m = m_images->model();
    QTRY_COMPARE_WITH_TIMEOUT(
        m->index(m->rowOf(mysql), ImageTableModel::FlagColumn).data().toString(),
        QStringLiteral("Ends within a day"), kWaitMs);
    QTRY_VERIFY(m_images->autoRenewOnAction()->isEnabled());
    m_images->autoRenewOnAction()->trigger(); // back as it was
    QTRY_VERIFY_WITH_TIMEOUT(serverAutoRenew(mysql), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m->index(m->rowOf(mysql), ImageTableModel::FlagColumn).data().toString(), QString(),
        kWaitMs);
}

void TestLicensesPages::calendarAndCsvExports()
{
    QueuedSpy files(m_service, &LicensesService::fileFinished);
    const QString ics = m_dir.filePath(QStringLiteral("renewals.ics"));
    m_images->exportCalendarTo(ics);
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 1, kWaitMs);
    QVERIFY2(files.last().at(1).toBool(), qPrintable(files.last().at(2).toString()));
    const QByteArray calendar = readAll(ics);
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
    // Every subscription but the one that ended with no ECS on it.
    QCOMPARE(calendar.count("BEGIN:VEVENT"), 7);
    // Jenkins ends in six days (on the day of the clock's time zone, UTC here), reminded 30, 7
    // and 1 day(s) before.
    ImageTableModel *m = m_images->model();
    const QDate end =
        m->image(m->rowOf(imageNamed(QStringLiteral("Jenkins")))).periodEnd.toUTC().date();
    QCOMPARE(kNow.date().daysTo(end), 6);
    const QByteArray jenkinsDay = end.toString(u"yyyyMMdd").toLatin1();
    QVERIFY2(calendar.contains(QByteArray("DTSTART;VALUE=DATE:" + jenkinsDay)),
             calendar.constData());
    for (const char *trigger : {"TRIGGER:-P30D", "TRIGGER:-P7D", "TRIGGER:-P1D"})
        QVERIFY(calendar.contains(trigger));

    const QString images = m_dir.filePath(QStringLiteral("images.csv"));
    m_images->exportTo(images);
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 2, kWaitMs);
    QVERIFY2(files.last().at(1).toBool(), qPrintable(files.last().at(2).toString()));
    const QList<QByteArray> rows = readAll(images).trimmed().split('\n');
    QVERIFY(rows.first().startsWith("\xEF\xBB\xBF"
                                    "subscriptionId,"));
    QCOMPARE(rows.size(), 9);
    const QByteArray jenkins = imageNamed(QStringLiteral("Jenkins")).toUtf8();
    QVERIFY(!jenkins.isEmpty());
    int jenkinsRows = 0;
    for (const QByteArray &row : rows)
        if (row.startsWith(jenkins)) {
            ++jenkinsRows;
            QVERIFY2(row.contains(",6,7,false,true,prepaid,"), row.constData());
        }
    QCOMPARE(jenkinsRows, 1);

    const QString licenses = m_dir.filePath(QStringLiteral("licenses.csv"));
    m_licenses->exportTo(licenses);
    QTRY_COMPARE_WITH_TIMEOUT(files.count(), 3, kWaitMs);
    QVERIFY2(files.last().at(1).toBool(), qPrintable(files.last().at(2).toString()));
    const QByteArray list = readAll(licenses);
    QVERIFY(list.startsWith("\xEF\xBB\xBF"
                            "licenseId,"));
    QVERIFY(list.contains(m_applied.toUtf8()));
    QVERIFY(list.contains(",valid,"));
    // The characters are the License itself: not in a list.
    m_licenses->selectLicense(m_applied);
    QVERIFY(!list.contains(m_licenses->details()->text()->toPlainText().toUtf8()));
}

QTEST_MAIN(TestLicensesPages)
#include "tst_licenses_pages.moc"
