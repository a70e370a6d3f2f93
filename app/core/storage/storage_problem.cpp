#include "storage/storage_problem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QStorageInfo>

#include <sqlite3.h>

namespace {

// The folder a file lives (or would live) in: what has the free space and the permissions.
QString folderOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

int sqliteCodeOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : SQLITE_ERROR;
}

} // namespace

StorageProblem::Kind StorageProblem::classify(const QString &path, int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_READONLY:
        return Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Locked;
    case SQLITE_NOTADB:
        return Kind::NotADatabase;
    case SQLITE_CORRUPT:
        return Kind::Damaged;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: {
        // SQLite cannot tell why a write or an open failed; the folder can.
        const QString folder = folderOf(path);
        const QStorageInfo storage(folder);
        if (storage.isValid() && storage.isReadOnly())
            return Kind::ReadOnly;
        if (!QFileInfo(folder).isWritable())
            return Kind::ReadOnly;
        if (storage.isValid() && storage.bytesAvailable() < kNearlyFull)
            return Kind::DiskFull;
        return Kind::Other;
    }
    default:
        return Kind::Other;
    }
}

StorageProblem::Kind StorageProblem::classify(const QString &path, const QSqlError &error)
{
    return classify(path, sqliteCodeOf(error));
}

QString StorageProblem::reason(const QString &path, int sqliteCode, const QString &sqliteText)
{
    const QString said = sqliteText.trimmed();
    // SQLite's (or the system's) own words, after ours, for whoever searches for them.
    const auto with = [&said](const QString &ours) {
        return said.isEmpty() ? ours : ours + QStringLiteral(" [") + said + u']';
    };
    switch (classify(path, sqliteCode)) {
    case Kind::DiskFull: {
        const QStorageInfo storage(folderOf(path));
        return with(
            QCoreApplication::translate("StorageProblem",
                                        "the disk is full (%1 free): free some space, then try "
                                        "again")
                .arg(QLocale().formattedDataSize(qMax<qint64>(0, storage.bytesAvailable()))));
    }
    case Kind::ReadOnly:
        return with(QCoreApplication::translate(
            "StorageProblem", "its folder or disk is read-only, and marketdesk keeps its data "
                              "there: make it writable, then try again"));
    case Kind::Locked:
        return with(QCoreApplication::translate(
            "StorageProblem", "another program (another marketdesk, or a database tool) kept it "
                              "locked: close that program, then try again"));
    case Kind::NotADatabase:
        return with(
            QCoreApplication::translate("StorageProblem", "it is not a marketdesk database"));
    case Kind::Damaged:
        return with(QCoreApplication::translate("StorageProblem", "it is damaged"));
    case Kind::Other:
        break;
    }
    return said;
}

QString StorageProblem::reason(const QString &path, const QSqlError &error)
{
    // driverText() is Qt's context ("Unable to fetch row"); SQLite's words are what help.
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return reason(path, sqliteCodeOf(error), text);
}

QString StorageProblem::explain(const QString &path, int sqliteCode, const QString &sqliteText)
{
    return QCoreApplication::translate("StorageProblem", "%1: %2")
        .arg(path, reason(path, sqliteCode, sqliteText));
}

QString StorageProblem::explain(const QString &path, const QSqlError &error)
{
    return QCoreApplication::translate("StorageProblem", "%1: %2").arg(path, reason(path, error));
}

QString StorageProblem::folderReason(const QString &folder, const QString &fallback)
{
    // Read through the same rules as SQLite's "cannot open": the folder tells why.
    const QString probe = QDir(folder).filePath(QStringLiteral(".probe"));
    return classify(probe, SQLITE_CANTOPEN) == Kind::Other ? fallback
                                                           : reason(probe, SQLITE_CANTOPEN, {});
}
