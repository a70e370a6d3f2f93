#pragma once
// What the organisation's GETs answer (docs/api.md, "Listing and incremental sync"): records
// in the order they last changed with the deletions since a token, tokens and cursors that
// name a point in this data set's change sequence, and one member.
#include "sandbox/domain/domain_result.h"
#include "sandbox/org/org_store.h"

#include <optional>

class OrgReader
{
public:
    explicit OrgReader(const OrgStore &store);

    // `count`: also report how many records remain (a range count, so only when asked).
    DomainResult departments(const QString &since, const QString &cursor, int limit,
                             bool count) const;
    DomainResult members(const QString &since, const QString &cursor, int limit, bool count) const;
    DomainResult member(const QString &userName) const;

private:
    template <typename F>
    DomainResult list(const QString &kind, const QString &since, const QString &cursor, int limit,
                      bool count, F rowToJson) const;
    // The sequence number a token names (0 for none), or why it names none here.
    std::optional<DomainResult> parseToken(const QString &token, qint64 *seq,
                                           const QString &what) const;
    QString token(qint64 seq) const;

    const OrgStore &m_store;
};
