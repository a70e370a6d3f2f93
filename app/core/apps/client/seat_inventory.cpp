#include "apps/client/seat_inventory.h"

QList<SeatHolder> SeatInventory::holders(const QList<AppSeat> &seats)
{
    QList<SeatHolder> out;
    out.reserve(seats.size());
    for (const AppSeat &s : seats) {
        SeatHolder h;
        h.userName = s.userName;
        h.state = s.memberState == AppSeat::State::Deleted    ? SeatHolder::State::Deleted
                  : s.memberState == AppSeat::State::Disabled ? SeatHolder::State::Disabled
                                                              : SeatHolder::State::Enabled;
        h.seated = s.seated;
        h.grantedAt = s.grantedAt;
        h.lastUsedAt = s.lastUsedAt;
        out.append(h);
    }
    return out;
}

QList<ReclaimCandidate> SeatInventory::reclaimList(const QList<AppSeat> &seats,
                                                   const QDateTime &now)
{
    return ReclaimList::compute(holders(seats), now, kGraceDays);
}

InventoryRow SeatInventory::row(const PurchasedApp &app, int heldByDeleted, int heldByDisabled,
                                int neverUsed, const QDateTime &now)
{
    InventoryRow r;
    r.appId = app.appId;
    r.name = app.name;
    r.enabled = app.enabled;
    r.bought = app.seatsBought;
    r.assigned = app.seatsAssigned;
    r.free = app.seatsFree;
    r.waiting = app.seatsWaiting;
    r.heldByDeleted = heldByDeleted;
    r.heldByDisabled = heldByDisabled;
    r.neverUsed = neverUsed;
    r.reclaimable = heldByDeleted + heldByDisabled + neverUsed;
    r.periodEnd = app.periodEnd;
    if (app.periodEnd.isValid()) {
        r.daysLeft = int(now.date().daysTo(app.periodEnd.toUTC().date()));
        r.expiringSoon = r.daysLeft <= kSoonDays;
    }
    return r;
}

QStringList SeatInventory::header()
{
    return {QStringLiteral("appId"),         QStringLiteral("name"),
            QStringLiteral("enabled"),       QStringLiteral("seatsBought"),
            QStringLiteral("seatsAssigned"), QStringLiteral("seatsFree"),
            QStringLiteral("seatsWaiting"),  QStringLiteral("heldByDisabled"),
            QStringLiteral("heldByDeleted"), QStringLiteral("neverUsed"),
            QStringLiteral("reclaimable"),   QStringLiteral("periodEnd"),
            QStringLiteral("daysLeft")};
}

QStringList SeatInventory::fields(const InventoryRow &r)
{
    return {r.appId,
            r.name,
            r.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
            QString::number(r.bought),
            QString::number(r.assigned),
            QString::number(r.free),
            QString::number(r.waiting),
            QString::number(r.heldByDisabled),
            QString::number(r.heldByDeleted),
            QString::number(r.neverUsed),
            QString::number(r.reclaimable),
            r.periodEnd.isValid() ? r.periodEnd.toUTC().toString(Qt::ISODate) : QString(),
            QString::number(r.daysLeft)};
}

QStringList SeatInventory::reclaimHeader()
{
    return {QStringLiteral("appId"), QStringLiteral("userName"), QStringLiteral("reason"),
            QStringLiteral("grantedAt")};
}

QStringList SeatInventory::reclaimFields(const QString &appId, const ReclaimCandidate &c)
{
    return {appId, c.userName, ReclaimList::reasonText(c.reason),
            c.grantedAt.isValid() ? c.grantedAt.toUTC().toString(Qt::ISODate) : QString()};
}
