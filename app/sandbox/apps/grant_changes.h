#pragma once
// The rules for an app's authorisation list (protocol reference §9, 应用授权; docs/api.md):
// grants by hand (members) and automatic ones (departments, groups: their members now and
// later), cancellations, and the reclaim of seats. A grant needs the licence agreement
// accepted and, for an app on per-tenant login domains (独立域名), the seller's address for
// this enterprise; a disabled member cannot be granted; seats are never over-assigned: a batch
// that would need more than are free is refused whole. Otherwise one result per target, in the
// order asked, like the organisation's batches.
#include "sandbox/apps/seat_book.h"
#include "sandbox/domain/domain_result.h"
#include "sandbox/tenant/sandbox_stats.h"

class GrantChanges
{
public:
    GrantChanges(AppsStore &store, const OrgView &org, SandboxStats &stats, qint64 nowMs);

    DomainResult grant(const QString &appId, const QJsonObject &body);

    struct Target
    {
        QString kind; // "member", "department", "group"
        QString id;
    };
    // The targets of `body` in the order asked (members, departments, groups), 1 to 500, or
    // the refusal naming the field. `membersOnly`: a reclaim's.
    static std::optional<DomainResult> readTargets(const QJsonObject &body, bool membersOnly,
                                                   QList<Target> *targets);
    // Waiting members take the seats freed, then the app's record with its counts brought up
    // to date goes beside the results.
    static DomainResult finish(AppsStore &store, const QString &appId, const QJsonArray &results);
    static QJsonObject result(const QString &kind, const QString &id, const char *code,
                              const QString &message, int seats = -1);

private:
    QString unitName(const QString &kind, const QString &id) const;

    AppsStore &m_store;
    const OrgView &m_org;
    SandboxStats &m_stats;
    SeatBook m_book;
    qint64 m_now;
};
