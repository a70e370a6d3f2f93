// The Seller Center's debugging runs with the real debugger, as the console's demo has them: the
// seeded seller's address is a reference SaaS server on this computer with the seeded keys, and
// a run calls it. A correct server passes; one that accepts any signature fails, and the run
// says which check.
#include "sandbox/reference/reference_host.h"
#include "sandbox/sandbox_host.h"
#include "support/sandbox_fixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestSandboxDebugEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ReferenceOptions r;
        r.config.basicAccessKey = "engine-test-basic-key-0123456789";
        r.config.kitAccessKey = "engine-test-kit-key-9876543210";
        QString error;
        QVERIFY2(m_reference.start(r, &error), qPrintable(error));
        SandboxOptions o;
        o.seed.members = 5;
        o.seed.departments = 2;
        o.realDebugger = true;
        o.demoSeller.productionUrl = m_reference.productionUrl().toString();
        o.demoSeller.basicKey = r.config.basicAccessKey;
        o.demoSeller.kitKey = r.config.kitAccessKey;
        QVERIFY2(m_host.start(o, &error), qPrintable(error));
        SignInResult signedIn;
        QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("liu.yang"), &signedIn),
                 QString());
        TestSupport::useBearer(signedIn.tokens.accessToken);
        const QJsonArray addresses =
            get(QStringLiteral("/api/v1/seller/addresses")).value(u"items").toArray();
        QCOMPARE(addresses.size(), 1);
        m_address = addresses.at(0).toObject();
    }
    void cleanupTestCase() { TestSupport::useBearer({}); }

    void runs_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("note");
        QTest::newRow("basic, correct server") << "basic"
                                               << ""
                                               << "passed"
                                               << "checks passed";
        QTest::newRow("kit, correct server") << "kit"
                                             << ""
                                             << "passed"
                                             << "checks passed";
        QTest::newRow("basic, any signature accepted") << "basic"
                                                       << "acceptAnySignature"
                                                       << "failed"
                                                       << "security.basic.signature";
        QTest::newRow("kit, replayed nonce accepted") << "kit"
                                                      << "acceptReplayedNonce"
                                                      << "failed"
                                                      << "security.kit.nonce";
    }
    void runs()
    {
        QFETCH(QString, suite);
        QFETCH(QString, fault);
        QFETCH(QString, verdict);
        QFETCH(QString, note);
        QJsonObject faults;
        if (!fault.isEmpty())
            faults.insert(fault, true);
        int status = 0;
        TestSupport::httpJson(
            m_reference.url().resolved(QUrl(QStringLiteral("/_reference/faults"))), "POST", faults,
            &status);
        QCOMPARE(status, 200);
        const QString key =
            m_address.value(suite == u"kit" ? u"kitKeyId" : u"basicKeyId").toString();
        const QJsonObject answer = TestSupport::httpJson(
            m_host.url().resolved(QUrl(QStringLiteral("/api/v1/seller/addresses/%1/debug-runs")
                                           .arg(m_address.value(u"addressId").toString()))),
            "POST", {{QStringLiteral("suite"), suite}, {QStringLiteral("keyId"), key}}, &status,
            QByteArray("engine-run-") + QTest::currentDataTag());
        QVERIFY2(status == 200 || status == 201, qPrintable(QString::number(status)));
        const QJsonObject run = answer.value(u"run").toObject();
        QCOMPARE(run.value(u"runner").toString(), QStringLiteral("marketdesk-debugger"));
        QCOMPARE(run.value(u"verdict").toString(), verdict);
        QVERIFY2(run.value(u"note").toString().contains(note),
                 qPrintable(run.value(u"note").toString()));
        QVERIFY(run.value(u"checksPassed").toInt() > 0);
        QCOMPARE(run.value(u"checksFailed").toInt() > 0, verdict == u"failed");
        // The reference server was called: its counters moved.
        QVERIFY(m_reference.stateNow().value(u"requests").toObject().size() > 0);
    }

private:
    QJsonObject get(const QString &path)
    {
        return TestSupport::httpJson(m_host.url().resolved(QUrl(path)));
    }

    ReferenceHost m_reference;
    SandboxHost m_host;
    QJsonObject m_address;
};

QTEST_MAIN(TestSandboxDebugEngine)
#include "tst_sandbox_debug_engine.moc"
