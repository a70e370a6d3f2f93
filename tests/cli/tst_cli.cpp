// marketdesk-cli as a person uses it: bad arguments and bad files get a clear message and a
// distinct exit code, nothing is sent before the rows are right, and the happy paths work
// against a real sandbox process.
#include "support/sandbox_fixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
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
    void speaksTheChosenLanguage();
    void badCsvSendsNothing_data();
    void badCsvSendsNothing();
    void dryRunShowsImpact();
    void importAddsMembers();
    void auditVerifyAndExport();
    void auditAnchorShowsACutJournal();
    void dataIsPrivate();
    void importWhileTheServerIsDownKeepsTheRows();
    void otherProgramsRefuseBadArguments_data();
    void otherProgramsRefuseBadArguments();
    void secondAccountAndSwitching();
    void loginRefusals_data();
    void loginRefusals();
    void logoutEndsTheSession();
    void consoleDemoSignsInThroughTheFlow();
    void loginOpensTheBrowserAndDiscovers();
    void loginWithEndpointsSetOneByOne();
    void loginOverHttpsTrustsTheAccountsCa();

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
    // No keychain service here: tokens go to the encrypted file store, chosen explicitly.
    qputenv("MARKETDESK_PASSPHRASE", "cli test passphrase");
    m_url = TestSupport::startSandboxProcess(
        m_sandbox,
        {QStringLiteral("--members"), QStringLiteral("300"), QStringLiteral("--departments"),
         QStringLiteral("20"), QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY(m_url.isValid());
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin(
                 common() + QStringList{QStringLiteral("login"), QStringLiteral("--server"),
                                        m_url.toString(), QStringLiteral("--secret-store"),
                                        QStringLiteral("file")},
                 &out),
             0);
    QVERIFY2(out.contains("Signed in as 张敏 (zhang.min), administrator"), out.constData());
    QVERIFY2(out.contains("Account \"zhang.min@huadong-tech\""), out.constData());
    QCOMPARE(run(common() + QStringList{QStringLiteral("sync")}), 0);
    // The tests' own requests to the API, as the same administrator.
    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
}

void TestCli::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

QStringList TestCli::common() const
{
    return {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))};
}

int TestCli::run(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    p.closeWriteChannel(); // not a terminal: confirmation needs --yes
    if (!p.waitForFinished(TestSupport::patience(60000)))
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
        << QStringList{"--server", "http://example.com", "login"} << 2 << "only https is allowed";
    QTest::newRow("not a url") << QStringList{"--server", "::::", "login"} << 2
                               << "not a valid URL";
    QTest::newRow("server on another command")
        << QStringList{"--server", "https://example.com", "sync"} << 2 << "--server is for login";
    QTest::newRow("login without server") << QStringList{"login"} << 2 << "login needs --server";
    QTest::newRow("unknown account")
        << QStringList{"--account", "nobody", "sync"} << 2 << "there is no account \"nobody\"";
    QTest::newRow("remove without name")
        << QStringList{"accounts", "remove"} << 2 << "needs the account's NAME";
    QTest::newRow("bad pin") << QStringList{"--pin", "abc", "login"} << 2
                             << "is not a public-key pin";
    QTest::newRow("bad timeout") << QStringList{"--timeout", "0", "login"} << 2 << "--timeout";
    QTest::newRow("unknown language")
        << QStringList{"--lang", "fr", "sync"} << 2 << "--lang: expected en or zh_CN, got \"fr\"";
    // Not a bad argument, but the same shape: it used to say "no command given".
    QTest::newRow("help with Qt's options") << QStringList{"--help-all"} << 0 << "qmljsdebugger";
    // A command's own help: its usage and the manual's examples of it, arguments ignored.
    QTest::newRow("a command's help")
        << QStringList{"members", "disable", "--help"} << 0
        << "Examples:\n  marketdesk-cli members disable --from-csv leavers.csv --dry-run\n";
    QTest::newRow("a command's help, with its arguments")
        << QStringList{"seller", "sign", "body.json", "--help"} << 0
        << "Usage:\n  seller sign --scheme v2|kit|v1|body-sign --key-file F";
    QTest::newRow("an example over two lines")
        << QStringList{"login", "--help"} << 0
        << "  marketdesk-cli login --server https://console.example.com \\\n"
           "      --secret-store file --browser";
    QTest::newRow("help for no command of a group")
        << QStringList{"seller", "frob", "--help"} << 2
        << "--help: there is no command \"seller frob\"";
    QTest::newRow("a command's help in Chinese")
        << QStringList{"--lang", "zh_CN", "command", "--help"} << 2 << "--help";
    QTest::newRow("a command's help keeps its note")
        << QStringList{"seller", "rotate-key", "--help"} << 0 << "(exit 3:";
    QTest::newRow("help for no command")
        << QStringList{"frobnicate", "--help"} << 2 << "--help: there is no command \"frobnicate\"";
    QTest::newRow("missing csv file")
        << QStringList{"members", "disable", "--from-csv", "/nonexistent.csv"} << 1
        << "cannot read /nonexistent.csv";
}

// The CLI loads its catalogues: zh_CN in Chinese, and English with its plural forms.
void TestCli::speaksTheChosenLanguage()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("frobnicate")},
                 &out),
             2);
    QVERIFY2(QString::fromUtf8(out).contains(u"未知命令"), out.constData());
    QCOMPARE(run({QStringLiteral("--lang=en"), QStringLiteral("frobnicate")}, &out), 2);
    QVERIFY2(out.contains("unknown command"), out.constData());
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QByteArray out;
    const bool needsAccount =
        args.contains(u"members") || args.contains(u"nobody") || args.contains(u"login");
    QCOMPARE(run((needsAccount ? common() : QStringList{}) + args, &out), code);
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
    // A name that would retitle the terminal and ring its bell is printed defused.
    QTest::newRow("terminal escapes")
        << QByteArray("userName\nevil\x1b]0;pwned\x07\n")
        << "line 2: \"evil\uFFFD]0;pwned\uFFFD\" is not a valid userName";
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
    QVERIFY(!out.contains('\x1b') && !out.contains('\x07')); // no terminal control reaches it
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
        out.contains(QByteArray(QByteArray::number(names.size() - 1) + " members will change")),
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
                                   write(QStringLiteral("new.csv"), csv), QStringLiteral("--yes"),
                                   QStringLiteral("--actor"), QStringLiteral("ticket 42")},
            &out),
        0);
    QVERIFY2(out.contains("2 added, 0 failed"), out.constData());
    // Again: both exist now. The preview refuses each against its line, and nothing is sent.
    const int requests = TestSupport::stats(m_url).value(u"requests").toInt();
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("members"), QStringLiteral("import"),
                                   write(QStringLiteral("new.csv"), csv), QStringLiteral("--yes")},
            &out),
        1);
    QVERIFY2(out.contains("line 2: new.one: already exists") &&
                 out.contains("line 3: new.two: already exists") &&
                 out.contains("nothing was sent"),
             out.constData());
    // A department the organisation does not have is found before sending too.
    QCOMPARE(run(common() + QStringList{QStringLiteral("members"), QStringLiteral("import"),
                                        write(QStringLiteral("lost.csv"),
                                              "userName,name,email,mobile,orgCode\n"
                                              "lost.one,Lost One,lost@example.com,,NOPE\n"),
                                        QStringLiteral("--yes")},
                 &out),
             1);
    QVERIFY2(out.contains("line 2: lost.one: department \"NOPE\" does not exist"), out.constData());
    QCOMPARE(TestSupport::stats(m_url).value(u"requests").toInt(), requests);
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
    QCOMPARE(content.count("member.add"), 2); // the two added; refused rows were never sent
    // The actor is who signed in, with the OS user and host beside it; --actor only adds a
    // note. Filtering by the identity alone finds the entries.
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("audit"), QStringLiteral("export"), csv,
                                   QStringLiteral("--action"), QStringLiteral("member.add"),
                                   QStringLiteral("--by"), QStringLiteral("zhang.min@huadong-tech"),
                                   QStringLiteral("--no-bom")},
            &out),
        0);
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.count(QByteArray()), 1); // the last line ends with a line break
    QCOMPARE(lines.size(), 4);              // header, two entries, end
    const QByteArray host = QSysInfo::machineHostName().toUtf8();
    int noted = 0;
    for (int i = 1; i < 3; ++i) {
        QVERIFY2(lines[i].contains(",zhang.min@huadong-tech (") && lines[i].contains(host),
                 lines[i].constData());
        noted += lines[i].contains(" — ticket 42") ? 1 : 0;
    }
    QCOMPARE(noted, 2); // the import ran with --actor "ticket 42"

    // Beside the CSV, its manifest; `audit check` finds the file as exported, and a changed
    // byte, a removed row and a missing manifest are each told apart.
    QVERIFY(QFile::exists(csv + QStringLiteral(".manifest.json")));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("check"), csv}, &out), 0);
    QVERIFY2(out.contains("2 rows"), out.constData());
    f.close();
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray changed = f.readAll();
    changed.replace("member.add", "member.adD");
    f.seek(0);
    f.write(changed);
    f.close();
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("check"), csv}, &out), 4);
    QVERIFY2(out.contains("SHA-256") && !out.contains("rows;"), out.constData());
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines[0] + '\n' + lines[1] + '\n');
    f.close();
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("check"), csv}, &out), 4);
    QVERIFY2(out.contains("the file has 1 rows; the manifest says 2"), out.constData());
    QVERIFY(QFile::remove(csv + QStringLiteral(".manifest.json")));
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("check"), csv}, &out), 1);
    QVERIFY2(out.contains("cannot read the manifest"), out.constData());
}

// A journal cut short at its end still has an intact chain; the anchor kept in the account's
// secret store is what shows it. Then the journal is put back and verifies again.
void TestCli::auditAnchorShowsACutJournal()
{
    QByteArray out;
    QCOMPARE(run(common() + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out),
             0);
    QVERIFY2(out.contains("still holds the"), out.constData());
    const QString journal =
        m_dir.filePath(QStringLiteral("data/accounts/zhang.min@huadong-tech/audit.sqlite"));
    const QString backup = m_dir.filePath(QStringLiteral("audit-backup.sqlite"));
    QFile::remove(backup);
    {
        // Through SQLite, so the WAL is folded in: the copy is the whole journal.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cut"));
        db.setDatabaseName(journal);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM entries WHERE seq > (SELECT MAX(seq) - 2 FROM "
                                      "entries)")));
        QCOMPARE(q.numRowsAffected(), 2);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cut"));
    QCOMPARE(run(common() + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out),
             4);
    QVERIFY2(out.contains("intact") == false && out.contains("the journal was cut short"),
             out.constData());
    // Opening the account does not bless the shortened journal: the anchor stays.
    QCOMPARE(run(common() + QStringList{QStringLiteral("outbox"), QStringLiteral("status")}, &out),
             0);
    QVERIFY2(out.contains("does not match what was recorded outside it"), out.constData());
    QCOMPARE(run(common() + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out),
             4);

    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(journal + QLatin1String(suffix));
    QVERIFY(QFile::copy(backup, journal));
    QCOMPARE(run(common() + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &out),
             0);
    QVERIFY2(out.contains("still holds the"), out.constData());
}

// The server answers 503 to everything: the import stops (it once waited for ever), says the
// rows are kept, and "outbox run" adds them once the server is back.
void TestCli::importWhileTheServerIsDownKeepsTheRows()
{
    const QByteArray csv = "userName,name,email,mobile,orgCode\n"
                           "kept.one,Kept One,kept.one@example.com,,D00001\n";
    TestSupport::setFaults(
        m_url, {{QStringLiteral("rate503"), 1.0}, {QStringLiteral("retryAfterSeconds"), 0}});
    QByteArray out;
    const int code =
        run(common() + QStringList{QStringLiteral("members"), QStringLiteral("import"),
                                   write(QStringLiteral("kept.csv"), csv), QStringLiteral("--yes")},
            &out);
    TestSupport::setFaults(m_url, {});
    QCOMPARE(code, 1);
    QVERIFY2(out.contains("marketdesk-cli outbox run"), out.constData());
    QCOMPARE(run(common() + QStringList{QStringLiteral("outbox"), QStringLiteral("run")}, &out), 0);
    int status = 0;
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members/kept.one"))),
                          "GET", {}, &status);
    QCOMPARE(status, 200);
}

// The data folder holds names, e-mails, mobiles and servers: folders 0700, files 0600.
void TestCli::dataIsPrivate()
{
    const QString root = m_dir.filePath(QStringLiteral("data"));
    QStringList files;
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(root).permissions() & groupOrOther, QFileDevice::Permissions());
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QVERIFY2((info.permissions() & groupOrOther) == QFileDevice::Permissions(),
                 qPrintable(info.filePath() +
                            QStringLiteral(": %1").arg(int(info.permissions()), 0, 16)));
        if (info.isFile())
            files << QDir(root).relativeFilePath(info.filePath());
    }
    for (const char *expected :
         {"accounts.json", "secrets.enc", "accounts/zhang.min@huadong-tech/cache.sqlite",
          "accounts/zhang.min@huadong-tech/outbox.sqlite",
          "accounts/zhang.min@huadong-tech/audit.sqlite"})
        QVERIFY2(files.contains(QLatin1String(expected)), qPrintable(files.join(u' ')));
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
    QTest::newRow("console: bad account name")
        << "console/marketdesk" << QStringList{"--account", "../x"} << "not a usable account name";
    QTest::newRow("console: unknown account")
        << "console/marketdesk"
        << QStringList{"--account", "nobody", "--data-dir", "/tmp/md-console-test"}
        << "there is no account \"nobody\"";
    QTest::newRow("console: bad secret store")
        << "console/marketdesk" << QStringList{"--secret-store", "plaintext"}
        << "--secret-store: expected keychain or file";
    QTest::newRow("sandbox: bad tls mode")
        << "sandbox/marketdesk-sandbox" << QStringList{"--tls", "--tls-mode", "broken"}
        << "--tls-mode: expected valid, self-signed, expired, wrong-host or extra-cert";
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
    QVERIFY(p.waitForFinished(TestSupport::patience(20000)));
    const QByteArray out = p.readAll();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(out.contains(message.toUtf8()), out.constData());
}

void TestCli::secondAccountAndSwitching()
{
    // A consultant signs in to the second enterprise as a second account.
    TestSupport::httpJson(
        m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
        {{QStringLiteral("autoApprove"), QStringLiteral("chen.jie@beifang-cloud")}});
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin(
                 common() + QStringList{QStringLiteral("login"), QStringLiteral("--server"),
                                        m_url.toString(), QStringLiteral("--account"),
                                        QStringLiteral("beifang"), QStringLiteral("--secret-store"),
                                        QStringLiteral("file")},
                 &out),
             0);
    QVERIFY2(out.contains("北方云联科技 [beifang-cloud]"), out.constData());
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                          {{QStringLiteral("autoApprove"), QStringLiteral("zhang.min")}});
    // Most recent first; it is the default account now.
    QCOMPARE(run(common() + QStringList{QStringLiteral("accounts"), QStringLiteral("list")}, &out),
             0);
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.value(0).startsWith("* beifang"), out.constData());
    QVERIFY2(lines.value(1).startsWith("  zhang.min@huadong-tech"), out.constData());
    // Each account sees its own enterprise only: 150 members there, the first one's here.
    QCOMPARE(run(common() + QStringList{QStringLiteral("sync")}, &out), 0);
    QVERIFY2(out.contains("150 members in the cache"), out.constData());
    QCOMPARE(run(common() + QStringList{QStringLiteral("--account"),
                                        QStringLiteral("zhang.min@huadong-tech"),
                                        QStringLiteral("sync")},
                 &out),
             0);
    const int here = TestSupport::stats(m_url).value(u"members").toInt();
    QVERIFY2(out.contains(QStringLiteral("%1 members in the cache").arg(here).toUtf8()),
             out.constData());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/accounts/beifang/cache.sqlite"))));
    // Removing asks nothing of the server; the cache goes only when asked.
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("accounts"), QStringLiteral("remove"),
                                   QStringLiteral("beifang"), QStringLiteral("--delete-cache")},
            &out),
        0);
    QVERIFY2(out.contains("Removed account \"beifang\" and its cache"), out.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("data/accounts/beifang/cache.sqlite"))));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/accounts/beifang/audit.sqlite"))));
    QCOMPARE(run(common() + QStringList{QStringLiteral("accounts"), QStringLiteral("list")}, &out),
             0);
    QVERIFY2(!out.contains("beifang"), out.constData());
}

void TestCli::loginRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong passphrase")
        << QStringList{"--secret-store", "file"} << QByteArray("not the passphrase") << 1
        << "the passphrase does not open";
    QTest::newRow("unknown store")
        << QStringList{"--secret-store", "plaintext"} << QByteArray("cli test passphrase") << 2
        << "--secret-store: expected keychain or file";
    QTest::newRow("missing CA file")
        << QStringList{"--secret-store", "file", "--ca-file", "/nonexistent/ca.pem"}
        << QByteArray("cli test passphrase") << 2 << "cannot read the CA file /nonexistent/ca.pem";
    QTest::newRow("no keychain service")
        << QStringList{"--secret-store", "keychain"} << QByteArray("cli test passphrase") << 1
        << "Without a keychain service, choose the encrypted file store: --secret-store file";
    QTest::newRow("nobody answers")
        << QStringList{"--secret-store", "file", "--server",  "http://127.0.0.1:9",
                       "--timeout",      "5",    "--discover"}
        << QByteArray("cli test passphrase") << 1 << "sign-in configuration";
}

void TestCli::loginRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, code);
    QFETCH(QString, message);
    qputenv("MARKETDESK_PASSPHRASE", passphrase);
    // No keychain service for the CLI here, whatever this machine runs.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    const QStringList server = args.contains(u"--server")
                                   ? QStringList{}
                                   : QStringList{QStringLiteral("--server"), m_url.toString()};
    QByteArray out;
    QCOMPARE(run(common() +
                     QStringList{QStringLiteral("login"), QStringLiteral("--account"),
                                 QStringLiteral("refused")} +
                     server + args,
                 &out),
             code);
    qputenv("MARKETDESK_PASSPHRASE", "cli test passphrase");
    if (bus.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QVERIFY2(out.contains(message.toUtf8()), out.constData());
    // Nothing was saved for a sign-in that did not complete.
    QCOMPARE(run(common() + QStringList{QStringLiteral("accounts"), QStringLiteral("list")}, &out),
             0);
    QVERIFY2(!out.contains("refused"), out.constData());
}

void TestCli::logoutEndsTheSession()
{
    QByteArray out;
    QCOMPARE(run(common() + QStringList{QStringLiteral("logout")}, &out), 0);
    QVERIFY2(out.contains("The session at the server was ended"), out.constData());
    QCOMPARE(run(common() + QStringList{QStringLiteral("sync")}, &out), 5);
    QVERIFY2(out.contains("is signed out; sign in again: marketdesk-cli login --account "
                          "zhang.min@huadong-tech"),
             out.constData());
    // Signing in again to this account as somebody else is refused, and changes nothing.
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                          {{QStringLiteral("autoApprove"), QStringLiteral("li.na")}});
    QCOMPARE(TestSupport::cliLogin(common() + QStringList{QStringLiteral("login"),
                                                          QStringLiteral("--account"),
                                                          QStringLiteral("zhang.min@huadong-tech")},
                                   &out),
             1);
    QVERIFY2(out.contains("You signed in as li.na of beifang-cloud, but the account "
                          "\"zhang.min@huadong-tech\" belongs to zhang.min of huadong-tech"),
             out.constData());
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                          {{QStringLiteral("autoApprove"), QStringLiteral("zhang.min")}});
    // Signing in again needs only the account: it remembers its server and store.
    QCOMPARE(TestSupport::cliLogin(common() + QStringList{QStringLiteral("login"),
                                                          QStringLiteral("--account"),
                                                          QStringLiteral("zhang.min@huadong-tech")},
                                   &out),
             0);
    QCOMPARE(run(common() + QStringList{QStringLiteral("sync")}, &out), 0);
}

void TestCli::consoleDemoSignsInThroughTheFlow()
{
    const QString root = m_dir.filePath(QStringLiteral("demo"));
    const QString shot = m_dir.filePath(QStringLiteral("demo.png"));
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("console"), QStringLiteral("marketdesk")));
    p.setArguments({QStringLiteral("--demo"), QStringLiteral("--demo-members"),
                    QStringLiteral("150"), QStringLiteral("--data-dir"), root,
                    QStringLiteral("--screenshot"), shot});
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    QVERIFY(p.waitForFinished(TestSupport::patience(60000)));
    const QByteArray out = p.readAll();
    QCOMPARE(p.exitCode(), 0);
    // The same flow as against a real server: loopback listener, PKCE, token, userinfo.
    QVERIFY2(out.contains("waiting for the sign-in callback on 127.0.0.1"), out.constData());
    QVERIFY2(out.contains("signed in as \"zhang.min\" of tenant \"huadong-tech\""),
             out.constData());
    QVERIFY(QFile::exists(shot));
    // Its tokens lived in memory only: no account or secret file was written.
    QVERIFY(!QFile::exists(root + QStringLiteral("/accounts.json")));
    QVERIFY(!QFile::exists(root + QStringLiteral("/secrets.enc")));
    // The CLI reaches the demo's journal with --demo (it has no saved account), and only that.
    QByteArray cliOut;
    const QStringList demo{QStringLiteral("--data-dir"), root, QStringLiteral("--demo")};
    QCOMPARE(run(demo + QStringList{QStringLiteral("audit"), QStringLiteral("verify")}, &cliOut),
             0);
    QVERIFY2(cliOut.contains("intact"), cliOut.constData());
    const QString csv = m_dir.filePath(QStringLiteral("demo-audit.csv"));
    QCOMPARE(
        run(demo + QStringList{QStringLiteral("audit"), QStringLiteral("export"), csv}, &cliOut),
        0);
    QFile exported(csv);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("seq,time,actor,action"));
    QCOMPARE(run(demo + QStringList{QStringLiteral("sync")}, &cliOut), 2);
    QVERIFY2(cliOut.contains("--demo reads the demo's journal only"), cliOut.constData());
    QCOMPARE(run({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("no-demo")),
                  QStringLiteral("--demo"), QStringLiteral("audit"), QStringLiteral("verify")},
                 &cliOut),
             2);
    QVERIFY2(cliOut.contains("there is no demo journal"), cliOut.constData());
}

void TestCli::loginOpensTheBrowserAndDiscovers()
{
    // The "browser" is a script that fetches the address it is given and follows redirects;
    // it also notes whether the secret store's passphrase reached its environment.
    const QString seen = m_dir.filePath(QStringLiteral("browser-env.txt"));
    const QString browser = write(QStringLiteral("browser.sh"),
                                  "#!/bin/sh\necho \"${MARKETDESK_PASSPHRASE-not set}\" > '" +
                                      seen.toUtf8() + "'\nexec curl -s -L -o /dev/null \"$1\"\n");
    QFile::setPermissions(browser, QFile::ReadOwner | QFile::ExeOwner);
    qputenv("BROWSER", browser.toUtf8());
    QByteArray out;
    const int code =
        run(common() + QStringList{QStringLiteral("login"), QStringLiteral("--server"),
                                   m_url.toString(), QStringLiteral("--account"),
                                   QStringLiteral("discovered"), QStringLiteral("--secret-store"),
                                   QStringLiteral("file"), QStringLiteral("--browser"),
                                   QStringLiteral("--discover")},
            &out);
    qunsetenv("BROWSER");
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("Signed in as 张敏"), out.constData());
    QVERIFY(qEnvironmentVariableIsSet("MARKETDESK_PASSPHRASE")); // the CLI had it
    QFile env(seen);
    QVERIFY(env.open(QIODevice::ReadOnly));
    QCOMPARE(env.readAll(), QByteArray("not set\n")); // the browser did not
    QFile accounts(m_dir.filePath(QStringLiteral("data/accounts.json")));
    QVERIFY(accounts.open(QIODevice::ReadOnly));
    QVERIFY(accounts.readAll().contains("\"discover\": true"));
    QCOMPARE(run(common() + QStringList{QStringLiteral("--account"), QStringLiteral("discovered"),
                                        QStringLiteral("sync")},
                 &out),
             0);
}

void TestCli::loginWithEndpointsSetOneByOne()
{
    const QString base = m_url.toString();
    QByteArray out;
    QCOMPARE(
        TestSupport::cliLogin(
            common() + QStringList{QStringLiteral("login"), QStringLiteral("--server"), base,
                                   QStringLiteral("--account"), QStringLiteral("custom"),
                                   QStringLiteral("--secret-store"), QStringLiteral("file"),
                                   QStringLiteral("--authorize-url"),
                                   base + QStringLiteral("/api/v1/oauth2/authorize"),
                                   QStringLiteral("--token-url"),
                                   base + QStringLiteral("/api/v1/oauth2/token"),
                                   QStringLiteral("--userinfo-url"),
                                   base + QStringLiteral("/api/v1/oauth2/userinfo"),
                                   QStringLiteral("--client-id"), QStringLiteral("marketdesk")},
            &out),
        0);
    QFile accounts(m_dir.filePath(QStringLiteral("data/accounts.json")));
    QVERIFY(accounts.open(QIODevice::ReadOnly));
    QVERIFY(accounts.readAll().contains(
        QByteArray("\"token\": \"" + base.toUtf8() + "/api/v1/oauth2/token\"")));
    // A provider whose userinfo has only OpenID Connect claims (no tenant, no role).
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                          {{QStringLiteral("userinfoStyle"), QStringLiteral("oidc")}});
    const int oidc = TestSupport::cliLogin(
        common() + QStringList{QStringLiteral("login"), QStringLiteral("--server"), base,
                               QStringLiteral("--secret-store"), QStringLiteral("file"),
                               QStringLiteral("--discover")},
        &out);
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                          {{QStringLiteral("userinfoStyle"), QStringLiteral("koogallery")}});
    QCOMPARE(oidc, 0);
    QVERIFY2(out.contains("Account \"zhang.min@127.0.0.1\""), out.constData());
    QCOMPARE(
        run(common() + QStringList{QStringLiteral("--account"),
                                   QStringLiteral("zhang.min@127.0.0.1"), QStringLiteral("sync")},
            &out),
        0);
    // An endpoint that would carry the code over plain http elsewhere is refused up front.
    QCOMPARE(run(common() + QStringList{QStringLiteral("login"), QStringLiteral("--server"), base,
                                        QStringLiteral("--account"), QStringLiteral("custom2"),
                                        QStringLiteral("--secret-store"), QStringLiteral("file"),
                                        QStringLiteral("--token-url"),
                                        QStringLiteral("http://idp.example.com/token")},
                 &out),
             2);
    QVERIFY2(out.contains("token endpoint: The server address"), out.constData());
}

void TestCli::loginOverHttpsTrustsTheAccountsCa()
{
    QProcess tlsSandbox;
    const QString ca = m_dir.filePath(QStringLiteral("sandbox-ca.pem"));
    const QUrl url = TestSupport::startSandboxProcess(
        tlsSandbox,
        {QStringLiteral("--members"), QStringLiteral("30"), QStringLiteral("--departments"),
         QStringLiteral("4"), QStringLiteral("--tls"), QStringLiteral("--tls-ca-out"), ca,
         QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray caPem = caFile.readAll();
    const QStringList login =
        common() + QStringList{QStringLiteral("login"), QStringLiteral("--server"), url.toString(),
                               QStringLiteral("--secret-store"), QStringLiteral("file")};
    // Without the sandbox's CA the token exchange is refused, the certificate described.
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin(
                 login + QStringList{QStringLiteral("--account"), QStringLiteral("untrusted")},
                 &out, caPem),
             1);
    QVERIFY2(out.contains("secure connection was refused") && out.contains("SHA-256"),
             out.constData());
    // With it (kept with the account), sign-in and sync work.
    QCOMPARE(TestSupport::cliLogin(login + QStringList{QStringLiteral("--account"),
                                                       QStringLiteral("secure"),
                                                       QStringLiteral("--ca-file"), ca},
                                   &out, caPem),
             0);
    QCOMPARE(run(common() + QStringList{QStringLiteral("--account"), QStringLiteral("secure"),
                                        QStringLiteral("sync")},
                 &out),
             0);
    QVERIFY2(out.contains("30 members in the cache"), out.constData());
    // The account's CA file is gone: the sign-out fails closed — no connection without the
    // account's trust settings, so the bearer goes nowhere — and the tokens are removed here.
    QVERIFY(QFile::rename(ca, ca + QStringLiteral(".moved")));
    QCOMPARE(run(common() + QStringList{QStringLiteral("--account"), QStringLiteral("secure"),
                                        QStringLiteral("logout")},
                 &out),
             0);
    QVERIFY2(out.contains("could not be ended") && out.contains("sandbox-ca.pem"), out.constData());
    QCOMPARE(run(common() + QStringList{QStringLiteral("--account"), QStringLiteral("secure"),
                                        QStringLiteral("sync")},
                 &out),
             5);
    tlsSandbox.kill();
    tlsSandbox.waitForFinished();
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
