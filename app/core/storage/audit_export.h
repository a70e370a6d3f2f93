#pragma once
// Streams the audit journal to an RFC 4180 CSV file in constant memory, with its own
// read-only SQLite connection, so it can run on any thread. The file appears only when the
// export completed (written aside, then renamed), together with its manifest.
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

struct AuditExportOptions
{
    QDateTime from; // inclusive; invalid = unbounded
    QDateTime to;   // exclusive; invalid = unbounded
    QString actor;  // the whole actor, or its identity ("userName@tenant"); empty = any
    QString action; // exact match; empty = any
    bool bom = true;
};

struct AuditExportResult
{
    bool ok = false;
    qint64 rows = 0;
    QString manifestPath; // FILE.csv.manifest.json, written beside it (see AuditManifest)
    QString error;
};

AuditExportResult exportAuditCsv(const QString &journalPath, const QString &csvPath,
                                 const AuditExportOptions &options,
                                 const std::atomic_bool *cancel = nullptr,
                                 const std::function<void(qint64 rows)> &progress = {});
