#include "apps/reclaim_list.h"

#include <algorithm>
#include <optional>

namespace {

std::optional<ReclaimCandidate::Reason> reasonFor(const SeatHolder &s, const QDateTime &now,
                                                  int graceDays)
{
    if (!s.seated)
        return std::nullopt;
    // The strongest reason is the one shown: a deleted member who never used the app is
    // deleted, whatever else is true.
    switch (s.state) {
    case SeatHolder::State::Deleted:
        return ReclaimCandidate::Reason::Deleted;
    case SeatHolder::State::Disabled:
        return ReclaimCandidate::Reason::Disabled;
    case SeatHolder::State::Enabled:
        break;
    }
    if (s.lastUsedAt.isValid())
        return std::nullopt;
    if (graceDays > 0 && s.grantedAt.isValid() && s.grantedAt.addDays(graceDays) > now)
        return std::nullopt;
    return ReclaimCandidate::Reason::NeverUsed;
}

} // namespace

QList<ReclaimCandidate> ReclaimList::compute(const QList<SeatHolder> &seats, const QDateTime &now,
                                             int graceDays)
{
    QList<ReclaimCandidate> out;
    for (const SeatHolder &s : seats)
        if (const auto reason = reasonFor(s, now, graceDays))
            out.append({s.userName, *reason, s.grantedAt});
    std::sort(out.begin(), out.end(), [](const ReclaimCandidate &a, const ReclaimCandidate &b) {
        if (a.reason != b.reason)
            return int(a.reason) < int(b.reason);
        return a.userName < b.userName;
    });
    return out;
}

QString ReclaimList::reasonText(ReclaimCandidate::Reason reason)
{
    switch (reason) {
    case ReclaimCandidate::Reason::Deleted:
        return tr("deleted at the server");
    case ReclaimCandidate::Reason::Disabled:
        return tr("disabled");
    case ReclaimCandidate::Reason::NeverUsed:
        return tr("never used");
    }
    return {};
}
