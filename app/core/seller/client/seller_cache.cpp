#include "seller/client/seller_cache.h"

#include "seller/client/seller_record_json.h"
#include "storage/database.h"
#include "storage/storage_problem.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const Database::Migrations kMigrations = {
    {
        QStringLiteral("CREATE TABLE records(kind TEXT NOT NULL, id TEXT NOT NULL, version "
                       "INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY(kind, id)) WITHOUT "
                       "ROWID"),
        QStringLiteral("CREATE TABLE runs(run_id TEXT PRIMARY KEY, address_id TEXT NOT NULL, at "
                       "TEXT NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX runs_address ON runs(address_id, at)"),
        QStringLiteral("CREATE TABLE sync_state(kind TEXT PRIMARY KEY, change_token TEXT NOT "
                       "NULL DEFAULT '')"),
    },
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

bool failed(const QSqlQuery &q, const QString &path, QString *error)
{
    *error = QCoreApplication::translate("SellerCache", "The seller cache could not be written: %1")
                 .arg(StorageProblem::explain(path, q.lastError()));
    return false;
}

} // namespace

QString SellerCache::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Key:
        return QStringLiteral("key");
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Credential:
        return QStringLiteral("credential");
    }
    return {};
}

SellerCache::SellerCache(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

SellerCache::~SellerCache() = default;

std::unique_ptr<SellerCache> SellerCache::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Normal, kMigrations, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<SellerCache>(new SellerCache(std::move(db)));
}

QString SellerCache::path() const
{
    return m_db->path();
}

int SellerCache::schemaVersion() const
{
    return m_db->schemaVersion();
}

QString SellerCache::changeToken(Kind kind) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT change_token FROM sync_state WHERE kind = ?"));
    q.addBindValue(kindName(kind));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SellerCache::applyPage(Kind kind, const QList<Row> &rows, const QStringList &deleted,
                            const QString &finalToken, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    for (const Row &r : rows)
        if (!upsert(kind, r, error))
            return false;
    for (const QString &id : deleted)
        if (!remove(kind, id, error))
            return false;
    if (!finalToken.isEmpty()) {
        QSqlQuery q = m_db->query();
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(kind, change_token) VALUES "
                                 "(?, ?)"));
        q.addBindValue(kindName(kind));
        q.addBindValue(finalToken);
        if (!q.exec())
            return failed(q, m_db->path(), error);
    }
    return tx.commit(error);
}

bool SellerCache::reset(Kind kind, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("DELETE FROM records WHERE kind = ?"));
    q.addBindValue(kindName(kind));
    QSqlQuery s = m_db->query();
    s.prepare(QStringLiteral("DELETE FROM sync_state WHERE kind = ?"));
    s.addBindValue(kindName(kind));
    if (!q.exec())
        return failed(q, m_db->path(), error);
    if (!s.exec())
        return failed(s, m_db->path(), error);
    if (kind == Kind::Address && !m_db->exec(QStringLiteral("DELETE FROM runs"), error))
        return false;
    return tx.commit(error);
}

bool SellerCache::upsert(Kind kind, const Row &row, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO records(kind, id, version, json) VALUES (?, "
                             "?, ?, ?)"));
    q.addBindValue(kindName(kind));
    q.addBindValue(row.id);
    q.addBindValue(row.version);
    q.addBindValue(compact(row.json));
    return q.exec() || failed(q, m_db->path(), error);
}

bool SellerCache::remove(Kind kind, const QString &id, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("DELETE FROM records WHERE kind = ? AND id = ?"));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, m_db->path(), error);
    if (kind != Kind::Address)
        return true;
    QSqlQuery r = m_db->query(); // an address's runs go with it, as at the server
    r.prepare(QStringLiteral("DELETE FROM runs WHERE address_id = ?"));
    r.addBindValue(id);
    return r.exec() || failed(r, m_db->path(), error);
}

bool SellerCache::replaceRuns(const QString &addressId, const QList<SellerDebugRun> &runs,
                              QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("DELETE FROM runs WHERE address_id = ?"));
    q.addBindValue(addressId);
    if (!q.exec())
        return failed(q, m_db->path(), error);
    for (const SellerDebugRun &r : runs)
        if (!addRun(r, error))
            return false;
    return tx.commit(error);
}

bool SellerCache::addRun(const SellerDebugRun &run, QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO runs(run_id, address_id, at, json) VALUES "
                             "(?, ?, ?, ?)"));
    q.addBindValue(run.runId);
    q.addBindValue(run.addressId);
    q.addBindValue(run.at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(compact(SellerRecordJson::toJson(run)));
    return q.exec() || failed(q, m_db->path(), error);
}

bool SellerCache::markSynced(QString *error)
{
    return m_db->exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES "
                                     "('synced_at', '%1')")
                          .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
                      error);
}

std::optional<QJsonObject> SellerCache::record(Kind kind, const QString &id) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT json FROM records WHERE kind = ? AND id = ?"));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return parse(q.value(0));
}

std::optional<qint64> SellerCache::version(Kind kind, const QString &id) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT version FROM records WHERE kind = ? AND id = ?"));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<Credential> SellerCache::credential(const QString &appId) const
{
    QString error;
    const auto json = record(Kind::Credential, appId);
    return json ? SellerRecordJson::credentialFromJson(*json, appId, &error) : std::nullopt;
}

std::optional<ProductionAddress> SellerCache::address(const QString &addressId) const
{
    QString error;
    const auto json = record(Kind::Address, addressId);
    return json ? SellerRecordJson::addressFromJson(*json, addressId, &error) : std::nullopt;
}

SellerSnapshotPtr SellerCache::snapshot(QString *error) const
{
    auto s = std::make_shared<SellerSnapshot>();
    QSqlQuery q = m_db->query();
    if (!q.exec(QStringLiteral("SELECT kind, id, json FROM records ORDER BY kind, id"))) {
        *error = q.lastError().text();
        return nullptr;
    }
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString where = kind + u' ' + q.value(1).toString();
        const QJsonObject json = parse(q.value(2));
        bool ok = false;
        if (kind == u"key") {
            if (auto k = SellerRecordJson::keyFromJson(json, where, error); (ok = bool(k)))
                s->keys.append(*k);
        } else if (kind == u"address") {
            if (auto a = SellerRecordJson::addressFromJson(json, where, error); (ok = bool(a)))
                s->addresses.append(*a);
        } else if (auto c = SellerRecordJson::credentialFromJson(json, where, error);
                   (ok = bool(c))) {
            s->credentials.append(*c);
        }
        if (!ok)
            return nullptr;
    }
    // Each address's newest runs only: a seller's server debugged every day would otherwise
    // grow every snapshot (and the memory of whoever holds one) without end; the soak found it.
    QSqlQuery r = m_db->query();
    if (!r.exec(QStringLiteral("SELECT json FROM (SELECT json, address_id, at, run_id, "
                               "ROW_NUMBER() OVER (PARTITION BY address_id ORDER BY at DESC, "
                               "run_id DESC) AS newest FROM runs) WHERE newest <= %1 "
                               "ORDER BY address_id, at, run_id")
                    .arg(kRunsKept))) {
        *error = r.lastError().text();
        return nullptr;
    }
    while (r.next()) {
        const auto run =
            SellerRecordJson::runFromJson(parse(r.value(0)), QStringLiteral("run"), error);
        if (!run)
            return nullptr;
        s->runs[run->addressId].append(*run);
    }
    QSqlQuery m = m_db->query();
    if (m.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'synced_at'")) && m.next())
        s->syncedAt = QDateTime::fromString(m.value(0).toString(), Qt::ISODateWithMs);
    return s;
}
