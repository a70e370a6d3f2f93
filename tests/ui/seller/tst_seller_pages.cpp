// The seller's pages against the real sandbox, signed in as the seeded seller (liu.yang) with
// a SellerService on its own thread as the console runs it: a new key's secret is shown once
// and the key listed; a bound key is not deleted (the page says where it is bound); the
// address form and the credential form say what is wrong beside the field before anything is
// sent; a refusal from the server comes back to the field it names with the form kept; a
// credential applied shows its client secret once; and the integration debugger page runs
// the real debugger against a reference SaaS server, fills its results, filters them,
// journals the run and exports the report.
#include "core/seller/debugger/debug_fixture.h"
#include "models/seller/debug_check_filter.h"
#include "models/seller/debug_check_model.h"
#include "models/seller/seller_address_model.h"
#include "models/seller/seller_credential_model.h"
#include "models/seller/seller_key_model.h"
#include "models/seller/seller_run_model.h"
#include "seller/client/seller_service.h"
#include "seller/rsa_key.h"
#include "storage/audit_journal.h"
#include "support/message_box_answer.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"
#include "ui/seller/address_dialog.h"
#include "ui/seller/credential_dialog.h"
#include "ui/seller/public_key_field.h"
#include "ui/seller/secret_reveal_dialog.h"
#include "ui/seller/seller_addresses_page.h"
#include "ui/seller/seller_credentials_page.h"
#include "ui/seller/seller_debugger_page.h"
#include "ui/seller/seller_keys_page.h"
#include "ui/seller/seller_session.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
constexpr int kWaitMs = 30'000;

SecretRevealDialog *openSecretDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<SecretRevealDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// The text of every visible label of `dialog`, for "is this message shown" checks.
QString shownText(QWidget *dialog)
{
    QStringList all;
    for (QLabel *l : dialog->findChildren<QLabel *>())
        if (l->isVisible())
            all << l->text();
    return all.join(u'\n');
}
} // namespace

class TestSellerPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newKeyShowsItsSecretOnceAndIsListed();
    void boundKeyIsNotDeleted();
    void addressFormSaysWhatIsWrong_data();
    void addressFormSaysWhatIsWrong();
    void addressRefusedByTheServerStaysInTheForm();
    void debuggingRunShowsInTheRunsPane();
    void credentialFormSaysWhatIsWrong();
    void credentialRefusalComesBackToItsField();
    void debuggerPageRunsFiltersAndExports_data();
    void debuggerPageRunsFiltersAndExports();

private:
    SandboxHost m_host;
    QThread m_thread;
    QTemporaryDir m_dir;
    SellerService *m_service = nullptr;
    SellerSession *m_session = nullptr;
    QByteArray m_publicKey;
};

void TestSellerPages::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 20;
    o.seed.departments = 3;
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("liu.yang"), &signedIn), QString());
    const auto key = RsaKey::generate(3072);
    QVERIFY(key);
    m_publicKey = key.value().publicKeyBase64();
    m_thread.start();
    SellerServiceConfig c;
    c.server = m_host.url();
    c.dataDir = m_dir.filePath(QStringLiteral("account"));
    c.actor = QStringLiteral("liu.yang@isv-demo");
    c.endpoints = signedIn.endpoints;
    c.tokens = signedIn.tokens;
    m_service = new SellerService(c);
    m_service->moveToThread(&m_thread);
    m_session = new SellerSession(m_service, this);
    QueuedSpy opened(m_service, &SellerService::opened);
    QMetaObject::invokeMethod(m_service, [s = m_service] { s->open(); });
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() > 0, kWaitMs);
    QVERIFY(opened.last().first().toBool());
    QSignalSpy synced(m_session, &SellerSession::syncFinished);
    m_session->sync();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() > 0, kWaitMs);
    QVERIFY(synced.first().first().toBool());
    QVERIFY(m_session->snapshot());
    QCOMPARE(m_session->snapshot()->keys.size(), 2); // the seed's basic and Kit keys
}

void TestSellerPages::cleanupTestCase()
{
    delete m_session;
    QMetaObject::invokeMethod(
        m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    DebugFixture::stopAll();
}

void TestSellerPages::newKeyShowsItsSecretOnceAndIsListed()
{
    SellerKeysPage page(m_session);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QSignalSpy shown(m_session, &SellerSession::secretShown);
    page.createKey(QStringLiteral("basic 2027"));
    SecretRevealDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = openSecretDialog()) != nullptr, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, kWaitMs);
    const int row = page.model()->rowOf(page.currentId());
    QVERIFY2(row >= 0, "the new key is made current");
    const AccessKey key = page.model()->key(row);
    QCOMPARE(key.name, QStringLiteral("basic 2027"));
    QVERIFY(dialog->windowTitle().contains(key.keyId));
    // The list shows it masked: the secret is in the dialog only.
    QVERIFY(key.secretMasked.startsWith(QStringLiteral("****")));
    dialog->copy();
    dialog->accept();
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(1).toString(), key.keyId);
    // Once: nothing shows it again.
    QTest::qWait(300);
    QCOMPARE(shown.size(), 1);
    QVERIFY(openSecretDialog() == nullptr);
}

void TestSellerPages::boundKeyIsNotDeleted()
{
    SellerKeysPage page(m_session);
    page.show();
    QTRY_VERIFY(page.model()->rowCount() >= 2);
    const SellerSnapshotPtr s = m_session->snapshot();
    const QString bound = s->addresses.first().basicKeyId;
    QString said;
    QueuedSpy queued(m_service, &SellerService::changeQueued);
    TestSupport::answerNextMessageBox(QMessageBox::Ok, &said);
    page.deleteKeyId(bound, true);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(s->addresses.first().url), qPrintable(said));
    // Nothing was even queued: the page knew, and the key is still there after a sync.
    QTest::qWait(200);
    QCOMPARE(queued.count(), 0);
    QSignalSpy synced(m_session, &SellerSession::syncFinished);
    m_session->sync();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() > 0, kWaitMs);
    QVERIFY(page.model()->rowOf(bound) >= 0);
}

void TestSellerPages::addressFormSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("sameKeys");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("plain http to another computer")
        << QStringLiteral("http://saas.example.com/isv/produce") << false << QStringLiteral("url")
        << QStringLiteral("https");
    QTest::newRow("an IP address") << QStringLiteral("https://203.0.113.7/isv/produce") << false
                                   << QStringLiteral("url") << QStringLiteral("domain");
    QTest::newRow("the same key twice")
        << QStringLiteral("https://saas.example.com/isv/produce") << true
        << QStringLiteral("kitKeyId") << QStringLiteral("Kit");
    QTest::newRow("fine") << QStringLiteral("https://saas.example.com/isv/produce") << false
                          << QString() << QString();
}

void TestSellerPages::addressFormSaysWhatIsWrong()
{
    QFETCH(QString, url);
    QFETCH(bool, sameKeys);
    QFETCH(QString, problemField);
    QFETCH(QString, problemPart);
    const SellerSnapshotPtr s = m_session->snapshot();
    AddressDialog dialog(s->keys, nullptr);
    dialog.setUrl(url);
    dialog.setKeys(s->keys.at(0).keyId, s->keys.at(sameKeys ? 0 : 1).keyId);
    const QHash<QString, QString> problems = dialog.problems();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (problemField.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.values().join(u'|')));
        QVERIFY(ok->isEnabled());
        return;
    }
    QVERIFY2(problems.value(problemField).contains(problemPart, Qt::CaseInsensitive),
             qPrintable(problems.value(problemField)));
    QVERIFY(!ok->isEnabled());
    dialog.show();
    QVERIFY(shownText(&dialog).contains(problems.value(problemField)));
    QSignalSpy submitted(&dialog, &AddressDialog::submitted);
    ok->click(); // disabled: nothing is submitted
    QCOMPARE(submitted.size(), 0);
}

void TestSellerPages::addressRefusedByTheServerStaysInTheForm()
{
    SellerAddressesPage page(m_session);
    page.show();
    QTRY_VERIFY(page.model()->rowCount() >= 1);
    const QString existing = page.model()->address(0).url;
    page.addAddress();
    AddressDialog *dialog = page.openDialog();
    QVERIFY(dialog);
    dialog->setUrl(existing); // the Seller Center has it already
    QVERIFY(dialog->problems().isEmpty());
    Q_EMIT dialog->submitted();
    QTRY_VERIFY_WITH_TIMEOUT(shownText(dialog).contains(QStringLiteral("020")), kWaitMs);
    QVERIFY(dialog->isVisible());
    QVERIFY(!shownText(dialog).contains(QStringLiteral("Sending")));
    QCOMPARE(dialog->url(), existing);
    // A new address is added and the dialog closes.
    const int before = page.model()->rowCount();
    dialog->setUrl(QStringLiteral("https://isv2.yuntu-soft.example/isv/produce"));
    Q_EMIT dialog->submitted();
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), before + 1, kWaitMs);
    QTRY_VERIFY(page.openDialog() == nullptr);
}

void TestSellerPages::debuggingRunShowsInTheRunsPane()
{
    SellerAddressesPage page(m_session);
    page.show();
    QTRY_VERIFY(page.model()->rowCount() >= 1);
    // The seeded address, with its keys bound (another test adds one without keys).
    QString seeded;
    for (const ProductionAddress &a : m_session->snapshot()->addresses)
        if (!a.basicKeyId.isEmpty() && seeded.isEmpty())
            seeded = a.addressId;
    QVERIFY(!seeded.isEmpty());
    page.selectId(seeded);
    QTRY_COMPARE(page.runModel()->addressId(), seeded);
    const int before = page.runModel()->rowCount();
    // The sandbox's harness decides the run here (the real debugger is tst_console_demo's).
    const QUrl harness = m_host.url().resolved(QUrl(QStringLiteral("/_sandbox/seller")));
    TestSupport::httpJson(harness, "POST",
                          {{QStringLiteral("debugVerdict"), QStringLiteral("passed")}});
    QString refused; // a refusal would come as a message box
    TestSupport::answerNextMessageBox(QMessageBox::Ok, &refused, 300);
    page.runDebugging(QStringLiteral("basic"));
    QTRY_VERIFY2_WITH_TIMEOUT(page.runModel()->rowCount() > before || !refused.isEmpty(),
                              qPrintable(refused), kWaitMs);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    // The answer's run, from the cache: newest first in the pane under the list.
    QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->rowCount(), before + 1, kWaitMs);
    QCOMPARE(page.runModel()->addressId(), seeded);
    QCOMPARE(page.runModel()->run(0).suite, QStringLiteral("basic"));
    TestSupport::httpJson(harness, "POST", {{QStringLiteral("debugVerdict"), QString()}});
}

void TestSellerPages::credentialFormSaysWhatIsWrong()
{
    const SellerSnapshotPtr s = m_session->snapshot();
    CredentialDialog dialog(s->addresses, nullptr);
    dialog.show();
    CredentialForm f;
    f.appName = QStringLiteral("云途 CRM");
    f.authMethod = QStringLiteral("OAuth2.0");
    f.callbackUrl = QStringLiteral("http://crm.example.com/cb"); // http off loopback
    f.addressId = s->addresses.first().addressId;
    f.loginType = QStringLiteral("shared");
    f.loginUrl = QStringLiteral("https://crm.example.com/");
    f.publicKey = QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----");
    dialog.setForm(f);
    QList<QString> fields;
    for (const FieldProblem &p : dialog.problems())
        fields << p.field;
    QVERIFY2(fields.contains(QStringLiteral("callbackUrl")), qPrintable(fields.join(u',')));
    QVERIFY(fields.contains(QStringLiteral("publicKey")));
    QVERIFY(!dialog.shownProblem(QStringLiteral("callbackUrl")).isEmpty());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    // A private key pasted by mistake is named as such and never echoed.
    QVERIFY(dialog.publicKeyField()->problem().contains(QStringLiteral("private"),
                                                        Qt::CaseInsensitive));
    // Fixed, the form may be sent.
    f.callbackUrl = QStringLiteral("https://crm.example.com/cb");
    f.publicKey = QString::fromLatin1(m_publicKey);
    dialog.setForm(f);
    QVERIFY(dialog.problems().isEmpty());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestSellerPages::credentialRefusalComesBackToItsField()
{
    SellerCredentialsPage page(m_session);
    page.show();
    QTRY_VERIFY(page.model()->rowCount() >= 1);
    const Credential seeded = page.model()->credential(0);
    page.apply();
    CredentialDialog *dialog = page.openDialog();
    QVERIFY(dialog);
    CredentialForm f;
    f.appName = QStringLiteral("云途 CRM");
    f.authMethod = QStringLiteral("SDK");
    f.addressId = seeded.form.addressId;
    f.loginType = QStringLiteral("shared");
    f.loginUrl = seeded.form.loginUrl; // another credential's: the server says so
    f.publicKey = QString::fromLatin1(m_publicKey);
    dialog->setForm(f);
    QVERIFY(dialog->problems().isEmpty());
    Q_EMIT dialog->submitted();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->shownProblem(QStringLiteral("loginUrl")).isEmpty(), kWaitMs);
    QVERIFY2(dialog->shownProblem(QStringLiteral("loginUrl")).contains(seeded.appId),
             qPrintable(dialog->shownProblem(QStringLiteral("loginUrl"))));
    QCOMPARE(dialog->form().appName, f.appName); // nothing typed is lost
    // With a login address of its own it is applied, and its client secret shown once.
    const int before = page.model()->rowCount();
    f.loginUrl = QStringLiteral("https://crm.yuntu-soft.example/");
    dialog->setForm(f);
    Q_EMIT dialog->submitted();
    SecretRevealDialog *secret = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((secret = openSecretDialog()) != nullptr, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), before + 1, kWaitMs);
    QTRY_VERIFY(page.openDialog() == nullptr);
    const QString appId = page.currentId();
    QVERIFY(!appId.isEmpty());
    QVERIFY(secret->windowTitle().contains(appId));
    secret->copy();
    secret->accept();
}

void TestSellerPages::debuggerPageRunsFiltersAndExports_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("a correct server") << QString() << QStringLiteral("passed");
    QTest::newRow("a server that accepts any signature")
        << QStringLiteral("acceptAnySignature") << QStringLiteral("failed");
}

void TestSellerPages::debuggerPageRunsFiltersAndExports()
{
    QFETCH(QString, fault);
    QFETCH(QString, verdict);
    DebugFixture::Server &server = DebugFixture::server(QStringLiteral("v2-http"));
    server.client->setFaults(fault.isEmpty() ? QJsonObject() : QJsonObject{{fault, true}});
    server.client->reset();
    const DebugTarget target = DebugFixture::target(server, false);
    SellerDebuggerPage page(m_session);
    page.show();
    // Nothing runs without the keys.
    page.setAddress(target.address.toString());
    page.setKnownKeys({}, {});
    QVERIFY(!page.targetProblem().isEmpty());
    page.setKnownKeys(target.basicKey, target.kitKey);
    // The login suite wants the credential's callback address, and a reachable one.
    page.setSuite(QStringLiteral("login"));
    QVERIFY2(page.targetProblem().contains(QStringLiteral("callback")),
             qPrintable(page.targetProblem()));
    page.setCallback(QStringLiteral("ftp://saas.example.com/cb"));
    QVERIFY(!page.targetProblem().isEmpty());
    page.setCallback({});
    page.setSuite(QStringLiteral("basic"));
    QCOMPARE(page.targetProblem(), QString());
    const auto journalled = [this] {
        qint64 n = -1;
        QMetaObject::invokeMethod(
            m_service, [&n, s = m_service] { n = s->journal()->count(); },
            Qt::BlockingQueuedConnection);
        return n;
    };
    const qint64 entriesBefore = journalled();
    QSignalSpy finished(&page, &SellerDebuggerPage::runFinished);
    page.run();
    QVERIFY(page.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    const DebugOutcome o = page.lastOutcome();
    QCOMPARE(o.verdict(), verdict);
    QCOMPARE(o.journalProblem, QString());
    QCOMPARE(page.checkModel()->rowCount(), int(o.checks.size()));
    QVERIFY(page.summaryLabel()->text().contains(o.runId));
    QCOMPARE(journalled(), entriesBefore + 1); // every run is in the account's journal
    // A failed run opens on its failures; the filter shows exactly those.
    const int failed = o.tally().failed;
    if (failed > 0) {
        QCOMPARE(page.checkFilter()->rowCount(), failed);
    } else {
        page.checkFilter()->setVerdict(DebugCheck::Verdict::Fail);
        QCOMPARE(page.checkFilter()->rowCount(), 0);
    }
    page.checkFilter()->setVerdict(std::nullopt);
    page.checkFilter()->setText(QStringLiteral("security.basic.signature"));
    QCOMPARE(page.checkFilter()->rowCount(), 1);
    page.checkFilter()->setText({});

    // The report, written off the UI thread; no key in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QSignalSpy exported(&page, &SellerDebuggerPage::exported);
    page.exportTo(path);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kWaitMs);
    QVERIFY(exported.first().first().toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(o.runId.toUtf8()));
    QVERIFY(!bytes.contains(target.basicKey));
    QVERIFY(!bytes.contains(target.kitKey));
    server.client->setFaults({});
}

QTEST_MAIN(TestSellerPages)
#include "tst_seller_pages.moc"
