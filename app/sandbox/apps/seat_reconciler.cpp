#include "sandbox/apps/seat_reconciler.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace {

const QString kFollowedKey = QStringLiteral("apps_org_seq");

} // namespace

SeatReconciler::SeatReconciler(AppsStore &store, const OrgView &org)
    : m_store(store)
    , m_org(org)
    , m_book(store, org)
{
}

bool SeatReconciler::markFollowed()
{
    return m_store.setMeta(kFollowedKey, QString::number(m_org.memberSeq()));
}

bool SeatReconciler::followOrganisation(qint64 nowMs)
{
    const qint64 followed = m_store.meta(kFollowedKey).toLongLong();
    const qint64 now = m_org.memberSeq();
    if (now == followed)
        return true;
    return reconcile(m_org.changedSince(followed), nowMs) &&
           m_store.setMeta(kFollowedKey, QString::number(now));
}

bool SeatReconciler::reconcile(const QList<MemberState> &members, qint64 nowMs)
{
    QStringList withUnits;
    QSqlQuery q = m_store.database().query();
    if (!q.exec(QStringLiteral("SELECT DISTINCT app_id FROM app_grants WHERE kind IN "
                               "('department', 'group')")))
        return false;
    while (q.next())
        withUnits << q.value(0).toString();
    QSet<QString> touched;
    QHash<QString, int> free; // per app, as seats are given out here
    // Read once, not once a member and app: a batch can change 10,000 members of 50 apps, and
    // seats are all this writes, so the grants stay as they are until it returns.
    QHash<QString, QList<GrantRecord>> units;
    QSqlQuery s = m_store.database().query();
    s.prepare(QStringLiteral("SELECT %1 FROM app_seats WHERE user_name = ?")
                  .arg(AppsStore::seatColumns()));
    for (const MemberState &m : members) {
        std::optional<SeatBook::Place> place;
        auto coveringUnit = [&](const QString &appId) -> std::optional<GrantRecord> {
            if (!m.exists)
                return std::nullopt;
            auto it = units.find(appId);
            if (it == units.end())
                it = units.insert(appId, m_book.unitsOf(appId));
            if (it->isEmpty())
                return std::nullopt;
            if (!place)
                place = m_book.placeOf(m);
            return SeatBook::firstCovering(*it, *place);
        };
        QSet<QString> holding;
        QList<SeatRecord> seats;
        s.bindValue(0, m.userName);
        if (!s.exec())
            return false;
        while (s.next())
            seats.append(AppsStore::seatFromRow(s, 0));
        s.finish(); // the seats are written below, on the same connection
        for (SeatRecord seat : seats) {
            holding.insert(seat.appId);
            bool changed = seat.memberState != m.state();
            seat.memberState = m.state();
            if (seat.source != u"manual" && m.exists) {
                const auto unit = coveringUnit(seat.appId);
                if (!unit) {
                    if (!m_store.removeSeat(seat.appId, m.userName))
                        return false;
                    touched.insert(seat.appId);
                    continue;
                }
                changed = changed || unit->kind != seat.source || unit->target != seat.sourceId;
                seat.source = unit->kind;
                seat.sourceId = unit->target;
            }
            if (!changed)
                continue;
            ++seat.version;
            if (!m_store.writeSeat(seat))
                return false;
            touched.insert(seat.appId);
        }
        if (!m.exists || !m.enabled)
            continue;
        for (const QString &appId : withUnits) {
            if (holding.contains(appId) ||
                m_store.findGrant(appId, QStringLiteral("exclusion"), m.userName))
                continue;
            const auto unit = coveringUnit(appId);
            if (!unit)
                continue;
            if (!free.contains(appId))
                free.insert(appId, m_store.findApp(appId).value_or(AppRecord{}).free());
            SeatRecord seat;
            seat.appId = appId;
            seat.userName = m.userName;
            seat.source = unit->kind;
            seat.sourceId = unit->target;
            seat.seated = free[appId] > 0;
            seat.grantedMs = nowMs;
            if (seat.seated)
                --free[appId];
            if (!m_store.writeSeat(seat))
                return false;
            touched.insert(appId);
        }
    }
    for (const QString &appId : touched)
        if (!m_store.refreshCounts(appId) ||
            (m_store.seatWaiting(appId) > 0 && !m_store.refreshCounts(appId)))
            return false;
    return true;
}
