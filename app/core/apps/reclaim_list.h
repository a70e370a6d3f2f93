#pragma once
// Which seats of an app can be given back: the License inventory's reclaim list. A seat is
// worth reclaiming when its holder is deleted at the server, is disabled (a disabled member
// cannot use apps but keeps the seat until it is reclaimed), or has never used the app since
// it was granted. Pure and linear, so that the inventory page, `marketdesk-cli licenses
// reclaim --dry-run` and the tests all compute the same list.
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

struct SeatHolder
{
    enum class State
    {
        Enabled,
        Disabled,
        Deleted // deleted at the server since the grant; the seat is still held
    };
    QString userName;
    State state = State::Enabled;
    bool seated = true;   // false: waiting for a seat, so none to give back
    QDateTime grantedAt;  // when the seat was given
    QDateTime lastUsedAt; // invalid: never used
};

struct ReclaimCandidate
{
    enum class Reason
    {
        Deleted,
        Disabled,
        NeverUsed
    };
    QString userName;
    Reason reason = Reason::NeverUsed;
    QDateTime grantedAt;
};

class ReclaimList
{
    Q_DECLARE_TR_FUNCTIONS(ReclaimList)
public:
    // The seats to reclaim, deleted holders first, then disabled, then those never used, each
    // group by userName. A seat granted less than `graceDays` before `now` and not used yet is
    // left alone: its member may simply not have signed in yet.
    static QList<ReclaimCandidate> compute(const QList<SeatHolder> &seats, const QDateTime &now,
                                           int graceDays = 0);
    // "deleted at the server", "disabled", "never used": for lists and the CSV export.
    static QString reasonText(ReclaimCandidate::Reason reason);
};
