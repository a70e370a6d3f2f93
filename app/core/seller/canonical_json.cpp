#include "seller/canonical_json.h"

#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

SellerResult<QByteArray> CanonicalJson::fromBody(QByteArrayView body)
{
    if (body.trimmed().isEmpty())
        return SellerError{tr("the body is empty; it must be a JSON object")};
    auto tree = JsonTree::parse(body);
    if (!tree)
        return tree.failure();
    if (tree.value().kind != JsonNode::Kind::Object)
        return SellerError{tr("the body is JSON but not an object; a signed body is {…}")};
    QByteArray out;
    out.reserve(body.size());
    writeTo(tree.value(), out, true);
    return out;
}

QByteArray CanonicalJson::fromObject(const QJsonObject &object)
{
    // QJsonDocument writes valid JSON, so this cannot fail.
    const auto result = fromBody(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return result ? result.value() : QByteArray();
}

QByteArray CanonicalJson::write(const JsonNode &node)
{
    QByteArray out;
    writeTo(node, out, false);
    return out;
}

void CanonicalJson::writeTo(const JsonNode &node, QByteArray &out, bool topLevel)
{
    switch (node.kind) {
    case JsonNode::Kind::Null:
        out += "null";
        return;
    case JsonNode::Kind::Bool:
        out += node.boolean ? "true" : "false";
        return;
    case JsonNode::Kind::Number:
        out += number(node.number);
        return;
    case JsonNode::Kind::String:
        writeString(node.string, out);
        return;
    case JsonNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out += ',';
            writeTo(node.items[i], out, false);
        }
        out += ']';
        return;
    case JsonNode::Kind::Object: {
        // QString's order is UTF-16 code-unit order, as Java's String.compareTo.
        std::vector<qsizetype> order(size_t(node.keys.size()));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&node](qsizetype a, qsizetype b) { return node.keys[a] < node.keys[b]; });
        out += '{';
        bool first = true;
        for (const qsizetype i : order) {
            const JsonNode &value = node.items[size_t(i)];
            // Huawei's demo drops null members of the body itself; nested ones stay.
            if (topLevel && value.kind == JsonNode::Kind::Null)
                continue;
            if (!first)
                out += ',';
            first = false;
            writeString(node.keys[i], out);
            out += ':';
            writeTo(value, out, false);
        }
        out += '}';
        return;
    }
    }
}

void CanonicalJson::writeString(const QString &text, QByteArray &out)
{
    // Jackson's escapes: quote, backslash and C0 controls only; "/" and non-ASCII stay as
    // they are (UTF-8). Controls without a short form use upper-case hex, as Jackson does.
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    // Most strings need no escape at all: copy them whole.
    if (std::none_of(utf8.begin(), utf8.end(), [](char c) {
            return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
        })) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray CanonicalJson::number(QByteArrayView written)
{
    const bool integer = !written.contains('.') && !written.contains('e') && !written.contains('E');
    if (integer)
        return written == "-0" ? QByteArray("0") : written.toByteArray();
    double value = 0;
    const auto [end, ec] = std::from_chars(written.data(), written.data() + written.size(), value);
    // JsonTree has refused numbers outside a double's range; anything else read here is
    // not JSON and is kept as written rather than invented.
    if (ec != std::errc() || end != written.data() + written.size())
        return written.toByteArray();
    return javaDouble(value);
}

QByteArray CanonicalJson::javaDouble(double value)
{
    if (value == 0)
        return std::signbit(value) ? QByteArrayLiteral("-0.0") : QByteArrayLiteral("0.0");
    if (!std::isfinite(value))
        return std::isnan(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity");
    // Shortest round-trip digits in scientific form, e.g. "-1.2345e+10", "5e-07".
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    QByteArray s(buf, r.ptr - buf);
    QByteArray out;
    if (s.startsWith('-')) {
        out += '-';
        s.remove(0, 1);
    }
    const qsizetype ePos = s.indexOf('e');
    const int exponent = s.mid(ePos + 1).toInt();
    QByteArray digits = s.left(ePos);
    digits.replace(".", "");
    // Java writes plain decimals for 10^-3 <= |v| < 10^7, else d.dddE±n; always with at least
    // one digit after the point.
    if (exponent >= 0 && exponent < 7) {
        QByteArray whole = digits.left(exponent + 1);
        whole.append(QByteArray(exponent + 1 - whole.size(), '0'));
        const QByteArray fraction = digits.mid(exponent + 1);
        out += whole + '.' + (fraction.isEmpty() ? QByteArray("0") : fraction);
    } else if (exponent < 0 && exponent >= -3) {
        out += "0." + QByteArray(-exponent - 1, '0') + digits;
    } else {
        const QByteArray fraction = digits.mid(1);
        out += digits.left(1) + '.' + (fraction.isEmpty() ? QByteArray("0") : fraction) + 'E' +
               QByteArray::number(exponent);
    }
    return out;
}
