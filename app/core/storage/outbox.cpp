#include "storage/outbox.h"

#include "common/crash_point.h"
#include "common/logging.h"
#include "net/result_code.h"
#include "storage/storage_problem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const Database::Migrations kMigrations = {
    {
        QStringLiteral("CREATE TABLE operations(id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, "
                       "actor TEXT NOT NULL, action TEXT NOT NULL, total INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE chunks(id INTEGER PRIMARY KEY, op_id INTEGER NOT NULL "
                       "REFERENCES operations(id), idem_key TEXT NOT NULL UNIQUE, targets TEXT NOT "
                       "NULL, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL "
                       "DEFAULT 0)"),
        QStringLiteral("CREATE INDEX chunks_pending ON chunks(state, id)"),
        QStringLiteral("CREATE TABLE targets(op_id INTEGER NOT NULL REFERENCES operations(id), "
                       "user_name TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending', "
                       "result_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', "
                       "PRIMARY KEY(op_id, user_name)) WITHOUT ROWID"),
    },
    // Payloads of a chunk's targets, as a JSON object by target key ('' when none).
    {QStringLiteral("ALTER TABLE chunks ADD COLUMN payloads TEXT NOT NULL DEFAULT ''")},
};

QString dbError(const QSqlQuery &q, const QString &path)
{
    return QCoreApplication::translate("Outbox", "outbox write failed: %1")
        .arg(StorageProblem::explain(path, q.lastError()));
}

Outbox::TargetState stateFromText(const QString &s)
{
    if (s == u"done")
        return Outbox::TargetState::Done;
    if (s == u"failed")
        return Outbox::TargetState::Failed;
    return Outbox::TargetState::Pending;
}

} // namespace

Outbox::Outbox(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

std::unique_ptr<Outbox> Outbox::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Full, kMigrations, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<Outbox>(new Outbox(std::move(db)));
}

qint64 Outbox::enqueue(const QString &action, const QStringList &targets, const QString &actor,
                       QString *error)
{
    QList<Item> items;
    items.reserve(targets.size());
    for (const QString &t : targets)
        items.append({t, {}});
    return enqueue(action, items, actor, error);
}

qint64 Outbox::enqueue(const QString &action, const QList<Item> &items, const QString &actor,
                       QString *error, int chunkSize)
{
    chunkSize = std::clamp(chunkSize, 1, kChunkSize);
    QStringList unique;
    unique.reserve(items.size());
    QList<int> groups; // unique's groups
    QHash<QString, QJsonObject> payloads;
    QSet<QString> seen;
    for (const Item &item : items) {
        if (!item.key.isEmpty() && !seen.contains(item.key)) {
            seen.insert(item.key);
            unique.append(item.key);
            groups.append(item.group);
            if (!item.payload.isEmpty())
                payloads.insert(item.key, item.payload);
        }
    }
    if (unique.isEmpty()) {
        *error = QCoreApplication::translate("Outbox", "Nothing was chosen.");
        return 0;
    }
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        *error =
            QCoreApplication::translate("Outbox", "outbox write failed: %1").arg(tx.beginError());
        return {};
    }
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT INTO operations(created_at, actor, action, total) VALUES (?, "
                             "?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(notNull(actor));
    q.addBindValue(action);
    q.addBindValue(int(unique.size()));
    if (!q.exec()) {
        *error = dbError(q, m_db->path());
        return 0;
    }
    const qint64 opId = q.lastInsertId().toLongLong();
    QSqlQuery chunk = m_db->query();
    chunk.prepare(QStringLiteral(
        "INSERT INTO chunks(op_id, idem_key, targets, payloads) VALUES (?, ?, ?, ?)"));
    QSqlQuery target = m_db->query();
    target.prepare(QStringLiteral("INSERT INTO targets(op_id, user_name) VALUES (?, ?)"));
    for (qsizetype start = 0, end = 0; start < unique.size(); start = end) {
        end = start + 1;
        while (end < unique.size() && end - start < chunkSize && groups[end] == groups[start])
            ++end;
        const QStringList part = unique.mid(start, end - start);
        QJsonObject partPayloads;
        for (const QString &key : part)
            if (payloads.contains(key))
                partPayloads.insert(key, payloads.value(key));
        chunk.bindValue(0, opId);
        chunk.bindValue(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        chunk.bindValue(
            2, QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(part)).toJson(QJsonDocument::Compact)));
        chunk.bindValue(
            3, partPayloads.isEmpty()
                   ? QStringLiteral("") // not NULL: the column is NOT NULL
                   : QString::fromUtf8(QJsonDocument(partPayloads).toJson(QJsonDocument::Compact)));
        if (!chunk.exec()) {
            *error = dbError(chunk, m_db->path());
            return 0;
        }
        for (const QString &u : part) {
            target.bindValue(0, opId);
            target.bindValue(1, u);
            if (!target.exec()) {
                *error = dbError(target, m_db->path());
                return 0;
            }
        }
    }
    if (!tx.commit(error))
        return 0;
    CrashPoint::reach("outbox.enqueued");
    qCInfo(lcOutbox) << "recorded operation" << opId << action << unique.size() << "target(s)";
    return opId;
}

QList<Outbox::Chunk> Outbox::pendingChunks() const
{
    QList<Chunk> out;
    QSqlQuery q = m_db->query();
    q.exec(QStringLiteral("SELECT c.id, c.op_id, o.action, c.idem_key, c.targets, c.attempts, "
                          "c.payloads, o.total FROM chunks c JOIN operations o ON o.id = "
                          "c.op_id WHERE c.state = 'pending' ORDER BY c.id"));
    while (q.next()) {
        Chunk c;
        c.id = q.value(0).toLongLong();
        c.operationId = q.value(1).toLongLong();
        c.action = q.value(2).toString();
        c.idempotencyKey = q.value(3).toString().toLatin1();
        const QJsonArray targets = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
        for (const QJsonValue &v : targets)
            c.targets.append(v.toString());
        c.attempts = q.value(5).toInt();
        const QJsonObject payloads =
            QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        for (auto it = payloads.begin(); it != payloads.end(); ++it)
            c.payloads.insert(it.key(), it.value().toObject());
        c.operationTotal = q.value(7).toInt();
        out.append(c);
    }
    return out;
}

bool Outbox::markAttempt(qint64 chunkId, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("UPDATE chunks SET attempts = attempts + 1 WHERE id = ?"));
    q.addBindValue(chunkId);
    if (!q.exec()) {
        *error = dbError(q, m_db->path());
        return false;
    }
    CrashPoint::reach("outbox.attempted");
    return true;
}

bool Outbox::completeChunk(const Chunk &chunk, const QList<Result> &results, QString *error)
{
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        *error =
            QCoreApplication::translate("Outbox", "outbox write failed: %1").arg(tx.beginError());
        return {};
    }
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("UPDATE targets SET state = ?, result_code = ?, message = ? WHERE "
                             "op_id = ? AND user_name = ? AND state = 'pending'"));
    const QSet<QString> asked(chunk.targets.cbegin(), chunk.targets.cend());
    QSet<QString> answered;
    for (const Result &r : results) {
        if (!asked.contains(r.key) || answered.contains(r.key))
            continue; // the server answered for something we did not ask about: ignore it
        answered.insert(r.key);
        q.bindValue(0, r.ok ? QStringLiteral("done") : QStringLiteral("failed"));
        q.bindValue(1, notNull(r.resultCode));
        q.bindValue(2, notNull(r.message));
        q.bindValue(3, chunk.operationId);
        q.bindValue(4, r.key);
        if (!q.exec()) {
            *error = dbError(q, m_db->path());
            return false;
        }
    }
    const QString missing =
        QCoreApplication::translate("Outbox", "The server's answer did not mention this target.");
    for (const QString &u : chunk.targets) {
        if (answered.contains(u))
            continue;
        q.bindValue(0, QStringLiteral("failed"));
        q.bindValue(1, QString::fromLatin1(ResultCode::InternalError));
        q.bindValue(2, missing);
        q.bindValue(3, chunk.operationId);
        q.bindValue(4, u);
        if (!q.exec()) {
            *error = dbError(q, m_db->path());
            return false;
        }
    }
    QSqlQuery c = m_db->query();
    c.prepare(QStringLiteral("UPDATE chunks SET state = 'done' WHERE id = ?"));
    c.addBindValue(chunk.id);
    if (!c.exec()) {
        *error = dbError(c, m_db->path());
        return false;
    }
    CrashPoint::reach("outbox.completing"); // inside the transaction: it rolls back
    if (!tx.commit(error))
        return false;
    CrashPoint::reach("outbox.completed");
    return true;
}

std::optional<Outbox::Operation> Outbox::operation(qint64 id) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral(
        "SELECT o.id, o.action, o.actor, o.created_at, o.total, "
        "(SELECT COUNT(*) FROM targets t WHERE t.op_id = o.id AND t.state = 'done'), "
        "(SELECT COUNT(*) FROM targets t WHERE t.op_id = o.id AND t.state = 'failed') "
        "FROM operations o WHERE o.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Operation op;
    op.id = q.value(0).toLongLong();
    op.action = q.value(1).toString();
    op.actor = q.value(2).toString();
    op.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    op.total = q.value(4).toInt();
    op.done = q.value(5).toInt();
    op.failed = q.value(6).toInt();
    return op;
}

QList<Outbox::Operation> Outbox::operations(int limit) const
{
    QList<qint64> ids;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT id FROM operations ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<Operation> out;
    for (qint64 id : ids)
        if (auto op = operation(id))
            out.append(*op);
    return out;
}

QList<Outbox::Target> Outbox::targets(qint64 operationId) const
{
    QList<Target> out;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT user_name, state, result_code, message FROM targets WHERE "
                             "op_id = ? ORDER BY user_name"));
    q.addBindValue(operationId);
    q.exec();
    while (q.next())
        out.append({q.value(0).toString(), stateFromText(q.value(1).toString()),
                    q.value(2).toString(), q.value(3).toString()});
    return out;
}

QStringList Outbox::failedTargets(qint64 operationId) const
{
    QStringList out;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT user_name FROM targets WHERE op_id = ? AND state = 'failed' "
                             "ORDER BY user_name"));
    q.addBindValue(operationId);
    q.exec();
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<QHash<QString, QJsonObject>> Outbox::payloads(qint64 operationId,
                                                            QString *error) const
{
    QHash<QString, QJsonObject> out;
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT payloads FROM chunks WHERE op_id = ? ORDER BY id"));
    q.addBindValue(operationId);
    if (!q.exec()) {
        *error = dbError(q, m_db->path());
        return std::nullopt;
    }
    while (q.next()) {
        const QJsonObject part = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        for (auto it = part.begin(); it != part.end(); ++it)
            out.insert(it.key(), it.value().toObject());
    }
    return out;
}

int Outbox::pendingCount() const
{
    QSqlQuery q = m_db->query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM targets WHERE state = 'pending'")) && q.next())
        return q.value(0).toInt();
    return 0;
}
