#pragma once
// The rows of the apps domain as the store reads and writes them: a purchased app, one entry
// of its authorisation list (a member granted by hand, a department or group granted
// automatically, or a member excluded from those by a reclaim) and one member's seat.
#include <QString>

struct AppRecord
{
    QString appId;
    int position = 0; // order of purchase in the seed; drives the seeded history's shape
    QString name;
    QString seller;
    QString edition;
    QString instanceId;
    QString orderId;
    int seats = 0;    // bought
    int assigned = 0; // seats held (seated rows)
    int waiting = 0;  // automatically granted members who found no free seat
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool enabled = true;
    QString loginType; // "shared" (共享域名) or "per-tenant" (独立域名)
    QString loginUrl;  // per-tenant: "" until the seller sets this enterprise's address
    bool agreement = false;
    qint64 version = 1;

    bool loginDomainSet() const { return loginType == u"shared" || !loginUrl.isEmpty(); }
    int free() const { return std::max(0, seats - assigned); }
};

struct GrantRecord
{
    QString appId;
    QString kind; // "member", "department", "group", "exclusion"
    QString target;
    qint64 grantedMs = 0;
    qint64 version = 1;

    bool automatic() const { return kind == u"department" || kind == u"group"; }
};

struct SeatRecord
{
    QString appId;
    QString userName;
    QString source;   // "manual", "department", "group"
    QString sourceId; // the department's orgCode or the group's id; "" for manual
    bool seated = true;
    QString memberState = QStringLiteral("enabled"); // "enabled", "disabled", "deleted"
    qint64 grantedMs = 0;
    qint64 lastUsedMs = 0; // 0: never used
    qint64 version = 1;
};
