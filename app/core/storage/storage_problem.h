#pragma once
// Why a local file could not be read or written, in words a person can act on: the disk is
// full, the folder is read-only, another program holds the file, the file is not a marketdesk
// database, or it is damaged. SQLite's own words follow in brackets. A disk that is full or
// read-only is never taken for a damaged file: only damage may set a file aside.
#include <QString>

class QSqlError;

class StorageProblem
{
public:
    enum class Kind
    {
        DiskFull,
        ReadOnly,
        Locked,
        NotADatabase,
        Damaged,
        Other
    };

    // sqliteCode: SQLite's result code (primary or extended).
    static Kind classify(const QString &path, int sqliteCode);
    static Kind classify(const QString &path, const QSqlError &error);
    // What is wrong with the file and what to do, without its name: "the disk is full (…)".
    static QString reason(const QString &path, int sqliteCode, const QString &sqliteText);
    static QString reason(const QString &path, const QSqlError &error);
    // The same after the file's name: "/…/outbox.sqlite: the disk is full (…)".
    static QString explain(const QString &path, int sqliteCode, const QString &sqliteText);
    static QString explain(const QString &path, const QSqlError &error);
    // Why nothing can be created in folder: "its folder or disk is read-only…", "the disk is
    // full…", or fallback when neither is the case.
    static QString folderReason(const QString &folder, const QString &fallback);

    // A damaged file or a file that is no database; not a full disk, a read-only folder or a
    // lock, which pass once the disk, the folder or the other program lets go.
    static bool isDamage(Kind kind) { return kind == Kind::NotADatabase || kind == Kind::Damaged; }

    // Below this many free bytes an I/O error is taken for a full disk: SQLite reports running
    // out of space in its shared-memory index or its journal as SQLITE_IOERR, not SQLITE_FULL.
    static constexpr qint64 kNearlyFull = 4 * 1024 * 1024;
};
