#pragma once
// Who signed in, from the userinfo endpoint: KooGallery's camelCase fields, OrgID's snake_case
// ones, or standard OpenID Connect claims (another provider may name no tenant and no role).
#include <QJsonObject>
#include <QMetaType>
#include <QString>

struct UserInfo
{
    QString id;
    QString userName;
    QString name;
    QString email;
    QString mobile;
    QString role; // "admin", "user", or empty when the provider does not say
    QString organizationCode;
    QString organizationName;
    QString tenant;
    QString tenantName;

    bool isAdmin() const { return role == u"admin"; }
    // Only an explicit "user" is a plain member; a provider that names no role is left to the
    // server to decide (it refuses what is not allowed).
    bool isPlainMember() const { return role == u"user"; }
    // On failure returns false with a message naming the missing field.
    static bool fromJson(const QJsonObject &json, UserInfo *out, QString *error);
};

Q_DECLARE_METATYPE(UserInfo)
