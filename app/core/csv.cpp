#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Csv {

void appendField(QByteArray &out, const char *utf8, qsizetype length, bool text)
{
    bool neutralise = false;
    if (text && length > 0) {
        const char c = utf8[0];
        neutralise =
            c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\0';
    }
    bool quote = neutralise;
    for (qsizetype i = 0; i < length && !quote; ++i) {
        const char c = utf8[i];
        quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
        out.append(utf8, length);
        return;
    }
    out.append('"');
    if (neutralise)
        out.append('\'');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < length; ++i) {
        if (utf8[i] == '"') {
            out.append(utf8 + runStart, i - runStart + 1);
            out.append('"');
            runStart = i + 1;
        }
    }
    out.append(utf8 + runStart, length - runStart);
    out.append('"');
}

void appendField(QByteArray &out, QStringView value, bool text)
{
    const QByteArray utf8 = value.toUtf8();
    appendField(out, utf8.constData(), utf8.size(), text);
}

bool parse(const QByteArray &data, QList<Record> *records, QString *error)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    if (data.startsWith(kUtf8Bom))
        i = 3;
    int line = 1;
    Record record;
    record.line = line;
    QByteArray field;
    bool fieldStarted = false;
    bool badText = false;
    int badLine = 0;
    auto endField = [&] {
        QStringDecoder decoder(QStringDecoder::Utf8);
        record.fields.append(decoder(field));
        if (decoder.hasError() && !badText) {
            badText = true;
            badLine = record.line;
        }
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it is skipped, not read as one empty field.
        if (!(record.fields.size() == 1 && record.fields.front().isEmpty()))
            records->append(record);
        record = Record();
        record.line = line;
    };
    while (i < n) {
        const char c = data[i];
        if (c == '"' && !fieldStarted) {
            const int startLine = line;
            ++i;
            for (;;) {
                if (i >= n) {
                    *error =
                        QCoreApplication::translate("Csv", "line %1: a quoted field is not closed")
                            .arg(startLine);
                    return false;
                }
                const char q = data[i];
                if (q == '"') {
                    if (i + 1 < n && data[i + 1] == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (q == '\n')
                    ++line;
                field.append(q);
                ++i;
            }
            fieldStarted = true;
            if (i < n && data[i] != ',' && data[i] != '\r' && data[i] != '\n') {
                *error = QCoreApplication::translate(
                             "Csv", "line %1: unexpected text after a closing quote")
                             .arg(line);
                return false;
            }
            continue;
        }
        if (c == ',') {
            endField();
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            endRecord();
            ++line;
            record.line = line;
            i += (c == '\r' && i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '"') {
            *error = QCoreApplication::translate("Csv", "line %1: a quote inside an unquoted field")
                         .arg(line);
            return false;
        }
        field.append(c);
        fieldStarted = true;
        ++i;
    }
    if (fieldStarted || !record.fields.isEmpty())
        endRecord();
    if (badText) {
        *error =
            QCoreApplication::translate("Csv", "line %1: the text is not valid UTF-8").arg(badLine);
        return false;
    }
    return true;
}

} // namespace Csv
