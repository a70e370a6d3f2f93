// marketdesk-cli licenses apply, orders list|export, images expiring|export-ics: the built
// program against a marketdesk-sandbox process, signed in as the administrator zhang.min:
// lists filtered by type and status, the orders' CSV (byte order mark, one row per order), the
// images ending within N days and those past their end still billing on demand, the renewals'
// calendar, a License applied for (and the same fingerprint refused before anything is sent
// when it breaks the format), bad arguments refused naming the option (exit 2), and every
// action in a journal whose chain and anchor hold (audit verify).
#include "support/sandbox_fixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString kFingerprint = QStringLiteral("00:1A:2B:3C:4D:5E|S3Z9NB0K|PF2ABC12|BFEBFBFF000906EA");

} // namespace

class TestCliLicenses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ordersList();
    void ordersExport();
    void imagesExpiring();
    void imagesExportIcs();
    void licensesApply();
    void badArguments_data();
    void badArguments();
    void journalHolds();

private:
    CliRun run(const QStringList &args);

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
};

void TestCliLicenses::initTestCase()
{
    qputenv("MARKETDESK_PASSPHRASE", "licenses cli test passphrase");
    // The sandbox's today is UTC+8's unless told; the CLI counts days on its own calendar. One
    // calendar for both (UTC), or between 16:00 and 24:00 UTC the days are one off.
    qputenv("TZ", "UTC");
    m_url = TestSupport::startSandboxProcess(
        m_sandbox,
        {QStringLiteral("--members"), QStringLiteral("20"), QStringLiteral("--apps"),
         QStringLiteral("6"), QStringLiteral("--auto-approve"), QStringLiteral("zhang.min"),
         QStringLiteral("--today"), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)});
    QVERIFY(m_url.isValid());
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin({QStringLiteral("--data-dir"),
                                    m_dir.filePath(QStringLiteral("data")), QStringLiteral("login"),
                                    QStringLiteral("--server"), m_url.toString(),
                                    QStringLiteral("--account"), QStringLiteral("admin"),
                                    QStringLiteral("--secret-store"), QStringLiteral("file")},
                                   &out),
             0);
}

void TestCliLicenses::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

CliRun TestCliLicenses::run(const QStringList &args)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                               QStringLiteral("--account"), QStringLiteral("admin")} +
                   args);
    p.start();
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(TestSupport::patience(60000))) {
        p.kill();
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The program speaks English here, with its plural forms (translations/marketdesk_en.ts).
void TestCliLicenses::ordersList()
{
    const CliRun all = run({QStringLiteral("orders"), QStringLiteral("list")});
    QCOMPARE(all.code, 0);
    QVERIFY2(all.out.contains("18 orders."), all.out.constData());
    const CliRun images = run({QStringLiteral("orders"), QStringLiteral("list"),
                               QStringLiteral("--type"), QStringLiteral("image")});
    QCOMPARE(images.code, 0);
    QVERIFY2(images.out.contains("8 orders."), images.out.constData());
    QVERIFY(!images.out.contains("\tsaas\t"));
    const CliRun licenses = run({QStringLiteral("orders"), QStringLiteral("list"),
                                 QStringLiteral("--type"), QStringLiteral("license")});
    QVERIFY2(licenses.out.contains("4 orders."), licenses.out.constData());
    QVERIFY(licenses.out.contains("Licenses "));
    const CliRun frozen =
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--type"),
             QStringLiteral("license"), QStringLiteral("--status"), QStringLiteral("frozen")});
    QVERIFY2(frozen.out.contains("1 order."), frozen.out.constData());
}

void TestCliLicenses::ordersExport()
{
    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    const CliRun r = run({QStringLiteral("orders"), QStringLiteral("export"), path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "orderId,"));
    QCOMPARE(csv.count("\r\n"), 1 + 18);
}

void TestCliLicenses::imagesExpiring()
{
    // The seed's images end 12 and 4 days ago (in use: on demand; not in use) and in 1, 6, 20,
    // 29, 90 and 300 days.
    const CliRun r = run({QStringLiteral("images"), QStringLiteral("expiring"),
                          QStringLiteral("--days"), QStringLiteral("30")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("5 image subscriptions end"), r.out.constData());
    QVERIFY2(r.out.contains("billed on demand"), r.out.constData());
    QVERIFY(r.out.contains("ended 12 days ago"));
    QVERIFY(r.out.contains("ends in 1 day\t"));
    QVERIFY(!r.out.contains("ended 4 days ago"));
    QVERIFY(!r.out.contains("ends in 90 days"));
    const CliRun week = run({QStringLiteral("images"), QStringLiteral("expiring"),
                             QStringLiteral("--days"), QStringLiteral("7")});
    QVERIFY2(week.out.contains("3 image subscriptions end"), week.out.constData());
}

void TestCliLicenses::imagesExportIcs()
{
    const QString path = m_dir.filePath(QStringLiteral("renewals.ics"));
    const CliRun r = run({QStringLiteral("images"), QStringLiteral("export-ics"), path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 7);
}

void TestCliLicenses::licensesApply()
{
    // A License product with quota left: "characters with quota 5" is the first.
    const CliRun list =
        run({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--type"),
             QStringLiteral("license"), QStringLiteral("--status"), QStringLiteral("normal")});
    QString instance;
    for (const QByteArray &line : list.out.split('\n'))
        if (line.contains("(CHARACTERS)") && line.contains(" of 5 ")) {
            const QList<QByteArray> cells = line.split('\t');
            instance = QString::fromUtf8(cells.value(6));
        }
    QVERIFY2(instance.startsWith(u"ins-"), list.out.constData());
    const CliRun r =
        run({QStringLiteral("licenses"), QStringLiteral("apply"), QStringLiteral("--instance"),
             instance, QStringLiteral("--fingerprint"), kFingerprint});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("issued for instance"), r.out.constData());
    QVERIFY(r.out.contains("MDLIC1."));
    const CliRun after = run({QStringLiteral("orders"), QStringLiteral("list"),
                              QStringLiteral("--type"), QStringLiteral("license")});
    QVERIFY2(after.out.contains("Licenses 1 of 5"), after.out.constData());
    // An instance the server does not know: refused, naming the field.
    const CliRun unknown =
        run({QStringLiteral("licenses"), QStringLiteral("apply"), QStringLiteral("--instance"),
             QStringLiteral("ins-nope"), QStringLiteral("--fingerprint"), kFingerprint});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains("040001") && unknown.err.contains("instanceId"),
             unknown.err.constData());
}

void TestCliLicenses::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("fingerprint lower case")
        << QStringList{"licenses", "apply",         "--instance",
                       "ins-1",    "--fingerprint", kFingerprint.toLower()}
        << "--fingerprint: The fingerprint must be upper case";
    QTest::newRow("no instance") << QStringList{"licenses", "apply", "--fingerprint", kFingerprint}
                                 << "licenses apply needs --instance ID";
    QTest::newRow("no fingerprint") << QStringList{"licenses", "apply", "--instance", "ins-1"}
                                    << "licenses apply needs --fingerprint F";
    QTest::newRow("type") << QStringList{"orders", "list", "--type", "car"}
                          << "--type: expected saas, license or image, got \"car\"";
    QTest::newRow("days missing") << QStringList{"images", "expiring"}
                                  << "images expiring needs --days N";
    QTest::newRow("days not a number") << QStringList{"images", "expiring", "--days", "soon"}
                                       << "--days: expected a whole number of days";
    QTest::newRow("option of another command")
        << QStringList{"images", "expiring", "--days", "3", "--type", "image"}
        << "--type is not used by images expiring";
    QTest::newRow("export without a file")
        << QStringList{"orders", "export"} << "orders export needs FILE";
    QTest::newRow("a licenses verb nobody has")
        << QStringList{"licenses", "renew"} << "unknown command \"licenses renew\"";
}

void TestCliLicenses::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const qint64 requests = TestSupport::stats(m_url).value(u"requests").toInteger();
    const CliRun r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(error.toUtf8()), r.err.constData());
    QCOMPARE(TestSupport::stats(m_url).value(u"requests").toInteger(), requests);
}

void TestCliLicenses::journalHolds()
{
    const CliRun r = run({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.code, 0);
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), csv}).code, 0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray journal = f.readAll();
    for (const char *action : {"licenses.apply", "orders.export", "images.export-ics"})
        QVERIFY2(journal.contains(action), action);
    QVERIFY(!journal.contains("MDLIC1."));
}

QTEST_GUILESS_MAIN(TestCliLicenses)
#include "tst_cli_licenses.moc"
