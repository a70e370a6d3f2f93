#include "sandbox/apps/grant_changes.h"

#include "sandbox/apps/apps_codes.h"
#include "sandbox/apps/apps_json.h"

#include <QJsonArray>

using Kind = DomainResult::Kind;

QJsonObject GrantChanges::result(const QString &kind, const QString &id, const char *code,
                                 const QString &message, int seats)
{
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("resultCode"), QString::fromLatin1(code)},
                  {QStringLiteral("resultMsg"), message}};
    if (seats >= 0)
        o.insert(QStringLiteral("seats"), seats);
    return o;
}

namespace {

DomainResult appNotFound(const QString &appId)
{
    return DomainResult::fail(Kind::NotFound, ResultCode::AppNotFound,
                              QStringLiteral("app \"%1\" does not exist").arg(appId));
}

} // namespace

GrantChanges::GrantChanges(AppsStore &store, const OrgView &org, SandboxStats &stats, qint64 nowMs)
    : m_store(store)
    , m_org(org)
    , m_stats(stats)
    , m_book(store, org)
    , m_now(nowMs)
{
}

std::optional<DomainResult> GrantChanges::readTargets(const QJsonObject &body, bool membersOnly,
                                                      QList<Target> *targets)
{
    const QStringList fields =
        membersOnly ? QStringList{QStringLiteral("userNames")}
                    : QStringList{QStringLiteral("userNames"), QStringLiteral("departments"),
                                  QStringLiteral("groups")};
    for (const QString &key : body.keys())
        if (!fields.contains(key))
            return AppsResult::invalid(
                key, QStringLiteral("not a field of this request (%1)").arg(fields.join(u", ")));
    static const char *kinds[] = {"member", "department", "group"};
    for (int f = 0; f < fields.size(); ++f) {
        const QJsonValue v = body.value(fields[f]);
        if (v.isUndefined())
            continue;
        if (!v.isArray())
            return AppsResult::invalid(fields[f], QStringLiteral("expected an array of strings"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString id = a.at(i).toString();
            if (!a.at(i).isString() || id.isEmpty() || id.size() > 128)
                return AppsResult::invalid(QStringLiteral("%1[%2]").arg(fields[f]).arg(i),
                                           QStringLiteral("expected a non-empty string of at "
                                                          "most 128 characters"));
            targets->append({QString::fromLatin1(kinds[f]), id});
        }
    }
    if (targets->isEmpty() || targets->size() > 500)
        return AppsResult::invalid(
            fields.first(),
            QStringLiteral("between 1 and 500 targets per call, got %1").arg(targets->size()));
    return std::nullopt;
}

QString GrantChanges::unitName(const QString &kind, const QString &id) const
{
    return kind == u"group" ? m_store.groupName(id) : m_org.departmentName(id);
}

DomainResult GrantChanges::finish(AppsStore &store, const QString &appId, const QJsonArray &results)
{
    // Counted before and after: seating the waiting needs the free seats of the new count.
    if (!store.refreshCounts(appId) ||
        (store.seatWaiting(appId) > 0 && !store.refreshCounts(appId)))
        return AppsResult::storageError();
    return DomainResult::done({{QStringLiteral("results"), results},
                               {QStringLiteral("app"), AppsJson::app(*store.findApp(appId))}});
}

DomainResult GrantChanges::grant(const QString &appId, const QJsonObject &body)
{
    QList<Target> targets;
    if (auto refused = readTargets(body, false, &targets))
        return *refused;
    const auto app = m_store.findApp(appId);
    if (!app)
        return appNotFound(appId);
    if (!app->agreement)
        return AppsResult::fieldProblem(
            Kind::Refused, ResultCode::AgreementNotAccepted, QStringLiteral("agreementAccepted"),
            QStringLiteral("the licence agreement (协议许可) of \"%1\" has not been accepted; "
                           "accept it (POST /api/v1/apps/%2/agreement) before granting")
                .arg(app->name, appId));
    if (!app->loginDomainSet())
        return AppsResult::fieldProblem(
            Kind::Refused, ResultCode::LoginDomainNotSet, QStringLiteral("loginDomainSet"),
            QStringLiteral("\"%1\" uses a login domain per enterprise (独立域名) and its seller, "
                           "%2, has not set this enterprise's login address; contact the seller "
                           "before granting")
                .arg(app->name, app->seller));
    // First what each target needs, without changing anything: a refusal for seats leaves
    // the list as it was.
    QSet<QString> needed;
    for (const Target &t : targets) {
        if (t.kind == u"member") {
            const auto m = m_org.member(t.id);
            const auto seat = m_store.findSeat(appId, t.id);
            if (m && m->enabled && (!seat || !seat->seated))
                needed.insert(t.id);
        } else if (!m_store.findGrant(appId, t.kind, t.id) && !unitName(t.kind, t.id).isEmpty()) {
            needed.unite(m_book.newMembersOf(appId, t.kind, t.id));
        }
    }
    if (needed.size() > app->free())
        return AppsResult::fieldProblem(
            Kind::Refused, ResultCode::NotEnoughSeats, QStringLiteral("seats"),
            QStringLiteral("granting needs %1 more seats; %2 of the %3 bought are free")
                .arg(needed.size())
                .arg(app->free())
                .arg(app->seats),
            {{QStringLiteral("seatsNeeded"), int(needed.size())},
             {QStringLiteral("seatsFree"), app->free()},
             {QStringLiteral("seatsBought"), app->seats}});
    QJsonArray results;
    for (const Target &t : targets) {
        ++m_stats.executedTargets;
        if (t.kind == u"member") {
            const auto m = m_org.member(t.id);
            if (!m) {
                results.append(result(t.kind, t.id, ResultCode::MemberNotFound,
                                      QStringLiteral("member \"%1\" does not exist").arg(t.id)));
                continue;
            }
            if (!m->enabled) {
                results.append(result(t.kind, t.id, ResultCode::MemberDisabled,
                                      QStringLiteral("\"%1\" is disabled and cannot use apps; "
                                                     "enable the member first")
                                          .arg(t.id)));
                continue;
            }
            auto seat = m_store.findSeat(appId, t.id);
            if (seat && seat->source == u"manual" && seat->seated) {
                results.append(
                    result(t.kind, t.id, ResultCode::Success, QStringLiteral("already granted")));
                continue;
            }
            const QString was = seat && seat->seated
                                    ? QStringLiteral(" (was automatic through %1 %2)")
                                          .arg(seat->source, seat->sourceId)
                                    : QString();
            SeatRecord s;
            if (seat)
                s = *seat;
            s.appId = appId;
            s.userName = t.id;
            s.source = QStringLiteral("manual");
            s.sourceId.clear();
            s.seated = true;
            s.memberState = m->state();
            s.grantedMs = seat ? s.grantedMs : m_now;
            s.version = seat ? s.version + 1 : 1;
            if (!m_store.writeSeat(s) ||
                !m_store.writeGrant({appId, QStringLiteral("member"), t.id, m_now, 1}) ||
                (m_store.findGrant(appId, QStringLiteral("exclusion"), t.id) &&
                 !m_store.removeGrant(appId, QStringLiteral("exclusion"), t.id)))
                return AppsResult::storageError();
            ++m_stats.appliedChanges;
            results.append(
                result(t.kind, t.id, ResultCode::Success, QStringLiteral("granted") + was));
            continue;
        }
        const QString name = unitName(t.kind, t.id);
        if (name.isEmpty()) {
            results.append(
                t.kind == u"group"
                    ? result(t.kind, t.id, ResultCode::GroupNotFound,
                             QStringLiteral("group \"%1\" does not exist").arg(t.id))
                    : result(t.kind, t.id, ResultCode::DepartmentNotFound,
                             QStringLiteral("department \"%1\" does not exist").arg(t.id)));
            continue;
        }
        if (m_store.findGrant(appId, t.kind, t.id)) {
            results.append(
                result(t.kind, t.id, ResultCode::Success, QStringLiteral("already granted")));
            continue;
        }
        const int seated = m_book.seatUnit(appId, t.kind, t.id, m_now);
        if (seated < 0 || !m_store.writeGrant({appId, t.kind, t.id, m_now, 1}))
            return AppsResult::storageError();
        ++m_stats.appliedChanges;
        results.append(result(t.kind, t.id, ResultCode::Success,
                              QStringLiteral("granted automatically to %1 (%2 members seated "
                                             "now; members who join later are granted too)")
                                  .arg(name)
                                  .arg(seated),
                              seated));
    }
    return finish(m_store, appId, results);
}
