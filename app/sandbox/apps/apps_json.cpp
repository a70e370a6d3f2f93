#include "sandbox/apps/apps_json.h"

#include <QDateTime>

namespace AppsJson {

QString time(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject app(const AppRecord &a)
{
    return {{QStringLiteral("appId"), a.appId},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("seller"), a.seller},
            {QStringLiteral("edition"), a.edition},
            {QStringLiteral("instanceId"), a.instanceId},
            {QStringLiteral("orderId"), a.orderId},
            {QStringLiteral("seatsBought"), a.seats},
            {QStringLiteral("seatsAssigned"), a.assigned},
            {QStringLiteral("seatsFree"), a.free()},
            {QStringLiteral("seatsWaiting"), a.waiting},
            {QStringLiteral("periodStart"), time(a.startMs)},
            {QStringLiteral("periodEnd"), time(a.endMs)},
            {QStringLiteral("enabled"), a.enabled},
            {QStringLiteral("loginType"), a.loginType},
            {QStringLiteral("loginDomainSet"), a.loginDomainSet()},
            {QStringLiteral("loginUrl"), a.loginUrl},
            {QStringLiteral("agreementAccepted"), a.agreement},
            {QStringLiteral("version"), double(a.version)}};
}

QJsonObject grant(const GrantRecord &g, const QString &name)
{
    return {{QStringLiteral("key"), QString(g.kind + u':' + g.target)},
            {QStringLiteral("kind"), g.kind},
            {QStringLiteral("id"), g.target},
            {QStringLiteral("name"), name},
            {QStringLiteral("automatic"), g.automatic()},
            {QStringLiteral("grantedAt"), time(g.grantedMs)},
            {QStringLiteral("version"), double(g.version)}};
}

QJsonObject seat(const SeatRecord &s)
{
    return {{QStringLiteral("userName"), s.userName},
            {QStringLiteral("source"), s.source},
            {QStringLiteral("sourceId"), s.sourceId},
            {QStringLiteral("automatic"), s.source != u"manual"},
            {QStringLiteral("seated"), s.seated},
            {QStringLiteral("memberState"), s.memberState},
            {QStringLiteral("grantedAt"), time(s.grantedMs)},
            {QStringLiteral("lastUsedAt"),
             s.lastUsedMs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(time(s.lastUsedMs))},
            {QStringLiteral("version"), double(s.version)}};
}

} // namespace AppsJson
