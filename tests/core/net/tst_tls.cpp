// HTTPS against the sandbox with certificates it generated: its CA trusted for the account →
// sign-in and calls work; a self-signed, an expired or a wrong-host certificate, or a public
// key that is not pinned → refused with the certificate described, and the server never sees a
// request (so never an Authorization header) on a refused connection.
#include "net/api_client.h"
#include "support/sandbox_fixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trustedCaWorks();
    void untrustedByDefault();
    void badCertificatesAreRefused_data();
    void badCertificatesAreRefused();
    void pinning_data();
    void pinning();
    void pinsMatchOnlyTheVerifiedChain_data();
    void pinsMatchOnlyTheVerifiedChain();
    void plainHttpToARemoteHostIsRefused();

private:
    static ApiResponse get(const QUrl &server, const TlsPolicy &tls);
    static TlsPolicy trusting(const QByteArray &caPem);
    SandboxHost m_host;
};

void TestTls::initTestCase()
{
    SandboxOptions o;
    o.seed.members = 40;
    o.seed.departments = 5;
    o.tls = true;
    o.autoApprove = QStringLiteral("zhang.min");
    QString error;
    QVERIFY2(m_host.start(o, &error), qPrintable(error));
    QCOMPARE(m_host.url().scheme(), QStringLiteral("https"));
    QVERIFY(m_host.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
}

TlsPolicy TestTls::trusting(const QByteArray &caPem)
{
    TlsPolicy tls;
    tls.caCertificates = QSslCertificate::fromData(caPem);
    return tls;
}

ApiResponse TestTls::get(const QUrl &server, const TlsPolicy &tls)
{
    ApiClient client(server);
    client.setTlsPolicy(tls);
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/org/departments");
    // A bearer that would be a secret: it must never reach a server that was refused.
    r.auth = ApiRequest::Auth::Explicit;
    r.bearer = "sbx_at_must_not_leave_this_process";
    return TestSupport::send(client, r);
}

void TestTls::trustedCaWorks()
{
    SignInResult r;
    QCOMPARE(TestSupport::signIn(m_host.url(), QStringLiteral("zhang.min"), &r, m_host.caPem()),
             QString());
    ApiClient client(m_host.url());
    client.setTlsPolicy(trusting(m_host.caPem()));
    TestSupport::attachSession(&client, r);
    ApiRequest req;
    req.path = QStringLiteral("/api/v1/org/departments");
    const ApiResponse a = TestSupport::send(client, req);
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    QCOMPARE(a.json.value(u"items").toArray().size(), 5);
}

void TestTls::untrustedByDefault()
{
    const qint64 before = m_host.statsNow().value(u"received").toInteger();
    const ApiResponse a = get(m_host.url(), {});
    QCOMPARE(a.error.kind, ApiError::Kind::Tls);
    for (const char *part : {"marketdesk sandbox test CA", "SHA-256", "valid"})
        QVERIFY2(a.error.message.contains(QLatin1String(part)), qPrintable(a.error.message));
    QCOMPARE(m_host.statsNow().value(u"received").toInteger(), before);
    // Nor is the sign-in started: the authorize page is never fetched through the app, but the
    // token exchange would be, and the discovery is.
    SignInFlow flow(m_host.url(), OAuthEndpoints::forServer(m_host.url()));
    flow.setDiscover(true);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start();
    QVERIFY(finished.wait(20000));
    const auto r = finished.first().first().value<SignInResult>();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(u"secure connection was refused"), qPrintable(r.message));
    QCOMPARE(m_host.statsNow().value(u"received").toInteger(), before);
}

void TestTls::badCertificatesAreRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("self-signed") << int(SandboxTls::Mode::SelfSigned) << "self-signed";
    QTest::newRow("expired") << int(SandboxTls::Mode::Expired) << "expired";
    QTest::newRow("wrong host") << int(SandboxTls::Mode::WrongHost) << "host name";
}

void TestTls::badCertificatesAreRefused()
{
    QFETCH(int, mode);
    QFETCH(QString, reason);
    SandboxHost host;
    SandboxOptions o;
    o.seed.members = 5;
    o.seed.departments = 2;
    o.tls = true;
    o.tlsMode = SandboxTls::Mode(mode);
    QString error;
    QVERIFY2(host.start(o, &error), qPrintable(error));
    // The account trusts the sandbox's CA: only the named defect remains.
    const ApiResponse a = get(host.url(), trusting(host.caPem()));
    QCOMPARE(a.error.kind, ApiError::Kind::Tls);
    QVERIFY2(a.error.message.contains(reason, Qt::CaseInsensitive), qPrintable(a.error.message));
    QVERIFY2(a.error.message.contains(u"SHA-256"), qPrintable(a.error.message));
    QCOMPARE(a.attempts, 1); // a certificate problem is not retried
    const QJsonObject stats = host.statsNow();
    QCOMPARE(stats.value(u"received").toInteger(), 0);
    QCOMPARE(stats.value(u"withAuthorization").toInteger(), 0);
}

void TestTls::pinning_data()
{
    QTest::addColumn<bool>("pinServer");
    QTest::addColumn<bool>("ok");
    QTest::newRow("server key pinned (with a backup)") << true << true;
    QTest::newRow("only other keys pinned") << false << false;
}

void TestTls::pinning()
{
    QFETCH(bool, pinServer);
    QFETCH(bool, ok);
    TlsPolicy tls = trusting(m_host.caPem());
    const QByteArray serverPin =
        TlsPolicy::spkiSha256(QSslCertificate(m_host.certificatePem(), QSsl::Pem));
    QCOMPARE(serverPin.size(), 44);
    const QByteArray backup = QByteArray(32, '\x42').toBase64();
    tls.pins = pinServer ? QByteArrayList{backup, serverPin}
                         : QByteArrayList{backup, QByteArray(32, '\x43').toBase64()};
    const qint64 before = m_host.statsNow().value(u"received").toInteger();
    const qint64 authBefore = m_host.statsNow().value(u"withAuthorization").toInteger();
    const ApiResponse a = get(m_host.url(), tls);
    if (ok) {
        // Reaches the server, which refuses the made-up bearer: the pin let it through.
        QCOMPARE(a.httpStatus, 401);
        return;
    }
    QCOMPARE(a.error.kind, ApiError::Kind::Tls);
    QVERIFY2(a.error.message.contains(u"not one of the pinned keys"), qPrintable(a.error.message));
    QVERIFY2(a.error.message.contains(QString::fromLatin1(serverPin)), qPrintable(a.error.message));
    QCOMPARE(m_host.statsNow().value(u"received").toInteger(), before);
    QCOMPARE(m_host.statsNow().value(u"withAuthorization").toInteger(), authBefore);
}

void TestTls::pinsMatchOnlyTheVerifiedChain_data()
{
    QTest::addColumn<int>("pinned"); // index in [leaf, appended certificate, CA]
    QTest::addColumn<bool>("ok");
    QTest::newRow("leaf key") << 0 << true;
    // A proxy holding any trusted certificate for the host could append the real server's
    // certificate to its chain: that key must not satisfy the pin.
    QTest::newRow("key of a certificate only appended to the chain") << 1 << false;
    // Not sent by the server, but the path to the trusted CA ends there: a CA pin holds.
    QTest::newRow("CA key on the verified path") << 2 << true;
}

void TestTls::pinsMatchOnlyTheVerifiedChain()
{
    QFETCH(int, pinned);
    QFETCH(bool, ok);
    SandboxHost host;
    SandboxOptions o;
    o.seed.members = 10;
    o.seed.departments = 2;
    o.tls = true;
    o.tlsMode = SandboxTls::Mode::ExtraCertificate;
    QString error;
    QVERIFY2(host.start(o, &error), qPrintable(error));
    const QList<QSslCertificate> sent = QSslCertificate::fromData(host.certificatePem(), QSsl::Pem);
    QCOMPARE(sent.size(), 2);
    const QList<QSslCertificate> keys{sent.at(0), sent.at(1),
                                      QSslCertificate(host.caPem(), QSsl::Pem)};
    TlsPolicy tls = trusting(host.caPem());
    tls.pins = {QByteArray(32, '\x42').toBase64(), TlsPolicy::spkiSha256(keys.at(pinned))};
    const ApiResponse a = get(host.url(), tls);
    if (ok) {
        QCOMPARE(a.httpStatus, 401); // reached the server, which refuses the made-up bearer
        return;
    }
    QCOMPARE(a.error.kind, ApiError::Kind::Tls);
    QVERIFY2(a.error.message.contains(u"not one of the pinned keys"), qPrintable(a.error.message));
    const QJsonObject stats = host.statsNow();
    QCOMPARE(stats.value(u"received").toInteger(), 0);
    QCOMPARE(stats.value(u"withAuthorization").toInteger(), 0);
}

void TestTls::plainHttpToARemoteHostIsRefused()
{
    for (const char *url : {"http://example.com", "http://10.0.0.8:8080", "ftp://example.com"}) {
        const ApiResponse a = get(QUrl(QLatin1String(url)), {});
        QCOMPARE(a.error.kind, ApiError::Kind::Config);
        QCOMPARE(a.attempts, 0);
    }
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
