#pragma once
// The account's local copy of its purchased apps (apps.sqlite beside the account's other
// files, 0600): the apps, each app's authorisation list and seats, the groups with their
// members and each app's daily seat history, so that the Apps and License inventory pages and
// `marketdesk-cli apps|licenses list` work offline. Rebuildable from the server. Listings are
// kept by change token per kind and, for grants and seats, per app.
#include "apps/client/apps_records.h"

#include <memory>
#include <optional>

class Database;

class AppsCache
{
public:
    enum class Kind
    {
        Apps,
        Grants, // per app
        Seats,  // per app
        Groups
    };
    static QString kindName(Kind kind);

    static std::unique_ptr<AppsCache> open(const QString &path, QString *error);
    ~AppsCache();
    AppsCache(const AppsCache &) = delete;
    AppsCache &operator=(const AppsCache &) = delete;

    // Where the next listing starts (empty: a full listing); `appId` for grants and seats.
    QString changeToken(Kind kind, const QString &appId = {}) const;
    // One page of a listing in one transaction; `finalToken` non-empty on the last page, which
    // also stores it as the next listing's start. `deleted` as the listing names them (appId,
    // grant key, userName, groupId).
    bool applyApps(const QList<PurchasedApp> &apps, const QStringList &deleted,
                   const QString &finalToken, QString *error);
    bool applyGrants(const QString &appId, const QList<AppGrant> &grants,
                     const QStringList &deleted, const QString &finalToken, QString *error);
    bool applySeats(const QString &appId, const QList<AppSeat> &seats, const QStringList &deleted,
                    const QString &finalToken, QString *error);
    bool applyGroups(const QList<AppGroup> &groups, const QStringList &deleted,
                     const QString &finalToken, QString *error);
    // The server no longer knows our token: forget this listing and read it whole.
    bool reset(Kind kind, const QString &appId, QString *error);
    // An app as a change answered it (counters and version move with every grant).
    bool upsertApp(const PurchasedApp &app, QString *error);
    // The same, unless the cache holds a newer version (a replayed answer carries the app as
    // it was when the change was first made).
    bool keepAnsweredApp(const PurchasedApp &app, QString *error);
    // Per app, the seats the reclaim list would take (SeatInventory's rules), counted in SQL:
    // the inventory at 100,000 members reads no seat into memory.
    struct ReclaimCounts
    {
        int deleted = 0;
        int disabled = 0;
        int neverUsed = 0;
    };
    QHash<QString, ReclaimCounts> reclaimCounts(const QDateTime &notUsedSince,
                                                QString *error) const;
    bool setGroupMembers(const QString &groupId, const QStringList &userNames, QString *error);
    bool replaceHistory(const QString &appId, const QList<SeatDay> &days, QString *error);
    bool markSynced(QString *error);

    std::optional<PurchasedApp> app(const QString &appId) const;
    QStringList appIds() const;
    QList<AppSeat> seats(const QString &appId, QString *error) const;
    QList<SeatHolding> holdings(const QString &appId, QString *error) const;
    // Only the seats that could be on the app's reclaim list (held by deleted or disabled
    // members, or never used by one given it by `notUsedSince`): the largest app holds tens of
    // thousands, and the list is read whenever the inventory page shows it.
    QList<AppSeat> reclaimableSeats(const QString &appId, const QDateTime &notUsedSince,
                                    QString *error) const;
    QList<SeatDay> history(const QString &appId, QString *error) const;
    AppsSnapshotPtr snapshot(QString *error) const;
    QString path() const;

private:
    explicit AppsCache(std::unique_ptr<Database> db);
    bool setToken(Kind kind, const QString &appId, const QString &token, QString *error);
    std::unique_ptr<Database> m_db;
};
