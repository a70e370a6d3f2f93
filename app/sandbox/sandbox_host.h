#pragma once
// Creates a seeded sandbox, and runs one on its own thread inside another program: the
// console's demo mode and the tests use it to get a real server on a loopback port.
#include "seeder.h"

#include <QThread>
#include <QUrl>

#include <memory>

class SandboxServer;

struct SandboxOptions
{
    QString dataPath = QStringLiteral(":memory:");
    SeedOptions seed;
    quint16 port = 0;
};

// Opens the store (seeding it when empty) and listens on 127.0.0.1.
std::unique_ptr<SandboxServer> createSandbox(const SandboxOptions &options, QString *error);

class SandboxHost
{
public:
    SandboxHost();
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    // Blocks until the server listens (seeding 100,000 members takes a second or two).
    bool start(const SandboxOptions &options, QString *error);
    void stop();
    quint16 port() const { return m_port; }
    QUrl url() const;

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
};
