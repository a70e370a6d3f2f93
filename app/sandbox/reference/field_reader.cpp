#include "sandbox/reference/field_reader.h"

#include <QJsonDocument>
#include <QStringList>

namespace {

bool isNameChar(char c, bool first)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$' ||
           (!first && c >= '0' && c <= '9');
}

// Puts quotes around the names of members that have none ({a:1} → {"a":1}), leaving quoted
// strings as they are.
QByteArray quoteBareKeys(const QByteArray &text)
{
    QByteArray out;
    bool inString = false;
    char expectKeyAfter = 0; // '{' or ',' seen outside a string: a name may follow
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            expectKeyAfter = 0;
        } else if (c == '{' || c == ',') {
            expectKeyAfter = c;
        } else if (expectKeyAfter && isNameChar(c, true)) {
            qsizetype end = i;
            while (end < text.size() && isNameChar(text[end], false))
                ++end;
            qsizetype colon = end;
            while (colon < text.size() && (text[colon] == ' ' || text[colon] == '\t'))
                ++colon;
            if (colon < text.size() && text[colon] == ':') {
                out += '"' + text.mid(i, end - i) + '"';
                i = end - 1;
                expectKeyAfter = 0;
                continue;
            }
            expectKeyAfter = 0;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            expectKeyAfter = 0;
        }
        out += c;
    }
    return out;
}

} // namespace

FieldReader::FieldReader(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{
}

void FieldReader::fail(const char *name, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = m_prefix + QLatin1String(name) + QStringLiteral(": ") + problem;
}

QString FieldReader::str(const char *name, int maxLength, bool mandatory, bool allowEmpty)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        if (mandatory)
            fail(name, QStringLiteral("required"));
        return {};
    }
    if (!v.isString()) {
        fail(name, QStringLiteral("expected a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.trimmed().isEmpty() && mandatory && !allowEmpty) {
        fail(name, QStringLiteral("must not be empty"));
        return {};
    }
    if (s.size() > maxLength) {
        fail(name, QStringLiteral("at most %1 characters, got %2").arg(maxLength).arg(s.size()));
        return {};
    }
    return s;
}

QString FieldReader::required(const char *name, int maxLength)
{
    return str(name, maxLength, true, false);
}

QString FieldReader::present(const char *name, int maxLength)
{
    return str(name, maxLength, true, true);
}

QString FieldReader::optional(const char *name, int maxLength)
{
    return str(name, maxLength, false, true);
}

int FieldReader::integer(const char *name, std::initializer_list<int> allowed, bool mandatory,
                         int fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    QStringList names;
    for (int a : allowed)
        names << QString::number(a);
    const QString expected = QStringLiteral("expected one of %1").arg(names.join(u", "));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (mandatory)
            fail(name, QStringLiteral("required (%1)").arg(expected));
        return fallback;
    }
    bool ok = false;
    int n = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // In range before the cast: converting 1e300 to int is undefined behaviour.
        ok = d >= -2147483648.0 && d <= 2147483647.0 && d == double(int(d));
        n = ok ? int(d) : 0;
    } else if (v.isString()) {
        n = v.toString().toInt(&ok);
    }
    if (!ok || std::find(allowed.begin(), allowed.end(), n) == allowed.end()) {
        fail(name, expected);
        return fallback;
    }
    return n;
}

QString FieldReader::oneOf(const char *name, std::initializer_list<const char *> allowed)
{
    const QString s = required(name, 64);
    if (s.isEmpty())
        return {};
    QStringList names;
    for (const char *a : allowed) {
        if (s == QLatin1String(a))
            return s;
        names << QLatin1String(a);
    }
    fail(name, QStringLiteral("expected one of %1").arg(names.join(u", ")));
    return {};
}

int FieldReader::testFlag(bool mandatory)
{
    return integer("testFlag", {0, 1}, mandatory, 0);
}

QJsonArray FieldReader::listOf(const QJsonObject &body, const QString &name, QString *error)
{
    const QJsonValue v = body.value(name);
    if (v.isArray())
        return v.toArray();
    if (!v.isString()) {
        *error = name + (v.isUndefined() || v.isNull()
                             ? QStringLiteral(": required")
                             : QStringLiteral(": expected an array (or a string holding one)"));
        return {};
    }
    QByteArray text = v.toString().toUtf8();
    QJsonParseError e;
    QJsonDocument doc = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError) {
        // V2's own example: {orgCode:"1",orgName:"x"} with the keys unquoted.
        text = quoteBareKeys(text);
        doc = QJsonDocument::fromJson(text, &e);
    }
    if (e.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = name + QStringLiteral(": the string does not hold a JSON array");
        return {};
    }
    return doc.array();
}
