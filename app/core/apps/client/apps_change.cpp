#include "apps/client/apps_change.h"

#include "apps/client/apps_cache.h"
#include "net/result_code.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace AppsChange {

namespace {

constexpr char kSeparator = '|';

QString pathOf(const QString &appId, const QString &verb)
{
    return QStringLiteral("/api/v1/apps/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(appId)), verb);
}

const QString kRevokeField = QStringLiteral("revoke");

QString verbOf(const Outbox::Chunk &chunk)
{
    if (chunk.action == QLatin1String(Authorise))
        return isRevoke(chunk) ? QStringLiteral("revoke") : QStringLiteral("grant");
    return chunk.action.mid(chunk.action.indexOf(u'.') + 1);
}

// Every target fails the same way (a whole request refused).
QList<Outbox::Result> all(const Outbox::Chunk &chunk, const QString &code, const QString &message)
{
    QList<Outbox::Result> out;
    for (const QString &key : chunk.targets)
        out.append({key, code == QLatin1String(ResultCode::Success), code, message});
    return out;
}

void keepApp(const QJsonValue &value, AppsCache *cache, QString *localProblem)
{
    if (value.isUndefined())
        return;
    QString error;
    const auto app = AppsClientJson::appFromJson(value, QStringLiteral("app"), &error);
    if (!app || !cache->keepAnsweredApp(*app, &error))
        *localProblem = QCoreApplication::translate(
                            "AppsChange", "The change went through, but the local copy could not "
                                          "take the app the server answered (%1); the next sync "
                                          "brings it.")
                            .arg(error);
}

} // namespace

bool isKnown(const QString &action)
{
    for (const char *a : {Enable, Disable, Agreement, Grant, Revoke, Reclaim, Authorise})
        if (action == QLatin1String(a))
            return true;
    return false;
}

bool isBatch(const QString &action)
{
    return action == QLatin1String(Grant) || action == QLatin1String(Revoke) ||
           action == QLatin1String(Reclaim) || action == QLatin1String(Authorise);
}

Outbox::Item authoriseItem(const QString &appId, const Target &target, bool revoke)
{
    Outbox::Item item{targetKey(appId, target), {}, revoke ? 0 : 1};
    if (revoke)
        item.payload.insert(kRevokeField, true);
    return item;
}

bool isRevoke(const Outbox::Chunk &chunk)
{
    return chunk.payloads.value(chunk.targets.value(0)).value(kRevokeField).toBool();
}

QString journalAction(const Outbox::Chunk &chunk)
{
    if (chunk.action == QLatin1String(Authorise))
        return QLatin1String(isRevoke(chunk) ? Revoke : Grant);
    return chunk.action;
}

QString targetKey(const QString &appId, const Target &target)
{
    return appId + QLatin1Char(kSeparator) + AppGrant::kindName(target.kind) + u':' + target.id;
}

std::optional<std::pair<QString, QString>> splitKey(const QString &key)
{
    const qsizetype bar = key.indexOf(QLatin1Char(kSeparator));
    if (bar <= 0 || key.indexOf(u':', bar) < 0)
        return std::nullopt;
    return std::pair(key.left(bar), key.mid(bar + 1));
}

Outbox::Item appItem(const QString &appId, qint64 version)
{
    QJsonObject body;
    if (version > 0)
        body.insert(QStringLiteral("version"), double(version));
    return {appId, body};
}

ApiRequest request(const Outbox::Chunk &chunk)
{
    ApiRequest r;
    r.method = "POST";
    r.idempotencyKey = chunk.idempotencyKey;
    if (!isBatch(chunk.action)) {
        const QString appId = chunk.targets.value(0);
        r.path = pathOf(appId, verbOf(chunk));
        r.body = chunk.payloads.value(appId);
        if (chunk.action == QLatin1String(Agreement))
            r.body.insert(QStringLiteral("accepted"), true);
        return r;
    }
    QString appId;
    QJsonArray users, departments, groups;
    for (const QString &key : chunk.targets) {
        const auto parts = splitKey(key);
        if (!parts)
            continue;
        appId = parts->first;
        const qsizetype colon = parts->second.indexOf(u':');
        const QString kind = parts->second.left(colon);
        const QString id = parts->second.mid(colon + 1);
        if (kind == u"department")
            departments.append(id);
        else if (kind == u"group")
            groups.append(id);
        else
            users.append(id);
    }
    r.path = pathOf(appId, verbOf(chunk));
    if (!users.isEmpty())
        r.body.insert(QStringLiteral("userNames"), users);
    if (!departments.isEmpty())
        r.body.insert(QStringLiteral("departments"), departments);
    if (!groups.isEmpty())
        r.body.insert(QStringLiteral("groups"), groups);
    return r;
}

std::optional<QList<Outbox::Result>> interpret(const Outbox::Chunk &chunk,
                                               const ApiResponse &response, AppsCache *cache,
                                               QString *localProblem, QString *unreadable)
{
    if (!response.ok()) {
        if (response.error.resultCode == QLatin1String(ResultCode::VersionConflict))
            keepApp(response.json.value(u"current"), cache, localProblem);
        const QString code = response.error.resultCode.isEmpty()
                                 ? QStringLiteral("HTTP%1").arg(response.error.httpStatus)
                                 : response.error.resultCode;
        return all(chunk, code, response.error.message);
    }
    if (!isBatch(chunk.action)) {
        keepApp(response.json.value(u"app"), cache, localProblem);
        return all(chunk, QString::fromLatin1(ResultCode::Success),
                   response.json.value(u"resultMsg").toString());
    }
    const auto results = AppsClientJson::targetResultsFromJson(response.json, unreadable);
    if (!results)
        return std::nullopt;
    keepApp(response.json.value(u"app"), cache, localProblem);
    const QString appId =
        splitKey(chunk.targets.value(0)).value_or(std::pair<QString, QString>()).first;
    QList<Outbox::Result> out;
    out.reserve(results->size());
    for (const AppsClientJson::TargetResult &r : *results)
        out.append({appId + QLatin1Char(kSeparator) + r.key, r.ok(), r.resultCode, r.resultMsg});
    return out;
}

} // namespace AppsChange
