#include "net/change_page.h"

#include "net/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>

std::optional<ChangePage> ChangePage::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields f(json, QString(), error);
    ChangePage p;
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
