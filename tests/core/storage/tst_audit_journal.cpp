// The audit journal: hash chain tamper detection (edit, delete, reorder), and the CSV export:
// byte-exact for hostile values, read back by an independent parser (the sqlite3 program),
// filters, and no file left behind on failure.
#include "storage/audit_export.h"
#include "storage/audit_journal.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

class TestAuditJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void intactChainVerifies();
    void appendSurvivesReopen();
    void tamperIsFound_data();
    void tamperIsFound();
    void twoProgramsAppendToOneJournal();
    void concurrentAppendsKeepOneChain();
    void aHeldWriteLockIsReported();
    void fieldsCannotTradeText();
    void formatOneRowsStillVerify();
    void exportIsByteExact();
    void exportReadsBackWithAnIndependentParser();
    void exportFilters_data();
    void exportFilters();
    void exportToAnUnwritablePlaceLeavesNothing();

private:
    QList<AuditEntry> hostileEntries() const;
    void fill(int n);
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QList<AuditEntry> TestAuditJournal::hostileEntries() const
{
    const QDateTime t0(QDate(2026, 11, 29), QTime(8, 0, 0), Qt::UTC);
    const QStringList targets{
        QStringLiteral("plain.user"),
        QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"),
        QStringLiteral("+SUM(1,2)"),
        QStringLiteral("-2+3"),
        QStringLiteral("@cmd"),
        QStringLiteral("\tTAB"),
        QStringLiteral("\rCR"),
        QStringLiteral("comma, inside"),
        QStringLiteral("quote \" inside"),
        QStringLiteral("line\nbreak"),
        QStringLiteral("王芳（研发中心）"),
        QStringLiteral("crlf\r\nend"),
    };
    QList<AuditEntry> out;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        AuditEntry e;
        e.time = t0.addSecs(i);
        e.actor = i % 2 ? QStringLiteral("admin@corp") : QStringLiteral("张三");
        e.action = i % 3 ? QStringLiteral("member.disable") : QStringLiteral("member.enable");
        e.target = targets[i];
        e.result = i == 4 ? QStringLiteral("failed") : QStringLiteral("done");
        e.detail = i == 4 ? QStringLiteral("010005 last admin") : QString();
        e.requestId = QStringLiteral("req-%1").arg(i);
        e.operationId = 7;
        out.append(e);
    }
    return out;
}

void TestAuditJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("audit.sqlite"));
}

void TestAuditJournal::fill(int n)
{
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    QVERIFY2(j, qPrintable(error));
    QList<AuditEntry> entries;
    for (int i = 0; i < n; ++i)
        entries.append({0,
                        {},
                        QStringLiteral("admin"),
                        QStringLiteral("member.disable"),
                        QStringLiteral("user%1").arg(i),
                        QStringLiteral("done"),
                        {},
                        {},
                        1});
    QVERIFY2(j->append(entries, &error), qPrintable(error));
}

void TestAuditJournal::intactChainVerifies()
{
    fill(50);
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    QCOMPARE(j->count(), 50);
    QVERIFY(j->verify(&error).isEmpty());
    QVERIFY(error.isEmpty());
}

void TestAuditJournal::appendSurvivesReopen()
{
    fill(3);
    fill(4); // a second session continues the same chain
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    QCOMPARE(j->count(), 7);
    QVERIFY(j->verify(&error).isEmpty());
}

void TestAuditJournal::tamperIsFound_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("edited result")
        << QStringList{"UPDATE entries SET result = 'failed' WHERE seq = 5"}
        << QStringList{"entry 5 was changed after it was written (edited)"};
    QTest::newRow("deleted")
        << QStringList{"DELETE FROM entries WHERE seq = 5"}
        << QStringList{"entry 5 is missing: the journal jumps from entry 4 to entry 6 (deleted)"};
    QTest::newRow("deleted and renumbered")
        << QStringList{"DELETE FROM entries WHERE seq = 5",
                       "UPDATE entries SET seq = seq - 1 WHERE seq > 5"}
        << QStringList{"entry 5 does not follow entry 4 (deleted, inserted or reordered)"};
    QTest::newRow("reordered")
        << QStringList{"UPDATE entries SET seq = -1 WHERE seq = 5",
                       "UPDATE entries SET seq = 5 WHERE seq = 6",
                       "UPDATE entries SET seq = 6 WHERE seq = -1"}
        << QStringList{"entry 5 does not follow entry 4 (deleted, inserted or reordered)",
                       "entry 6 does not follow entry 5 (deleted, inserted or reordered)",
                       "entry 7 does not follow entry 6 (deleted, inserted or reordered)"};
}

void TestAuditJournal::tamperIsFound()
{
    QFETCH(QStringList, sql);
    QFETCH(QStringList, problems);
    fill(10);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : sql)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    QStringList found;
    for (const auto &p : j->verify(&error))
        found << p.message;
    QCOMPARE(found, problems);
}

// The console and the CLI append to the same journal: each continues the chain from what the
// other wrote (an append once numbered entries from the head it read at open and failed).
void TestAuditJournal::twoProgramsAppendToOneJournal()
{
    QString error;
    auto console = AuditJournal::open(m_path, &error);
    auto cli = AuditJournal::open(m_path, &error);
    QVERIFY2(console && cli, qPrintable(error));
    AuditEntry e;
    e.actor = QStringLiteral("admin");
    e.action = QStringLiteral("member.disable");
    for (int i = 0; i < 6; ++i) {
        e.target = QStringLiteral("user%1").arg(i);
        AuditJournal *by = i % 3 == 1 ? cli.get() : console.get();
        QVERIFY2(by->append(e, &error), qPrintable(error));
    }
    QCOMPARE(console->count(), 6);
    QCOMPARE(cli->verify(&error).size(), 0);
    QVERIFY(error.isEmpty());
}

// Two writers at the same time, each with its own connection (as the console and the CLI have):
// every append reads the head under the write lock, so none collides and the chain is one.
void TestAuditJournal::concurrentAppendsKeepOneChain()
{
    { // create the file before the writers race to migrate it
        QString error;
        QVERIFY2(AuditJournal::open(m_path, &error), qPrintable(error));
    }
    std::atomic_int failures{0};
    auto writer = [this, &failures](const QString &who) {
        QString error;
        auto j = AuditJournal::open(m_path, &error);
        if (!j) {
            ++failures;
            return;
        }
        for (int i = 0; i < 150; ++i) {
            AuditEntry e;
            e.actor = who;
            e.action = QStringLiteral("member.disable");
            e.target = QStringLiteral("%1-%2").arg(who).arg(i);
            e.result = QStringLiteral("done");
            if (!j->append(e, &error)) {
                qWarning() << who << error;
                ++failures;
            }
        }
    };
    std::thread console(writer, QStringLiteral("console"));
    std::thread cli(writer, QStringLiteral("cli"));
    console.join();
    cli.join();
    QCOMPARE(failures.load(), 0);
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    QCOMPARE(j->count(), 300);
    QVERIFY(j->verify(&error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Another program holds the journal's write lock past the wait: the append says so by name
// and writes nothing; once the lock is gone, appends go on and the chain is intact.
void TestAuditJournal::aHeldWriteLockIsReported()
{
    fill(3);
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    QVERIFY2(j, qPrintable(error));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        AuditEntry e;
        e.actor = QStringLiteral("admin");
        e.action = QStringLiteral("member.enable");
        e.target = QStringLiteral("blocked");
        QVERIFY(!j->append(e, &error));
        QVERIFY2(error.contains(u"kept it locked") && error.contains(m_path), qPrintable(error));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(j->count(), 3);
    AuditEntry e;
    e.actor = QStringLiteral("admin");
    e.action = QStringLiteral("member.enable");
    e.target = QStringLiteral("after");
    QVERIFY2(j->append(e, &error), qPrintable(error));
    QCOMPARE(j->count(), 4);
    QVERIFY(j->verify(&error).isEmpty());
}

// With fields joined by a separator, text containing it could move from one field to the next
// and keep the hash; length-prefixed fields make every split count.
void TestAuditJournal::fieldsCannotTradeText()
{
    AuditEntry a;
    a.time = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    a.actor = QStringLiteral("admin\x1fmember.delete");
    a.action = QStringLiteral("x");
    AuditEntry b = a;
    b.actor = QStringLiteral("admin");
    b.action = QStringLiteral("member.delete\x1fx");
    const QByteArray prev(64, '0');
    QCOMPARE(AuditJournal::hashOf(a, prev, 1), AuditJournal::hashOf(b, prev, 1)); // the old flaw
    QVERIFY(AuditJournal::hashOf(a, prev) != AuditJournal::hashOf(b, prev));
    QCOMPARE(AuditJournal::kFormat, 2);
}

// Entries written before length-prefixing (format 1) keep verifying, new ones continue their
// chain, and an edit of an old entry is still found.
void TestAuditJournal::formatOneRowsStillVerify()
{
    fill(4);
    {
        // Rewrite the rows as the earlier release wrote them.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT seq, time, actor, action, target, result, detail, "
                                      "request_id, op_id FROM entries ORDER BY seq")));
        QList<std::pair<qint64, AuditEntry>> rows;
        while (q.next()) {
            AuditEntry e;
            e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.actor = q.value(2).toString();
            e.action = q.value(3).toString();
            e.target = q.value(4).toString();
            e.result = q.value(5).toString();
            e.detail = q.value(6).toString();
            e.requestId = q.value(7).toString();
            e.operationId = q.value(8).toLongLong();
            rows.append({q.value(0).toLongLong(), e});
        }
        q.finish();
        QCOMPARE(rows.size(), 4);
        QByteArray prev(64, '0');
        QSqlQuery u(db);
        u.prepare(
            QStringLiteral("UPDATE entries SET prev_hash = ?, hash = ?, format = 1 WHERE seq = ?"));
        for (const auto &[seq, e] : rows) {
            const QByteArray hash = AuditJournal::hashOf(e, prev, 1);
            u.addBindValue(QString::fromLatin1(prev));
            u.addBindValue(QString::fromLatin1(hash));
            u.addBindValue(seq);
            QVERIFY(u.exec());
            prev = hash;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    fill(2);
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    QCOMPARE(j->count(), 6);
    QCOMPARE(j->verify(&error).size(), 0);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET target = 'someone else' WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    const auto problems = j->verify(&error);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().seq, 2);
}

void TestAuditJournal::exportIsByteExact()
{
    QString error;
    {
        auto j = AuditJournal::open(m_path, &error);
        QVERIFY(j->append(hostileEntries(), &error));
    }
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    const auto r = exportAuditCsv(m_path, csv, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rows, 12);
    QFile got(csv), expected(qEnvironmentVariable("MARKETDESK_FIXTURES") +
                             QStringLiteral("/audit_hostile.csv"));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
    const QByteArray bytes = got.readAll();
    QCOMPARE(bytes, expected.readAll());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
}

void TestAuditJournal::exportReadsBackWithAnIndependentParser()
{
    QString error;
    {
        auto j = AuditJournal::open(m_path, &error);
        QVERIFY(j->append(hostileEntries(), &error));
    }
    const QString csv = m_dir->filePath(QStringLiteral("nobom.csv"));
    AuditExportOptions o;
    o.bom = false;
    QVERIFY(exportAuditCsv(m_path, csv, o).ok);
    const QString db = m_dir->filePath(QStringLiteral("import.sqlite"));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {db, QStringLiteral(".import --csv ") + csv + QStringLiteral(" t")});
    QVERIFY(sqlite.waitForFinished(20000));
    QCOMPARE(sqlite.exitCode(), 0);
    auto conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("readback"));
    conn.setDatabaseName(db);
    QVERIFY(conn.open());
    {
        QSqlQuery q(conn);
        QVERIFY(
            q.exec(QStringLiteral("SELECT target, actor FROM t ORDER BY CAST(seq AS INTEGER)")));
        int i = 0;
        for (const AuditEntry &e : hostileEntries()) {
            QVERIFY(q.next());
            const QChar c = e.target.isEmpty() ? QChar() : e.target.front();
            const bool neutralised = QStringView(u"=+-@\t\r").contains(c);
            QCOMPARE(q.value(0).toString(), neutralised ? u'\'' + e.target : e.target);
            QCOMPARE(q.value(1).toString(), e.actor);
            ++i;
        }
        QCOMPARE(i, 12);
    }
    conn.close();
    conn = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("readback"));
}

void TestAuditJournal::exportFilters_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("fromSecond"); // -1 = unbounded
    QTest::addColumn<int>("toSecond");
    QTest::addColumn<int>("rows");
    QTest::newRow("all") << QString() << QString() << -1 << -1 << 12;
    QTest::newRow("actor") << QStringLiteral("张三") << QString() << -1 << -1 << 6;
    QTest::newRow("action") << QString() << QStringLiteral("member.enable") << -1 << -1 << 4;
    QTest::newRow("time window") << QString() << QString() << 2 << 5 << 3;
    QTest::newRow("all filters") << QStringLiteral("admin@corp") << QStringLiteral("member.disable")
                                 << 0 << 12 << 4;
    QTest::newRow("nothing") << QStringLiteral("nobody") << QString() << -1 << -1 << 0;
}

void TestAuditJournal::exportFilters()
{
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(int, fromSecond);
    QFETCH(int, toSecond);
    QFETCH(int, rows);
    QString error;
    {
        auto j = AuditJournal::open(m_path, &error);
        QVERIFY(j->append(hostileEntries(), &error));
    }
    const QDateTime t0(QDate(2026, 11, 29), QTime(8, 0, 0), Qt::UTC);
    AuditExportOptions o;
    o.actor = actor;
    o.action = action;
    if (fromSecond >= 0)
        o.from = t0.addSecs(fromSecond);
    if (toSecond >= 0)
        o.to = t0.addSecs(toSecond);
    const auto r = exportAuditCsv(m_path, m_dir->filePath(QStringLiteral("f.csv")), o);
    QVERIFY(r.ok);
    QCOMPARE(r.rows, rows);
}

void TestAuditJournal::exportToAnUnwritablePlaceLeavesNothing()
{
    fill(3);
    const QString target = m_dir->filePath(QStringLiteral("no/such/dir/out.csv"));
    const auto r = exportAuditCsv(m_path, target, {});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(target), qPrintable(r.error));
    QVERIFY(!QFile::exists(target));
    const auto missing = exportAuditCsv(m_dir->filePath(QStringLiteral("absent.sqlite")),
                                        m_dir->filePath(QStringLiteral("x.csv")), {});
    QVERIFY(!missing.ok);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.csv"))));
}

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_audit_journal.moc"
