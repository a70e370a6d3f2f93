#include "apps/client/apps_client_json.h"

#include "net/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace AppsClientJson {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

int count(JsonFields &f, const char *name)
{
    return int(std::min<qint64>(f.integer(name, 0), std::numeric_limits<int>::max()));
}

} // namespace

QJsonObject toJson(const PurchasedApp &a)
{
    return {{QStringLiteral("appId"), a.appId},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("seller"), a.seller},
            {QStringLiteral("edition"), a.edition},
            {QStringLiteral("instanceId"), a.instanceId},
            {QStringLiteral("orderId"), a.orderId},
            {QStringLiteral("seatsBought"), a.seatsBought},
            {QStringLiteral("seatsAssigned"), a.seatsAssigned},
            {QStringLiteral("seatsFree"), a.seatsFree},
            {QStringLiteral("seatsWaiting"), a.seatsWaiting},
            {QStringLiteral("periodStart"), iso(a.periodStart)},
            {QStringLiteral("periodEnd"), iso(a.periodEnd)},
            {QStringLiteral("enabled"), a.enabled},
            {QStringLiteral("loginType"), a.loginType},
            {QStringLiteral("loginDomainSet"), a.loginDomainSet},
            {QStringLiteral("loginUrl"), a.loginUrl},
            {QStringLiteral("agreementAccepted"), a.agreementAccepted},
            {QStringLiteral("version"), double(a.version)}};
}

QJsonObject toJson(const AppGroup &g)
{
    return {{QStringLiteral("groupId"), g.groupId},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("memberCount"), g.memberCount},
            {QStringLiteral("userNames"), QJsonArray::fromStringList(g.userNames)},
            {QStringLiteral("version"), double(g.version)}};
}

std::optional<PurchasedApp> appFromJson(const QJsonValue &value, const QString &where,
                                        QString *error)
{
    JsonFields f(value, where, error);
    PurchasedApp a;
    a.appId = f.string("appId");
    a.name = f.string("name");
    a.seller = f.string("seller", false);
    a.edition = f.string("edition", false);
    a.instanceId = f.string("instanceId", false);
    a.orderId = f.string("orderId", false);
    a.seatsBought = count(f, "seatsBought");
    a.seatsAssigned = count(f, "seatsAssigned");
    a.seatsFree = count(f, "seatsFree");
    a.seatsWaiting =
        int(std::min<qint64>(f.integer("seatsWaiting", 0, 0), std::numeric_limits<int>::max()));
    a.periodStart = f.optionalTime("periodStart");
    a.periodEnd = f.optionalTime("periodEnd");
    a.enabled = f.boolean("enabled");
    a.loginType = f.oneOf("loginType", {QStringLiteral("shared"), QStringLiteral("per-tenant")});
    a.loginDomainSet = f.boolean("loginDomainSet", true);
    a.loginUrl = f.string("loginUrl", false);
    a.agreementAccepted = f.boolean("agreementAccepted");
    a.version = f.integer("version", 1);
    if (f.ok() && a.appId.isEmpty())
        f.fail(QStringLiteral("appId"), QCoreApplication::translate("AppsClientJson", "empty"));
    // The outbox keys an app's targets as "appId|kind:id".
    if (f.ok() && a.appId.contains(u'|'))
        f.fail(QStringLiteral("appId"),
               QCoreApplication::translate("AppsClientJson", "contains \"|\""));
    return f.ok() ? std::optional(a) : std::nullopt;
}

std::optional<AppGrant> grantFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    JsonFields f(value, where, error);
    AppGrant g;
    const QString kind = f.oneOf("kind", {QStringLiteral("member"), QStringLiteral("department"),
                                          QStringLiteral("group"), QStringLiteral("exclusion")});
    g.kind = AppGrant::kindFromName(kind).value_or(AppGrant::Kind::Member);
    g.id = f.string("id");
    g.name = f.string("name", false);
    g.grantedAt = f.optionalTime("grantedAt");
    g.version = f.integer("version", 1);
    if (f.ok() && g.id.isEmpty())
        f.fail(QStringLiteral("id"), QCoreApplication::translate("AppsClientJson", "empty"));
    return f.ok() ? std::optional(g) : std::nullopt;
}

std::optional<AppSeat> seatFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    JsonFields f(value, where, error);
    AppSeat s;
    s.userName = f.string("userName");
    s.source = f.oneOf("source", {QStringLiteral("manual"), QStringLiteral("department"),
                                  QStringLiteral("group")});
    s.sourceId = f.string("sourceId", false);
    s.seated = f.boolean("seated");
    const QString state =
        f.oneOf("memberState",
                {QStringLiteral("enabled"), QStringLiteral("disabled"), QStringLiteral("deleted")});
    s.memberState = state == u"disabled"  ? AppSeat::State::Disabled
                    : state == u"deleted" ? AppSeat::State::Deleted
                                          : AppSeat::State::Enabled;
    s.grantedAt = f.optionalTime("grantedAt");
    s.lastUsedAt = f.optionalTime("lastUsedAt");
    s.version = f.integer("version", 1);
    if (f.ok() && s.userName.isEmpty())
        f.fail(QStringLiteral("userName"), QCoreApplication::translate("AppsClientJson", "empty"));
    return f.ok() ? std::optional(s) : std::nullopt;
}

std::optional<AppGroup> groupFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    JsonFields f(value, where, error);
    AppGroup g;
    g.groupId = f.string("groupId");
    g.name = f.string("name");
    g.memberCount = count(f, "memberCount");
    g.userNames = f.strings("userNames", false);
    g.version = f.integer("version", 1);
    if (f.ok() && g.groupId.isEmpty())
        f.fail(QStringLiteral("groupId"), QCoreApplication::translate("AppsClientJson", "empty"));
    return f.ok() ? std::optional(g) : std::nullopt;
}

std::optional<QList<SeatDay>> historyFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue days = json.value(u"days");
    if (!days.isArray()) {
        *error = QCoreApplication::translate("AppsClientJson", "days: expected an array");
        return std::nullopt;
    }
    QList<SeatDay> out;
    const QJsonArray a = days.toArray();
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        JsonFields f(a.at(i), QStringLiteral("days[%1]").arg(i), error);
        SeatDay d;
        const QString date = f.string("date");
        d.date = QDate::fromString(date, Qt::ISODate);
        if (f.ok() && !d.date.isValid())
            f.fail(QStringLiteral("date"),
                   QCoreApplication::translate("AppsClientJson", "expected YYYY-MM-DD, got \"%1\"")
                       .arg(date.left(32)));
        d.bought = count(f, "bought");
        d.assigned = count(f, "assigned");
        d.used = count(f, "used");
        if (f.ok() && !out.isEmpty() && d.date <= out.constLast().date)
            f.fail(QStringLiteral("date"),
                   QCoreApplication::translate("AppsClientJson", "not after the day before it"));
        if (!f.ok())
            return std::nullopt;
        out.append(d);
    }
    return out;
}

std::optional<QList<TargetResult>> targetResultsFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue results = json.value(u"results");
    if (!results.isArray()) {
        *error = QCoreApplication::translate("AppsClientJson", "results: expected an array");
        return std::nullopt;
    }
    QList<TargetResult> out;
    const QJsonArray a = results.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        JsonFields f(a.at(i), QStringLiteral("results[%1]").arg(i), error);
        const QString kind =
            f.oneOf("kind", {QStringLiteral("member"), QStringLiteral("department"),
                             QStringLiteral("group")});
        TargetResult r;
        r.key = kind + u':' + f.string("id");
        r.resultCode = f.string("resultCode");
        r.resultMsg = f.string("resultMsg", false);
        if (!f.ok())
            return std::nullopt;
        out.append(r);
    }
    return out;
}

} // namespace AppsClientJson
