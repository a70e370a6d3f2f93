#include "storage/audit_journal.h"

#include "common/crash_point.h"
#include "common/logging.h"
#include "storage/storage_problem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const Database::Migrations kMigrations = {
    {
        QStringLiteral("CREATE TABLE entries(seq INTEGER PRIMARY KEY, time TEXT NOT NULL, actor "
                       "TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, result TEXT NOT "
                       "NULL, detail TEXT NOT NULL, request_id TEXT NOT NULL, op_id INTEGER NOT "
                       "NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX entries_time ON entries(time)"),
    },
    // Rows written before this migration keep format 1 and their hashes.
    {QStringLiteral("ALTER TABLE entries ADD COLUMN format INTEGER NOT NULL DEFAULT 1")},
};

const QByteArray kGenesis(64, '0');

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

AuditJournal::AuditJournal(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

std::unique_ptr<AuditJournal> AuditJournal::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Full, kMigrations, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<AuditJournal>(new AuditJournal(std::move(db)));
}

QByteArray AuditJournal::hashOf(const AuditEntry &e, const QByteArray &previousHash, int format)
{
    // The sequence number is deliberately outside the hash: a moved row then still matches
    // its own hash but breaks its link, which tells "reordered" apart from "edited".
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char sep = '\x1f';
    h.addData(previousHash);
    if (format >= 2)
        h.addData("|v2");
    for (const QString &field : {timeText(e.time), e.actor, e.action, e.target, e.result, e.detail,
                                 e.requestId, QString::number(e.operationId)}) {
        const QByteArray utf8 = field.toUtf8();
        if (format >= 2) {
            h.addData(QByteArray::number(utf8.size()));
            h.addData(":");
        } else {
            h.addData(QByteArrayView(&sep, 1));
        }
        h.addData(utf8);
    }
    return h.result().toHex();
}

bool AuditJournal::append(QList<AuditEntry> entries, QString *error)
{
    if (entries.isEmpty())
        return true;
    // The head is read under the write lock: another program may have appended since.
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    if (!tx.isActive()) {
        *error = QCoreApplication::translate("AuditJournal", "Writing the audit journal failed: %1")
                     .arg(tx.beginError());
        return false;
    }
    QSqlQuery head = m_db->query();
    qint64 seq = 0;
    QByteArray prev = kGenesis;
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1"))) {
        *error = QCoreApplication::translate("AuditJournal", "Cannot read the audit journal: %1")
                     .arg(StorageProblem::explain(m_db->path(), head.lastError()));
        return false;
    }
    if (head.next()) {
        seq = head.value(0).toLongLong();
        prev = head.value(1).toString().toLatin1();
    }
    head.finish();
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT INTO entries(seq, time, actor, action, target, result, "
                             "detail, request_id, op_id, prev_hash, hash, format) VALUES (?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (AuditEntry &e : entries) {
        if (!e.time.isValid())
            e.time = now;
        e.seq = ++seq;
        const QByteArray hash = hashOf(e, prev);
        q.bindValue(0, e.seq);
        q.bindValue(1, timeText(e.time));
        q.bindValue(2, notNull(e.actor));
        q.bindValue(3, notNull(e.action));
        q.bindValue(4, notNull(e.target));
        q.bindValue(5, notNull(e.result));
        q.bindValue(6, notNull(e.detail));
        q.bindValue(7, notNull(e.requestId));
        q.bindValue(8, e.operationId);
        q.bindValue(9, QString::fromLatin1(prev));
        q.bindValue(10, QString::fromLatin1(hash));
        q.bindValue(11, kFormat);
        if (!q.exec()) {
            *error =
                QCoreApplication::translate("AuditJournal", "Writing the audit journal failed: %1")
                    .arg(StorageProblem::explain(m_db->path(), q.lastError()));
            return false;
        }
        prev = hash;
    }
    if (!tx.commit(error))
        return false;
    CrashPoint::reach("journal.appended");
    if (m_onAppended)
        m_onAppended({seq, prev, QDateTime::currentDateTimeUtc()});
    return true;
}

qint64 AuditJournal::count() const
{
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<AuditJournal::Problem> AuditJournal::verify(QString *error) const
{
    QList<Problem> problems;
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("SELECT seq, time, actor, action, target, result, detail, "
                               "request_id, op_id, prev_hash, hash, format FROM entries ORDER BY "
                               "seq"))) {
        *error = QCoreApplication::translate("AuditJournal", "Cannot read the audit journal: %1")
                     .arg(StorageProblem::explain(m_db->path(), q.lastError()));
        return problems;
    }
    qint64 expectedSeq = 1;
    QByteArray prev = kGenesis;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.target = q.value(4).toString();
        e.result = q.value(5).toString();
        e.detail = q.value(6).toString();
        e.requestId = q.value(7).toString();
        e.operationId = q.value(8).toLongLong();
        const QByteArray storedPrev = q.value(9).toString().toLatin1();
        const QByteArray storedHash = q.value(10).toString().toLatin1();
        const bool selfOk = hashOf(e, storedPrev, q.value(11).toInt()) == storedHash;
        if (e.seq != expectedSeq) {
            problems.append({e.seq, QCoreApplication::translate(
                                        "AuditJournal",
                                        "entry %1 is missing: the journal jumps from entry %2 to "
                                        "entry %3 (deleted)")
                                        .arg(expectedSeq)
                                        .arg(expectedSeq - 1)
                                        .arg(e.seq)});
        } else if (!selfOk) {
            problems.append(
                {e.seq, QCoreApplication::translate(
                            "AuditJournal", "entry %1 was changed after it was written (edited)")
                            .arg(e.seq)});
        } else if (storedPrev != prev) {
            problems.append({e.seq, QCoreApplication::translate(
                                        "AuditJournal",
                                        "entry %1 does not follow entry %2 (deleted, inserted or "
                                        "reordered)")
                                        .arg(e.seq)
                                        .arg(e.seq - 1)});
        }
        // Continue the walk from what is stored so that one bad row is reported once.
        prev = storedHash;
        expectedSeq = e.seq + 1;
    }
    return problems;
}

JournalAnchor AuditJournal::anchor(QString *error) const
{
    JournalAnchor a;
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1"))) {
        *error = QCoreApplication::translate("AuditJournal", "Cannot read the audit journal: %1")
                     .arg(StorageProblem::explain(m_db->path(), q.lastError()));
        return a;
    }
    if (q.next()) {
        a.count = q.value(0).toLongLong();
        a.head = q.value(1).toString().toLatin1();
        a.at = QDateTime::currentDateTimeUtc();
    }
    return a;
}

QList<AuditJournal::Problem> AuditJournal::checkAnchor(const JournalAnchor &anchor,
                                                       QString *error) const
{
    QList<Problem> problems;
    if (anchor.isNull())
        return problems;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT hash, (SELECT MAX(seq) FROM entries) FROM entries "
                             "WHERE seq = ?"));
    q.bindValue(0, anchor.count);
    if (!q.exec()) {
        *error = QCoreApplication::translate("AuditJournal", "Cannot read the audit journal: %1")
                     .arg(StorageProblem::explain(m_db->path(), q.lastError()));
        return problems;
    }
    const QString when = anchor.at.toString(Qt::ISODate);
    if (!q.next()) {
        const JournalAnchor now = this->anchor(error);
        problems.append(
            {anchor.count,
             QCoreApplication::translate("AuditJournal",
                                         "the journal was cut short: on %1 it had %2 entries, now "
                                         "it ends at entry %3")
                 .arg(when)
                 .arg(anchor.count)
                 .arg(now.count)});
    } else if (q.value(0).toString().toLatin1() != anchor.head) {
        problems.append({anchor.count, QCoreApplication::translate(
                                           "AuditJournal", "entry %1 is not the one recorded on %2 "
                                                           "(the journal was rewritten from there)")
                                           .arg(anchor.count)
                                           .arg(when)});
    }
    return problems;
}
