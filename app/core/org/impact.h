#pragma once
// What a batch action would do, worked out from the cache before anything is sent: which
// members change, which are already in that state, and which cannot change and why. The
// confirmation dialog and the CLI both show it.
#include "org/domain.h"
#include "org/org_snapshot.h"

struct Impact
{
    enum class Kind
    {
        Change,
        Unchanged,
        Blocked
    };
    struct Row
    {
        QString userName;
        QString name;
        bool admin = false;
        Kind kind = Kind::Change;
        QString reason; // for Unchanged and Blocked
    };

    MemberAction action = MemberAction::Disable;
    QList<Row> rows;
    int changes = 0;
    int adminChanges = 0;
    int unchanged = 0;
    int blocked = 0;

    QStringList toSend() const;
};

Impact assessImpact(MemberAction action, const QStringList &userNames, const OrgSnapshot &snapshot);
