#pragma once
// The sandbox's HTTP front: routes the console API (docs/api.md) to the store, enforces
// Idempotency-Key on mutations, and lets the fault injector spoil answers. Listens on
// 127.0.0.1 only.
#include "fault_injector.h"
#include "sandbox_store.h"

#include <QAbstractHttpServer>

class QHttpServerRequest;
class QTcpSocket;

class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(std::unique_ptr<SandboxStore> store, QObject *parent = nullptr);
    ~SandboxServer() override;

    // 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    SandboxStore &store() { return *m_store; }
    FaultInjector &faults() { return m_faults; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxReply route(const QHttpServerRequest &request, const QByteArray &method,
                       const QStringList &parts);
    SandboxReply admin(const QHttpServerRequest &request, const QByteArray &method,
                       const QString &path);
    void respond(QTcpSocket *socket, const SandboxReply &reply, const QByteArray &requestId,
                 FaultInjector::Fault fault, const QList<QPair<QByteArray, QByteArray>> &extra);

    std::unique_ptr<SandboxStore> m_store;
    FaultInjector m_faults;
};
