#include "identity/token_set.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

bool TokenSet::expiresSoon(const QDateTime &now) const
{
    if (!expiresAt.isValid())
        return false;
    const qint64 margin = std::min<qint64>(60, lifetimeS / 10);
    return now.secsTo(expiresAt) <= margin;
}

bool TokenSet::fromTokenResponse(const QJsonObject &json, const QDateTime &now, TokenSet *out,
                                 QString *error)
{
    const QJsonValue access = json.value(u"access_token");
    if (!access.isString() || access.toString().isEmpty()) {
        *error = QCoreApplication::translate("TokenSet",
                                             "the token answer has no \"access_token\" text");
        return false;
    }
    const QString type = json.value(u"token_type").toString();
    if (type.compare(u"bearer", Qt::CaseInsensitive) != 0) {
        *error =
            QCoreApplication::translate(
                "TokenSet", "the token answer's \"token_type\" is \"%1\"; only Bearer is supported")
                .arg(type.left(32));
        return false;
    }
    const QJsonValue expires = json.value(u"expires_in");
    // Compared before any conversion: 1e300 seconds does not fit a qint64.
    if (!expires.isUndefined() &&
        (!expires.isDouble() || !(expires.toDouble() > 0 && expires.toDouble() <= 9e15))) {
        *error = QCoreApplication::translate(
            "TokenSet", "the token answer's \"expires_in\" is not a positive number of seconds");
        return false;
    }
    const QJsonValue refresh = json.value(u"refresh_token");
    if (!refresh.isUndefined() && !refresh.isString()) {
        *error = QCoreApplication::translate("TokenSet",
                                             "the token answer's \"refresh_token\" is not text");
        return false;
    }
    TokenSet t;
    t.accessToken = access.toString().toUtf8();
    t.refreshToken = refresh.toString().toUtf8();
    t.scope = json.value(u"scope").toString();
    if (expires.isDouble()) {
        // Ten years at most: a longer one says only "long", and stays a valid time.
        constexpr qint64 kLongest = 10LL * 366 * 24 * 3600;
        t.lifetimeS = std::min<qint64>(kLongest, qint64(std::ceil(expires.toDouble())));
        t.expiresAt = now.addSecs(t.lifetimeS);
    }
    *out = t;
    return true;
}

QByteArray TokenSet::serialize() const
{
    QJsonObject o{{QStringLiteral("access_token"), QString::fromUtf8(accessToken)},
                  {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken)},
                  {QStringLiteral("lifetime"), double(lifetimeS)},
                  {QStringLiteral("scope"), scope}};
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODate));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool TokenSet::deserialize(const QByteArray &data, TokenSet *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("TokenSet", "the stored sign-in is damaged (%1)")
                     .arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    TokenSet t;
    t.accessToken = o.value(u"access_token").toString().toUtf8();
    t.refreshToken = o.value(u"refresh_token").toString().toUtf8();
    t.lifetimeS = o.value(u"lifetime").toInteger();
    t.scope = o.value(u"scope").toString();
    if (o.contains(u"expires_at"))
        t.expiresAt = QDateTime::fromString(o.value(u"expires_at").toString(), Qt::ISODate);
    if (t.accessToken.isEmpty()) {
        *error = QCoreApplication::translate("TokenSet", "the stored sign-in has no access token");
        return false;
    }
    *out = t;
    return true;
}

QDebug operator<<(QDebug debug, const TokenSet &tokens)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "TokenSet(access: " << tokens.accessToken.size()
                    << " bytes, refresh: " << tokens.refreshToken.size() << " bytes, expires "
                    << tokens.expiresAt.toString(Qt::ISODate) << ')';
    return debug;
}
