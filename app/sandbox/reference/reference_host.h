#pragma once
// Creates a reference SaaS server, and runs one on its own thread inside another program, as
// SandboxHost does for the sandbox: the console's demo mode (beside the sandbox) and the
// tests get a real seller's server on a free 127.0.0.1 port.
#include "sandbox/reference/reference_config.h"

#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <functional>

#include <memory>

class ReferenceServer;

struct ReferenceOptions
{
    ReferenceConfig config;
    quint16 port = 0;
    bool tls = false; // HTTPS with a CA and certificate generated at start (SandboxTls)
};

// Checks the configuration and listens on 127.0.0.1; `caPem` receives the CA to trust when
// `tls` is set. Fills `error` and returns null on failure.
std::unique_ptr<ReferenceServer> createReference(const ReferenceOptions &options, QString *error,
                                                 QByteArray *caPem = nullptr);

class ReferenceHost
{
public:
    ReferenceHost();
    ~ReferenceHost();
    ReferenceHost(const ReferenceHost &) = delete;
    ReferenceHost &operator=(const ReferenceHost &) = delete;

    // Blocks until the server listens.
    bool start(const ReferenceOptions &options, QString *error);
    void stop();
    quint16 port() const { return m_port; }
    // http(s)://127.0.0.1:PORT
    QUrl url() const;
    // The production address: url() + the configured path prefix.
    QUrl productionUrl() const;
    QByteArray caPem() const { return m_caPem; }
    // GET /_reference/state's body, read on the server's own thread.
    QJsonObject stateNow();
    // Replaces the basic and/or Kit access key ({"basicAccessKey", "kitAccessKey"}), as
    // POST /_reference/keys does, on the server's thread; `done` is called in `receiver`'s
    // thread with "" or what is wrong. Never waits.
    void replaceAccessKeys(const QJsonObject &keys, QObject *receiver,
                           std::function<void(const QString &problem)> done);

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    ReferenceServer *m_server = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_prefix;
    QByteArray m_caPem;
};
