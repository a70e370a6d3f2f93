#include "console/instance_channel.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace {

constexpr char kRequest = 'R';
constexpr char kAnswer = '+';
constexpr int kMaxOpen = 8;             // connections waiting for their byte at once
constexpr int kRequestTimeoutMs = 2000; // a client that sends nothing is dropped

} // namespace

QString InstanceChannel::nameFor(const QString &dataRoot)
{
    const QFileInfo info(dataRoot);
    const QString path =
        info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    // An absolute path: Qt would otherwise put the socket in the shared temporary folder,
    // where another user could take its name first.
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
           QStringLiteral("/marketdesk-") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(24));
}

bool InstanceChannel::forward(const QString &dataRoot, QString *error, int patienceMs)
{
    const QDeadlineTimer deadline(patienceMs);
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(nameFor(dataRoot));
        if (socket.waitForConnected(qMax<qint64>(1, deadline.remainingTime())))
            break;
        if (deadline.hasExpired()) {
            *error =
                tr("another marketdesk holds %1 but does not answer: %2")
                    .arg(QDir::toNativeSeparators(dataRoot + QStringLiteral("/marketdesk.lock")),
                         socket.errorString());
            return false;
        }
        QThread::msleep(50); // its module may still be loading
    }
    socket.write(QByteArray(1, kRequest));
    socket.flush();
    while (socket.bytesAvailable() < 1 &&
           socket.waitForReadyRead(qMax<qint64>(1, deadline.remainingTime()))) {
    }
    if (socket.read(1) != QByteArray(1, kAnswer)) {
        *error = tr("another marketdesk holds %1 but did not take the request")
                     .arg(QDir::toNativeSeparators(dataRoot + QStringLiteral("/marketdesk.lock")));
        return false;
    }
    return true;
}

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::onConnection);
}

bool InstanceChannel::listen(const QString &dataRoot, QString *error)
{
    const QString name = nameFor(dataRoot);
    // The lock file says no other console runs on this folder: a socket of that name is a
    // crashed one's leftover.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

void InstanceChannel::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_open >= kMaxOpen) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        timeout->start(kRequestTimeoutMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            const QByteArray request = socket->read(1);
            if (request != QByteArray(1, kRequest)) {
                socket->abort();
                socket->deleteLater();
                return;
            }
            socket->write(QByteArray(1, kAnswer));
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requested();
        });
    }
}
