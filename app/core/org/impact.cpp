#include "org/impact.h"

#include <QCoreApplication>

QStringList Impact::toSend() const
{
    QStringList out;
    for (const Row &r : rows)
        if (r.kind == Kind::Change)
            out.append(r.userName);
    return out;
}

Impact assessImpact(MemberAction action, const QStringList &userNames, const OrgSnapshot &snapshot)
{
    Impact impact;
    impact.action = action;
    // The same rule as the server: the enterprise keeps at least one enabled administrator.
    int enabledAdmins = 0;
    if (action == MemberAction::Disable) {
        for (int i = 0; i < snapshot.memberCount(); ++i)
            if (snapshot.memberAdmin(i) && snapshot.memberEnabled(i))
                ++enabledAdmins;
    }
    for (const QString &userName : userNames) {
        Impact::Row row;
        row.userName = userName;
        const int i = snapshot.memberIndex(userName);
        if (i < 0) {
            row.kind = Impact::Kind::Blocked;
            row.reason = QCoreApplication::translate(
                "Impact", "not found in this enterprise (sync, or check the name)");
        } else {
            row.name = snapshot.text(i, OrgSnapshot::Name);
            row.admin = snapshot.memberAdmin(i);
            const bool enabled = snapshot.memberEnabled(i);
            switch (action) {
            case MemberAction::Enable:
                if (enabled) {
                    row.kind = Impact::Kind::Unchanged;
                    row.reason = QCoreApplication::translate("Impact", "already enabled");
                }
                break;
            case MemberAction::Disable:
                if (!enabled) {
                    row.kind = Impact::Kind::Unchanged;
                    row.reason = QCoreApplication::translate("Impact", "already disabled");
                } else if (row.admin) {
                    if (enabledAdmins <= 1) {
                        row.kind = Impact::Kind::Blocked;
                        row.reason = QCoreApplication::translate(
                            "Impact", "the last enabled administrator cannot be disabled");
                    } else {
                        --enabledAdmins;
                    }
                }
                break;
            case MemberAction::Delete:
                if (enabled) {
                    row.kind = Impact::Kind::Blocked;
                    row.reason = QCoreApplication::translate(
                        "Impact", "only a disabled member can be deleted; disable it first");
                }
                break;
            }
        }
        switch (row.kind) {
        case Impact::Kind::Change:
            ++impact.changes;
            if (row.admin)
                ++impact.adminChanges;
            break;
        case Impact::Kind::Unchanged:
            ++impact.unchanged;
            break;
        case Impact::Kind::Blocked:
            ++impact.blocked;
            break;
        }
        impact.rows.append(row);
    }
    return impact;
}
