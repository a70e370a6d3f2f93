#pragma once
// The little HTTP/1.1 the debugger's login provider speaks over a QTcpSocket (core links no
// QtHttpServer): reads one request — request line, headers, a Content-Length body of at most
// 64 KiB, no chunked bodies — and writes one JSON answer that closes the connection. Enough
// for a seller's OAuth client calling the token and userinfo endpoints; not a web server.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

struct ProviderRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

class ProviderHttp
{
public:
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;

    enum class Parse
    {
        Incomplete, // more bytes needed
        Done,       // `request` filled, `consumed` bytes used
        Bad         // `error` says why; answer 400 (or 413, 501) and close
    };

    // Parses one request from the start of `buffer`.
    static Parse parse(const QByteArray &buffer, ProviderRequest *request, qsizetype *consumed,
                       int *status, QString *error);
    // "HTTP/1.1 <status> …" with a JSON body, Cache-Control: no-store and Connection: close.
    static QByteArray answer(int status, const QJsonObject &json,
                             const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // An application/x-www-form-urlencoded body: '+' is a space, then percent-decoding.
    static QUrlQuery form(const QByteArray &body);
};
