#include "licenses/client/licenses_cache.h"

#include "licenses/client/licenses_record_json.h"
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
    *error =
        QCoreApplication::translate("LicensesCache", "The licenses cache could not be written: %1")
            .arg(StorageProblem::explain(path, q.lastError()));
    return false;
}

} // namespace

QString LicensesCache::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Order:
        return QStringLiteral("orders");
    case Kind::License:
        return QStringLiteral("licenses");
    case Kind::Image:
        return QStringLiteral("images");
    }
    return {};
}

LicensesCache::LicensesCache(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{
}

LicensesCache::~LicensesCache() = default;

std::unique_ptr<LicensesCache> LicensesCache::open(const QString &path, QString *error)
{
    auto db = Database::open(path, Database::Durability::Normal, kMigrations, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<LicensesCache>(new LicensesCache(std::move(db)));
}

QString LicensesCache::path() const
{
    return m_db->path();
}

int LicensesCache::schemaVersion() const
{
    return m_db->schemaVersion();
}

QString LicensesCache::changeToken(Kind kind) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT change_token FROM sync_state WHERE kind = ?"));
    q.addBindValue(kindName(kind));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool LicensesCache::applyPage(Kind kind, const QList<Row> &rows, const QStringList &deleted,
                              const QString &finalToken, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    for (const Row &r : rows)
        if (!upsert(kind, r, error))
            return false;
    for (const QString &id : deleted) {
        QSqlQuery q = m_db->query();
        q.prepare(QStringLiteral("DELETE FROM records WHERE kind = ? AND id = ?"));
        q.addBindValue(kindName(kind));
        q.addBindValue(id);
        if (!q.exec())
            return failed(q, m_db->path(), error);
    }
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

bool LicensesCache::reset(Kind kind, QString *error)
{
    Transaction tx(*m_db, Transaction::Lock::Immediate);
    for (const QString &sql : {QStringLiteral("DELETE FROM records WHERE kind = ?"),
                               QStringLiteral("DELETE FROM sync_state WHERE kind = ?")}) {
        QSqlQuery q = m_db->query();
        q.prepare(sql);
        q.addBindValue(kindName(kind));
        if (!q.exec())
            return failed(q, m_db->path(), error);
    }
    return tx.commit(error);
}

bool LicensesCache::upsert(Kind kind, const Row &row, QString *error)
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

bool LicensesCache::markSynced(QString *error)
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('synced_at', ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return q.exec() || failed(q, m_db->path(), error);
}

std::optional<QJsonObject> LicensesCache::record(Kind kind, const QString &id) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT json FROM records WHERE kind = ? AND id = ?"));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return parse(q.value(0));
}

std::optional<qint64> LicensesCache::version(Kind kind, const QString &id) const
{
    QSqlQuery q = m_db->query();
    q.prepare(QStringLiteral("SELECT version FROM records WHERE kind = ? AND id = ?"));
    q.addBindValue(kindName(kind));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<IssuedLicense> LicensesCache::license(const QString &licenseId) const
{
    QString error;
    const auto json = record(Kind::License, licenseId);
    return json ? LicensesRecordJson::licenseFromJson(*json, licenseId, &error) : std::nullopt;
}

std::optional<ImageSubscriptionRecord> LicensesCache::image(const QString &subscriptionId) const
{
    QString error;
    const auto json = record(Kind::Image, subscriptionId);
    return json ? LicensesRecordJson::imageFromJson(*json, subscriptionId, &error) : std::nullopt;
}

LicensesSnapshotPtr LicensesCache::snapshot(QString *error) const
{
    auto s = std::make_shared<LicensesSnapshot>();
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
        if (kind == kindName(Kind::Order)) {
            if (auto o = LicensesRecordJson::orderFromJson(json, where, error); (ok = bool(o)))
                s->orders.append(*o);
        } else if (kind == kindName(Kind::License)) {
            if (auto l = LicensesRecordJson::licenseFromJson(json, where, error); (ok = bool(l)))
                s->licenses.append(*l);
        } else if (auto i = LicensesRecordJson::imageFromJson(json, where, error); (ok = bool(i))) {
            s->images.append(*i);
        }
        if (!ok)
            return nullptr;
    }
    QSqlQuery m = m_db->query();
    if (m.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'synced_at'")) && m.next())
        s->syncedAt = QDateTime::fromString(m.value(0).toString(), Qt::ISODateWithMs);
    return s;
}
