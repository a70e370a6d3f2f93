#pragma once
// Test support: SQLite's own verdict on a database file after a crash test, and one number
// read from it, through a read-only connection (opening read-write would create an empty file
// that always says "ok").
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace TestSupport {

// "ok", or what PRAGMA integrity_check found, or why the file could not be read.
inline QString integrityCheck(const QString &file)
{
    if (!QFile::exists(file))
        return QStringLiteral("missing: ") + file;
    const QString connection = QStringLiteral("integrity-check");
    QString result;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA integrity_check"));
            result = q.next() ? q.value(0).toString() : QStringLiteral("no answer");
        } else {
            result = QStringLiteral("cannot open ") + file;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// The first column of the first row of sql, or -1 when the file or the query fails.
inline int readNumber(const QString &file, const QString &sql)
{
    const QString connection = QStringLiteral("read-number");
    int number = -1;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                number = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return number;
}

} // namespace TestSupport
