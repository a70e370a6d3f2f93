#pragma once
// Mapping between the console API's JSON and the organisation's value types. Server JSON is
// untrusted: every failure names the field and the position of the record.
#include "org/domain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace OrgJson {

QJsonObject toJson(const Department &department);
QJsonObject toJson(const Member &member);

// On failure returns nullopt and sets *error, e.g. "items[3].email: expected a string".
std::optional<Department> departmentFromJson(const QJsonValue &value, const QString &where,
                                             QString *error);
std::optional<Member> memberFromJson(const QJsonValue &value, const QString &where, QString *error);

// One page of a change listing (GET /api/v1/org/departments or /members).
template <typename T> struct Page
{
    QList<T> items;
    QStringList deleted;
    QString nextCursor;  // empty on the last page
    QString changeToken; // meaningful on the last page
    qint64 remaining = 0;
};

std::optional<Page<Department>> departmentPageFromJson(const QJsonObject &json, QString *error);
std::optional<Page<Member>> memberPageFromJson(const QJsonObject &json, QString *error);

// One per-member result of a batch call.
struct MemberResult
{
    QString userName;
    QString resultCode;
    QString resultMsg;
    qint64 version = 0; // the member's version after the change
    bool ok() const { return resultCode == QLatin1String(ResultCode::Success); }
};
std::optional<QList<MemberResult>> batchResultsFromJson(const QJsonObject &json, QString *error);

} // namespace OrgJson
