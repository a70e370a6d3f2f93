#include "sandbox/pipeline/idempotency_store.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

IdempotencyStore::IdempotencyStore(Database &db, SandboxStats &stats)
    : m_db(db)
    , m_stats(stats)
{
}

std::optional<SandboxReply> IdempotencyStore::replay(const QByteArray &key,
                                                     const QByteArray &fingerprint)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT fingerprint, status, body FROM idempotency WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (q.value(0).toString().toLatin1() != fingerprint)
        return JsonReply::error(
            422, ResultCode::IdempotencyMismatch,
            QStringLiteral("Idempotency-Key was already used with a different request"));
    ++m_stats.replays;
    return SandboxReply{q.value(1).toInt(),
                        QJsonDocument::fromJson(q.value(2).toByteArray()).object()};
}

void IdempotencyStore::remember(const QByteArray &key, const QByteArray &fingerprint,
                                const SandboxReply &r)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO idempotency(key, fingerprint, status, body) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(QString::fromLatin1(fingerprint));
    q.addBindValue(r.status);
    q.addBindValue(QJsonDocument(r.body).toJson(QJsonDocument::Compact));
    q.exec();
}
