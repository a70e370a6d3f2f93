// What the audit journal leaves outside itself: the anchor (entry count and last hash, kept in
// the secret store) that shows a journal cut short or rewritten at its end, which its own
// chain cannot; and the manifest beside every export that lets anyone check the CSV later.
// Malformed anchors and manifests are refused with the field named.
#include "storage/audit_export.h"
#include "storage/audit_journal.h"
#include "storage/audit_manifest.h"
#include "storage/journal_anchor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestJournalAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void anchorFollowsEveryAppend();
    void anchorSurvivesItsText();
    void malformedAnchorsAreRefused_data();
    void malformedAnchorsAreRefused();
    void anchorShowsWhatTheChainCannot_data();
    void anchorShowsWhatTheChainCannot();
    void manifestDescribesTheExport();
    void manifestFindsChanges_data();
    void manifestFindsChanges();
    void malformedManifestsAreRefused_data();
    void malformedManifestsAreRefused();
    void cancelledExportLeavesNeitherFile();

private:
    std::unique_ptr<AuditJournal> journal();
    void append(AuditJournal &j, int n, const QString &prefix = QStringLiteral("user"));
    void runSql(const QString &sql);
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJournalAnchor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("audit.sqlite"));
}

std::unique_ptr<AuditJournal> TestJournalAnchor::journal()
{
    QString error;
    auto j = AuditJournal::open(m_path, &error);
    if (!j)
        qWarning() << error;
    return j;
}

void TestJournalAnchor::append(AuditJournal &j, int n, const QString &prefix)
{
    QList<AuditEntry> entries;
    for (int i = 0; i < n; ++i) {
        AuditEntry e;
        e.actor = QStringLiteral("zhang.min@huadong-tech");
        e.action = QStringLiteral("member.disable");
        e.target = prefix + QString::number(i);
        e.result = QStringLiteral("done");
        entries << e;
    }
    QString error;
    QVERIFY2(j.append(entries, &error), qPrintable(error));
}

void TestJournalAnchor::runSql(const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
}

void TestJournalAnchor::anchorFollowsEveryAppend()
{
    auto j = journal();
    QVERIFY(j);
    QString error;
    QVERIFY(j->anchor(&error).isNull()); // nothing to anchor yet
    QList<JournalAnchor> seen;
    j->setOnAppended([&seen](const JournalAnchor &a) { seen << a; });
    append(*j, 3);
    append(*j, 2);
    QCOMPARE(seen.size(), 2); // once per append, with its new head
    QCOMPARE(seen[0].count, 3);
    QCOMPARE(seen[1].count, 5);
    const JournalAnchor now = j->anchor(&error);
    QCOMPARE(now.count, 5);
    QCOMPARE(now.head, seen[1].head);
    QCOMPARE(now.head.size(), 64);
}

void TestJournalAnchor::anchorSurvivesItsText()
{
    JournalAnchor a{42, QByteArray(64, 'c'), QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    JournalAnchor back;
    QString error;
    QVERIFY2(JournalAnchor::parse(a.serialize(), &back, &error), qPrintable(error));
    QCOMPARE(back.count, 42);
    QCOMPARE(back.head, a.head);
    QCOMPARE(back.at, a.at);
}

void TestJournalAnchor::malformedAnchorsAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("named");
    const QByteArray head(64, 'a');
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o{{"v", 1},
                      {"count", 7},
                      {"head", QString::fromLatin1(head)},
                      {"at", "2026-11-30T09:00:00.000Z"}};
        if (v.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), v);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("not json") << QByteArray("anchor: 7") << "not a JSON object";
    QTest::newRow("array") << QByteArray("[7]") << "not a JSON object";
    QTest::newRow("other version") << with("v", 2) << "\"v\"";
    QTest::newRow("no count") << with("count", QJsonValue::Undefined) << "\"count\"";
    QTest::newRow("zero count") << with("count", 0) << "\"count\"";
    QTest::newRow("negative count") << with("count", -3) << "\"count\"";
    QTest::newRow("fraction") << with("count", 2.5) << "\"count\"";
    QTest::newRow("count as text") << with("count", "7") << "\"count\"";
    QTest::newRow("count 1e300") << with("count", 1e300) << "\"count\"";
    QTest::newRow("short head") << with("head", "abc") << "\"head\"";
    QTest::newRow("upper-case head") << with("head", QString(64, u'A')) << "\"head\"";
    QTest::newRow("head with newline")
        << with("head", QString(QString(64, u'a') + u'\n')) << "\"head\"";
    QTest::newRow("no time") << with("at", QJsonValue::Undefined) << "\"at\"";
    QTest::newRow("bad time") << with("at", "yesterday") << "\"at\"";
}

void TestJournalAnchor::malformedAnchorsAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, named);
    JournalAnchor out{99, QByteArray(64, 'f'), {}};
    QString error;
    QVERIFY(!JournalAnchor::parse(text, &out, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(out.count, 99); // nothing half-written
}

void TestJournalAnchor::anchorShowsWhatTheChainCannot_data()
{
    QTest::addColumn<QString>("change"); // SQL run on the journal after it was anchored at 10
    QTest::addColumn<int>("appendAfter");
    QTest::addColumn<bool>("chainIntact");
    QTest::addColumn<QString>("problem"); // empty: the anchor holds
    QTest::newRow("untouched") << QString() << 0 << true << QString();
    QTest::newRow("grown since") << QString() << 5 << true << QString();
    QTest::newRow("last entry cut off")
        << "DELETE FROM entries WHERE seq = 10" << 0 << true << "cut short";
    QTest::newRow("last three cut off")
        << "DELETE FROM entries WHERE seq > 7" << 0 << true << "now it ends at entry 7";
    QTest::newRow("cut, then written again")
        << "DELETE FROM entries WHERE seq > 8" << 4 << true << "not the one recorded";
    QTest::newRow("everything cut") << "DELETE FROM entries" << 0 << true << "cut short";
}

void TestJournalAnchor::anchorShowsWhatTheChainCannot()
{
    QFETCH(QString, change);
    QFETCH(int, appendAfter);
    QFETCH(bool, chainIntact);
    QFETCH(QString, problem);
    JournalAnchor anchor;
    QString error;
    {
        auto j = journal();
        QVERIFY(j);
        append(*j, 10);
        anchor = j->anchor(&error);
    }
    QCOMPARE(anchor.count, 10);
    if (!change.isEmpty())
        runSql(change);
    auto j = journal();
    QVERIFY(j);
    if (appendAfter > 0)
        append(*j, appendAfter, QStringLiteral("other"));
    // The chain alone cannot see a cut at the end: that is what the anchor is for.
    QCOMPARE(j->verify(&error).isEmpty(), chainIntact);
    const auto problems = j->checkAnchor(anchor, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (problem.isEmpty()) {
        QVERIFY(problems.isEmpty());
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(problem), qPrintable(problems.first().message));
    }
}

void TestJournalAnchor::manifestDescribesTheExport()
{
    {
        auto j = journal();
        QVERIFY(j);
        append(*j, 6);
    }
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    AuditExportOptions o;
    o.action = QStringLiteral("member.disable");
    const auto r = exportAuditCsv(m_path, csv, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.manifestPath, csv + QStringLiteral(".manifest.json"));
    AuditManifest m;
    QString error;
    QVERIFY(AuditManifest::check(csv, &m, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m.rows, 6);
    QCOMPARE(m.firstSeq, 1);
    QCOMPARE(m.lastSeq, 6);
    QCOMPARE(m.action, QStringLiteral("member.disable"));
    QCOMPARE(m.file, QStringLiteral("out.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(m.bytes, f.size());
    // The last entry's hash is the journal's: whoever holds the journal can check it.
    auto j = journal();
    QCOMPARE(m.lastHash, j->anchor(&error).head);
    QCOMPARE(m.journalHead, m.lastHash);
    QCOMPARE(m.journalEntries, 6);
}

void TestJournalAnchor::manifestFindsChanges_data()
{
    QTest::addColumn<int>("edit"); // 0 byte flip, 1 drop last row, 2 add a row, 3 rename
    QTest::addColumn<QStringList>("found");
    QTest::newRow("one byte changed") << 0 << QStringList{"SHA-256"};
    QTest::newRow("last row removed")
        << 1 << QStringList{"SHA-256", "bytes", "the file has 3 rows; the manifest says 4"};
    QTest::newRow("row added") << 2 << QStringList{"SHA-256", "bytes", "the file has 5 rows"};
    QTest::newRow("file renamed") << 3 << QStringList{"describes \"out.csv\""};
}

void TestJournalAnchor::manifestFindsChanges()
{
    QFETCH(int, edit);
    QFETCH(QStringList, found);
    {
        auto j = journal();
        QVERIFY(j);
        append(*j, 4, QStringLiteral("line\nbreak "));
    }
    QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    QVERIFY(exportAuditCsv(m_path, csv, {}).ok);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    if (edit == 0)
        content[content.size() / 2] = content[content.size() / 2] == 'x' ? 'y' : 'x';
    else if (edit == 1)
        content.truncate(content.lastIndexOf("\r\n", content.size() - 3) + 2);
    else if (edit == 2)
        content += "99,2026-11-30T00:00:00.000Z,a,b,c,d,e,f,0\r\n";
    if (edit == 3) {
        const QString renamed = m_dir->filePath(QStringLiteral("renamed.csv"));
        QVERIFY(QFile::rename(csv, renamed));
        QVERIFY(QFile::rename(csv + QStringLiteral(".manifest.json"),
                              renamed + QStringLiteral(".manifest.json")));
        csv = renamed;
    } else {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
    }
    AuditManifest m;
    QString error;
    const QStringList problems = AuditManifest::check(csv, &m, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(problems.size(), found.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        QVERIFY2(problems.join(u'|').contains(found[i]), qPrintable(problems.join(u'|')));
}

void TestJournalAnchor::malformedManifestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("named");
    QJsonObject good{{"format", "marketdesk-audit-export/1"},
                     {"file", "out.csv"},
                     {"sha256", QString(64, u'a')},
                     {"bytes", 10},
                     {"rows", 1},
                     {"firstSeq", 1},
                     {"lastSeq", 1},
                     {"lastEntryHash", QString(64, u'b')},
                     {"journalEntries", 1},
                     {"journalHead", QString(64, u'b')},
                     {"exportedAt", "2026-11-30T09:00:00.000Z"}};
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), v);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("truncated") << QJsonDocument(good).toJson().left(40) << "at byte";
    QTest::newRow("other format") << with("format", "csv/2") << "\"format\"";
    QTest::newRow("rows as text") << with("rows", "1") << "\"rows\"";
    QTest::newRow("negative bytes") << with("bytes", -1) << "\"bytes\"";
    QTest::newRow("bad sha") << with("sha256", "xyz") << "\"sha256\"";
    QTest::newRow("bad last hash") << with("lastEntryHash", "") << "\"lastEntryHash\"";
}

void TestJournalAnchor::malformedManifestsAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, named);
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("seq\r\n1\r\n");
    f.close();
    QFile m(AuditManifest::pathFor(csv));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(text);
    m.close();
    AuditManifest manifest;
    QString error;
    QVERIFY(AuditManifest::check(csv, &manifest, &error).isEmpty());
    QVERIFY2(error.contains(named) && error.contains(u".manifest.json"), qPrintable(error));
}

void TestJournalAnchor::cancelledExportLeavesNeitherFile()
{
    {
        auto j = journal();
        QVERIFY(j);
        // Enough rows to pass the first 1 MB block, where a cancel is looked at.
        QList<AuditEntry> entries;
        for (int i = 0; i < 20000; ++i) {
            AuditEntry e;
            e.actor = QStringLiteral("admin");
            e.action = QStringLiteral("member.disable");
            e.target = QStringLiteral("user%1").arg(i);
            e.result = QStringLiteral("done");
            e.detail = QString(60, u'x');
            entries << e;
        }
        QString error;
        QVERIFY2(j->append(entries, &error), qPrintable(error));
    }
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    std::atomic_bool cancel{true};
    const auto r = exportAuditCsv(m_path, csv, {}, &cancel);
    QVERIFY(!r.ok);
    QVERIFY(!QFile::exists(csv));
    QVERIFY(!QFile::exists(AuditManifest::pathFor(csv)));
}

QTEST_GUILESS_MAIN(TestJournalAnchor)
#include "tst_journal_anchor.moc"
