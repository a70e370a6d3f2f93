#include "seller/debugger/provider_http.h"

#include <QJsonDocument>
#include <QUrl>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

} // namespace

ProviderHttp::Parse ProviderHttp::parse(const QByteArray &buffer, ProviderRequest *request,
                                        qsizetype *consumed, int *status, QString *error)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() <= kMaxHeaderBytes)
            return Parse::Incomplete;
        *status = 413;
        *error =
            QStringLiteral("the request's headers are longer than %1 bytes").arg(kMaxHeaderBytes);
        return Parse::Bad;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    *status = 400;
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
        *error = QStringLiteral("not an HTTP/1.x request line");
        return Parse::Bad;
    }
    ProviderRequest r;
    r.method = first[0];
    const QUrl target = QUrl::fromEncoded(first[1]);
    r.path = target.path();
    r.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("a header line without a name");
            return Parse::Bad;
        }
        r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (r.headers.contains("transfer-encoding")) {
        *status = 501;
        *error = QStringLiteral("chunked bodies are not supported: send Content-Length");
        return Parse::Bad;
    }
    bool ok = true;
    const qsizetype length = r.headers.contains("content-length")
                                 ? r.headers.value("content-length").toLongLong(&ok)
                                 : 0;
    if (!ok || length < 0) {
        *error = QStringLiteral("Content-Length is not a number");
        return Parse::Bad;
    }
    if (length > kMaxBodyBytes) {
        *status = 413;
        *error = QStringLiteral("the body is longer than %1 bytes").arg(kMaxBodyBytes);
        return Parse::Bad;
    }
    if (buffer.size() < end + 4 + length)
        return Parse::Incomplete;
    r.body = buffer.mid(end + 4, length);
    *consumed = end + 4 + length;
    *request = std::move(r);
    return Parse::Done;
}

QByteArray ProviderHttp::answer(int status, const QJsonObject &json,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: " +
                     QByteArray::number(body.size()) +
                     "\r\nCache-Control: no-store\r\nPragma: no-cache\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

QUrlQuery ProviderHttp::form(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(spaced));
}
