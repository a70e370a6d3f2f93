// Storage faults a workstation meets, with the real marketdesk-cli, a real sandbox process and
// real file systems (tests/cli/confine.sh: a small tmpfs or a read-only bind mount in a private
// mount namespace): a disk that fills up while syncing, while a batch is recorded, while the
// journal records its answers and while an export is written; a data folder that is read-only;
// files another program keeps locked; a cache, outbox or journal a newer marketdesk wrote, or
// that is no database at all. Each time the message says what is wrong and where, no confirmed
// or pending change is lost, no file is touched that should not be, and once the fault is gone
// the next run finishes the work, the server having applied each change once.
#include "support/copy_tree.h"
#include "support/sandbox_fixture.h"
#include "support/sqlite_integrity.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

constexpr int kConfineFailed = 90; // confine.sh: the namespace or a mount could not be made

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

// Every file under dir with a hash of its bytes: what "left as it is" means.
QMap<QString, QByteArray> fingerprint(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(path.mid(dir.size()),
                         QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

// A fault that passes (a full disk, a lock, a read-only folder) is no damage: nothing may be
// set aside as "cache.sqlite.damaged-…".
QStringList setAside(const QString &accountDir)
{
    return QDir(accountDir).entryList({QStringLiteral("*damaged*")}, QDir::Files);
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void diskFullWhileSyncing_data();
    void diskFullWhileSyncing();
    void diskFullWhileRecordingABatch();
    void diskFullWhileJournaling();
    void diskFullWhileExporting();
    void readOnlyDataFolder_data();
    void readOnlyDataFolder();
    void lockedByAnotherProgram_data();
    void lockedByAnotherProgram();
    void foreignFiles_data();
    void foreignFiles();
    // Last: its logout ends the sign-in every copy of the data folder shares.
    void diskFullKeepsTheAccountFiles_data();
    void diskFullKeepsTheAccountFiles();

private:
    Run cli(const QStringList &args);
    Run confined(const QString &mode, const QString &folder, int freeKiB, const QString &keep,
                 const QStringList &args);
    // A copy of the signed-in, synced data folder for one test row.
    QString freshCopy(const QString &name, bool withCache = true);
    QString account(const QString &dir) const { return dir + QStringLiteral("/accounts/a/"); }
    QString batchFile(const QString &dir, int count);
    int applied() const;
    int executed() const;

    QProcess m_sandbox;
    QUrl m_url;
    QTemporaryDir m_dir;
    QString m_base;
    QStringList m_enabled; // enabled plain members, each batch takes its own
    int m_taken = 0;
};

void TestStorageFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_url = TestSupport::startSandboxProcess(
        m_sandbox, {QStringLiteral("--members"), QStringLiteral("3000"),
                    QStringLiteral("--auto-approve"), QStringLiteral("zhang.min")});
    QVERIFY2(m_url.isValid(), m_sandbox.readAllStandardError().constData());
    qputenv("MARKETDESK_PASSPHRASE", "storage faults passphrase");
    m_base = m_dir.filePath(QStringLiteral("base"));
    QByteArray out;
    QCOMPARE(TestSupport::cliLogin({QStringLiteral("--data-dir"), m_base, QStringLiteral("login"),
                                    QStringLiteral("--server"), m_url.toString(),
                                    QStringLiteral("--account"), QStringLiteral("a"),
                                    QStringLiteral("--secret-store"), QStringLiteral("file")},
                                   &out),
             0);
    const Run synced = cli({QStringLiteral("--data-dir"), m_base, QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, synced.output.constData());

    SignInResult signedIn;
    QCOMPARE(TestSupport::signIn(m_url, QStringLiteral("zhang.min"), &signedIn), QString());
    TestSupport::useBearer(signedIn.tokens.accessToken);
    const QJsonObject page = TestSupport::httpJson(
        m_url.resolved(QUrl(QStringLiteral("/api/v1/org/members?limit=5000"))));
    for (const QJsonValue &v : page.value(u"items").toArray()) {
        const QJsonObject m = v.toObject();
        if (m.value(u"enabled").toBool() && m.value(u"role").toString() == u"user")
            m_enabled << m.value(u"userName").toString();
    }
    QVERIFY(m_enabled.size() >= 2000);

    // The faults need a mount namespace. Root (CI, the fresh Debian root) always has one;
    // elsewhere unprivileged user namespaces may be switched off, and then there is no fault
    // to make here.
    const Run probe =
        confined(QStringLiteral("readonly"), m_dir.path(), 0, {}, {QStringLiteral("--version")});
    if (probe.exitCode == kConfineFailed) {
        if (::geteuid() == 0)
            QFAIL(probe.output.constData());
        QSKIP("no mount namespace for an unprivileged user here (unshare --user failed)");
    }
    QVERIFY2(probe.exitCode == 0, probe.output.constData());
}

void TestStorageFaults::cleanupTestCase()
{
    m_sandbox.kill();
    m_sandbox.waitForFinished();
}

Run TestStorageFaults::cli(const QStringList &args)
{
    return confined({}, {}, 0, {}, args);
}

Run TestStorageFaults::confined(const QString &mode, const QString &folder, int freeKiB,
                                const QString &keep, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString program =
        TestSupport::program(QStringLiteral("cli"), QStringLiteral("marketdesk-cli"));
    if (mode.isEmpty()) {
        p.setProgram(program);
        p.setArguments(args);
    } else {
        p.setProgram(QStringLiteral("bash"));
        p.setArguments(QStringList{QStringLiteral(MARKETDESK_CONFINE_SCRIPT), mode, folder,
                                   QString::number(freeKiB),
                                   keep.isEmpty() ? QStringLiteral("-") : keep,
                                   QStringLiteral("--"), program} +
                       args);
    }
    p.start();
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(TestSupport::patience(60'000))) {
        p.kill();
        p.waitForFinished();
        run.output = "timed out: " + p.readAll();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.output = p.readAll();
    return run;
}

QString TestStorageFaults::freshCopy(const QString &name, bool withCache)
{
    const QString dir = m_dir.filePath(name);
    if (!TestSupport::copyTree(m_base, dir))
        return {};
    if (!withCache)
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(account(dir) + QStringLiteral("cache.sqlite") + QLatin1String(suffix));
    return dir;
}

QString TestStorageFaults::batchFile(const QString &dir, int count)
{
    const QStringList names = m_enabled.mid(m_taken, count);
    m_taken += int(names.size());
    const QString path =
        dir + QStringLiteral("/../") + QFileInfo(dir).fileName() + QStringLiteral("-batch.csv");
    if (names.size() != count || !writeText(path, "userName\n" + names.join(u'\n').toUtf8()))
        return {};
    return QFileInfo(path).absoluteFilePath();
}

int TestStorageFaults::applied() const
{
    return TestSupport::stats(m_url).value(u"appliedChanges").toInt();
}

int TestStorageFaults::executed() const
{
    return TestSupport::stats(m_url).value(u"executedTargets").toInt();
}

void TestStorageFaults::diskFullWhileSyncing_data()
{
    QTest::addColumn<int>("freeKiB");
    QTest::newRow("creating the cache") << 40;
    QTest::newRow("halfway through the members") << 400;
}

void TestStorageFaults::diskFullWhileSyncing()
{
    QFETCH(int, freeKiB);
    const QString dir = freshCopy(QString::fromLatin1(QTest::currentDataTag()), false);
    QVERIFY(!dir.isEmpty());
    const QString keep = dir + QStringLiteral(".after");
    const Run full = confined(QStringLiteral("full"), dir, freeKiB, keep,
                              {QStringLiteral("--data-dir"), dir, QStringLiteral("sync")});
    QCOMPARE_NE(full.exitCode, kConfineFailed);
    QVERIFY2(full.exitCode == 1, full.output.constData());
    QVERIFY2(full.output.contains("the disk is full"), full.output.constData());
    QVERIFY2(full.output.contains(account(dir).toUtf8()), full.output.constData());
    QVERIFY(QDir(dir).removeRecursively() && QDir().rename(keep, dir));
    // A full disk is no damage: nothing was set aside.
    QCOMPARE(setAside(account(dir)), QStringList());
    for (const char *f : {"outbox", "audit"})
        QCOMPARE(TestSupport::integrityCheck(account(dir) + QLatin1String(f) +
                                             QStringLiteral(".sqlite")),
                 QStringLiteral("ok"));

    const Run again = cli({QStringLiteral("--data-dir"), dir, QStringLiteral("sync")});
    QVERIFY2(again.exitCode == 0, again.output.constData());
    QCOMPARE(TestSupport::readNumber(account(dir) + QStringLiteral("cache.sqlite"),
                                     QStringLiteral("SELECT COUNT(*) FROM members")),
             TestSupport::stats(m_url).value(u"members").toInt());
}

void TestStorageFaults::diskFullWhileRecordingABatch()
{
    const QString dir = freshCopy(QStringLiteral("batch"));
    const QString csv = batchFile(dir, 1000);
    QVERIFY(!dir.isEmpty() && !csv.isEmpty());
    const QStringList disable{
        QStringLiteral("--data-dir"), dir, QStringLiteral("members"), QStringLiteral("disable"),
        QStringLiteral("--from-csv"), csv, QStringLiteral("--yes")};
    const int appliedBefore = applied();
    const QString keep = dir + QStringLiteral(".after");
    const Run full = confined(QStringLiteral("full"), dir, 120, keep, disable);
    QCOMPARE_NE(full.exitCode, kConfineFailed);
    QVERIFY2(full.exitCode == 1, full.output.constData());
    QVERIFY2(full.output.contains("Nothing was sent") && full.output.contains("the disk is full"),
             full.output.constData());
    QCOMPARE(applied(), appliedBefore); // refused before the outbox: the server saw nothing
    QVERIFY(QDir(dir).removeRecursively() && QDir().rename(keep, dir));
    QCOMPARE(setAside(account(dir)), QStringList());
    QCOMPARE(TestSupport::readNumber(account(dir) + QStringLiteral("outbox.sqlite"),
                                     QStringLiteral("SELECT COUNT(*) FROM operations")),
             0);

    const Run again = cli(disable);
    QVERIFY2(again.exitCode == 0, again.output.constData());
    QCOMPARE(applied() - appliedBefore, 1000);
}

void TestStorageFaults::diskFullWhileJournaling()
{
    // The journal alone on a nearly full disk (a symbolic link to it: SQLite keeps its -wal
    // and -shm beside the real file), so that the outbox records the batch, the server applies
    // it, and only recording its answers fails.
    const QString dir = freshCopy(QStringLiteral("journal"));
    const QString csv = batchFile(dir, 300);
    QVERIFY(!dir.isEmpty() && !csv.isEmpty());
    const QString journalDir = m_dir.filePath(QStringLiteral("journal-disk"));
    const QString journal = account(dir) + QStringLiteral("audit.sqlite");
    QVERIFY(QDir().mkpath(journalDir));
    QVERIFY(QFile::rename(journal, journalDir + QStringLiteral("/audit.sqlite")));
    QVERIFY(QFile::link(journalDir + QStringLiteral("/audit.sqlite"), journal));
    const int appliedBefore = applied();
    const int executedBefore = executed();
    const QString keep = journalDir + QStringLiteral(".after");
    const Run full = confined(QStringLiteral("full"), journalDir, 96, keep,
                              {QStringLiteral("--data-dir"), dir, QStringLiteral("members"),
                               QStringLiteral("disable"), QStringLiteral("--from-csv"), csv,
                               QStringLiteral("--yes")});
    QCOMPARE_NE(full.exitCode, kConfineFailed);
    QVERIFY2(full.exitCode == 1, full.output.constData());
    QVERIFY2(full.output.contains("the disk is full") && full.output.contains("outbox run"),
             full.output.constData());
    QVERIFY(QFile::remove(journal));
    for (const char *suffix : {"", "-wal", "-shm"})
        if (QFile::exists(keep + QStringLiteral("/audit.sqlite") + QLatin1String(suffix)))
            QVERIFY(QFile::rename(keep + QStringLiteral("/audit.sqlite") + QLatin1String(suffix),
                                  journal + QLatin1String(suffix)));
    QCOMPARE(TestSupport::integrityCheck(journal), QStringLiteral("ok"));
    QCOMPARE(setAside(account(dir)), QStringList());
    QVERIFY2(TestSupport::readNumber(
                 account(dir) + QStringLiteral("outbox.sqlite"),
                 QStringLiteral("SELECT COUNT(*) FROM chunks WHERE state <> 'done'")) > 0,
             "the batch's answers were recorded although the journal could not take them");

    const QStringList common{QStringLiteral("--data-dir"), dir};
    const Run resumed = cli(common + QStringList{QStringLiteral("outbox"), QStringLiteral("run")});
    QVERIFY2(resumed.exitCode == 0, resumed.output.constData());
    QCOMPARE(applied() - appliedBefore, 300);
    QCOMPARE(executed() - executedBefore, 300); // asked again, applied once
    const Run verified =
        cli(common + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.output.constData());
    QCOMPARE(TestSupport::readNumber(
                 journal, QStringLiteral("SELECT COUNT(DISTINCT target) FROM entries WHERE "
                                         "action = 'member.disable' AND result = 'done'")),
             300);
}

void TestStorageFaults::diskFullWhileExporting()
{
    const QString dir = freshCopy(QStringLiteral("export"));
    QVERIFY(!dir.isEmpty());
    // Something in the journal to export.
    const QString csv = batchFile(dir, 50);
    QVERIFY(!csv.isEmpty());
    const Run batch = cli({QStringLiteral("--data-dir"), dir, QStringLiteral("members"),
                           QStringLiteral("disable"), QStringLiteral("--from-csv"), csv,
                           QStringLiteral("--yes")});
    QVERIFY2(batch.exitCode == 0, batch.output.constData());
    const QString target = m_dir.filePath(QStringLiteral("export-disk"));
    QVERIFY(QDir().mkpath(target));
    // Last week's export, which a failed one must not replace (the new CSV stays below
    // QSaveFile's 16 KiB buffer: the case Qt 6.4 got wrong).
    const QByteArray older = "seq,at,actor\r\n1,2026-11-23T09:00:00Z,admin\r\n";
    QVERIFY(writeText(target + QStringLiteral("/audit.csv"), older));
    QVERIFY(writeText(target + QStringLiteral("/audit.csv.manifest.json"), "{}"));
    const QString keep = target + QStringLiteral(".after");
    const Run full = confined(QStringLiteral("full"), target, 0, keep,
                              {QStringLiteral("--data-dir"), dir, QStringLiteral("audit"),
                               QStringLiteral("export"), target + QStringLiteral("/audit.csv")});
    QCOMPARE_NE(full.exitCode, kConfineFailed);
    QVERIFY2(full.exitCode != 0, full.output.constData());
    QVERIFY2(full.output.contains(target.toUtf8()), full.output.constData());
    QVERIFY2(full.output.contains("No space left on device") ||
                 full.output.contains("the disk is full"),
             full.output.constData());
    // No half-written export, no manifest of one, no temporary file left behind: last week's
    // two files, as they were.
    QCOMPARE(QDir(keep).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("audit.csv"), QStringLiteral("audit.csv.manifest.json")}));
    QFile kept(keep + QStringLiteral("/audit.csv"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), older);
}

void TestStorageFaults::diskFullKeepsTheAccountFiles_data()
{
    // Small files, below QSaveFile's write buffer: what Qt 6.4 lost on a full disk while
    // reporting success (common/save_file.h).
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("file");
    QTest::newRow("removing the account rewrites the list")
        << QStringList{QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("a")}
        << QStringLiteral("accounts.json");
    QTest::newRow("logout rewrites the secret store")
        << QStringList{QStringLiteral("logout")} << QStringLiteral("secrets.enc");
}

void TestStorageFaults::diskFullKeepsTheAccountFiles()
{
    QFETCH(QStringList, command);
    QFETCH(QString, file);
    const QString dir = freshCopy(QStringLiteral("small-") + file);
    QVERIFY(!dir.isEmpty());
    const auto before = fingerprint(dir);
    const QString keep = dir + QStringLiteral(".after");
    const QStringList run = QStringList{QStringLiteral("--data-dir"), dir} + command;
    // One page free: the lock file takes it, the new file finds none.
    const Run full = confined(QStringLiteral("full"), dir, 4, keep, run);
    QCOMPARE_NE(full.exitCode, kConfineFailed);
    QVERIFY2(full.exitCode != 0, full.output.constData());
    QVERIFY2(full.output.contains(QDir(dir).filePath(file).toUtf8()) &&
                 full.output.contains("No space left on device"),
             full.output.constData());
    QVERIFY(QDir(dir).removeRecursively() && QDir().rename(keep, dir));
    QCOMPARE(fingerprint(dir), before); // the old file in place, no temporary file beside it

    const Run again = cli(run);
    QVERIFY2(again.exitCode == 0, again.output.constData());
    QVERIFY(fingerprint(dir).value(u'/' + file) != before.value(u'/' + file));
}

void TestStorageFaults::readOnlyDataFolder_data()
{
    // The whole data folder (the secret store's lock file is the first write), or only the
    // account's folder (its databases are: SQLite's own error, read through StorageProblem).
    QTest::addColumn<bool>("wholeFolder");
    QTest::addColumn<QStringList>("command");
    const QStringList sync{QStringLiteral("sync")};
    const QStringList batch{QStringLiteral("members"), QStringLiteral("disable"),
                            QStringLiteral("--from-csv"), QStringLiteral("CSV"),
                            QStringLiteral("--yes")};
    const QStringList status{QStringLiteral("outbox"), QStringLiteral("status")};
    QTest::newRow("data folder, sync") << true << sync;
    QTest::newRow("data folder, batch") << true << batch;
    QTest::newRow("account folder, sync") << false << sync;
    QTest::newRow("account folder, batch") << false << batch;
    QTest::newRow("account folder, outbox status") << false << status;
}

void TestStorageFaults::readOnlyDataFolder()
{
    QFETCH(bool, wholeFolder);
    QFETCH(QStringList, command);
    const QString dir =
        freshCopy(QStringLiteral("readonly-") +
                  QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u','));
    QVERIFY(!dir.isEmpty());
    command.replaceInStrings(QStringLiteral("CSV"), batchFile(dir, 10));
    const QString folder = wholeFolder ? dir : account(dir).chopped(1);
    // What is read-only stays as it was (outside it, the account list notes the last use).
    const auto before = fingerprint(folder);
    const Run ro = confined(QStringLiteral("readonly"), folder, 0, {},
                            QStringList{QStringLiteral("--data-dir"), dir} + command);
    QCOMPARE_NE(ro.exitCode, kConfineFailed);
    QVERIFY2(ro.exitCode == 1, ro.output.constData());
    QVERIFY2(ro.output.contains("read-only") && ro.output.contains(folder.toUtf8()),
             ro.output.constData());
    if (!wholeFolder)
        QVERIFY2(ro.output.contains(".sqlite"), ro.output.constData());
    QCOMPARE(fingerprint(folder), before);
    QVERIFY(!before.isEmpty());
}

void TestStorageFaults::lockedByAnotherProgram_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("sendsNothing");
    const QStringList batch{QStringLiteral("members"), QStringLiteral("disable"),
                            QStringLiteral("--from-csv"), QStringLiteral("CSV"),
                            QStringLiteral("--yes")};
    QTest::newRow("cache, sync") << QStringLiteral("cache") << QStringList{QStringLiteral("sync")}
                                 << true;
    QTest::newRow("outbox, batch") << QStringLiteral("outbox") << batch << true;
    QTest::newRow("journal, batch") << QStringLiteral("audit") << batch << false;
}

void TestStorageFaults::lockedByAnotherProgram()
{
    QFETCH(QString, file);
    QFETCH(QStringList, command);
    QFETCH(bool, sendsNothing);
    const QString dir = freshCopy(QStringLiteral("locked-") + file);
    QVERIFY(!dir.isEmpty());
    const QString csv = batchFile(dir, 20);
    command.replaceInStrings(QStringLiteral("CSV"), csv);
    const QStringList run = QStringList{QStringLiteral("--data-dir"), dir} + command;
    const int appliedBefore = applied();
    const QString path = account(dir) + file + QStringLiteral(".sqlite");
    Run held;
    {
        // Another program: the sqlite3 shell holding an exclusive transaction.
        QProcess other;
        other.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(other.waitForStarted(TestSupport::patience(10'000)));
        other.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
        QVERIFY(other.waitForReadyRead(TestSupport::patience(10'000)));
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("held"));
        held = cli(run);
        other.write("ROLLBACK;\n.quit\n");
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(TestSupport::patience(10'000)));
    }
    QCOMPARE(setAside(account(dir)), QStringList());
    QVERIFY2(held.exitCode == 1, held.output.constData());
    QVERIFY2(held.output.contains("kept it locked") ||
                 held.output.contains(QByteArray(QByteArray("kept ") + path.toUtf8())),
             held.output.constData());
    QVERIFY2(held.output.contains(path.toUtf8()), held.output.constData());
    if (sendsNothing)
        QCOMPARE(applied(), appliedBefore);
    for (const char *f : {"cache", "outbox", "audit"})
        QCOMPARE(TestSupport::integrityCheck(account(dir) + QLatin1String(f) +
                                             QStringLiteral(".sqlite")),
                 QStringLiteral("ok"));

    // Once the other program lets go, the same command (or the outbox) finishes the work.
    const Run again =
        cli(sendsNothing ? run
                         : QStringList{QStringLiteral("--data-dir"), dir, QStringLiteral("outbox"),
                                       QStringLiteral("run")});
    QVERIFY2(again.exitCode == 0, again.output.constData());
    if (command.first() == u"members")
        QCOMPARE(applied() - appliedBefore, 20);
    const Run verified =
        cli({QStringLiteral("--data-dir"), dir, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.output.constData());
}

void TestStorageFaults::foreignFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("newer"); // else: not a database at all
    QTest::addColumn<QByteArray>("said");
    for (const char *f : {"outbox", "audit"}) {
        QTest::addRow("%s by a newer marketdesk", f)
            << QString::fromLatin1(f) << true << QByteArray("newer than this program knows");
        QTest::addRow("%s not a database", f)
            << QString::fromLatin1(f) << false << QByteArray("is not a marketdesk database");
    }
    QTest::newRow("cache by a newer marketdesk")
        << QStringLiteral("cache") << true << QByteArray("written by a newer marketdesk");
    QTest::newRow("cache not a database")
        << QStringLiteral("cache") << false << QByteArray("was damaged");
}

void TestStorageFaults::foreignFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, newer);
    QFETCH(QByteArray, said);
    const QString dir = freshCopy(QStringLiteral("foreign-") +
                                  QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(!dir.isEmpty());
    const QString path = account(dir) + file + QStringLiteral(".sqlite");
    if (newer) {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {path, QStringLiteral("UPDATE meta SET value = '99' WHERE key = "
                                           "'schema_version'")});
        QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
    } else {
        QByteArray noise(6000, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251);
        QVERIFY(writeText(path, noise));
    }
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();

    const Run opened = cli({QStringLiteral("--data-dir"), dir, QStringLiteral("sync")});
    QVERIFY2(opened.output.contains(said) && opened.output.contains(path.toUtf8()),
             opened.output.constData());
    if (file == u"cache") {
        // Only a copy of the server's data: set aside, never deleted, and rebuilt.
        QVERIFY2(opened.exitCode == 0, opened.output.constData());
        const QStringList aside =
            QDir(account(dir)).entryList({QStringLiteral("cache.sqlite.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(account(dir) + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        QCOMPARE(TestSupport::readNumber(path, QStringLiteral("SELECT COUNT(*) FROM members")),
                 TestSupport::stats(m_url).value(u"members").toInt());
    } else {
        // What may hold pending changes or the only record of them is never rewritten.
        QVERIFY2(opened.exitCode == 1, opened.output.constData());
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
