#pragma once
// Reads the fields of one marketplace request (a JSON body, or V1's query parameters turned
// into an object of strings) with their types and lengths, keeping the first problem as
// "field: what is wrong" so that a 000002 answer names the field (protocol reference §2.3).
// Strings are what the tables declare; integers such as flag and testFlag are also taken as
// decimal strings, since V1 sends everything as text and the V2 examples mix the two.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>

class FieldReader
{
public:
    // `prefix` names where the object sits, e.g. "userList[3]." for a user of authSync.
    explicit FieldReader(const QJsonObject &object, QString prefix = {});

    // A non-empty string of at most `maxLength` characters.
    QString required(const char *name, int maxLength = 64);
    // A string that must be there but may be empty (Kit's instanceId and orderId are empty
    // for the seller's own debugging calls, §4.0).
    QString present(const char *name, int maxLength = 64);
    // Absent, null or a string of at most `maxLength` characters; "" when absent.
    QString optional(const char *name, int maxLength = 64);
    // One of `allowed`, as a number or a decimal string; `fallback` when absent and not
    // `mandatory`.
    int integer(const char *name, std::initializer_list<int> allowed, bool mandatory,
                int fallback = 0);
    // One of `allowed` (exact strings).
    QString oneOf(const char *name, std::initializer_list<const char *> allowed);
    // 0 or 1 from "testFlag" (absent: 0).
    int testFlag(bool mandatory = false);

    // A list field: a JSON array, or a string holding one (V1's form, and V2's own example,
    // even with unquoted keys, which are repaired). Fills `error` ("userList: …") when it is
    // neither.
    static QJsonArray listOf(const QJsonObject &body, const QString &name, QString *error);

    bool ok() const { return m_error.isEmpty(); }
    // The first problem found, or empty.
    const QString &error() const { return m_error; }
    // Records a problem of the caller's own about `name` (kept only if it is the first).
    void fail(const char *name, const QString &problem);

private:
    QString str(const char *name, int maxLength, bool mandatory, bool allowEmpty);

    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};
