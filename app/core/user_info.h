#pragma once
// Who signed in, from the userinfo endpoint (KooGallery's camelCase fields, OrgID's
// snake_case ones tolerated).
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
    QString role; // "admin" or "user"
    QString organizationCode;
    QString organizationName;
    QString tenant;
    QString tenantName;

    bool isAdmin() const { return role == u"admin"; }
    // On failure returns false with a message naming the missing field.
    static bool fromJson(const QJsonObject &json, UserInfo *out, QString *error);
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(UserInfo)
