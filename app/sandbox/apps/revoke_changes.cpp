#include "sandbox/apps/revoke_changes.h"

#include "sandbox/apps/apps_codes.h"
#include "sandbox/apps/grant_changes.h"

#include <QJsonArray>

using Kind = DomainResult::Kind;

RevokeChanges::RevokeChanges(AppsStore &store, const OrgView &org, SandboxStats &stats,
                             qint64 nowMs)
    : m_store(store)
    , m_org(org)
    , m_stats(stats)
    , m_book(store, org)
    , m_now(nowMs)
{
}

QJsonObject RevokeChanges::revokeMember(const QString &appId, const QString &userName, bool *failed)
{
    const QString member = QStringLiteral("member");
    auto seat = m_store.findSeat(appId, userName);
    if (!m_store.findGrant(appId, member, userName)) {
        if (seat && seat->source != u"manual")
            return GrantChanges::result(
                member, userName, ResultCode::GrantedAutomatically,
                QStringLiteral("\"%1\" is granted automatically through %2 %3; cancel that grant, "
                               "or reclaim the member's seat")
                    .arg(userName, seat->source, seat->sourceId));
        return GrantChanges::result(member, userName, ResultCode::Success,
                                    QStringLiteral("not granted"));
    }
    *failed = !m_store.removeGrant(appId, member, userName);
    ++m_stats.appliedChanges;
    const MemberState state =
        m_org.member(userName).value_or(MemberState{userName, {}, false, false});
    if (seat && seat->source == u"manual") {
        // The hand-made grant goes; an automatic one that also covers the member keeps them.
        if (const auto unit = m_book.coveringUnit(appId, state)) {
            seat->source = unit->kind;
            seat->sourceId = unit->target;
            ++seat->version;
            *failed = *failed || !m_store.writeSeat(*seat);
            return GrantChanges::result(member, userName, ResultCode::Success,
                                        QStringLiteral("revoked; still granted automatically "
                                                       "through %1 %2")
                                            .arg(unit->kind, unit->target));
        }
        *failed = *failed || !m_store.removeSeat(appId, userName);
    }
    return GrantChanges::result(member, userName, ResultCode::Success, QStringLiteral("revoked"));
}

QJsonObject RevokeChanges::revokeUnit(const QString &appId, const QString &kind, const QString &id,
                                      bool *failed)
{
    if (!m_store.findGrant(appId, kind, id))
        return GrantChanges::result(kind, id, ResultCode::Success, QStringLiteral("not granted"));
    *failed = !m_store.removeGrant(appId, kind, id);
    const int released = m_book.releaseUnit(appId, kind, id);
    *failed = *failed || released < 0;
    ++m_stats.appliedChanges;
    return GrantChanges::result(kind, id, ResultCode::Success,
                                QStringLiteral("revoked; %1 seats released").arg(released),
                                std::max(0, released));
}

DomainResult RevokeChanges::revoke(const QString &appId, const QJsonObject &body)
{
    QList<GrantChanges::Target> targets;
    if (auto refused = GrantChanges::readTargets(body, false, &targets))
        return *refused;
    if (!m_store.findApp(appId))
        return DomainResult::fail(Kind::NotFound, ResultCode::AppNotFound,
                                  QStringLiteral("app \"%1\" does not exist").arg(appId));
    QJsonArray results;
    for (const GrantChanges::Target &t : targets) {
        ++m_stats.executedTargets;
        bool failed = false;
        results.append(t.kind == u"member" ? revokeMember(appId, t.id, &failed)
                                           : revokeUnit(appId, t.kind, t.id, &failed));
        if (failed)
            return AppsResult::storageError();
    }
    return GrantChanges::finish(m_store, appId, results);
}

DomainResult RevokeChanges::reclaim(const QString &appId, const QJsonObject &body)
{
    QList<GrantChanges::Target> targets;
    if (auto refused = GrantChanges::readTargets(body, true, &targets))
        return *refused;
    if (!m_store.findApp(appId))
        return DomainResult::fail(Kind::NotFound, ResultCode::AppNotFound,
                                  QStringLiteral("app \"%1\" does not exist").arg(appId));
    const QString member = QStringLiteral("member"), exclusion = QStringLiteral("exclusion");
    QJsonArray results;
    for (const GrantChanges::Target &t : targets) {
        ++m_stats.executedTargets;
        const auto seat = m_store.findSeat(appId, t.id);
        if (!seat) {
            results.append(GrantChanges::result(member, t.id, ResultCode::Success,
                                                QStringLiteral("holds no seat")));
            continue;
        }
        bool ok = m_store.removeSeat(appId, t.id);
        if (m_store.findGrant(appId, member, t.id))
            ok = ok && m_store.removeGrant(appId, member, t.id);
        // Kept out of the automatic grants from now on, until granted by hand again.
        if (seat->source != u"manual" ||
            m_book.coveringUnit(appId, m_org.member(t.id).value_or(MemberState{})))
            ok = ok && m_store.writeGrant({appId, exclusion, t.id, m_now, 1});
        if (!ok)
            return AppsResult::storageError();
        ++m_stats.appliedChanges;
        results.append(GrantChanges::result(
            member, t.id, ResultCode::Success,
            seat->seated ? QStringLiteral("reclaimed (%1 member)").arg(seat->memberState)
                         : QStringLiteral("reclaimed (was waiting for a seat)")));
    }
    return GrantChanges::finish(m_store, appId, results);
}
