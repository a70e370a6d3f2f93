#include "sandbox/reference/http_answer.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

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
    case 415:
        return "Unsupported Media Type";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

} // namespace

HttpAnswer HttpAnswer::json(const QJsonObject &object, int status)
{
    HttpAnswer a;
    a.status = status;
    a.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return a;
}

HttpAnswer HttpAnswer::error(int status, const char *code, const QString &message)
{
    return json({{QStringLiteral("resultCode"), QString::fromLatin1(code)},
                 {QStringLiteral("resultMsg"), message}},
                status);
}

void HttpAnswer::writeTo(QTcpSocket *socket, int delayMs) const
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                       "\r\nContent-Type: " + contentType +
                       "\r\nContent-Length: " + QByteArray::number(body.size()) +
                       "\r\nCache-Control: no-store\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "\r\n" + body;
    if (delayMs <= 0) {
        socket->write(bytes);
        return;
    }
    // The timer belongs to the socket: a connection closed meanwhile takes it along.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, socket, [guard, bytes] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            guard->write(bytes);
    });
}
