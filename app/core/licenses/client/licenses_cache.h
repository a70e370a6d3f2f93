#pragma once
// The account's local copy of what the enterprise bought (licenses.sqlite beside the account's
// other files, 0600): orders with their instances, issued Licenses and image subscriptions, so
// that the CLI and a view work offline. Rebuildable from the server. Records are kept as the
// JSON the client writes from its own record types (licenses/client/licenses_record_json.h):
// appInfo's user name as the server masked it, and only whether a password was given, never
// one. The schema is versioned and migrated in order like the other files (storage/database.h).
#include "licenses/client/licenses_records.h"

#include <QJsonObject>

#include <memory>
#include <optional>

class Database;

class LicensesCache
{
public:
    enum class Kind
    {
        Order,
        License,
        Image
    };
    static QString kindName(Kind kind);

    static std::unique_ptr<LicensesCache> open(const QString &path, QString *error);
    ~LicensesCache();
    LicensesCache(const LicensesCache &) = delete;
    LicensesCache &operator=(const LicensesCache &) = delete;

    // Where the next listing of `kind` starts (empty: a full listing).
    QString changeToken(Kind kind) const;
    // A record as the cache keeps it: its id, version and the client's JSON of it.
    struct Row
    {
        QString id;
        qint64 version = 0;
        QJsonObject json;
    };
    // One page of a listing, in one transaction; `finalToken` non-empty on the last page, which
    // also stores it as the next listing's start.
    bool applyPage(Kind kind, const QList<Row> &rows, const QStringList &deleted,
                   const QString &finalToken, QString *error);
    // The server no longer knows our token: forget this kind and list it whole.
    bool reset(Kind kind, QString *error);
    bool upsert(Kind kind, const Row &row, QString *error);
    bool markSynced(QString *error);

    // The version kept for a record; nullopt when it is not in the cache.
    std::optional<qint64> version(Kind kind, const QString &id) const;
    std::optional<IssuedLicense> license(const QString &licenseId) const;
    std::optional<ImageSubscriptionRecord> image(const QString &subscriptionId) const;
    LicensesSnapshotPtr snapshot(QString *error) const;
    QString path() const;
    int schemaVersion() const;

private:
    explicit LicensesCache(std::unique_ptr<Database> db);
    std::optional<QJsonObject> record(Kind kind, const QString &id) const;
    std::unique_ptr<Database> m_db;
};
