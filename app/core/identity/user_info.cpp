#include "identity/user_info.h"

#include <QCoreApplication>

namespace {

QString pick(const QJsonObject &o, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *n : names) {
        const QJsonValue v = o.value(QStringView(n));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInteger());
    }
    return {};
}

} // namespace

bool UserInfo::fromJson(const QJsonObject &o, UserInfo *out, QString *error)
{
    UserInfo u;
    // KooGallery's names first, then OrgID's snake_case, then standard OpenID Connect claims.
    u.id = pick(o, {u"id", u"userId", u"user_id", u"sub"});
    u.userName = pick(o, {u"userName", u"user_name", u"preferred_username", u"email", u"sub"});
    u.name = pick(o, {u"name", u"displayName"});
    u.email = pick(o, {u"email"});
    u.mobile = pick(o, {u"mobile"});
    u.role = pick(o, {u"role"});
    u.organizationCode = pick(o, {u"organizationCode"});
    u.organizationName = pick(o, {u"organizationName"});
    u.tenant = pick(o, {u"tenant", u"tenant_id", u"tid"});
    u.tenantName = pick(o, {u"tenantName", u"projectName", u"tenant_name"});
    if (u.userName.isEmpty()) {
        *error =
            QCoreApplication::translate("UserInfo", "the user information has no \"userName\"");
        return false;
    }
    if (u.name.isEmpty())
        u.name = u.userName;
    *out = u;
    return true;
}
