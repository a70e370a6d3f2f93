#pragma once
// The Seller Center's rows in a seller tenant's database: keys (their secrets too, since the
// marketplace signs with them), production addresses, debugging runs, credentials and test
// accounts, under one change sequence with tombstones for what was deleted, and the epoch
// that tells this data set's change tokens from another's. Rows only: the rules are in
// *_changes.h, the listings in seller_reader.h.
#include "sandbox/seller/seller_records.h"

#include <QList>
#include <QPair>

#include <optional>

class Database;
class QSqlQuery;

class SellerStore
{
public:
    // Reads the epoch and the change sequence, or starts a new epoch for a new data set.
    explicit SellerStore(Database &db);

    std::optional<SellerKey> findKey(const QString &keyId) const;
    // The addresses that bind `keyId`, each with the interface type ("basic" or "kit").
    QList<QPair<SellerAddress, QString>> bindingsOf(const QString &keyId) const;
    std::optional<SellerAddress> findAddress(const QString &addressId) const;
    std::optional<SellerAddress> findAddressByUrl(const QString &url) const;
    // The latest run against the address with that key for that suite.
    std::optional<DebugRunRecord> latestRun(const QString &addressId, const QString &suite,
                                            const QString &keyId) const;
    std::optional<SellerCredential> findCredential(const QString &appId) const;
    // The appIds of the credentials that use the address.
    QStringList credentialsUsing(const QString &addressId) const;
    // The credential other than `exceptAppId` whose login URL normalises to `loginKey`
    // (SellerUrls::normalised), or "".
    QString credentialWithLogin(const QString &loginKey, const QString &exceptAppId) const;
    std::optional<SellerTestAccount> findTestAccount(const QString &appId) const;
    qint64 count(const QString &table) const;

    // Each write of a listed record takes the next change sequence number and lifts its
    // tombstone; a removal leaves one, for incremental listings.
    bool writeKey(const SellerKey &key);
    bool removeKey(const QString &keyId);
    bool writeAddress(const SellerAddress &address);
    bool removeAddress(const QString &addressId); // and its runs
    bool writeRun(const DebugRunRecord &run);
    bool writeCredential(const SellerCredential &credential);
    bool writeTestAccount(const SellerTestAccount &account);

    // A new record id: `prefix` and 12 random hex digits, e.g. "key-3f9a0c…".
    static QString newId(const char *prefix);
    // Hex SHA-256, for the secrets the sandbox shows once and never needs again.
    static QString hashOf(const QByteArray &secret);

    QString epoch() const { return m_epoch; }
    qint64 lastSeq() const { return m_seq; }
    Database &database() const { return m_db; }

private:
    bool remove(const QString &table, const QString &idColumn, const QString &kind,
                const QString &id);
    bool liftTombstone(const QString &kind, const QString &id);

    Database &m_db;
    QString m_epoch;
    qint64 m_seq = 0;
};
