// marketdesk-cli as a person uses it: bad arguments and bad files get a clear message and a
// distinct exit code, nothing is sent before the rows are right, and the happy paths work
// against a real sandbox process.
#include "sandbox_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badArguments_data();
    void badArguments();
    void badCsvSendsNothing_data();
    void badCsvSendsNothing();
    void dryRunShowsImpact();
    void importAddsMembers();
    void auditVerifyAndExport();
    void otherProgramsRefuseBadArguments_data();
    void otherProgramsRefuseBadArguments();

private:
    int run(const QStringList &args, QByteArray *out = nullptr);
    QString write(const QString &name, const QByteArray &content);
    QStringList common() const;
    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    m_url = TestSupport::startSandboxProcess(
        m_sandbox, {QStringLiteral("--members"), QStringLiteral("300"),
                    QStringLiteral("--departments"), QStringLiteral("20")});
    QVERIFY(m_url.isValid());
    QCOMPARE(run(common() + QStringList{QStringLiteral("sync")}), 0);
}

void TestCli::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

QStringList TestCli::common() const
{
    return {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--server"), m_url.toString()};
}

int TestCli::run(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    p.closeWriteChannel(); // not a terminal: confirmation needs --yes
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAll();
    return p.exitCode();
}

QString TestCli::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << "no command given";
    QTest::newRow("unknown command")
        << QStringList{"frobnicate"} << 2 << "unknown command \"frobnicate\"";
    QTest::newRow("unknown option")
        << QStringList{"--frob", "sync"} << 2 << "Unknown option 'frob'";
    QTest::newRow("members without csv")
        << QStringList{"members", "disable"} << 2 << "needs --from-csv FILE";
    QTest::newRow("import without file") << QStringList{"members", "import"} << 2 << "needs a FILE";
    QTest::newRow("bad account") << QStringList{"--account", "../etc", "sync"} << 2 << "--account";
    QTest::newRow("bad time") << QStringList{"audit", "export", "x.csv", "--from", "yesterday"} << 2
                              << "ISO 8601";
    QTest::newRow("http to a remote host")
        << QStringList{"--server", "http://example.com", "--data-dir", "/tmp/mdx", "sync"} << 2
        << "only https is allowed";
    QTest::newRow("not a url") << QStringList{"--server", "::::", "--data-dir", "/tmp/mdx", "sync"}
                               << 2 << "not a valid URL";
    QTest::newRow("missing csv file")
        << QStringList{"members", "disable", "--from-csv", "/nonexistent.csv"} << 1
        << "cannot read /nonexistent.csv";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QByteArray out;
    const bool needsServer = args.contains(u"members");
    QCOMPARE(run((needsServer ? common() : QStringList{}) + args, &out), code);
    QVERIFY2(out.contains(message.toUtf8()), out.constData());
}

void TestCli::badCsvSendsNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote")
        << QByteArray("userName\n\"abc\n") << "line 2: a quoted field is not closed";
    QTest::newRow("bad name") << QByteArray("userName\ngood.one\nbad name\n")
                              << "line 3: \"bad name\" is not a valid userName";
    QTest::newRow("empty") << QByteArray("") << "The file has no rows.";
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << "not valid UTF-8";
}

void TestCli::badCsvSendsNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const int before = TestSupport::stats(m_url).value(u"requests").toInt();
    QByteArray out;
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("members"), QStringLiteral("disable"),
                                   QStringLiteral("--from-csv"),
                                   write(QStringLiteral("bad.csv"), csv), QStringLiteral("--yes")},
            &out),
        1);
    QVERIFY2(out.contains(message.toUtf8()), out.constData());
    QVERIFY2(out.contains("nothing was sent"), out.constData());
    QCOMPARE(TestSupport::stats(m_url).value(u"requests").toInt(), before);
}

void TestCli::dryRunShowsImpact()
{
    const QJsonArray items =
        TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members?limit=20"))))
            .value(u"items")
            .toArray();
    QStringList names{QStringLiteral("ghost.user")};
    for (const QJsonValue &v : items)
        if (v.toObject().value(u"enabled").toBool() &&
            v.toObject().value(u"role").toString() == u"user")
            names << v.toObject().value(u"userName").toString();
    const int before = TestSupport::stats(m_url).value(u"requests").toInt();
    QByteArray out;
    const QString csv = write(QStringLiteral("dry.csv"), "userName\n" + names.join(u'\n').toUtf8());
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("members"), QStringLiteral("disable"),
                                   QStringLiteral("--from-csv"), csv, QStringLiteral("--dry-run")},
            &out),
        3); // some rows cannot change
    QVERIFY2(out.contains("line 2: ghost.user cannot change"), out.constData());
    QVERIFY2(
        out.contains(QByteArray(QByteArray::number(names.size() - 1) + " member(s) will change")),
        out.constData());
    QCOMPARE(TestSupport::stats(m_url).value(u"requests").toInt(), before);
    // Without --yes and without a terminal, it refuses to go ahead.
    QCOMPARE(run(common() + QStringList{QStringLiteral("members"), QStringLiteral("disable"),
                                        QStringLiteral("--from-csv"), csv},
                 &out),
             1);
    QVERIFY2(out.contains("--yes"), out.constData());
}

void TestCli::importAddsMembers()
{
    const QByteArray csv = "userName,name,email,mobile,orgCode,role\n"
                           "new.one,新人一,new.one@example.com,,D00001,user\n"
                           "new.two,New Two,,13800000000,D00002,admin\n";
    QByteArray out;
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("members"), QStringLiteral("import"),
                                   write(QStringLiteral("new.csv"), csv), QStringLiteral("--yes")},
            &out),
        0);
    QVERIFY2(out.contains("2 added, 0 failed"), out.constData());
    // Again: both exist now, each refusal reported against its line.
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("members"), QStringLiteral("import"),
                                   write(QStringLiteral("new.csv"), csv), QStringLiteral("--yes")},
            &out),
        3);
    QVERIFY2(out.contains("line 2:") && out.contains("line 3:") && out.contains("already exists"),
             out.constData());
    QVERIFY2(out.contains("0 added, 2 failed"), out.constData());
}

void TestCli::auditVerifyAndExport()
{
    QByteArray out;
    QCOMPARE(run(common() + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out),
             0);
    QVERIFY2(out.contains("intact"), out.constData());
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(run(common() + QStringList{QStringLiteral("audit"), QStringLiteral("export"), csv,
                                        QStringLiteral("--action"), QStringLiteral("member.add"),
                                        QStringLiteral("--no-bom")},
                 &out),
             0);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray content = f.readAll();
    QVERIFY(content.startsWith("seq,time,actor"));
    QCOMPARE(content.count("member.add"), 4); // two added, two refused
}

void TestCli::otherProgramsRefuseBadArguments_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("sandbox: members not a number")
        << "sandbox/marketdesk-sandbox" << QStringList{"--members", "lots"}
        << "--members: expected a whole number";
    QTest::newRow("sandbox: port out of range")
        << "sandbox/marketdesk-sandbox" << QStringList{"--port", "70000"}
        << "--port: expected a whole number from 0 to 65535";
    QTest::newRow("sandbox: stray argument")
        << "sandbox/marketdesk-sandbox" << QStringList{"extra"} << "unexpected argument \"extra\"";
    QTest::newRow("sandbox: bad faults")
        << "sandbox/marketdesk-sandbox"
        << QStringList{"--members", "5", "--faults", "{\"rate503\": 2}"}
        << "rate503: expected a number between 0 and 1";
    QTest::newRow("sandbox: faults not json")
        << "sandbox/marketdesk-sandbox" << QStringList{"--members", "5", "--faults", "{oops"}
        << "--faults: not a JSON object";
    QTest::newRow("console: plain http remote")
        << "console/marketdesk"
        << QStringList{"--server", "http://example.com", "--data-dir", "/tmp/md-console-test"}
        << "only https is allowed";
    QTest::newRow("console: bad demo size")
        << "console/marketdesk" << QStringList{"--demo", "--demo-members", "0"}
        << "--demo-members: expected 1 to 1000000";
    QTest::newRow("console: unknown option")
        << "console/marketdesk" << QStringList{"--frob"} << "Unknown option 'frob'";
}

void TestCli::otherProgramsRefuseBadArguments()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess p;
    p.setProgram(qEnvironmentVariable("MARKETDESK_BIN") + u'/' + program);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    QVERIFY(p.waitForFinished(20000));
    const QByteArray out = p.readAll();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(out.contains(message.toUtf8()), out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
