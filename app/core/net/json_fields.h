#pragma once
// Reads the fields of one JSON object a server answered, remembering the first failure with
// its path ("items[2].kitDebug: …"), so that a mapping reads a record whole or not at all and
// says which field was wrong. Every domain's client maps its records with it.
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

class JsonFields
{
public:
    JsonFields(const QJsonValue &value, const QString &where, QString *error);
    bool ok() const { return m_ok; }
    const QJsonObject &object() const { return m_object; }

    // The path of `field` below this object, for a nested reader ("items[3].instance").
    QString pathOf(const QString &field) const;
    // A string; when not required, absent or null reads as empty.
    QString string(const char *name, bool required = true);
    QString oneOf(const char *name, const QStringList &allowed);
    // With a fallback, an absent field reads as it.
    bool boolean(const char *name, std::optional<bool> fallback = std::nullopt);
    qint64 integer(const char *name, qint64 min, std::optional<qint64> fallback = std::nullopt);
    QDateTime time(const char *name);
    // Absent, null or "" reads as an invalid time.
    QDateTime optionalTime(const char *name);
    QStringList strings(const char *name, bool required);
    // A JSON number that is a whole number from `min` to below 2^53 (from there on, a double
    // holds no exact whole number), in *out; false for anything else, 1e300 included, without
    // converting it (a double beyond qint64 converts to undefined behaviour).
    static bool wholeNumber(const QJsonValue &value, qint64 min, qint64 *out);
    // Records the first failure: "where.field: why".
    void fail(const QString &field, const QString &why);

    // One page of a listing (docs/api.md, "Listing and incremental sync"): the records still as
    // JSON (each kind reads its own), the keys deleted, and where the listing goes on.
    struct ListingPage
    {
        QList<QJsonValue> items;
        QStringList deleted;
        QString nextCursor; // empty on the last page
        QString changeToken;
    };
    static std::optional<ListingPage> listingPage(const QJsonObject &json, QString *error);

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
    bool m_ok = true;
};
