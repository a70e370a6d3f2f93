#include "identity/loopback_listener.h"

#include "common/logging.h"
#include "identity/callback_request.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 400:
        return "HTTP/1.1 400 Bad Request\r\n";
    case 404:
        return "HTTP/1.1 404 Not Found\r\n";
    default:
        return "HTTP/1.1 405 Method Not Allowed\r\n";
    }
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        close();
        Q_EMIT timedOut(m_strays);
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onConnection);
}

LoopbackListener::~LoopbackListener() = default;

bool LoopbackListener::listen(int timeoutMs, QString *error)
{
    // 127.0.0.1 only: never reachable from another machine (RFC 8252 §8.3).
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = QCoreApplication::translate("LoopbackListener",
                                             "cannot listen on 127.0.0.1 for the sign-in: %1")
                     .arg(m_server->errorString());
        return false;
    }
    m_done = false;
    m_strays = 0;
    m_timeout.start(timeoutMs);
    qCInfo(lcAuth) << "waiting for the sign-in callback on 127.0.0.1 port" << port();
    return true;
}

bool LoopbackListener::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackListener::port() const
{
    return m_server->serverPort();
}

QHostAddress LoopbackListener::address() const
{
    return m_server->serverAddress();
}

QString LoopbackListener::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port());
}

void LoopbackListener::close()
{
    m_timeout.stop();
    m_server->close();
}

void LoopbackListener::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        // A connection that never sends a whole request head is dropped.
        QTimer::singleShot(10'000, socket, [socket] { socket->abort(); });
    }
}

void LoopbackListener::onReadable(QTcpSocket *socket)
{
    // One answer per connection: whatever follows it is not read as another request (it
    // would count as another stray callback).
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    if (socket->bytesAvailable() + socket->property("head").toByteArray().size() >
        CallbackRequest::kMaxHead) {
        answer(socket, 400, QCoreApplication::translate("LoopbackListener", "Bad request"),
               QCoreApplication::translate("LoopbackListener", "The request is too large."));
        return;
    }
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    // Anyone on this computer can reach the port; only the state, which the authorize request
    // carried and nobody else knows, makes a callback this sign-in's. Without it, it neither
    // ends nor decides anything.
    const CallbackRequest request = CallbackRequest::read(head, m_expectedState);
    switch (request.kind) {
    case CallbackRequest::Kind::Incomplete:
        return;
    case CallbackRequest::Kind::TooLarge:
        answer(socket, 400, QCoreApplication::translate("LoopbackListener", "Bad request"),
               QCoreApplication::translate("LoopbackListener", "The request is too large."));
        return;
    case CallbackRequest::Kind::NotHttp:
        answer(socket, 400, QCoreApplication::translate("LoopbackListener", "Bad request"),
               QCoreApplication::translate("LoopbackListener", "This is not an HTTP request."));
        return;
    case CallbackRequest::Kind::NotGet:
        answer(socket, 405, QCoreApplication::translate("LoopbackListener", "Not allowed"),
               QCoreApplication::translate("LoopbackListener", "Only GET is answered here."));
        return;
    case CallbackRequest::Kind::NotFound:
        // Browsers also ask for /favicon.ico; that is no reason to stop waiting.
        answer(socket, 404, QCoreApplication::translate("LoopbackListener", "Not found"),
               QCoreApplication::translate("LoopbackListener", "Nothing here."));
        return;
    default:
        break;
    }
    if (m_done) {
        answer(
            socket, 400, QCoreApplication::translate("LoopbackListener", "Already used"),
            QCoreApplication::translate("LoopbackListener", "This sign-in has already finished."));
        return;
    }
    if (request.kind == CallbackRequest::Kind::Stray) {
        onStray(socket);
        return;
    }
    if (request.kind == CallbackRequest::Kind::Malformed) {
        // This sign-in's callback, but unreadable: it cannot be completed from it.
        m_done = true;
        answer(socket, 400,
               QCoreApplication::translate("LoopbackListener", "marketdesk: sign-in failed"),
               request.problem.toHtmlEscaped());
        close();
        Q_EMIT callbackReceived({}, request.problem);
        return;
    }
    const QUrlQuery &query = request.query;
    const QString problem = m_judge ? m_judge(query) : QString();
    m_done = true;
    if (problem.isEmpty())
        answer(socket, 200,
               QCoreApplication::translate("LoopbackListener", "marketdesk: signed in"),
               QCoreApplication::translate("LoopbackListener",
                                           "You are signed in. You can close this tab and "
                                           "return to marketdesk."));
    else
        answer(socket, 400,
               QCoreApplication::translate("LoopbackListener", "marketdesk: sign-in failed"),
               QCoreApplication::translate("LoopbackListener",
                                           "The sign-in did not complete: %1 You can close this "
                                           "tab and try again in marketdesk.")
                   .arg(problem.toHtmlEscaped()));
    close();
    Q_EMIT callbackReceived(query, problem);
}

void LoopbackListener::onStray(QTcpSocket *socket)
{
    ++m_strays;
    qCWarning(lcAuth).nospace() << "ignored a sign-in callback without this sign-in's state ("
                                << m_strays << " of at most " << MaxStrayCallbacks << ")";
    answer(socket, 400,
           QCoreApplication::translate("LoopbackListener", "marketdesk: not this sign-in"),
           QCoreApplication::translate("LoopbackListener",
                                       "This answer does not belong to the sign-in marketdesk is "
                                       "waiting for (its state is missing or different), so it "
                                       "was ignored. If you are signing in, finish it in the "
                                       "browser tab marketdesk opened."));
    Q_EMIT strayCallback(m_strays);
    if (m_strays < MaxStrayCallbacks)
        return;
    m_done = true;
    close();
    Q_EMIT tooManyStrayCallbacks(m_strays);
}

void LoopbackListener::answer(QTcpSocket *socket, int status, const QString &title,
                              const QString &text)
{
    const QByteArray body = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                           "<title>%1</title></head><body style=\"font-family:"
                                           "sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body>"
                                           "</html>")
                                .arg(title.toHtmlEscaped(), text)
                                .toUtf8();
    socket->setProperty("answered", true);
    socket->write(statusLine(status) + "Content-Type: text/html; charset=utf-8\r\n" +
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n" +
                  "Cache-Control: no-store\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
