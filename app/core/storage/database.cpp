#include "storage/database.h"

#include "common/crash_point.h"
#include "common/logging.h"
#include "common/private_files.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QAtomicInteger<quint64> s_connectionCounter;
} // namespace

Database::Database(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Database> Database::open(const QString &path, Durability durability,
                                         const Migrations &migrations, QString *error,
                                         Failure *failure)
{
    Failure ignored;
    Failure &why = failure ? *failure : ignored;
    const QString name = QStringLiteral("marketdesk-%1").arg(++s_connectionCounter);
    std::unique_ptr<Database> self(new Database(name, path));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open()) {
            why.problem = StorageProblem::classify(path, d.lastError());
            *error = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                         .arg(path, StorageProblem::reason(path, d.lastError()));
            return nullptr;
        }
    }
    QString e;
    if (path != u":memory:") {
        // Caches, outboxes and journals hold names, e-mails and mobiles: the user's only (the
        // -wal and -shm files SQLite makes take the database file's mode).
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(path + suffix))
                PrivateFiles::restrict(path + suffix);
        QSqlQuery q = self->query();
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
            why.problem = StorageProblem::classify(path, q.lastError());
            *error = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                         .arg(path, StorageProblem::reason(path, q.lastError()));
            return nullptr;
        }
    }
    const QString sync =
        durability == Durability::Full ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    if (!self->exec(QStringLiteral("PRAGMA synchronous=") + sync, &e) ||
        !self->exec(QStringLiteral("PRAGMA foreign_keys=ON"), &e) ||
        !self->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value "
                                   "TEXT NOT NULL)"),
                    &e)) {
        why.problem = self->m_lastProblem;
        *error = e;
        return nullptr;
    }
    const int from = self->schemaVersion();
    if (from > migrations.size()) {
        why.what = OpenFailure::Newer;
        *error = QCoreApplication::translate(
                     "Database", "%1 has schema version %2, newer than this program knows (%3). "
                                 "Use a newer marketdesk.")
                     .arg(path)
                     .arg(from)
                     .arg(migrations.size());
        return nullptr;
    }
    for (int v = from; v < migrations.size(); ++v) {
        Transaction tx(*self);
        for (const QString &sql : migrations.at(v)) {
            if (!self->exec(sql, &e)) {
                why.problem = self->m_lastProblem;
                *error =
                    QCoreApplication::translate("Database", "Upgrading %1 to schema %2 failed: %3")
                        .arg(path)
                        .arg(v + 1)
                        .arg(e);
                return nullptr;
            }
        }
        if (!self->exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES "
                                       "('schema_version', '%1')")
                            .arg(v + 1),
                        &e)) {
            why.problem = self->m_lastProblem;
            *error = e;
            return nullptr;
        }
        CrashPoint::reach("database.migrating"); // inside the migration's transaction
        if (!tx.commit(&e)) {
            why.problem = self->m_lastProblem;
            *error = e;
            return nullptr;
        }
        CrashPoint::reach("database.migrated");
        qCInfo(lcDb) << "migrated" << path << "to schema" << v + 1;
    }
    return self;
}

int Database::schemaVersion() const
{
    QSqlQuery q = query();
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery q = query();
    if (q.exec(sql))
        return true;
    m_lastProblem = StorageProblem::classify(m_path, q.lastError());
    if (error)
        *error = StorageProblem::explain(m_path, q.lastError());
    qCWarning(lcDb) << "statement failed:" << sql.left(80) << q.lastError().text();
    return false;
}

QSqlQuery Database::query() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    return q;
}

QString Database::integrityCheck() const
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    return problems.join(u'\n');
}

// Savepoints rather than BEGIN/COMMIT, so that a transaction may enclose another (the
// sandbox wraps a mutation and its stored idempotent answer in one).
Transaction::Transaction(Database &db, Lock lock)
    : m_db(db)
    , m_name(QStringLiteral("sp%1").arg(++db.m_depth))
    , m_outerImmediate(lock == Lock::Immediate && db.m_depth == 1)
{
    QSqlQuery q = db.query();
    m_active = q.exec(m_outerImmediate ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active) {
        --db.m_depth;
        db.m_lastProblem = StorageProblem::classify(db.path(), q.lastError());
        m_beginError = StorageProblem::explain(db.path(), q.lastError());
        qCWarning(lcDb) << "cannot begin a transaction on" << db.path() << q.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q = m_db.query();
    if (m_outerImmediate) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        q.exec(QStringLiteral("RELEASE ") + m_name);
    }
    --m_db.m_depth;
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_beginError.isEmpty()
                         ? QCoreApplication::translate("Database", "No transaction is open on %1.")
                               .arg(m_db.path())
                         : m_beginError;
        return false;
    }
    QSqlQuery q = m_db.query();
    if (q.exec(m_outerImmediate ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name)) {
        m_active = false;
        --m_db.m_depth;
        return true;
    }
    m_db.m_lastProblem = StorageProblem::classify(m_db.path(), q.lastError());
    if (error)
        *error = QCoreApplication::translate("Database", "Saving to %1 failed: %2")
                     .arg(m_db.path(), StorageProblem::reason(m_db.path(), q.lastError()));
    return false; // the destructor rolls back
}
