// Audit export of 1,000,000 rows, against the sqlite3 program's -csv output of the same rows.
#include "bench_common.h"
#include "storage/audit_export.h"
#include "storage/audit_journal.h"

#include <QFile>
#include <QProcess>

namespace Bench {

void exportAudit(const QString &workDir, int rows)
{
    heading("audit export of 1,000,000 rows");
    const QString path = workDir + QStringLiteral("/audit.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QString error;
    {
        auto journal = AuditJournal::open(path, &error);
        QList<AuditEntry> chunk;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < rows; ++i) {
            AuditEntry e;
            e.time = t0.addMSecs(i);
            e.actor = i % 7 ? QStringLiteral("admin@example.com") : QStringLiteral("张三");
            e.action = i % 3 ? QStringLiteral("member.disable") : QStringLiteral("member.enable");
            e.target = QStringLiteral("user%1.name").arg(i % 100'000);
            e.result = i % 50 ? QStringLiteral("done") : QStringLiteral("failed");
            e.detail = i % 50 ? QStringLiteral("disabled")
                              : QStringLiteral("010005 =last admin, \"kept\"");
            e.requestId = QStringLiteral("6f1c2a9e-%1").arg(i, 8, 16, QLatin1Char('0'));
            e.operationId = i / 500;
            chunk.append(e);
            if (chunk.size() == 20'000) {
                journal->append(chunk, &error);
                chunk.clear();
            }
        }
        journal->append(chunk, &error);
    }
    QElapsedTimer t;
    const QString ours = workDir + QStringLiteral("/ours.csv");
    const qint64 rss0 = residentBytes();
    t.start();
    const auto result = exportAuditCsv(path, ours, {});
    const double oursMs = t.nsecsElapsed() / 1e6;
    const qint64 rssGrowth = residentBytes() - rss0;

    QProcess sqlite;
    sqlite.setStandardOutputFile(workDir + QStringLiteral("/sqlite3.csv"));
    t.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {QStringLiteral("-csv"), path,
                  QStringLiteral("SELECT seq, time, actor, action, target, result, detail, "
                                 "request_id, op_id FROM entries ORDER BY seq")});
    sqlite.waitForFinished(600'000);
    const double cliMs = t.nsecsElapsed() / 1e6;
    line(QStringLiteral(
             "marketdesk export: %1 rows in %2 ms (%3 rows/s, RSS growth %4 MB, formula-safe)")
             .arg(result.rows)
             .arg(oursMs, 0, 'f', 0)
             .arg(result.rows / (oursMs / 1000), 0, 'f', 0)
             .arg(rssGrowth / 1048576.0, 0, 'f', 1));
    line(QStringLiteral("sqlite3 -csv: %1 ms").arg(cliMs, 0, 'f', 0));
    line(QStringLiteral("ratio: %1x the speed of sqlite3 -csv (target: >= 1)")
             .arg(cliMs / oursMs, 0, 'f', 2));
}

} // namespace Bench
