// The console's demo mode as a new user starts it (marketdesk --demo): the sandbox and, beside
// it, a reference SaaS server playing the seeded seller's server, which the seeded Seller
// Center's production address names.
#include "console/console_app.h"
#include "support/sandbox_fixture.h"
#include "ui/org/org_page.h"
#include "ui/shell/main_window.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoStartsTheSellersServerBesideTheSandbox()
    {
        QTemporaryDir dir;
        ConsoleApp app;
        QCOMPARE(app.start({QStringLiteral("marketdesk"), QStringLiteral("--demo"),
                            QStringLiteral("--demo-members"), QStringLiteral("30"),
                            QStringLiteral("--data-dir"), dir.path()}),
                 -1);
        QTRY_VERIFY_WITH_TIMEOUT(app.window() != nullptr, 30000);
        const QUrl sandbox = app.demoServer();
        const QUrl seller = app.demoSellerServer();
        QVERIFY(sandbox.isValid() && seller.isValid());
        QCOMPARE(seller.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(seller.port() != sandbox.port());

        // The seller's server answers.
        int status = 0;
        const QJsonObject health = TestSupport::httpJson(
            seller.resolved(QUrl(QStringLiteral("/health"))), "GET", {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(health.value(u"resultCode").toString(), QStringLiteral("000000"));

        // The demo seller's Seller Center points at it.
        SignInResult signedIn;
        QCOMPARE(TestSupport::signIn(sandbox, QStringLiteral("liu.yang"), &signedIn), QString());
        TestSupport::useBearer(signedIn.tokens.accessToken);
        const QJsonArray addresses =
            TestSupport::httpJson(
                sandbox.resolved(QUrl(QStringLiteral("/api/v1/seller/addresses"))))
                .value(u"items")
                .toArray();
        TestSupport::useBearer({});
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.at(0).toObject().value(u"url").toString(), seller.toString());
    }
};

QTEST_MAIN(TestConsoleDemo)
#include "tst_console_demo.moc"
