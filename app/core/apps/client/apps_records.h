#pragma once
// The purchased apps as the client keeps them (docs/api.md, "Apps and authorisations";
// protocol reference §9): plain values shared by the JSON mapping, the cache, the service, the
// models and the CLI.
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// A purchased app with its enabled switch and seat counters.
struct PurchasedApp
{
    QString appId;
    QString name;
    QString seller;
    QString edition;
    QString instanceId;
    QString orderId;
    int seatsBought = 0;
    int seatsAssigned = 0;
    int seatsFree = 0;
    int seatsWaiting = 0; // members an automatic grant covers who found no free seat
    QDateTime periodStart;
    QDateTime periodEnd;
    bool enabled = true;
    QString loginType; // "shared" or "per-tenant"
    bool loginDomainSet = true;
    QString loginUrl;
    bool agreementAccepted = false;
    qint64 version = 0;
};

// One row of an app's authorisation list (全部授权): a member granted by hand, a department or
// group granted automatically, or an exclusion a reclaim left.
struct AppGrant
{
    enum class Kind
    {
        Member,
        Department,
        Group,
        Exclusion
    };
    Kind kind = Kind::Member;
    QString id; // userName, orgCode or groupId
    QString name;
    QDateTime grantedAt;
    qint64 version = 0;
    bool automatic() const { return kind == Kind::Department || kind == Kind::Group; }
    QString key() const; // "department:D00003", as the listing's `deleted` names it
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

// Who holds (or waits for) a seat of an app, and what gave it.
struct AppSeat
{
    enum class State
    {
        Enabled,
        Disabled, // cannot use the app, still holds the seat until it is reclaimed
        Deleted   // deleted at the server since; still holds the seat
    };
    QString userName;
    QString source;   // "manual", "department" or "group"
    QString sourceId; // the orgCode or groupId that gave it
    bool seated = true;
    State memberState = State::Enabled;
    QDateTime grantedAt;
    QDateTime lastUsedAt; // invalid: never used
    qint64 version = 0;
    bool automatic() const { return source != QLatin1String("manual"); }
};

// Who holds a seat of an app, or waits for one: all the authorisation editor needs of the
// seats (read without the dates, which cost most of a full read).
struct SeatHolding
{
    QString userName;
    bool seated = true;
};

// A group (群组) and, once read, its members.
struct AppGroup
{
    QString groupId;
    QString name;
    int memberCount = 0;
    QStringList userNames;
    qint64 version = 0;
};

// One day of an app's seat history as the server counts it.
struct SeatDay
{
    QDate date;
    int bought = 0;
    int assigned = 0;
    int used = 0; // members who used the app that day
};

// The apps, their authorisation lists and the groups, read at once for a view. Seats are read
// per app (AppsCache::seats): the first app alone may hold tens of thousands.
struct AppsSnapshot
{
    QList<PurchasedApp> apps;
    QHash<QString, QList<AppGrant>> grants; // by appId
    QList<AppGroup> groups;
    QDateTime syncedAt; // invalid before the first complete sync
    const PurchasedApp *app(const QString &appId) const;
};
using AppsSnapshotPtr = std::shared_ptr<const AppsSnapshot>;

Q_DECLARE_METATYPE(AppsSnapshotPtr)
