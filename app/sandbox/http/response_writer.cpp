#include "sandbox/http/response_writer.h"

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
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

ResponseWriter::ResponseWriter(FaultInjector &faults, SandboxStats &stats)
    : m_faults(faults)
    , m_stats(stats)
{
}

void ResponseWriter::write(QTcpSocket *socket, const SandboxAnswer &answer,
                           const QByteArray &requestId)
{
    if (answer.page)
        writePage(socket, *answer.page);
    else
        writeJson(socket, answer, requestId);
}

void ResponseWriter::writePage(QTcpSocket *socket, const WebReply &reply)
{
    --m_stats.inFlight;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                      (reply.status == 302 ? QByteArray("Found") : reasonPhrase(reply.status)) +
                      "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Cache-Control: no-store\r\n";
    if (!reply.location.isEmpty())
        head += "Location: " + reply.location + "\r\n";
    head += "\r\n";
    socket->write(head + reply.body);
}

void ResponseWriter::writeJson(QTcpSocket *socket, const SandboxAnswer &answer,
                               const QByteArray &requestId)
{
    const SandboxReply &reply = answer.reply;
    const FaultInjector::Fault fault = answer.fault;
    QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    const qsizetype declared = body.size();
    if (fault == FaultInjector::Fault::Malformed)
        body = body.left(body.size() / 2) + "<html>502 Bad Gateway";
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: application/json; charset=utf-8\r\n";
    head += "Content-Length: " +
            QByteArray::number(fault == FaultInjector::Fault::Truncate ? declared : body.size()) +
            "\r\n";
    if (!requestId.isEmpty())
        head += "X-Request-Id: " + requestId + "\r\n";
    for (const auto &[k, v] : answer.headers)
        head += k + ": " + v + "\r\n";
    head += "\r\n";

    QPointer<QTcpSocket> guard(socket);
    SandboxStats *stats = &m_stats;
    auto send = [stats, guard, head, body, fault] {
        --stats->inFlight;
        if (!guard)
            return;
        if (fault == FaultInjector::Fault::Drop) {
            guard->abort();
            return;
        }
        if (fault == FaultInjector::Fault::Truncate) {
            guard->write(head + body.left(body.size() / 2));
            guard->flush();
            guard->disconnectFromHost();
            return;
        }
        guard->write(head + body);
    };
    if (const int delay = m_faults.delayMs(fault); delay > 0)
        QTimer::singleShot(delay, socket, send);
    else
        send();
}
