// marketdesk-cli apps list|enable|disable|grant|revoke and licenses list|reclaim|export: the
// built program against a marketdesk-sandbox process, signed in as the administrator
// zhang.min: the apps listed, one switched off and on, members granted from a CSV and revoked
// again (with a per-target failure reported and exit 1), a dry run that sends nothing, CSVs
// that are wrong refused naming the line (exit 2, nothing sent), the seat inventory listed and
// exported, and a reclaim that gives the seats back at the server.
#include "sandbox/sandbox_caller.h"
#include "support/sandbox_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString kAdmin = QStringLiteral("admin");

} // namespace

class TestCliApps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void appsList();
    void switchOffAndOn();
    void grantAndRevokeFromCsv();
    void dryRunSendsNothing();
    void badCsv_data();
    void badCsv();
    void badArguments_data();
    void badArguments();
    void inventoryListAndExport();
    void reclaim();

private:
    CliRun run(const QStringList &args);
    QString writeCsv(const QByteArray &text);
    QJsonObject app(const QString &appId)
    {
        return m_api.call(kAdmin, "GET", QStringLiteral("/api/v1/apps/") + appId)
            .json.value(u"app")
            .toObject();
    }
    QSet<QString> seated(const QString &appId);
    // A grantable app (agreement, login address, enabled) with free seats.
    QString grantableApp();
    int appliedChanges()
    {
        return TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/stats"))))
            .value(u"appliedChanges")
            .toInt();
    }

    QProcess m_sandbox;
    QUrl m_url;
    SandboxCaller m_api;
    QTemporaryDir m_dir;
    QList<QJsonObject> m_members;
    int m_csvs = 0;
};

void TestCliApps::initTestCase()
{
    qputenv("MARKETDESK_PASSPHRASE", "apps cli test passphrase");
    m_url = TestSupport::startSandboxProcess(
        m_sandbox,
        {QStringLiteral("--members"), QStringLiteral("300"), QStringLiteral("--apps"),
         QStringLiteral("6"), QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY(m_url.isValid());
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin({QStringLiteral("--data-dir"),
                                    m_dir.filePath(QStringLiteral("data")), QStringLiteral("login"),
                                    QStringLiteral("--server"), m_url.toString(),
                                    QStringLiteral("--account"), QStringLiteral("admin"),
                                    QStringLiteral("--secret-store"), QStringLiteral("file")},
                                   &out),
             0);
    m_api.setServer(m_url);
    QCOMPARE(m_api.signIn(kAdmin, QStringLiteral("zhang.min")), QString());
    m_members = m_api.listAll(kAdmin, QStringLiteral("/api/v1/org/members"));
    QCOMPARE(m_members.size(), 300);
}

void TestCliApps::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

CliRun TestCliApps::run(const QStringList &args)
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

QString TestCliApps::writeCsv(const QByteArray &text)
{
    const QString path = m_dir.filePath(QStringLiteral("targets%1.csv").arg(++m_csvs));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

QSet<QString> TestCliApps::seated(const QString &appId)
{
    QSet<QString> out;
    for (const QJsonObject &s :
         m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps/%1/seats").arg(appId)))
        if (s.value(u"seated").toBool())
            out.insert(s.value(u"userName").toString());
    return out;
}

QString TestCliApps::grantableApp()
{
    QList<QJsonObject> apps = m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps"));
    std::sort(apps.begin(), apps.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"appId").toString() < b.value(u"appId").toString();
    });
    for (const QJsonObject &a : apps)
        if (a.value(u"agreementAccepted").toBool() && a.value(u"loginDomainSet").toBool() &&
            a.value(u"enabled").toBool() && a.value(u"seatsFree").toInt() >= 5)
            return a.value(u"appId").toString();
    return {};
}

void TestCliApps::appsList()
{
    const CliRun r = run({QStringLiteral("apps"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 6);
    for (const QJsonObject &a : m_api.listAll(kAdmin, QStringLiteral("/api/v1/apps")))
        QVERIFY2(r.out.contains(QByteArray(a.value(u"appId").toString().toUtf8() +
                                           (a.value(u"enabled").toBool() ? "\ton\t" : "\toff\t"))),
                 r.out.constData());
}

void TestCliApps::switchOffAndOn()
{
    const QString appId = grantableApp();
    QVERIFY(!appId.isEmpty());
    const CliRun off = run({QStringLiteral("apps"), QStringLiteral("disable"), appId});
    QCOMPARE(off.code, 0);
    QVERIFY2(off.out.contains("1 done, 0 failed"), off.out.constData());
    QCOMPARE(app(appId).value(u"enabled").toBool(), false);
    const CliRun on = run({QStringLiteral("apps"), QStringLiteral("enable"), appId});
    QCOMPARE(on.code, 0);
    QCOMPARE(app(appId).value(u"enabled").toBool(), true);
}

void TestCliApps::grantAndRevokeFromCsv()
{
    const QString appId = grantableApp();
    const QSet<QString> before = seated(appId);
    QStringList enabled;
    QString disabled;
    for (const QJsonObject &m : m_members) {
        const QString u = m.value(u"userName").toString();
        if (before.contains(u))
            continue;
        if (m.value(u"enabled").toBool() && enabled.size() < 2)
            enabled.append(u);
        else if (!m.value(u"enabled").toBool() && disabled.isEmpty())
            disabled = u;
    }
    QCOMPARE(enabled.size(), 2);
    QVERIFY(!disabled.isEmpty());
    const QString csv =
        writeCsv("userName\n" + enabled.join(u'\n').toUtf8() + '\n' + disabled.toUtf8() + '\n');
    const CliRun grant = run({QStringLiteral("apps"), QStringLiteral("grant"),
                              QStringLiteral("--app"), appId, QStringLiteral("--from-csv"), csv});
    // One member is disabled: refused with its reason, so the command says so and exits 1.
    QCOMPARE(grant.code, 1);
    QVERIFY2(grant.out.contains("2 done, 1 failed"), grant.out.constData());
    QVERIFY2(grant.err.contains(QByteArray(disabled.toUtf8() + "\t030005")), grant.err.constData());
    const QSet<QString> after = seated(appId);
    for (const QString &u : enabled)
        QVERIFY(after.contains(u));
    QVERIFY(!after.contains(disabled));
    const QString revokeCsv =
        writeCsv("kind,id\nmember," + enabled.join(QStringLiteral("\nmember,")).toUtf8() + '\n');
    const CliRun revoke =
        run({QStringLiteral("apps"), QStringLiteral("revoke"), QStringLiteral("--app"), appId,
             QStringLiteral("--from-csv"), revokeCsv});
    QCOMPARE(revoke.code, 0);
    QVERIFY2(revoke.out.contains("2 done, 0 failed"), revoke.out.constData());
    QCOMPARE(seated(appId), before);
}

void TestCliApps::dryRunSendsNothing()
{
    const QString appId = grantableApp();
    QString someone;
    const QSet<QString> holding = seated(appId);
    for (const QJsonObject &m : m_members)
        if (m.value(u"enabled").toBool() && !holding.contains(m.value(u"userName").toString()))
            someone = m.value(u"userName").toString();
    const int applied = appliedChanges();
    const CliRun r =
        run({QStringLiteral("apps"), QStringLiteral("grant"), QStringLiteral("--app"), appId,
             QStringLiteral("--from-csv"), writeCsv("userName\n" + someone.toUtf8() + '\n'),
             QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("nothing was sent"), r.out.constData());
    QVERIFY2(r.out.contains("1 of the members hold no seat yet"), r.out.constData());
    QCOMPARE(appliedChanges(), applied);
    QVERIFY(!seated(appId).contains(someone));
}

void TestCliApps::badCsv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("no known column") << QByteArray("name\nx\n") << "line 1: expected a userName";
    QTest::newRow("bad kind") << QByteArray("kind,id\nmember,a.b\nteam,T1\n")
                              << "line 3: kind: expected member, department or group";
    QTest::newRow("empty id") << QByteArray("kind,id\ndepartment,\n") << "line 2: the id is empty";
    QTest::newRow("unclosed quote") << QByteArray("userName\n\"a.b\n") << "line 2";
    QTest::newRow("header only") << QByteArray("userName\n") << "no rows after its header";
}

void TestCliApps::badCsv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const int applied = appliedChanges();
    const CliRun r = run({QStringLiteral("apps"), QStringLiteral("grant"), QStringLiteral("--app"),
                          grantableApp(), QStringLiteral("--from-csv"), writeCsv(csv)});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(appliedChanges(), applied);
}

void TestCliApps::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("grant without app")
        << QStringList{"apps", "grant", "--from-csv", "x.csv"} << "needs --app ID";
    QTest::newRow("grant without csv")
        << QStringList{"apps", "grant", "--app", "app-1"} << "needs --from-csv FILE";
    QTest::newRow("missing file") << QStringList{"apps",  "revoke",     "--app",
                                                 "app-1", "--from-csv", "/nonexistent/targets.csv"}
                                  << "/nonexistent/targets.csv";
    QTest::newRow("enable without app") << QStringList{"apps", "enable"} << "needs the APP";
    QTest::newRow("export without file") << QStringList{"licenses", "export"} << "needs a FILE";
    QTest::newRow("dry run of a list")
        << QStringList{"apps", "list", "--dry-run"} << "--dry-run is not used by apps list";
    QTest::newRow("app of an export")
        << QStringList{"licenses", "export", "x.csv", "--app", "a"} << "--app is not used";
}

void TestCliApps::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

void TestCliApps::inventoryListAndExport()
{
    const CliRun list = run({QStringLiteral("licenses"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.out.trimmed().split('\n').size(), 1 + 6);
    QVERIFY(list.out.startsWith("appId\tbought\tassigned"));
    const QString path = m_dir.filePath(QStringLiteral("inventory.csv"));
    const CliRun r = run({QStringLiteral("licenses"), QStringLiteral("export"), path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "appId,name,enabled,seatsBought"));
    QCOMPARE(csv.count("\r\n"), 1 + 6);
}

void TestCliApps::reclaim()
{
    // The app with the most to reclaim.
    const CliRun list = run({QStringLiteral("licenses"), QStringLiteral("list")});
    QString appId;
    int most = 0;
    for (const QByteArray &line : list.out.trimmed().split('\n').mid(1)) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() > 7 && f.at(7).toInt() > most) {
            most = f.at(7).toInt();
            appId = QString::fromUtf8(f.at(0));
        }
    }
    QVERIFY2(most > 0, list.out.constData());
    const CliRun dry = run({QStringLiteral("licenses"), QStringLiteral("reclaim"),
                            QStringLiteral("--app"), appId, QStringLiteral("--dry-run")});
    QCOMPARE(dry.code, 0);
    const QByteArray prefix = appId.toUtf8() + '\t';
    QCOMPARE(dry.out.count(prefix), most);
    QStringList users;
    for (const QByteArray &line : dry.out.split('\n'))
        if (line.startsWith(prefix))
            users.append(QString::fromUtf8(line.split('\t').at(1)));
    const QSet<QString> before = seated(appId);
    for (const QString &u : users)
        QVERIFY(before.contains(u));
    const CliRun r = run(
        {QStringLiteral("licenses"), QStringLiteral("reclaim"), QStringLiteral("--app"), appId});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("%1 done, 0 failed").arg(most).toUtf8()),
             r.out.constData());
    const QSet<QString> after = seated(appId);
    for (const QString &u : users)
        QVERIFY2(!after.contains(u), qPrintable(u));
}

QTEST_GUILESS_MAIN(TestCliApps)
#include "tst_cli_apps.moc"
