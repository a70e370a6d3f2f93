#include "org/org_change.h"

#include "org/cache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace OrgChange {

namespace {

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

bool isMember(const QString &action)
{
    return action == QLatin1String(MemberAdd) || action == QLatin1String(MemberEdit);
}

} // namespace

bool isSingle(const QString &action)
{
    return isMember(action) || action == QLatin1String(DepartmentAdd) ||
           action == QLatin1String(DepartmentEdit) || action == QLatin1String(DepartmentDelete);
}

bool isKnown(const QString &action)
{
    return isSingle(action) || memberActionFromName(action).has_value();
}

QString journalAction(const QString &action)
{
    return isSingle(action) ? action : QStringLiteral("member.") + action;
}

Outbox::Item memberItem(const Member &member, bool isNew)
{
    QJsonObject body = OrgJson::toJson(member);
    if (isNew)
        body.remove(QStringLiteral("version"));
    return {member.userName, body};
}

Outbox::Item departmentItem(const Department &department, bool isNew)
{
    QJsonObject body = OrgJson::toJson(department);
    if (isNew)
        body.remove(QStringLiteral("version"));
    return {department.orgCode, body};
}

ApiRequest request(const Outbox::Chunk &chunk)
{
    ApiRequest r;
    r.idempotencyKey = chunk.idempotencyKey;
    const QString &a = chunk.action;
    const QString key = chunk.targets.value(0);
    if (!isSingle(a)) {
        r.method = "POST";
        r.path = QStringLiteral("/api/v1/org/members/batch");
        r.body = {{QStringLiteral("action"), a},
                  {QStringLiteral("userNames"), QJsonArray::fromStringList(chunk.targets)}};
        return r;
    }
    const bool member = isMember(a);
    const QString base =
        member ? QStringLiteral("/api/v1/org/members") : QStringLiteral("/api/v1/org/departments");
    if (a == QLatin1String(MemberAdd) || a == QLatin1String(DepartmentAdd)) {
        r.method = "POST";
        r.path = base;
    } else {
        r.method = a == QLatin1String(DepartmentDelete) ? "DELETE" : "PUT";
        r.path = base + u'/' + segment(key);
    }
    if (r.method != "DELETE")
        r.body = chunk.payloads.value(key);
    return r;
}

OrgJson::MemberResult singleOutcome(const Outbox::Chunk &chunk, const ApiResponse &response,
                                    Cache *cache, QString *localProblem)
{
    const QString key = chunk.targets.value(0);
    const bool member = isMember(chunk.action);
    const QString recordKey = member ? QStringLiteral("member") : QStringLiteral("department");
    QString error;
    auto note = [&](bool ok) {
        if (!ok && localProblem->isEmpty())
            *localProblem =
                QCoreApplication::translate(
                    "OrgChange", "%1 was changed at the server, but the local copy could not be "
                                 "updated: %2. The next sync brings it up to date.")
                    .arg(key, error);
    };
    auto keep = [&](const QJsonValue &record) {
        if (member) {
            const auto m = OrgJson::memberFromJson(record, recordKey, &error);
            note(m && cache->upsertMember(*m, &error));
        } else {
            const auto d = OrgJson::departmentFromJson(record, recordKey, &error);
            note(d && cache->upsertDepartment(*d, &error));
        }
    };
    if (response.ok()) {
        if (chunk.action == QLatin1String(DepartmentDelete))
            note(cache->removeDepartment(key, &error));
        else
            keep(response.json.value(recordKey));
        return {key, QString::fromLatin1(ResultCode::Success), {}, 0};
    }
    if (response.httpStatus == 409 && response.json.value(u"current").isObject()) {
        // Someone else changed it first: show their version rather than overwrite it.
        keep(response.json.value(u"current"));
        return {key, QString::fromLatin1(ResultCode::VersionConflict),
                QCoreApplication::translate("OrgChange",
                                            "%1 was changed by someone else meanwhile. Their "
                                            "version is now shown; make your change again on "
                                            "top of it.")
                    .arg(key),
                0};
    }
    const QString code = response.error.resultCode.isEmpty()
                             ? QStringLiteral("HTTP%1").arg(response.error.httpStatus)
                             : response.error.resultCode;
    return {key, code, response.error.message, 0};
}

} // namespace OrgChange
