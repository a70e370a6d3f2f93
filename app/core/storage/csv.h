#pragma once
// RFC 4180 CSV: writing with formula neutralisation (OWASP CSV injection: a text cell starting
// with = + - @ TAB CR or NUL gets a leading ' and is quoted), and reading with line numbers.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Csv {

inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// Writes one field at `out`, which must have room for 2 * length + 3 bytes; returns the end.
char *writeField(char *out, const char *utf8, qsizetype length, bool text = true);
// Appends one field (UTF-8 bytes). `text` fields are neutralised; numbers are not.
void appendField(QByteArray &out, const char *utf8, qsizetype length, bool text = true);
void appendField(QByteArray &out, QStringView value, bool text = true);
inline void endRow(QByteArray &out)
{
    out.append("\r\n", 2);
}

// A parsed record and the line it started on (1-based, counting physical lines).
struct Record
{
    QStringList fields;
    int line = 0;
};

// Parses a whole CSV document (UTF-8, optional BOM, CRLF or LF). On a syntax error returns
// false with *error naming the line, e.g. "line 7: a quoted field is not closed".
bool parse(const QByteArray &data, QList<Record> *records, QString *error);

} // namespace Csv
