#pragma once
// One SQLite file opened through its own named Qt Sql connection: WAL, the chosen durability,
// a schema version in a meta table and ordered migrations, each in one transaction.
#include "storage/storage_problem.h"
#include <QSqlDatabase>

#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;

// Qt binds a null QString as SQL NULL; the schemas say NOT NULL '' for "no value".
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

class Database
{
public:
    enum class Durability
    {
        Normal, // WAL + synchronous=NORMAL: rebuildable data (the cache)
        Full    // WAL + synchronous=FULL: data that exists nowhere else (outbox, journal)
    };
    // Migration N (1-based) brings the schema from version N-1 to N.
    using Migrations = QList<QStringList>;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Why open() failed: what the storage said, or that the file is newer than this program.
    enum class OpenFailure
    {
        Storage, // *problem tells which
        Newer    // a schema version this program does not know
    };
    struct Failure
    {
        OpenFailure what = OpenFailure::Storage;
        StorageProblem::Kind problem = StorageProblem::Kind::Other;
        // Only a damaged file, or one written by a newer program, may be set aside.
        bool mayBeSetAside() const
        {
            return what == OpenFailure::Newer || StorageProblem::isDamage(problem);
        }
    };

    // path may be ":memory:". On failure returns nullptr, sets *error and, if given, *failure.
    static std::unique_ptr<Database> open(const QString &path, Durability durability,
                                          const Migrations &migrations, QString *error,
                                          Failure *failure = nullptr);

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs a statement; on failure returns false and sets *error (with the statement's purpose).
    bool exec(const QString &sql, QString *error = nullptr);
    // A forward-only query, as every read here should be.
    QSqlQuery query() const;

    QString integrityCheck() const; // "ok" or SQLite's complaint
    // What the last failed statement or transaction ran into.
    StorageProblem::Kind lastProblem() const { return m_lastProblem; }

private:
    Database(QString connection, QString path);

    friend class Transaction;
    QString m_connection;
    QString m_path;
    int m_depth = 0;
    StorageProblem::Kind m_lastProblem = StorageProblem::Kind::Other;
};

// Commits on commit(), rolls back when it goes out of scope otherwise; may nest.
class Transaction
{
public:
    enum class Lock
    {
        Deferred, // takes the write lock at the first write
        // Takes the write lock at once (outermost only): what is read inside cannot change
        // under it, even from another program sharing the file.
        Immediate
    };
    explicit Transaction(Database &db, Lock lock = Lock::Deferred);
    ~Transaction();
    bool commit(QString *error = nullptr);
    bool isActive() const { return m_active; }
    // Why the transaction could not begin (a lock, a full disk, a read-only folder), or "".
    QString beginError() const { return m_beginError; }

private:
    Database &m_db;
    QString m_name;
    bool m_active = false;
    bool m_outerImmediate = false;
    QString m_beginError;
};
