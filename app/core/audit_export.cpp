#include "audit_export.h"

#include "csv.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <sqlite3.h>

namespace {

struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

} // namespace

AuditExportResult exportAuditCsv(const QString &journalPath, const QString &csvPath,
                                 const AuditExportOptions &options, const std::atomic_bool *cancel,
                                 const std::function<void(qint64)> &progress)
{
    AuditExportResult result;
    Connection c;
    if (sqlite3_open_v2(journalPath.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        result.error =
            QCoreApplication::translate("AuditExport", "Cannot open the audit journal %1: %2")
                .arg(journalPath, QString::fromUtf8(sqlite3_errmsg(c.db)));
        return result;
    }
    sqlite3_busy_timeout(c.db, 5000);
    QByteArray sql = "SELECT seq, time, actor, action, target, result, detail, request_id, op_id "
                     "FROM entries WHERE 1";
    if (options.from.isValid())
        sql += " AND time >= ?1";
    if (options.to.isValid())
        sql += " AND time < ?2";
    if (!options.actor.isEmpty())
        sql += " AND actor = ?3";
    if (!options.action.isEmpty())
        sql += " AND action = ?4";
    sql += " ORDER BY seq";
    Statement s;
    if (sqlite3_prepare_v2(c.db, sql.constData(), int(sql.size()), &s.stmt, nullptr) != SQLITE_OK) {
        result.error =
            QCoreApplication::translate("AuditExport", "Cannot read the audit journal %1: %2")
                .arg(journalPath, QString::fromUtf8(sqlite3_errmsg(c.db)));
        return result;
    }
    const QByteArray from = options.from.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray to = options.to.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray actor = options.actor.toUtf8();
    const QByteArray action = options.action.toUtf8();
    if (options.from.isValid())
        sqlite3_bind_text(s.stmt, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    if (options.to.isValid())
        sqlite3_bind_text(s.stmt, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    if (!options.actor.isEmpty())
        sqlite3_bind_text(s.stmt, 3, actor.constData(), int(actor.size()), SQLITE_STATIC);
    if (!options.action.isEmpty())
        sqlite3_bind_text(s.stmt, 4, action.constData(), int(action.size()), SQLITE_STATIC);

    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("AuditExport", "Cannot write %1: %2")
                           .arg(csvPath, file.errorString());
        return result;
    }
    constexpr qsizetype kFlushAt = 1 << 20;
    QByteArray buffer;
    buffer.reserve(kFlushAt + 64 * 1024);
    if (options.bom)
        buffer.append(Csv::kUtf8Bom);
    buffer.append("seq,time,actor,action,target,result,detail,request_id,operation\r\n");
    static constexpr bool kTextColumn[] = {false, true, true, true, true, true, true, true, false};
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        for (int col = 0; col < 9; ++col) {
            if (col > 0)
                buffer.append(',');
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, col));
            const int len = sqlite3_column_bytes(s.stmt, col);
            Csv::appendField(buffer, text ? text : "", len, kTextColumn[col]);
        }
        Csv::endRow(buffer);
        ++result.rows;
        if (buffer.size() >= kFlushAt) {
            if (file.write(buffer) != buffer.size()) {
                result.error = QCoreApplication::translate("AuditExport", "Writing %1 failed: %2")
                                   .arg(csvPath, file.errorString());
                file.cancelWriting();
                return result;
            }
            buffer.resize(0);
            if (cancel && cancel->load()) {
                file.cancelWriting();
                result.error = QCoreApplication::translate(
                    "AuditExport", "Export cancelled; no file was written.");
                return result;
            }
            if (progress)
                progress(result.rows);
        }
    }
    if (rc != SQLITE_DONE) {
        result.error =
            QCoreApplication::translate("AuditExport", "Reading the audit journal failed: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(c.db)));
        file.cancelWriting();
        return result;
    }
    if (file.write(buffer) != buffer.size() || !file.commit()) {
        result.error = QCoreApplication::translate("AuditExport", "Writing %1 failed: %2")
                           .arg(csvPath, file.errorString());
        return result;
    }
    if (progress)
        progress(result.rows);
    result.ok = true;
    return result;
}
