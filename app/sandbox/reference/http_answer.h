#pragma once
// One HTTP answer of the reference server as the exact bytes that go out: V1's Body-Sign
// signs the body as sent (protocol reference §3.2: never let anything re-serialise it after
// signing), so the body is bytes here, not a JSON object. Written to the socket at once or,
// for the slow fault, from a timer after a delay, without ever blocking the server's thread.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QTcpSocket;

struct HttpAnswer
{
    int status = 200;
    QByteArray contentType = "application/json;charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // Compact JSON (what the server signs and sends).
    static HttpAnswer json(const QJsonObject &object, int status = 200);
    // {"resultCode": code, "resultMsg": message} with an HTTP status of our own choosing, for
    // the endpoints that are not the marketplace's.
    static HttpAnswer error(int status, const char *code, const QString &message);

    // Writes it to `socket` now, or after `delayMs` if the socket is still open then.
    void writeTo(QTcpSocket *socket, int delayMs = 0) const;
};
