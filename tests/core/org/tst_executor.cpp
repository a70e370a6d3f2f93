// The outbox and executor through OrgService against the real sandbox: batches of 500 per
// call, every member done or failed with a reason, exactly once on the server under faults,
// cancel, retry of the failed ones, a journal entry per member, and pending changes kept
// while the server is unreachable.
#include "net/api_client.h"
#include "org/cache.h"
#include "org/org_service.h"
#include "storage/audit_journal.h"
#include "storage/journal_anchor.h"
#include "support/sandbox_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestExecutor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void batchUnderFaultsAppliesEachChangeOnce_data();
    void batchUnderFaultsAppliesEachChangeOnce();
    void refusedMembersFailWithTheServersReason();
    void cancelThenRetryTheFailedOnes();
    void unreachableServerKeepsChangesPending();
    void unknownActionFailsAndSendsNothing();
    void answersFindTheirOwnCall();
    void aSaveGoesBeforeALongImport();
    void aCacheThatCannotBeWrittenIsReported();
    void aJournalThatCannotBeWrittenKeepsTheChange();
    void aJournalCutWhileOpenIsNotAnchored();
    void damagedCacheIsSetAsideAndRebuilt_data();
    void damagedCacheIsSetAsideAndRebuilt();

private:
    void openService();
    // Saves a new member while another connection holds file's write lock past the busy
    // timeout; returns the save's answer (ok, message), the lock released.
    QList<QVariant> saveWhileLocked(const QString &file, const QString &userName);
    QStringList enabledUsers(int n);
    qint64 submitAndWait(MemberAction action, const QStringList &names, int timeoutMs = 30000);

    OrgServiceConfig config() const;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OrgService> m_service;
    SignInResult m_signedIn;
};

OrgServiceConfig TestExecutor::config() const
{
    return TestSupport::serviceConfig(m_host->url(), m_dir->path(), QStringLiteral("tester"),
                                      m_signedIn);
}

void TestExecutor::init()
{
    m_host = std::make_unique<SandboxHost>();
    SandboxOptions o;
    o.seed.members = 2600;
    o.seed.departments = 40;
    QString error;
    QVERIFY2(m_host->start(o, &error), qPrintable(error));
    QCOMPARE(TestSupport::signIn(m_host->url(), QStringLiteral("zhang.min"), &m_signedIn),
             QString());
    TestSupport::useBearer(m_signedIn.tokens.accessToken);
    m_dir = std::make_unique<QTemporaryDir>();
    openService();
    QSignalSpy synced(m_service.get(), &OrgService::syncFinished);
    m_service->sync();
    QVERIFY(synced.wait(30000));
    QVERIFY(synced.first().first().toBool());
}

void TestExecutor::cleanup()
{
    m_service.reset();
    m_host.reset();
}

void TestExecutor::openService()
{
    m_service = std::make_unique<OrgService>(config());
    QSignalSpy opened(m_service.get(), &OrgService::opened);
    m_service->open();
    QCOMPARE(opened.count(), 1);
    QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
    RetryPolicy fast;
    fast.baseDelayMs = 5;
    fast.maxDelayMs = 20;
    m_service->client()->setRetryPolicy(fast);
}

QStringList TestExecutor::enabledUsers(int n)
{
    QString error;
    const auto s = m_service->cache()->loadSnapshot(&error);
    QStringList out;
    for (int i = 0; i < s->memberCount() && out.size() < n; ++i)
        if (s->memberEnabled(i) && !s->memberAdmin(i))
            out << s->text(i, OrgSnapshot::UserName);
    return out;
}

qint64 TestExecutor::submitAndWait(MemberAction action, const QStringList &names, int timeoutMs)
{
    QSignalSpy queued(m_service.get(), &OrgService::operationQueued);
    QSignalSpy finished(m_service.get(), &OrgService::operationFinished);
    m_service->submit(OrgService::newTicket(), action, names);
    if (queued.count() != 1)
        return 0;
    const qint64 id = queued.first().at(1).toLongLong();
    if (!QTest::qWaitFor([&] { return finished.count() > 0; }, timeoutMs))
        return 0;
    return id;
}

void TestExecutor::batchUnderFaultsAppliesEachChangeOnce_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::newRow("clean") << QJsonObject{};
    QTest::newRow("answers lost after the change")
        << QJsonObject{{"script", QJsonArray{"drop", "truncate", "malformed"}}};
    QTest::newRow("refused before the change")
        << QJsonObject{{"script", QJsonArray{"503", "429", "500"}}, {"retryAfterSeconds", 0}};
    QTest::newRow("random mix") << QJsonObject{{"rate503", 0.2},
                                               {"rateDrop", 0.2},
                                               {"rateTruncate", 0.1},
                                               {"retryAfterSeconds", 0},
                                               {"seed", 3}};
}

void TestExecutor::batchUnderFaultsAppliesEachChangeOnce()
{
    QFETCH(QJsonObject, faults);
    const QStringList names = enabledUsers(1200); // three calls of at most 500
    QCOMPARE(names.size(), 1200);
    const QJsonObject before = TestSupport::stats(m_host->url());
    TestSupport::setFaults(m_host->url(), faults);
    const qint64 id = submitAndWait(MemberAction::Disable, names);
    QVERIFY(id > 0);
    TestSupport::setFaults(m_host->url(), {});
    const QJsonObject after = TestSupport::stats(m_host->url());
    QCOMPARE(after.value(u"appliedChanges").toInt() - before.value(u"appliedChanges").toInt(),
             1200);
    QCOMPARE(after.value(u"executedTargets").toInt() - before.value(u"executedTargets").toInt(),
             1200);
    const auto op = m_service->outbox()->operation(id);
    QCOMPARE(op->done, 1200);
    QCOMPARE(op->failed, 0);
    QCOMPARE(m_service->outbox()->pendingCount(), 0);
    for (const QString &u : names.mid(0, 50))
        QVERIFY(!m_service->cache()->member(u)->enabled);
    QString error;
    QCOMPARE(m_service->journal()->count(), 1201); // the request, then one per member
    QVERIFY(m_service->journal()->verify(&error).isEmpty());
}

void TestExecutor::refusedMembersFailWithTheServersReason()
{
    QString error;
    const auto s = m_service->cache()->loadSnapshot(&error);
    QString enabledMember = enabledUsers(1).first();
    const qint64 id =
        submitAndWait(MemberAction::Delete, {QStringLiteral("ghost.member"), enabledMember});
    QVERIFY(id > 0);
    const auto targets = m_service->outbox()->targets(id);
    QCOMPARE(targets.size(), 2);
    for (const Outbox::Target &t : targets) {
        QCOMPARE(t.state, Outbox::TargetState::Failed);
        if (t.key == u"ghost.member") {
            QCOMPARE(t.resultCode, QStringLiteral("010001"));
        } else {
            QCOMPARE(t.resultCode, QStringLiteral("010004"));
            QVERIFY2(t.message.contains(u"disable"), qPrintable(t.message));
        }
    }
    QVERIFY(m_service->cache()->member(enabledMember)); // nothing changed locally
}

void TestExecutor::cancelThenRetryTheFailedOnes()
{
    const QStringList names = enabledUsers(2000); // four calls
    TestSupport::setFaults(m_host->url(), {{QStringLiteral("latencyMs"), 150}});
    m_service->client()->setMaxInFlight(1);
    QSignalSpy queued(m_service.get(), &OrgService::operationQueued);
    QSignalSpy progress(m_service.get(), &OrgService::operationProgress);
    QSignalSpy finished(m_service.get(), &OrgService::operationFinished);
    m_service->submit(OrgService::newTicket(), MemberAction::Disable, names);
    const qint64 id = queued.first().at(1).toLongLong();
    QVERIFY(progress.wait(10000)); // the first call is done
    m_service->cancelOperation(id);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
    const auto op = m_service->outbox()->operation(id);
    QVERIFY(op->done >= 500 && op->done < 2000);
    QCOMPARE(op->done + op->failed, 2000);
    const QStringList failed = m_service->outbox()->failedTargets(id);
    QCOMPARE(failed.size(), op->failed);
    for (const Outbox::Target &t : m_service->outbox()->targets(id))
        if (t.state == Outbox::TargetState::Failed)
            QCOMPARE(t.resultCode, QStringLiteral("CANCEL"));

    TestSupport::setFaults(m_host->url(), {});
    m_service->client()->setMaxInFlight(6);
    QSignalSpy queued2(m_service.get(), &OrgService::operationQueued);
    m_service->retryFailed(OrgService::newTicket(), id);
    QCOMPARE(queued2.count(), 1);
    const qint64 retry = queued2.first().at(1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(m_service->outbox()->operation(retry)->finished(), 20000);
    QCOMPARE(m_service->outbox()->operation(retry)->done, failed.size());
}

void TestExecutor::unreachableServerKeepsChangesPending()
{
    const QStringList names = enabledUsers(700);
    TestSupport::setFaults(m_host->url(), {{QStringLiteral("rate503"), 1.0},
                                           {QStringLiteral("retryAfterSeconds"), 0}});
    QSignalSpy stalled(m_service.get(), &OrgService::outboxStalled);
    QSignalSpy online(m_service.get(), &OrgService::onlineChanged);
    m_service->submit(OrgService::newTicket(), MemberAction::Disable, names);
    QVERIFY(stalled.wait(20000));
    QCOMPARE(m_service->outbox()->pendingCount(), 700);
    QVERIFY(!online.isEmpty() && !online.last().first().toBool());
    // Restart the program: the pending change survives and goes out with the same keys.
    m_service.reset();
    TestSupport::setFaults(m_host->url(), {});
    const int executedBefore = TestSupport::stats(m_host->url()).value(u"executedTargets").toInt();
    openService();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->outbox()->pendingCount(), 0, 20000);
    QCOMPARE(TestSupport::stats(m_host->url()).value(u"executedTargets").toInt() - executedBefore,
             700);
}

// An outbox written by a newer program (or damaged) may hold an action this one does not know:
// it fails, with the action named, and nothing reaches the server (it was once sent as Disable).
void TestExecutor::unknownActionFailsAndSendsNothing()
{
    const QStringList names = enabledUsers(3);
    const QString path = m_service->outbox()->path();
    m_service.reset();
    QString error;
    {
        auto outbox = Outbox::open(path, &error);
        QVERIFY2(outbox, qPrintable(error));
        QVERIFY2(
            outbox->enqueue(QStringLiteral("frobnicate"), names, QStringLiteral("newer"), &error),
            qPrintable(error));
    }
    const QJsonObject before = TestSupport::stats(m_host->url());
    openService();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->outbox()->pendingCount(), 0, 20000);
    const auto ops = m_service->outbox()->operations(1);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().action, QStringLiteral("frobnicate"));
    QCOMPARE(ops.first().failed, 3);
    for (const Outbox::Target &t : m_service->outbox()->targets(ops.first().id)) {
        QCOMPARE(t.state, Outbox::TargetState::Failed);
        QCOMPARE(t.resultCode, QString::fromLatin1(ResultCode::InvalidParameter));
        QVERIFY2(t.message.contains(u"frobnicate"), qPrintable(t.message));
    }
    const QJsonObject after = TestSupport::stats(m_host->url());
    QCOMPARE(after.value(u"executedTargets").toInt(), before.value(u"executedTargets").toInt());
}

// Two saves in flight at once: each answer carries the ticket of its own call (callers once
// took "the next mutationFinished", which could be another call's). Saves go through the
// outbox like batches: the refusal is recorded against its target.
void TestExecutor::answersFindTheirOwnCall()
{
    QString error;
    const auto s = m_service->cache()->loadSnapshot(&error);
    QVERIFY2(s, qPrintable(error));
    Member fresh;
    fresh.userName = QStringLiteral("ticket.fresh");
    fresh.name = QStringLiteral("Ticket Fresh");
    fresh.email = QStringLiteral("ticket.fresh@example.com");
    fresh.orgCode = s->department(0).orgCode;
    Member duplicate = fresh;
    duplicate.userName = s->text(0, OrgSnapshot::UserName); // exists: refused
    // The first call's answer is held back: the second one's comes first.
    TestSupport::setFaults(
        m_host->url(),
        {{QStringLiteral("script"), QJsonArray{QStringLiteral("slow"), QStringLiteral("none")}},
         {QStringLiteral("slowMs"), 400}});
    QSignalSpy finished(m_service.get(), &OrgService::mutationFinished);
    const quint64 first = OrgService::newTicket();
    const quint64 second = OrgService::newTicket();
    QVERIFY(first != second);
    const int requests = TestSupport::stats(m_host->url()).value(u"requests").toInt();
    m_service->saveMember(first, fresh, true);
    // The second is sent once the server holds the first (the script's "slow" is its).
    QTRY_VERIFY_WITH_TIMEOUT(
        TestSupport::stats(m_host->url()).value(u"requests").toInt() > requests, 5000);
    m_service->saveMember(second, duplicate, true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    TestSupport::setFaults(m_host->url(), {});
    QHash<quint64, std::pair<bool, QString>> answers;
    for (const QList<QVariant> &a : finished)
        answers.insert(a.at(0).toULongLong(), {a.at(1).toBool(), a.at(2).toString()});
    QCOMPARE(answers.size(), 2);
    QVERIFY2(answers.value(first).first, qPrintable(answers.value(first).second));
    QVERIFY(!answers.value(second).first);
    QVERIFY2(answers.value(second).second.contains(u"already exists"),
             qPrintable(answers.value(second).second));
    QCOMPARE(finished.first().at(0).toULongLong(), second); // the answers did cross
}

QList<QVariant> TestExecutor::saveWhileLocked(const QString &file, const QString &userName)
{
    QString error;
    const auto s = m_service->cache()->loadSnapshot(&error);
    if (!s)
        return {};
    Member fresh;
    fresh.userName = userName;
    fresh.name = userName;
    fresh.email = userName + QStringLiteral("@example.com");
    fresh.orgCode = s->department(0).orgCode;
    QSignalSpy finished(m_service.get(), &OrgService::mutationFinished);
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(QDir(m_dir->path()).filePath(file));
        QSqlQuery hold(other);
        if (other.open() && hold.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            m_service->saveMember(OrgService::newTicket(), fresh, true);
            // The busy timeout (5 s) runs out first; a lock never taken gives no answer here.
            for (int i = 0; i < 300 && finished.isEmpty(); ++i)
                finished.wait(100);
            hold.exec(QStringLiteral("ROLLBACK"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    return finished.isEmpty() ? QList<QVariant>() : finished.first();
}

// The server takes a change, but the cache cannot (another program holds its write lock past
// the busy timeout): the change is done, and the service says the local copy is behind
// instead of dropping the error. The next sync brings the record.
void TestExecutor::aCacheThatCannotBeWrittenIsReported()
{
    QString error;
    QSignalSpy failed(m_service.get(), &OrgService::failed);
    const QList<QVariant> answer =
        saveWhileLocked(QStringLiteral("cache.sqlite"), QStringLiteral("cache.locked"));
    QCOMPARE(answer.size(), 3);
    QVERIFY2(answer.at(1).toBool(), qPrintable(answer.at(2).toString()));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"cache.locked") &&
                 message.contains(u"local copy could not be updated"),
             qPrintable(message));
    QVERIFY(m_service->cache()->loadSnapshot(&error)->memberIndex(QStringLiteral("cache.locked")) <
            0);
    QSignalSpy synced(m_service.get(), &OrgService::syncFinished);
    m_service->sync();
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 30000);
    QVERIFY(m_service->cache()->loadSnapshot(&error)->memberIndex(QStringLiteral("cache.locked")) >=
            0);
}

// The server takes a change, but its answer cannot be journaled (another program holds the
// journal's write lock past the busy timeout): the waiting save is told why, in those words
// (not "the server cannot be reached"), the change stays pending, and once the lock goes it is
// recorded, asked again under the same key.
void TestExecutor::aJournalThatCannotBeWrittenKeepsTheChange()
{
    QString error;
    QSignalSpy localWrite(m_service.get(), &OrgService::localWriteFailed);
    const QList<QVariant> answer =
        saveWhileLocked(QStringLiteral("audit.sqlite"), QStringLiteral("journal.locked"));
    QCOMPARE(answer.size(), 3);
    QVERIFY(answer.at(1).toBool()); // kept, not refused
    const QString told = answer.at(2).toString();
    QVERIFY2(told.contains(u"could not be saved here") && told.contains(u"audit.sqlite"),
             qPrintable(told));
    QVERIFY(!localWrite.isEmpty());
    // The retry timer records it once the lock is gone.
    QTRY_COMPARE_WITH_TIMEOUT(m_service->outbox()->pendingCount(), 0, 60000);
    QVERIFY(m_service->cache()->loadSnapshot(&error)->memberIndex(
                QStringLiteral("journal.locked")) >= 0);
}

// Entries cut off the journal while the service runs: the next append must not record a new
// head over the cut (that would bless it); the service holds the anchor and says why.
void TestExecutor::aJournalCutWhileOpenIsNotAnchored()
{
    m_service.reset();
    OrgServiceConfig c = config();
    c.anchorState = OrgServiceConfig::Anchor::Read; // never anchored yet
    m_service = std::make_unique<OrgService>(c);
    QSignalSpy advanced(m_service.get(), &OrgService::journalAdvanced);
    QSignalSpy failed(m_service.get(), &OrgService::failed);
    m_service->open();
    QString error;
    const auto s = m_service->cache()->loadSnapshot(&error);
    QVERIFY2(s, qPrintable(error));
    // Two changes anchor the journal as it grows.
    for (const QString &name : {QStringLiteral("cut.one"), QStringLiteral("cut.two")}) {
        Member m;
        m.userName = name;
        m.name = name;
        m.email = name + QStringLiteral("@example.com");
        m.orgCode = s->department(0).orgCode;
        QSignalSpy saved(m_service.get(), &OrgService::mutationFinished);
        m_service->saveMember(OrgService::newTicket(), m, true);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    }
    QVERIFY(!advanced.isEmpty());
    JournalAnchor last;
    QVERIFY(JournalAnchor::parse(advanced.last().first().toByteArray(), &last, &error));
    QCOMPARE(failed.count(), 0);
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cutter"));
        other.setDatabaseName(QDir(m_dir->path()).filePath(QStringLiteral("audit.sqlite")));
        QVERIFY(other.open());
        QSqlQuery cut(other);
        QVERIFY(cut.exec(QStringLiteral("DELETE FROM entries WHERE seq > %1").arg(last.count - 3)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cutter"));
    const qsizetype before = advanced.count();
    QSignalSpy disabled(m_service.get(), &OrgService::operationFinished);
    QVERIFY(submitAndWait(MemberAction::Disable, enabledUsers(4)) > 0);
    QCOMPARE(advanced.count(), before); // nothing recorded over the cut
    QVERIFY(failed.count() >= 1);
    QVERIFY2(failed.first().first().toString().contains(u"does not match"),
             qPrintable(failed.first().first().toString()));
}

// A dialog's save is not stuck behind the rows of an import recorded before it.
void TestExecutor::aSaveGoesBeforeALongImport()
{
    QString error;
    const auto s = m_service->cache()->loadSnapshot(&error);
    QVERIFY2(s, qPrintable(error));
    QList<Member> rows;
    for (int i = 0; i < 40; ++i) {
        Member m;
        m.userName = QStringLiteral("queue.%1").arg(i);
        m.name = m.userName;
        m.email = m.userName + QStringLiteral("@example.com");
        m.orgCode = s->department(0).orgCode;
        rows.append(m);
    }
    Member edited;
    const int i = s->memberIndex(enabledUsers(1).first());
    edited.userName = s->text(i, OrgSnapshot::UserName);
    edited.name = QStringLiteral("Renamed while importing");
    edited.email = s->text(i, OrgSnapshot::Email);
    edited.mobile = s->text(i, OrgSnapshot::Mobile);
    edited.orgCode = s->department(s->memberDepartment(i)).orgCode;
    edited.version = s->memberVersion(i);
    TestSupport::setFaults(m_host->url(), {{QStringLiteral("latencyMs"), 50}});
    QSignalSpy imported(m_service.get(), &OrgService::importFinished);
    QSignalSpy saved(m_service.get(), &OrgService::mutationFinished);
    m_service->importMembers(OrgService::newTicket(), rows);
    m_service->saveMember(OrgService::newTicket(), edited, false);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
    QCOMPARE(imported.count(), 0); // 40 rows at two a time are far from done
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
    TestSupport::setFaults(m_host->url(), {});
    QCOMPARE(imported.first().at(1).toInt(), 40);
}

void TestExecutor::damagedCacheIsSetAsideAndRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("truncated") << "truncated";
    QTest::newRow("page scribbled") << "scribbled";
}

void TestExecutor::damagedCacheIsSetAsideAndRebuilt()
{
    QFETCH(QString, damage);
    // A change waits in the outbox while the server is down.
    TestSupport::setFaults(m_host->url(), {{QStringLiteral("rate503"), 1.0},
                                           {QStringLiteral("retryAfterSeconds"), 0}});
    QSignalSpy stalled(m_service.get(), &OrgService::outboxStalled);
    m_service->submit(OrgService::newTicket(), MemberAction::Disable, enabledUsers(10));
    QVERIFY(stalled.wait(20000));
    m_service.reset();
    TestSupport::setFaults(m_host->url(), {});

    const QString cache = m_dir->filePath(QStringLiteral("cache.sqlite"));
    QFile f(cache);
    if (damage == u"garbage") {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, 'x'));
    } else if (damage == u"truncated") {
        QVERIFY(f.resize(1000));
    } else {
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 3);
        f.write(QByteArray(4096 * 4, '\x5a'));
    }
    f.close();
    QFile::remove(cache + QStringLiteral("-wal"));

    m_service = std::make_unique<OrgService>(config());
    QSignalSpy opened(m_service.get(), &OrgService::opened);
    QSignalSpy failed(m_service.get(), &OrgService::failed);
    m_service->open();
    QCOMPARE(opened.count(), 1);
    QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"set aside"),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("cache.sqlite.damaged-*")}).size(), 1);
    // Nothing of the outbox was lost: the pending change goes out, and the cache comes back.
    QTRY_COMPARE_WITH_TIMEOUT(m_service->outbox()->pendingCount(), 0, 20000);
    QSignalSpy synced(m_service.get(), &OrgService::syncFinished);
    m_service->sync();
    QVERIFY(synced.wait(30000));
    QCOMPARE(m_service->cache()->memberCount(),
             TestSupport::stats(m_host->url()).value(u"members").toInt());
}

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
