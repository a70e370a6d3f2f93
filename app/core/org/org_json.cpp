#include "org/org_json.h"

#include "net/json_fields.h"

#include <QCoreApplication>

namespace {

// Reads a required or optional string field, failing with a message naming it.
bool readString(const QJsonObject &o, QStringView key, const QString &where, bool required,
                QString *out, QString *error, int maxLength = 256)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            *error = QCoreApplication::translate("OrgJson", "%1.%2: missing").arg(where, key);
            return false;
        }
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = QCoreApplication::translate("OrgJson", "%1.%2: expected a string").arg(where, key);
        return false;
    }
    *out = v.toString();
    if (required && out->isEmpty()) {
        *error = QCoreApplication::translate("OrgJson", "%1.%2: must not be empty").arg(where, key);
        return false;
    }
    if (out->size() > maxLength) {
        *error = QCoreApplication::translate("OrgJson", "%1.%2: longer than %3 characters")
                     .arg(where, key)
                     .arg(maxLength);
        return false;
    }
    return true;
}

bool readVersion(const QJsonObject &o, const QString &where, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(u"version");
    if (!JsonFields::wholeNumber(v, 0, out)) {
        *error = QCoreApplication::translate("OrgJson", "%1.version: expected a whole number ≥ 0")
                     .arg(where);
        return false;
    }
    return true;
}

template <typename T, typename F>
std::optional<OrgJson::Page<T>> pageFromJson(const QJsonObject &json, F parse, QString *error)
{
    OrgJson::Page<T> page;
    const QJsonValue items = json.value(u"items");
    if (!items.isArray()) {
        *error = QCoreApplication::translate("OrgJson", "items: expected an array");
        return std::nullopt;
    }
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // The item's place is named only when something is wrong with it: formatting it for
        // every row, to be thrown away, was part of every page's cost.
        auto item = parse(array.at(i), QString(), error);
        if (!item) {
            parse(array.at(i), QStringLiteral("items[%1]").arg(i), error);
            return std::nullopt;
        }
        page.items.append(std::move(*item));
    }
    const QJsonValue deleted = json.value(u"deleted");
    if (!deleted.isUndefined()) {
        if (!deleted.isArray()) {
            *error = QCoreApplication::translate("OrgJson", "deleted: expected an array");
            return std::nullopt;
        }
        const QJsonArray d = deleted.toArray();
        for (qsizetype i = 0; i < d.size(); ++i) {
            if (!d.at(i).isString() || d.at(i).toString().isEmpty()) {
                *error = QCoreApplication::translate("OrgJson",
                                                     "deleted[%1]: expected a non-empty string")
                             .arg(i);
                return std::nullopt;
            }
            page.deleted.append(d.at(i).toString());
        }
    }
    if (!readString(json, u"nextCursor", QStringLiteral("page"), false, &page.nextCursor, error,
                    1024) ||
        !readString(json, u"changeToken", QStringLiteral("page"), true, &page.changeToken, error,
                    1024))
        return std::nullopt;
    // Only a hint for progress: anything but a count reads as unknown (0).
    if (!JsonFields::wholeNumber(json.value(u"remaining"), 0, &page.remaining))
        page.remaining = 0;
    return page;
}

} // namespace

namespace OrgJson {

QJsonObject toJson(const Department &d)
{
    return {{QStringLiteral("orgCode"), d.orgCode},
            {QStringLiteral("orgName"), d.orgName},
            {QStringLiteral("parentCode"), d.parentCode},
            {QStringLiteral("version"), double(d.version)}};
}

QJsonObject toJson(const Member &m)
{
    return {{QStringLiteral("userName"), m.userName},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("mobile"), m.mobile},
            {QStringLiteral("orgCode"), m.orgCode},
            {QStringLiteral("role"), m.admin ? QStringLiteral("admin") : QStringLiteral("user")},
            {QStringLiteral("enabled"), m.enabled},
            {QStringLiteral("version"), double(m.version)}};
}

std::optional<Department> departmentFromJson(const QJsonValue &value, const QString &where,
                                             QString *error)
{
    if (!value.isObject()) {
        *error = QCoreApplication::translate("OrgJson", "%1: expected an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Department d;
    if (!readString(o, u"orgCode", where, true, &d.orgCode, error, 64) ||
        !readString(o, u"orgName", where, true, &d.orgName, error) ||
        !readString(o, u"parentCode", where, false, &d.parentCode, error, 64) ||
        !readVersion(o, where, &d.version, error))
        return std::nullopt;
    return d;
}

std::optional<Member> memberFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isObject()) {
        *error = QCoreApplication::translate("OrgJson", "%1: expected an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Member m;
    QString role;
    if (!readString(o, u"userName", where, true, &m.userName, error, 128) ||
        !readString(o, u"name", where, true, &m.name, error) ||
        !readString(o, u"email", where, false, &m.email, error) ||
        !readString(o, u"mobile", where, false, &m.mobile, error, 32) ||
        !readString(o, u"orgCode", where, true, &m.orgCode, error, 64) ||
        !readString(o, u"role", where, true, &role, error, 16) ||
        !readVersion(o, where, &m.version, error))
        return std::nullopt;
    if (role != u"admin" && role != u"user") {
        *error = QCoreApplication::translate("OrgJson",
                                             "%1.role: expected \"admin\" or \"user\", got \"%2\"")
                     .arg(where, role);
        return std::nullopt;
    }
    m.admin = role == u"admin";
    const QJsonValue enabled = o.value(u"enabled");
    if (!enabled.isBool()) {
        *error =
            QCoreApplication::translate("OrgJson", "%1.enabled: expected true or false").arg(where);
        return std::nullopt;
    }
    m.enabled = enabled.toBool();
    return m;
}

std::optional<Page<Department>> departmentPageFromJson(const QJsonObject &json, QString *error)
{
    return pageFromJson<Department>(json, departmentFromJson, error);
}

std::optional<Page<Member>> memberPageFromJson(const QJsonObject &json, QString *error)
{
    return pageFromJson<Member>(json, memberFromJson, error);
}

std::optional<QList<MemberResult>> batchResultsFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue results = json.value(u"results");
    if (!results.isArray()) {
        *error = QCoreApplication::translate("OrgJson", "results: expected an array");
        return std::nullopt;
    }
    QList<MemberResult> out;
    const QJsonArray array = results.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("results[%1]").arg(i);
        if (!array.at(i).isObject()) {
            *error = QCoreApplication::translate("OrgJson", "%1: expected an object").arg(where);
            return std::nullopt;
        }
        const QJsonObject o = array.at(i).toObject();
        MemberResult r;
        if (!readString(o, u"userName", where, true, &r.userName, error, 128) ||
            !readString(o, u"resultCode", where, true, &r.resultCode, error, 6) ||
            !readString(o, u"resultMsg", where, false, &r.resultMsg, error, 1024))
            return std::nullopt;
        // The version after the change, when the server gives one (0: not known).
        if (!JsonFields::wholeNumber(o.value(u"version"), 0, &r.version))
            r.version = 0;
        out.append(r);
    }
    return out;
}

} // namespace OrgJson
