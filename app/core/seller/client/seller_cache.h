#pragma once
// The account's local copy of its Seller Center (seller.sqlite beside the account's other
// files, 0600): keys, production addresses, credentials and debugging runs, so that the pages
// and `seller … list` work offline. Rebuildable from the server. Records are kept as the JSON
// the client writes from its own record types (seller/client/seller_record_json.h), so nothing
// a server adds — a secret sent by mistake — is ever kept. The schema is versioned and
// migrated in order like the other files (storage/database.h).
#include "seller/client/seller_records.h"

#include <QJsonObject>

#include <memory>
#include <optional>

class Database;

class SellerCache
{
public:
    enum class Kind
    {
        Key,
        Address,
        Credential
    };
    static QString kindName(Kind kind);

    static std::unique_ptr<SellerCache> open(const QString &path, QString *error);
    ~SellerCache();
    SellerCache(const SellerCache &) = delete;
    SellerCache &operator=(const SellerCache &) = delete;

    // Where the next listing of `kind` starts (empty: a full listing).
    QString changeToken(Kind kind) const;
    // One page of a listing, in one transaction: the records (as the client's JSON, each with
    // its id and version) and the deletions; `finalToken` non-empty on the last page, which
    // also stores it as the next listing's start.
    struct Row
    {
        QString id;
        qint64 version = 0;
        QJsonObject json;
    };
    bool applyPage(Kind kind, const QList<Row> &rows, const QStringList &deleted,
                   const QString &finalToken, QString *error);
    // The server no longer knows our token: forget this kind and list it whole.
    bool reset(Kind kind, QString *error);
    bool upsert(Kind kind, const Row &row, QString *error);
    bool remove(Kind kind, const QString &id, QString *error);
    // The address's runs as the server listed them, replacing what was kept.
    bool replaceRuns(const QString &addressId, const QList<SellerDebugRun> &runs, QString *error);
    bool addRun(const SellerDebugRun &run, QString *error);
    bool markSynced(QString *error);

    // The version kept for a record; nullopt when it is not in the cache.
    std::optional<qint64> version(Kind kind, const QString &id) const;
    std::optional<Credential> credential(const QString &appId) const;
    std::optional<ProductionAddress> address(const QString &addressId) const;
    // Everything kept, with each address's newest kRunsKept debugging runs (oldest first);
    // older runs stay in the file until the next sync replaces them.
    SellerSnapshotPtr snapshot(QString *error) const;
    static constexpr int kRunsKept = 100;
    QString path() const;
    int schemaVersion() const;

private:
    explicit SellerCache(std::unique_ptr<Database> db);
    std::optional<QJsonObject> record(Kind kind, const QString &id) const;
    std::unique_ptr<Database> m_db;
};
