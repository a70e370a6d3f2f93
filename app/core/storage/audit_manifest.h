#pragma once
// The small file written beside every audit export (FILE.csv.manifest.json): how many rows,
// which journal entries (first and last sequence, the last one's chain hash), the journal's
// head at export time, the filters, and the SHA-256 of the CSV. Anyone can check the CSV
// later against it (`sha256sum`, or `marketdesk-cli audit check FILE.csv`); whoever holds
// the journal can also check that the last entry's hash is the journal's.
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

struct AuditManifest
{
    Q_DECLARE_TR_FUNCTIONS(AuditManifest)

public:
    QString file;      // the CSV's file name (no folder)
    QByteArray sha256; // hex, of the whole CSV file
    qint64 bytes = 0;
    qint64 rows = 0;     // data rows, header excluded
    qint64 firstSeq = 0; // 0 when no row matched
    qint64 lastSeq = 0;
    QByteArray lastHash; // chain hash of entry lastSeq
    qint64 journalEntries = 0;
    QByteArray journalHead; // chain hash of the journal's last entry when exported
    QDateTime exportedAt;
    QString from, to, actor, action; // the filters, as given

    static QString pathFor(const QString &csvPath) { return csvPath + u".manifest.json"; }
    QByteArray toJson() const;
    // Refuses a malformed manifest and names the field.
    static bool fromJson(const QByteArray &json, AuditManifest *out, QString *error);
    // Reads `csvPath` and its manifest and lists every disagreement (size, SHA-256, rows);
    // empty when the file is the one exported. `*error` is set when either cannot be read.
    static QStringList check(const QString &csvPath, AuditManifest *manifest, QString *error);
};
