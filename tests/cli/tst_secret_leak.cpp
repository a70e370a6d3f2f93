// No secret leaves the secret store: a whole CLI session (sign-in with the encrypted file
// store, sync, a batch, a token refresh forced by the server, audit export, sign-out) with
// every log category switched on; then every file the run left (SQLite files, settings,
// account list, exports, the sandbox's own database) and every line it printed is searched
// for each token, refresh token and the passphrase. None may appear.
#include "identity/file_secret_store.h"
#include "identity/token_set.h"
#include "support/sandbox_fixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestSecretLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeSessionLeavesNoSecretBehind();

private:
    int cli(const QStringList &args);
    TokenSet storedTokens();
    QTemporaryDir m_dir;
    QUrl m_url;
    QByteArray m_printed;
    QProcessEnvironment m_env;
};

namespace {
constexpr char Passphrase[] = "leak-test passphrase 7f3a";
}

int TestSecretLeak::cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setProgram(TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli")));
    p.setArguments(
        QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))} + args);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start();
    p.closeWriteChannel();
    if (!p.waitForFinished(TestSupport::patience(60000)))
        return -1;
    m_printed += p.readAll();
    return p.exitCode();
}

TokenSet TestSecretLeak::storedTokens()
{
    FileSecretStore store(m_dir.filePath(QStringLiteral("data/secrets.enc")));
    QString error;
    TokenSet t;
    QByteArray value;
    if (!store.unlock(Passphrase, &error) ||
        !store.readNow(QStringLiteral("account/leak/tokens"), &value, &error) ||
        !TokenSet::deserialize(value, &t, &error))
        qWarning() << "cannot read the stored tokens:" << error;
    return t;
}

void TestSecretLeak::wholeSessionLeavesNoSecretBehind()
{
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("MARKETDESK_PASSPHRASE"), QString::fromLatin1(Passphrase));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"),
                 QStringLiteral("marketdesk.*=true;qt.network.*=true"));
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    qputenv("MARKETDESK_PASSPHRASE", Passphrase);
    qputenv("QT_LOGGING_RULES", "marketdesk.*=true;qt.network.*=true");

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::MergedChannels);
    sandbox.setProcessEnvironment(m_env);
    m_url = TestSupport::startSandboxProcess(
        sandbox, {QStringLiteral("--members"), QStringLiteral("120"),
                  QStringLiteral("--departments"), QStringLiteral("8"), QStringLiteral("--data"),
                  m_dir.filePath(QStringLiteral("sandbox.sqlite")),
                  QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY(m_url.isValid());

    QByteArray out;
    QCOMPARE(TestSupport::cliLogin({QStringLiteral("--data-dir"),
                                    m_dir.filePath(QStringLiteral("data")), QStringLiteral("login"),
                                    QStringLiteral("--server"), m_url.toString(),
                                    QStringLiteral("--account"), QStringLiteral("leak"),
                                    QStringLiteral("--secret-store"), QStringLiteral("file")},
                                   &out),
             0);
    m_printed += out;
    QList<TokenSet> generations{storedTokens()};
    QVERIFY(!generations.first().isEmpty());
    QCOMPARE(cli({QStringLiteral("sync")}), 0);

    // A batch, sent after the server expired the access token: the CLI refreshes (rotation).
    TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/_sandbox/auth"))), "POST",
                          {{QStringLiteral("expireAccessTokens"), true}});
    QFile csv(m_dir.filePath(QStringLiteral("batch.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    TestSupport::useBearer(generations.first().accessToken);
    SignInResult mine;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &mine), QString());
    TestSupport::useBearer(mine.tokens.accessToken);
    QByteArray names = "userName\n";
    int picked = 0;
    for (const QJsonValue &v :
         TestSupport::httpJson(m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members?limit=50"))))
             .value(u"items")
             .toArray()) {
        const QJsonObject m = v.toObject();
        if (picked < 5 && m.value(u"enabled").toBool() && m.value(u"role").toString() == u"user") {
            names += m.value(u"userName").toString().toUtf8() + '\n';
            ++picked;
        }
    }
    csv.write(names);
    csv.close();
    QCOMPARE(cli({QStringLiteral("members"), QStringLiteral("disable"),
                  QStringLiteral("--from-csv"), csv.fileName(), QStringLiteral("--yes")}),
             0);
    generations << storedTokens();
    QVERIFY(generations.last().accessToken != generations.first().accessToken);
    QVERIFY(generations.last().refreshToken != generations.first().refreshToken);
    QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("status")}), 0);
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"),
                  m_dir.filePath(QStringLiteral("audit.csv"))}),
             0);
    QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("list")}), 0);
    QCOMPARE(cli({QStringLiteral("logout")}), 0);
    sandbox.kill();
    sandbox.waitForFinished();
    m_printed += sandbox.readAll();
    QVERIFY2(m_printed.contains("marketdesk.auth"), "the logs were not switched on");

    QByteArrayList secrets{Passphrase};
    for (const TokenSet &t : generations) {
        secrets << t.accessToken << t.refreshToken;
        // A token cut short in a log line is still a leak: look for its random part alone.
        secrets << t.accessToken.mid(7, 16) << t.refreshToken.mid(7, 16);
    }
    QStringList searched;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        for (const QByteArray &s : secrets)
            QVERIFY2(!content.contains(s),
                     qPrintable(QStringLiteral("%1 holds a secret").arg(path)));
        searched << QFileInfo(path).fileName();
    }
    for (const QByteArray &s : secrets)
        QVERIFY2(!m_printed.contains(s), "the printed output holds a secret");
    // The run did leave the files worth searching.
    for (const char *name : {"cache.sqlite", "outbox.sqlite", "audit.sqlite", "accounts.json",
                             "secrets.enc", "audit.csv", "sandbox.sqlite"})
        QVERIFY2(searched.contains(QLatin1String(name)), name);
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secret_leak.moc"
