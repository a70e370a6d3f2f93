#include "console/instance_channel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

namespace {

// A request is a QDataStream of the arguments, behind its length; the answer one byte.
constexpr char kAnswer = '+';
constexpr qint32 kMaxRequest = 64 * 1024;

} // namespace

QString InstanceChannel::nameFor(const QString &dataRoot)
{
    const QFileInfo info(dataRoot);
    const QString path =
        info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    return QStringLiteral("marketdesk-") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(24));
}

bool InstanceChannel::forward(const QString &dataRoot, const QStringList &arguments, QString *error,
                              int patienceMs)
{
    QByteArray request;
    {
        QDataStream out(&request, QIODevice::WriteOnly);
        out << arguments;
    }
    const QDeadlineTimer deadline(patienceMs);
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(nameFor(dataRoot));
        if (socket.waitForConnected(qMax<qint64>(1, deadline.remainingTime())))
            break;
        if (deadline.hasExpired()) {
            *error = tr("another marketdesk uses %1 but does not answer: %2")
                         .arg(QDir::toNativeSeparators(dataRoot), socket.errorString());
            return false;
        }
        QThread::msleep(50); // its module may still be loading
    }
    QByteArray frame;
    {
        QDataStream out(&frame, QIODevice::WriteOnly);
        out << qint32(request.size());
    }
    socket.write(frame + request);
    socket.flush();
    while (socket.bytesAvailable() < 1 &&
           socket.waitForReadyRead(qMax<qint64>(1, deadline.remainingTime()))) {
    }
    if (socket.read(1) != QByteArray(1, kAnswer)) {
        *error = tr("another marketdesk uses %1 but did not take the request")
                     .arg(QDir::toNativeSeparators(dataRoot));
        return false;
    }
    return true;
}

InstanceChannel::InstanceChannel(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    // Only this user may ask this console to do anything.
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
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() < qint64(sizeof(qint32)))
                return;
            qint32 size = 0;
            {
                QDataStream in(socket->peek(sizeof(qint32)));
                in >> size;
            }
            if (size < 0 || size > kMaxRequest) {
                socket->abort();
                return;
            }
            if (socket->bytesAvailable() < qint64(sizeof(qint32)) + size)
                return;
            socket->read(sizeof(qint32));
            QStringList arguments;
            QDataStream in(socket->read(size));
            in >> arguments;
            if (in.status() != QDataStream::Ok) {
                socket->abort();
                return;
            }
            socket->write(QByteArray(1, kAnswer));
            socket->flush();
            Q_EMIT requested(arguments);
        });
    }
}
