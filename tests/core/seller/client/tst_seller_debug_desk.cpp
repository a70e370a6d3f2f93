// SellerDebugDesk, the console's integration debugger, against the reference SaaS server on
// loopback: a run reports its checks as they finish and its outcome at the end; every run is
// journalled in a real audit journal (who, which address, which suite, the verdict) and no key
// reaches the journal or a report; a second run while one runs is refused; a cancelled run
// says so; the last run exports as HTML or JSON, and nothing else.
#include "core/seller/debugger/debug_fixture.h"
#include "seller/client/seller_debug_desk.h"
#include "storage/audit_journal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kWaitMs = 60'000;
}

class TestSellerDebugDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cleanupTestCase() { DebugFixture::stopAll(); }
    void runIsReportedAndJournalled_data();
    void runIsReportedAndJournalled();
    void unusableTargetIsAnErrorAndJournalled();
    void passwordInTheAddressGoesNowhere();
    void secondRunWhileOneRunsIsRefused();
    void cancelledRunSaysSo();
    void lastRunExports_data();
    void lastRunExports();

private:
    DebugOutcome runToEnd(const DebugTarget &target, DebugRun::Suite suite, quint64 ticket,
                          int *checksReported = nullptr);
    // What the desk journalled, as it reached the journal (appends that failed are left out).
    QList<AuditEntry> entries() const;

    QTemporaryDir m_dir;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<SellerDebugDesk> m_desk;
    QList<AuditEntry> m_appended;
};

void TestSellerDebugDesk::init()
{
    QString error;
    QFile::remove(m_dir.filePath(QStringLiteral("audit.sqlite")));
    m_journal = AuditJournal::open(m_dir.filePath(QStringLiteral("audit.sqlite")), &error);
    QVERIFY2(m_journal, qPrintable(error));
    m_appended.clear();
    m_desk = std::make_unique<SellerDebugDesk>();
    m_desk->setJournal([this](const QString &action, const QString &target, const QString &result,
                              const QString &detail, QString *error) {
        AuditEntry e;
        e.actor = QStringLiteral("liu.yang@isv-demo");
        e.action = action;
        e.target = target;
        e.result = result;
        e.detail = detail;
        if (!m_journal->append(e, error))
            return false;
        m_appended.append(e);
        return true;
    });
    DebugFixture::Server &s = DebugFixture::server(QStringLiteral("v2-http"));
    s.client->setFaults({});
    s.client->reset();
}

void TestSellerDebugDesk::cleanup()
{
    m_desk.reset();
    m_journal.reset();
}

DebugOutcome TestSellerDebugDesk::runToEnd(const DebugTarget &target, DebugRun::Suite suite,
                                           quint64 ticket, int *checksReported)
{
    QSignalSpy finished(m_desk.get(), &SellerDebugDesk::finished);
    QSignalSpy checks(m_desk.get(), &SellerDebugDesk::checkFinished);
    m_desk->run(ticket, target, suite);
    if (!finished.wait(kWaitMs) && finished.isEmpty())
        return {};
    if (checksReported)
        *checksReported = int(checks.size());
    if (finished.first().at(0).toULongLong() != ticket) {
        qWarning() << "the outcome carries another ticket";
        return {};
    }
    return finished.first().at(1).value<DebugOutcome>();
}

QList<AuditEntry> TestSellerDebugDesk::entries() const
{
    if (m_journal->count() != m_appended.size())
        qWarning() << "the journal holds" << m_journal->count() << "entries, not"
                   << m_appended.size();
    return m_journal->count() == m_appended.size() ? m_appended : QList<AuditEntry>();
}

void TestSellerDebugDesk::runIsReportedAndJournalled_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("a correct server passes") << QString() << QStringLiteral("passed");
    QTest::newRow("accepting any signature fails")
        << QStringLiteral("acceptAnySignature") << QStringLiteral("failed");
    QTest::newRow("a new instance for a repeated order fails")
        << QStringLiteral("newInstanceForRepeatedOrder") << QStringLiteral("failed");
}

void TestSellerDebugDesk::runIsReportedAndJournalled()
{
    QFETCH(QString, fault);
    QFETCH(QString, verdict);
    DebugFixture::Server &s = DebugFixture::server(QStringLiteral("v2-http"));
    if (!fault.isEmpty())
        s.client->setFaults({{fault, true}});
    const DebugTarget target = DebugFixture::target(s);
    QSignalSpy started(m_desk.get(), &SellerDebugDesk::started);
    int reported = 0;
    const DebugOutcome o = runToEnd(target, DebugRun::Suite::Basic, 41, &reported);
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.verdict(), verdict);
    QCOMPARE(o.suite, QStringLiteral("basic"));
    QCOMPARE(o.address, target.address.toString());
    QVERIFY(!o.runId.isEmpty());
    // Every check was announced at the start and reported once as it finished.
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).value<QList<DebugCheck>>().size(), o.checks.size());
    QCOMPARE(reported, int(o.checks.size()));
    QVERIFY(o.tally().passed > 0);
    QCOMPARE(o.tally().failed > 0, verdict == u"failed");

    const QList<AuditEntry> log = entries();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("seller.debug.local"));
    QCOMPARE(log.first().target, target.address.toString());
    QCOMPARE(log.first().result, verdict);
    QVERIFY2(log.first().detail.contains(QStringLiteral("suite basic")),
             qPrintable(log.first().detail));
    QVERIFY(log.first().detail.contains(o.runId));
    for (const QByteArray &key : {target.basicKey, target.kitKey}) {
        QVERIFY(!log.first().detail.toUtf8().contains(key));
        QVERIFY(!log.first().target.toUtf8().contains(key));
    }
}

void TestSellerDebugDesk::unusableTargetIsAnErrorAndJournalled()
{
    DebugTarget target = DebugFixture::target(DebugFixture::server(QStringLiteral("v2-http")));
    target.address = QUrl(QStringLiteral("http://saas.example.com/isv/produce"));
    const DebugOutcome o = runToEnd(target, DebugRun::Suite::All, 7);
    QVERIFY(!o.error.isEmpty());
    QCOMPARE(o.verdict(), QStringLiteral("error"));
    QVERIFY(o.checks.isEmpty());
    const QList<AuditEntry> log = entries();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().result, QStringLiteral("error"));
    QVERIFY(log.first().detail.contains(o.error));
}

void TestSellerDebugDesk::passwordInTheAddressGoesNowhere()
{
    DebugFixture::Server &s = DebugFixture::server(QStringLiteral("v2-http"));
    DebugTarget target = DebugFixture::target(s);
    QUrl withPassword = target.address;
    withPassword.setUserInfo(QStringLiteral("ops:S3cretPw"));
    target.address = withPassword;
    const DebugOutcome o = runToEnd(target, DebugRun::Suite::Basic, 11);
    QCOMPARE(o.verdict(), QStringLiteral("error"));
    QVERIFY2(o.error.contains(QStringLiteral("password")), qPrintable(o.error));
    QVERIFY(!o.address.contains(QStringLiteral("S3cretPw")));
    QVERIFY(!o.error.contains(QStringLiteral("S3cretPw")));
    const QList<AuditEntry> log = entries();
    QCOMPARE(log.size(), 1);
    QVERIFY(!log.first().target.contains(QStringLiteral("S3cretPw")));
    QVERIFY(!log.first().detail.contains(QStringLiteral("S3cretPw")));
}

void TestSellerDebugDesk::secondRunWhileOneRunsIsRefused()
{
    DebugFixture::Server &s = DebugFixture::server(QStringLiteral("v2-http"));
    s.client->setFaults({{QStringLiteral("slow"), true}}); // the first run stays busy
    const DebugTarget target = DebugFixture::target(s);
    QSignalSpy finished(m_desk.get(), &SellerDebugDesk::finished);
    m_desk->run(1, target, DebugRun::Suite::Basic);
    QVERIFY(m_desk->isRunning());
    m_desk->run(2, target, DebugRun::Suite::Basic);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toULongLong(), quint64(2));
    QVERIFY(!finished.first().at(1).value<DebugOutcome>().error.isEmpty());
    QVERIFY(m_desk->isRunning()); // the first goes on
    m_desk->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
    s.client->setFaults({});
}

void TestSellerDebugDesk::cancelledRunSaysSo()
{
    DebugFixture::Server &s = DebugFixture::server(QStringLiteral("v2-http"));
    s.client->setFaults({{QStringLiteral("slow"), true}});
    QSignalSpy finished(m_desk.get(), &SellerDebugDesk::finished);
    m_desk->run(3, DebugFixture::target(s), DebugRun::Suite::All);
    m_desk->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    const DebugOutcome o = finished.first().at(1).value<DebugOutcome>();
    QVERIFY(o.cancelled);
    QCOMPARE(o.verdict(), QStringLiteral("cancelled"));
    QCOMPARE(entries().value(0).result, QStringLiteral("cancelled"));
    s.client->setFaults({});
}

void TestSellerDebugDesk::lastRunExports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("html") << QStringLiteral("report.html") << true << QByteArray("<!DOCTYPE html>");
    QTest::newRow("json") << QStringLiteral("report.json") << true << QByteArray("{");
    QTest::newRow("anything else") << QStringLiteral("report.txt") << false << QByteArray();
}

void TestSellerDebugDesk::lastRunExports()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QFETCH(QByteArray, starts);
    QSignalSpy exported(m_desk.get(), &SellerDebugDesk::exported);
    // Nothing to export before a run.
    m_desk->exportReport(5, m_dir.filePath(name));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(1).toBool(), false);

    const DebugTarget target =
        DebugFixture::target(DebugFixture::server(QStringLiteral("v2-http")));
    QVERIFY(runToEnd(target, DebugRun::Suite::Basic, 9).error.isEmpty());
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    m_desk->exportReport(6, path);
    QCOMPARE(exported.size(), 2);
    QCOMPARE(exported.last().at(0).toULongLong(), quint64(6));
    QCOMPARE(exported.last().at(1).toBool(), ok);
    QCOMPARE(QFile::exists(path), ok);
    if (!ok) {
        QVERIFY(exported.last().at(2).toString().contains(path));
        return;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.trimmed().toLower().startsWith(starts.toLower()), bytes.left(40).constData());
    QVERIFY(!bytes.contains(target.basicKey));
    QVERIFY(!bytes.contains(target.kitKey));
    QCOMPARE(entries().last().action, QStringLiteral("seller.debug.export"));
}

QTEST_MAIN(TestSellerDebugDesk)
#include "tst_seller_debug_desk.moc"
