#include "apps/client/apps_records.h"

QString AppGrant::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Member:
        return QStringLiteral("member");
    case Kind::Department:
        return QStringLiteral("department");
    case Kind::Group:
        return QStringLiteral("group");
    case Kind::Exclusion:
        return QStringLiteral("exclusion");
    }
    return {};
}

std::optional<AppGrant::Kind> AppGrant::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Member, Kind::Department, Kind::Group, Kind::Exclusion})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QString AppGrant::key() const
{
    return kindName(kind) + u':' + id;
}

const PurchasedApp *AppsSnapshot::app(const QString &appId) const
{
    for (const PurchasedApp &a : apps)
        if (a.appId == appId)
            return &a;
    return nullptr;
}
