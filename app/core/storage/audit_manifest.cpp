#include "storage/audit_manifest.h"

#include "net/json_fields.h"
#include "storage/sha256_stream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

constexpr auto kFormat = "marketdesk-audit-export/1";

} // namespace

QByteArray AuditManifest::toJson() const
{
    QJsonObject filters{{QStringLiteral("from"), from},
                        {QStringLiteral("to"), to},
                        {QStringLiteral("actor"), actor},
                        {QStringLiteral("action"), action}};
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("format"), QLatin1String(kFormat)},
                   {QStringLiteral("file"), file},
                   {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
                   {QStringLiteral("bytes"), bytes},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("firstSeq"), firstSeq},
                   {QStringLiteral("lastSeq"), lastSeq},
                   {QStringLiteral("lastEntryHash"), QString::fromLatin1(lastHash)},
                   {QStringLiteral("journalEntries"), journalEntries},
                   {QStringLiteral("journalHead"), QString::fromLatin1(journalHead)},
                   {QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("filters"), filters}})
        .toJson(QJsonDocument::Indented);
}

bool AuditManifest::fromJson(const QByteArray &json, AuditManifest *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = tr("the manifest is not a JSON object: %1 at byte %2")
                     .arg(pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        *error = tr("the manifest's \"format\" is not %1").arg(QLatin1String(kFormat));
        return false;
    }
    AuditManifest m;
    auto count = [&](const char *name, qint64 *to) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!JsonFields::wholeNumber(v, 0, to)) {
            *error = tr("the manifest's \"%1\" is not a whole number").arg(QLatin1String(name));
            return false;
        }
        return true;
    };
    static const QRegularExpression hex(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    auto hash = [&](const char *name, QByteArray *to, bool optional) {
        const QString v = o.value(QLatin1String(name)).toString();
        if (!(optional && v.isEmpty()) && !hex.match(v).hasMatch()) {
            *error = tr("the manifest's \"%1\" is not a SHA-256 in hex").arg(QLatin1String(name));
            return false;
        }
        *to = v.toLatin1();
        return true;
    };
    if (!count("bytes", &m.bytes) || !count("rows", &m.rows) || !count("firstSeq", &m.firstSeq) ||
        !count("lastSeq", &m.lastSeq) || !count("journalEntries", &m.journalEntries) ||
        !hash("sha256", &m.sha256, false) || !hash("lastEntryHash", &m.lastHash, m.rows == 0) ||
        !hash("journalHead", &m.journalHead, m.journalEntries == 0))
        return false;
    m.file = o.value(QStringLiteral("file")).toString();
    m.exportedAt =
        QDateTime::fromString(o.value(QStringLiteral("exportedAt")).toString(), Qt::ISODateWithMs);
    const QJsonObject f = o.value(QStringLiteral("filters")).toObject();
    m.from = f.value(QStringLiteral("from")).toString();
    m.to = f.value(QStringLiteral("to")).toString();
    m.actor = f.value(QStringLiteral("actor")).toString();
    m.action = f.value(QStringLiteral("action")).toString();
    *out = m;
    return true;
}

QStringList AuditManifest::check(const QString &csvPath, AuditManifest *manifest, QString *error)
{
    QStringList problems;
    QFile mf(pathFor(csvPath));
    if (!mf.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the manifest %1: %2").arg(mf.fileName(), mf.errorString());
        return problems;
    }
    QString why;
    if (!fromJson(mf.read(1 << 20), manifest, &why)) {
        *error = QStringLiteral("%1: %2").arg(mf.fileName(), why);
        return problems;
    }
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(csvPath, csv.errorString());
        return problems;
    }
    // One pass in constant memory: the hash, and the records (a line break inside quotes is
    // part of a field, not the end of a record).
    Sha256Stream sha;
    qint64 records = 0, bytes = 0;
    bool quoted = false;
    char last = '\n';
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = csv.read(block.data(), block.size());
        if (n < 0) {
            *error = tr("cannot read %1: %2").arg(csvPath, csv.errorString());
            return problems;
        }
        if (n == 0)
            break;
        sha.addData(QByteArrayView(block.constData(), n));
        bytes += n;
        for (qint64 i = 0; i < n; ++i) {
            const char c = block[i];
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++records;
            last = c;
        }
    }
    if (last != '\n')
        ++records;                                     // a last record without a line break
    const qint64 rows = records > 0 ? records - 1 : 0; // the header
    if (QFileInfo(csvPath).fileName() != manifest->file)
        problems << tr("the manifest describes \"%1\", not \"%2\"")
                        .arg(manifest->file, QFileInfo(csvPath).fileName());
    if (bytes != manifest->bytes)
        problems
            << tr("the file has %1 bytes; the manifest says %2").arg(bytes).arg(manifest->bytes);
    if (sha.result().toHex() != manifest->sha256)
        problems << tr("the file's SHA-256 is not the one in the manifest: it was changed");
    if (rows != manifest->rows)
        problems << tr("the file has %1 rows; the manifest says %2").arg(rows).arg(manifest->rows);
    return problems;
}
