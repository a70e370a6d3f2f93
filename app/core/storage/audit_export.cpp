#include "storage/audit_export.h"

#include "common/save_file.h"
#include "storage/audit_manifest.h"
#include "storage/csv.h"
#include "storage/sha256_stream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sqlite3.h>

#include <charconv>
#include <cstring>

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
    // NOMUTEX: this connection is used by one thread only, so SQLite need not lock every call.
    if (sqlite3_open_v2(journalPath.toUtf8().constData(), &c.db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        result.error =
            QCoreApplication::translate("AuditExport", "Cannot open the audit journal %1: %2")
                .arg(journalPath, QString::fromUtf8(sqlite3_errmsg(c.db)));
        return result;
    }
    sqlite3_busy_timeout(c.db, 5000);
    QByteArray sql = "SELECT seq, time, actor, action, target, result, detail, request_id, op_id, "
                     "hash FROM entries WHERE 1";
    if (options.from.isValid())
        sql += " AND time >= ?1";
    if (options.to.isValid())
        sql += " AND time < ?2";
    if (!options.actor.isEmpty())
        // The identity alone finds its entries whatever OS user, host or note is beside it.
        sql += " AND (actor = ?3 OR substr(actor, 1, length(?3) + 2) = ?3 || ' (')";
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

    // The journal's head now, for the manifest; the export reads one snapshot of the file
    // (a read transaction), so rows appended meanwhile are in neither.
    sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr);
    AuditManifest manifest;
    {
        Statement head;
        if (sqlite3_prepare_v2(c.db, "SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1", -1,
                               &head.stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(head.stmt) == SQLITE_ROW) {
            manifest.journalEntries = sqlite3_column_int64(head.stmt, 0);
            manifest.journalHead =
                QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(head.stmt, 1)));
        }
    }
    manifest.file = QFileInfo(csvPath).fileName();
    manifest.exportedAt = QDateTime::currentDateTimeUtc();
    manifest.from = options.from.isValid() ? options.from.toUTC().toString(Qt::ISODate) : QString();
    manifest.to = options.to.isValid() ? options.to.toUTC().toString(Qt::ISODate) : QString();
    manifest.actor = options.actor;
    manifest.action = options.action;
    Sha256Stream sha;

    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("AuditExport", "Cannot write %1: %2")
                           .arg(csvPath, file.errorString());
        return result;
    }
    // One buffer filled through a raw pointer and written in 1 MB blocks: constant memory, and
    // no per-field append bookkeeping.
    constexpr qsizetype kBlock = 1 << 20;
    QByteArray buffer(2 * kBlock, Qt::Uninitialized);
    char *begin = buffer.data();
    char *p = begin;
    auto put = [&p](const char *s, size_t n) {
        std::memcpy(p, s, n);
        p += n;
    };
    if (options.bom)
        put(Csv::kUtf8Bom, 3);
    const char header[] = "seq,time,actor,action,target,result,detail,request_id,operation\r\n";
    put(header, sizeof header - 1);
    auto flush = [&]() -> bool {
        const qsizetype n = p - begin;
        if (file.write(begin, n) != n)
            return false;
        sha.addData(QByteArrayView(begin, n));
        manifest.bytes += n;
        p = begin;
        return true;
    };
    char lastHash[128];
    int lastHashSize = -1;
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        qsizetype need = 64;
        for (int col = 1; col < 8; ++col)
            need += 2 * qsizetype(sqlite3_column_bytes(s.stmt, col)) + 4;
        if (p - begin + need > buffer.size()) {
            if (!flush()) {
                result.error = QCoreApplication::translate("AuditExport", "Writing %1 failed: %2")
                                   .arg(csvPath, file.errorString());
                file.cancelWriting();
                return result;
            }
            if (need > buffer.size()) {
                buffer.resize(need);
                begin = p = buffer.data();
            }
            if (cancel && cancel->load()) {
                file.cancelWriting();
                result.error = QCoreApplication::translate(
                    "AuditExport", "Export cancelled; no file was written.");
                return result;
            }
            if (progress)
                progress(result.rows);
        }
        const qint64 seq = sqlite3_column_int64(s.stmt, 0);
        if (manifest.firstSeq == 0)
            manifest.firstSeq = seq;
        manifest.lastSeq = seq;
        p = std::to_chars(p, p + 24, seq).ptr;
        for (int col = 1; col < 8; ++col) {
            *p++ = ',';
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, col));
            p = Csv::writeField(p, text ? text : "", sqlite3_column_bytes(s.stmt, col), true);
        }
        *p++ = ',';
        p = std::to_chars(p, p + 24, sqlite3_column_int64(s.stmt, 8)).ptr;
        *p++ = '\r';
        *p++ = '\n';
        ++result.rows;
        // Kept for the last row only, so copied into a fixed buffer rather than allocated.
        if (const auto *hash = reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 9))) {
            lastHashSize = std::min(sqlite3_column_bytes(s.stmt, 9), int(sizeof lastHash));
            std::memcpy(lastHash, hash, size_t(lastHashSize));
        }
    }
    if (rc != SQLITE_DONE) {
        result.error =
            QCoreApplication::translate("AuditExport", "Reading the audit journal failed: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(c.db)));
        file.cancelWriting();
        return result;
    }
    if (!flush()) {
        result.error = QCoreApplication::translate("AuditExport", "Writing %1 failed: %2")
                           .arg(csvPath, file.errorString());
        file.cancelWriting();
        return result;
    }
    // The CSV first, then its manifest: an interruption between them leaves a CSV without a
    // manifest (reported), never a new manifest beside an old CSV (a false alarm).
    manifest.rows = result.rows;
    if (lastHashSize >= 0)
        manifest.lastHash = QByteArray(lastHash, lastHashSize);
    manifest.sha256 = sha.result().toHex();
    if (!SaveFile::commit(file)) {
        result.error = QCoreApplication::translate("AuditExport", "Writing %1 failed: %2")
                           .arg(csvPath, file.errorString());
        return result;
    }
    QSaveFile manifestFile(AuditManifest::pathFor(csvPath));
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(manifest.toJson()) < 0 ||
        !SaveFile::commit(manifestFile)) {
        result.error =
            QCoreApplication::translate("AuditExport", "%1 was written, but its manifest %2 could "
                                                       "not be: %3")
                .arg(csvPath, manifestFile.fileName(), manifestFile.errorString());
        return result;
    }
    result.manifestPath = AuditManifest::pathFor(csvPath);
    if (progress)
        progress(result.rows);
    result.ok = true;
    return result;
}
