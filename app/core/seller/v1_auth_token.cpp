#include "seller/v1_auth_token.h"

#include "seller/canonical_json.h"
#include "seller/hmac_sha256.h"
#include "seller/json_tree.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace {

const QString kAuthToken = QStringLiteral("authToken");
const QString kTimeStamp = QStringLiteral("timeStamp");

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

SellerResult<QString> V1AuthToken::decodeForm(QByteArrayView text, qsizetype offset)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c != '%') {
            bytes += c;
        } else {
            const int hi = i + 1 < text.size() ? hexDigit(text[i + 1]) : -1;
            const int lo = i + 2 < text.size() ? hexDigit(text[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return SellerError{
                    tr("at byte %1: \"%\" must be followed by two hex digits").arg(offset + i)};
            bytes += char(hi * 16 + lo);
            i += 2;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8.decode(bytes);
    if (utf8.hasError())
        return SellerError{tr("at byte %1: the decoded text is not UTF-8").arg(offset)};
    return decoded;
}

SellerResult<V1AuthToken::Params> V1AuthToken::fromQuery(QByteArrayView query)
{
    // A "?" inside a value is legal in a query, so only a leading one or the one after a
    // URL's path starts the parameters.
    qsizetype start = 0;
    if (query.startsWith('?'))
        start = 1;
    else if (const qsizetype scheme = query.indexOf("://"); scheme >= 0)
        start = query.indexOf('?') < 0 ? query.size() : query.indexOf('?') + 1;
    Params params;
    QSet<QString> seen;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArrayView rawName = eq < 0 ? pair : pair.first(eq);
            const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
            auto name = decodeForm(rawName, start);
            if (!name)
                return name.failure();
            auto value = decodeForm(rawValue, start + eq + 1);
            if (!value)
                return value.failure();
            if (name.value().isEmpty())
                return SellerError{tr("at byte %1: a parameter without a name").arg(start)};
            if (seen.contains(name.value()))
                return SellerError{tr("the parameter \"%1\" appears twice").arg(name.value())};
            seen.insert(name.value());
            if (name.value() != kAuthToken)
                params.append({name.value(), value.value()});
        }
        start = end + 1;
    }
    return params;
}

SellerResult<V1AuthToken::Params> V1AuthToken::fromBody(QByteArrayView body)
{
    auto tree = JsonTree::parse(body);
    if (!tree)
        return tree.failure();
    const JsonNode &root = tree.value();
    if (root.kind != JsonNode::Kind::Object)
        return SellerError{tr("the body is JSON but not an object")};
    Params params;
    for (qsizetype i = 0; i < root.keys.size(); ++i) {
        const JsonNode &value = root.items[size_t(i)];
        const QString &name = root.keys[i];
        if (name == kAuthToken || value.kind == JsonNode::Kind::Null)
            continue;
        if (value.kind == JsonNode::Kind::String) {
            // Java's StringUtils.isBlank: empty or only whitespace.
            if (value.string.trimmed().isEmpty())
                continue;
            params.append({name, value.string});
        } else {
            params.append({name, QString::fromUtf8(CanonicalJson::write(value))});
        }
    }
    return params;
}

QByteArray V1AuthToken::joined(Params params)
{
    std::sort(params.begin(), params.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += name.toUtf8() + '=' + value.toUtf8();
    }
    return out;
}

SellerResult<QByteArray> V1AuthToken::sign(QByteArrayView accessKey, const Params &params)
{
    const auto it = std::find_if(params.begin(), params.end(),
                                 [](const auto &p) { return p.first == kTimeStamp; });
    if (it == params.end() || it->second.isEmpty())
        return SellerError{tr("there is no timeStamp parameter; the key is accessKey + timeStamp")};
    const QByteArray key = accessKey.toByteArray() + it->second.toUtf8();
    return HmacSha256::base64(key, joined(params));
}

SellerResult<void> V1AuthToken::verify(QByteArrayView accessKey, const Params &params,
                                       QByteArrayView authToken)
{
    if (authToken.isEmpty())
        return SellerError{tr("no authToken was given")};
    const auto expected = sign(accessKey, params);
    if (!expected)
        return expected.failure();
    if (!HmacSha256::equals(expected.value(), authToken))
        return SellerError{tr("the authToken does not match: another key, or other "
                              "parameters were signed")};
    return {};
}
