#include "storage/csv.h"

#include <QCoreApplication>

#include <QStringDecoder>
#include <array>
#include <cstring>

namespace Csv {

namespace {
// Bytes that force quoting (RFC 4180 §2.6).
constexpr std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> t{};
    t[size_t(',')] = t[size_t('"')] = t[size_t('\r')] = t[size_t('\n')] = true;
    return t;
}();
} // namespace

char *writeField(char *out, const char *utf8, qsizetype length, bool text)
{
    bool neutralise = false;
    if (text && length > 0) {
        const char c = utf8[0];
        neutralise = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ||
                     c == '\n' || c == '\0';
    }
    qsizetype firstSpecial = 0;
    while (firstSpecial < length && !kSpecial[static_cast<unsigned char>(utf8[firstSpecial])])
        ++firstSpecial;
    if (!neutralise && firstSpecial == length) {
        std::memcpy(out, utf8, size_t(length));
        return out + length;
    }
    *out++ = '"';
    if (neutralise)
        *out++ = '\'';
    std::memcpy(out, utf8, size_t(firstSpecial));
    out += firstSpecial;
    for (qsizetype i = firstSpecial; i < length; ++i) {
        if (utf8[i] == '"')
            *out++ = '"';
        *out++ = utf8[i];
    }
    *out++ = '"';
    return out;
}

void appendField(QByteArray &out, const char *utf8, qsizetype length, bool text)
{
    const qsizetype at = out.size();
    out.resize(at + 2 * length + 3);
    char *end = writeField(out.data() + at, utf8, length, text);
    out.resize(end - out.constData());
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
        // Only the file's own BOM is dropped (above); a field that starts with U+FEFF keeps it
        // (found by fuzz_csv: the decoder dropped it, so a field did not read back as written).
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
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
