#include "net/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>

JsonFields::JsonFields(const QJsonValue &value, const QString &where, QString *error)
    : m_object(value.toObject())
    , m_where(where)
    , m_error(error)
{
    if (!value.isObject())
        fail(QString(), QCoreApplication::translate("JsonFields", "expected an object"));
}

QString JsonFields::string(const char *name, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isString())
        return v.toString();
    if (!required && (v.isUndefined() || v.isNull()))
        return {};
    fail(QLatin1String(name), v.isUndefined()
                                  ? QCoreApplication::translate("JsonFields", "missing")
                                  : QCoreApplication::translate("JsonFields", "expected a string"));
    return {};
}

QString JsonFields::oneOf(const char *name, const QStringList &allowed)
{
    const QString s = string(name);
    if (m_ok && !allowed.contains(s))
        fail(QLatin1String(name),
             QCoreApplication::translate("JsonFields", "expected one of %1, got \"%2\"")
                 .arg(allowed.join(QStringLiteral(", ")), s.left(64)));
    return s;
}

bool JsonFields::boolean(const char *name, std::optional<bool> fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isBool())
        return v.toBool();
    if (fallback && v.isUndefined())
        return *fallback;
    fail(QLatin1String(name),
         v.isUndefined() ? QCoreApplication::translate("JsonFields", "missing")
                         : QCoreApplication::translate("JsonFields", "expected true or false"));
    return false;
}

qint64 JsonFields::integer(const char *name, qint64 min, std::optional<qint64> fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (fallback && v.isUndefined())
        return *fallback;
    qint64 whole = 0;
    if (!wholeNumber(v, min, &whole)) {
        fail(QLatin1String(name),
             v.isUndefined() ? QCoreApplication::translate("JsonFields", "missing")
                             : QCoreApplication::translate("JsonFields",
                                                           "expected a whole number of at least %1")
                                   .arg(min));
        return 0;
    }
    return whole;
}

bool JsonFields::wholeNumber(const QJsonValue &value, qint64 min, qint64 *out)
{
    constexpr double kLargest = 9007199254740992.0; // 2^53
    const double d = value.toDouble();
    // The range first: only then is the conversion defined.
    // Below 2^53: 2^53 + 1 reads as 2^53 already, so 2^53 itself may be a rounded value.
    if (!value.isDouble() || !(d >= double(min) && d < kLargest) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

QDateTime JsonFields::time(const char *name)
{
    const QString s = string(name);
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (m_ok && !t.isValid())
        fail(QLatin1String(name),
             QCoreApplication::translate("JsonFields", "expected an ISO 8601 time, got \"%1\"")
                 .arg(s.left(64)));
    return t;
}

QStringList JsonFields::strings(const char *name, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!required && (v.isUndefined() || v.isNull()))
        return {};
    if (!v.isArray()) {
        fail(QLatin1String(name),
             v.isUndefined() ? QCoreApplication::translate("JsonFields", "missing")
                             : QCoreApplication::translate("JsonFields", "expected an array"));
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i),
                 QCoreApplication::translate("JsonFields", "expected a string"));
            return {};
        }
        out.append(a.at(i).toString());
    }
    return out;
}

QDateTime JsonFields::optionalTime(const char *name)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    return time(name);
}

QString JsonFields::pathOf(const QString &field) const
{
    return m_where.isEmpty() ? field : m_where + u'.' + field;
}

void JsonFields::fail(const QString &field, const QString &why)
{
    if (!m_ok)
        return;
    m_ok = false;
    QString path = m_where;
    if (!field.isEmpty())
        path += (path.isEmpty() ? QString() : QStringLiteral(".")) + field;
    *m_error = path.isEmpty() ? why : path + QStringLiteral(": ") + why;
}

std::optional<JsonFields::ListingPage> JsonFields::listingPage(const QJsonObject &json,
                                                               QString *error)
{
    JsonFields f(json, QString(), error);
    ListingPage p;
    const QJsonValue items = json.value(u"items");
    if (!items.isArray()) {
        f.fail(QStringLiteral("items"),
               items.isUndefined()
                   ? QCoreApplication::translate("JsonFields", "missing")
                   : QCoreApplication::translate("JsonFields", "expected an array"));
        return std::nullopt;
    }
    for (const QJsonValue &v : items.toArray())
        p.items.append(v);
    p.deleted = f.strings("deleted", false);
    p.nextCursor = f.string("nextCursor");
    p.changeToken = f.string("changeToken");
    return f.ok() ? std::optional(p) : std::nullopt;
}
