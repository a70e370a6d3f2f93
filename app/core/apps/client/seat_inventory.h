#pragma once
// The License inventory of the purchased apps: per app the seats bought, assigned, free and
// waiting, those held by disabled and deleted members and by members who never used the app
// (the reclaim list, apps/reclaim_list.h), and how soon the period ends. Pure, so that the
// inventory page, `marketdesk-cli licenses list|reclaim` and the tests count the same.
#include "apps/client/apps_records.h"
#include "apps/reclaim_list.h"

#include <QCoreApplication>
#include <QMetaType>

struct InventoryRow
{
    QString appId;
    QString name;
    bool enabled = true;
    int bought = 0;
    int assigned = 0;
    int free = 0;
    int waiting = 0;
    int heldByDisabled = 0;
    int heldByDeleted = 0;
    int neverUsed = 0;   // seated, enabled, never used (past the grace days)
    int reclaimable = 0; // the reclaim list's length
    QDateTime periodEnd;
    int daysLeft = 0;          // until the period ends (negative: ended)
    bool expiringSoon = false; // within the soon window, or ended
};

class SeatInventory
{
    Q_DECLARE_TR_FUNCTIONS(SeatInventory)
public:
    static constexpr int kSoonDays = 30;
    static constexpr int kGraceDays = 14; // a new seat not used yet is not wasted yet

    static QList<SeatHolder> holders(const QList<AppSeat> &seats);
    static QList<ReclaimCandidate> reclaimList(const QList<AppSeat> &seats, const QDateTime &now);
    // An app's row from the reclaim list's counts (AppsCache::reclaimCounts, made in SQL by the
    // same rules as reclaimList()).
    static InventoryRow row(const PurchasedApp &app, int heldByDeleted, int heldByDisabled,
                            int neverUsed, const QDateTime &now);

    // For CSV exports and the CLI.
    static QStringList header();
    static QStringList fields(const InventoryRow &row);
    static QStringList reclaimHeader();
    static QStringList reclaimFields(const QString &appId, const ReclaimCandidate &candidate);
};

Q_DECLARE_METATYPE(InventoryRow)
