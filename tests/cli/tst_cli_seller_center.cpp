// marketdesk-cli seller keys|addresses|credentials, the built program against a
// marketdesk-sandbox process, signed in as the seller liu.yang (and as an enterprise
// administrator, who is refused): lists and --json, bad arguments and bad form files refused
// with exit 2 naming the argument or the field, server refusals naming the field (exit 1),
// a stale edit answered with the current record, a failed debugging run (exit 3), and secrets
// that go to a new 0600 --secret-out file and nowhere else — not the terminal, not the
// account's files.
#include "seller/rsa_key.h"
#include "support/sandbox_fixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliSellerCenter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lists();
    void badInput_data();
    void badInput();
    void keySecretGoesToItsFileOnly();
    void applyEditAndTestAccount();
    void failedDebuggingRun();
    void enterpriseAdministratorIsRefused();

private:
    CliRun run(const QStringList &args, const QString &account = QStringLiteral("seller"));
    QString write(const QString &name, const QByteArray &content);
    QByteArray accountFiles() const;
    QJsonObject form(const QString &loginUrl) const;
    QString firstId(const QString &group);

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
    QByteArray m_publicKey;
};

void TestCliSellerCenter::initTestCase()
{
    qputenv("MARKETDESK_PASSPHRASE", "seller cli test passphrase");
    m_url = TestSupport::startSandboxProcess(
        m_sandbox, {QStringLiteral("--members"), QStringLiteral("20"),
                    QStringLiteral("--auto-approve"), QStringLiteral("liu.yang")});
    QVERIFY(m_url.isValid());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    for (const QString &who : {QStringLiteral("liu.yang"), QStringLiteral("zhang.min")}) {
        TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                              {{QStringLiteral("autoApprove"), who}});
        QByteArray out;
        QCOMPARE(TestSupport::cliLogin(
                     {QStringLiteral("--data-dir"), data, QStringLiteral("login"),
                      QStringLiteral("--server"), m_url.toString(), QStringLiteral("--account"),
                      who == u"liu.yang" ? QStringLiteral("seller") : QStringLiteral("admin"),
                      QStringLiteral("--secret-store"), QStringLiteral("file")},
                     &out),
                 0);
    }
    const auto key = RsaKey::generate(3072);
    QVERIFY(key);
    m_publicKey = key.value().publicKeyBase64();
}

void TestCliSellerCenter::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

CliRun TestCliSellerCenter::run(const QStringList &args, const QString &account)
{
    QProcess p;
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                               QStringLiteral("--account"), account} +
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

QString TestCliSellerCenter::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

QByteArray TestCliSellerCenter::accountFiles() const
{
    QByteArray all;
    QDirIterator it(m_dir.filePath(QStringLiteral("data/accounts")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QJsonObject TestCliSellerCenter::form(const QString &loginUrl) const
{
    return {{"appName", "命令行应用 CLI App"},
            {"authMethod", "SDK"},
            {"addressId", ""},
            {"loginType", "shared"},
            {"loginUrl", loginUrl},
            {"publicKey", QString::fromLatin1(m_publicKey)},
            {"platforms", QJsonArray{"WeLink"}}};
}

QString TestCliSellerCenter::firstId(const QString &group)
{
    const CliRun r =
        run({QStringLiteral("seller"), group, QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    const char *id = group == u"keys" ? "keyId" : group == u"addresses" ? "addressId" : "appId";
    return a.isEmpty() ? QString() : a.first().toObject().value(QLatin1String(id)).toString();
}

void TestCliSellerCenter::lists()
{
    CliRun r = run({"seller", "keys", "list"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.count("\t****") == 2, r.out.constData());
    r = run({"seller", "addresses", "list", "--json"});
    QCOMPARE(r.code, 0);
    const QJsonArray addresses = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses.first()["ready"].toBool(), true);
    r = run({"seller", "credentials", "show", firstId("credentials"), "--offline"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("loginType: per-tenant"), r.out.constData());
    QVERIFY2(r.out.contains("listed: true"), r.out.constData());
}

void TestCliSellerCenter::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file"); // written to form.json, when given
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QByteArray none;
    QTest::newRow("unknown verb") << QStringList{"seller", "keys", "rotate"} << none << 2
                                  << "unknown command \"seller keys rotate\"";
    QTest::newRow("option of another command")
        << QStringList{"seller", "keys", "list", "--name", "x"} << none << 2
        << "--name is not used by seller keys list";
    QTest::newRow("missing operand") << QStringList{"seller", "keys", "delete"} << none << 2
                                     << "seller keys delete needs KEY_ID";
    QTest::newRow("no place for the secret")
        << QStringList{"seller", "keys", "create"} << none << 2 << "--secret-out FILE";
    QTest::newRow("both places for the secret")
        << QStringList{"seller", "keys", "create", "--secret-out", "x", "--print-secret"} << none
        << 2 << "choose one";
    QTest::newRow("bind without keys")
        << QStringList{"seller", "addresses", "bind", "addr-1"} << none << 2 << "needs --basic-key";
    QTest::newRow("bad suite") << QStringList{"seller", "addresses", "debug",
                                              "addr-1", "--suite",   "license"}
                               << none << 2 << "--suite: expected basic, kit or all";
    QTest::newRow("form not JSON")
        << QStringList{"seller", "credentials", "apply", "--from", "FORM", "--print-secret"}
        << QByteArray("{\"appName\": ") << 2 << "is not JSON";
    QTest::newRow("form not an object")
        << QStringList{"seller", "credentials", "apply", "--from", "FORM", "--print-secret"}
        << QByteArray("[]") << 2 << "must hold one JSON object";
    QTest::newRow("form with an unknown field")
        << QStringList{"seller", "credentials", "apply", "--from", "FORM", "--print-secret"}
        << QByteArray(R"({"appName":"a","colour":"blue"})") << 2 << "colour: unknown field";
    QTest::newRow("form without appName")
        << QStringList{"seller", "credentials", "apply", "--from", "FORM", "--print-secret"}
        << QByteArray(R"({"authMethod":"SDK"})") << 2 << "appName: missing";
    QTest::newRow("form field of the wrong type")
        << QStringList{"seller", "credentials", "edit", "app-1", "--from", "FORM"}
        << QByteArray(R"({"appName":"a","authMethod":"SDK","addressId":"x","multiInstance":"no",
                        "loginType":"shared","loginUrl":"https://l/","publicKey":"k"})")
        << 2 << "multiInstance: expected true or false";
    QTest::newRow("refused by the server, with its field")
        << QStringList{"seller", "addresses", "add", "ftp://isv.example/produce"} << none << 1
        << "field: url";
    QTest::newRow("demo") << QStringList{"seller", "keys", "list", "--demo"} << none << 2
                          << "--demo reads the demo's journal only";
}

void TestCliSellerCenter::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(int, code);
    QFETCH(QString, message);
    if (!file.isEmpty())
        args.replace(args.indexOf(QStringLiteral("FORM")),
                     write(QStringLiteral("form.json"), file));
    const CliRun r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCliSellerCenter::keySecretGoesToItsFileOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("new-key.secret"));
    const CliRun r = run({"seller", "keys", "create", "--name", "rotation", "--secret-out", path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray secret = f.readAll().trimmed();
    QVERIFY(secret.size() >= 32);
    struct stat st = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    QVERIFY(!accountFiles().contains(secret));
    QVERIFY(accountFiles().contains("seller.key.create")); // journalled, without it
    // Never over an existing file: refused before anything is sent.
    const CliRun again = run({"seller", "keys", "create", "--secret-out", path});
    QCOMPARE(again.code, 2);
    QVERIFY(again.err.contains("exists already"));
}

void TestCliSellerCenter::applyEditAndTestAccount()
{
    QJsonObject f = form(QStringLiteral("https://cli.example/login"));
    f.insert(QStringLiteral("addressId"), firstId(QStringLiteral("addresses")));
    const QString secretPath = m_dir.filePath(QStringLiteral("app.secret"));
    CliRun r = run({"seller", "credentials", "apply", "--from",
                    write(QStringLiteral("apply.json"), QJsonDocument(f).toJson()), "--secret-out",
                    secretPath});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(secretPath));
    const QString appId = QRegularExpression(QStringLiteral("app-[0-9a-f]{12}"))
                              .match(QString::fromUtf8(r.out))
                              .captured();
    QVERIFY2(appId.startsWith(u"app-"), r.out.constData());
    // Edit what `show --json` printed; the same file again is stale: a conflict.
    r = run({"seller", "credentials", "show", appId, "--json"});
    QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    shown.insert(QStringLiteral("loginUrl"), QStringLiteral("https://cli2.example/login"));
    const QString edit = write(QStringLiteral("edit.json"), QJsonDocument(shown).toJson());
    QCOMPARE(run({"seller", "credentials", "edit", appId, "--from", edit}).code, 0);
    r = run({"seller", "credentials", "edit", appId, "--from", edit});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("010003") && r.err.contains("\"version\": 2"), r.err.constData());
    // The test account: its password to its file, the rest on the terminal.
    const QString passwordPath = m_dir.filePath(QStringLiteral("test.password"));
    r = run({"seller", "credentials", "test-account", appId, "--secret-out", passwordPath});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Test account: domain isvtest-"), r.out.constData());
    QFile p(passwordPath);
    QVERIFY(p.open(QIODevice::ReadOnly));
    const QByteArray password = p.readAll().trimmed();
    QVERIFY(!password.isEmpty() && !r.out.contains(password) && !r.err.contains(password));
    QVERIFY(!accountFiles().contains(password));
    r = run({"seller", "credentials", "test-account", appId, "--print-secret"});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("020011"));
}

void TestCliSellerCenter::failedDebuggingRun()
{
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/seller"))), "POST",
                          {{QStringLiteral("debugVerdict"), QStringLiteral("failed")}});
    const CliRun r = run(
        {"seller", "addresses", "debug", firstId(QStringLiteral("addresses")), "--suite", "kit"});
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/seller"))), "POST",
                          {{QStringLiteral("debugVerdict"), QString()}});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.out.contains("kit suite") && r.out.contains("failed, 4 of 5"), r.out.constData());
}

void TestCliSellerCenter::enterpriseAdministratorIsRefused()
{
    const CliRun r = run({"seller", "keys", "list"}, QStringLiteral("admin"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not a seller account"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSellerCenter)
#include "tst_cli_seller_center.moc"
