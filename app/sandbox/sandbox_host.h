#pragma once
// Creates a seeded sandbox, and runs one on its own thread inside another program: the
// console's demo mode and the tests use it to get a real server on a loopback port.
#include "sandbox/sandbox_tls.h"
#include "sandbox/seeder.h"
#include "sandbox/seller/seller_seed.h"

#include <QDate>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <memory>

class SandboxServer;

struct SandboxOptions
{
    QString dataPath = QStringLiteral(":memory:"); // the primary tenant's enterprise
    SeedOptions seed;
    quint16 port = 0;
    QString autoApprove; // an account ("zhang.min" or "chen.jie@beifang-cloud") or empty
    bool tls = false;
    SandboxTls::Mode tlsMode = SandboxTls::Mode::Valid;
    int apps = 50; // apps the primary enterprise bought (the second: 8)
    QDate today;   // the sandbox's today, which its seed counts back from; invalid: the real one
    DemoSellerOptions demoSeller; // the seeded seller's address, keys and public key
    // Debugging runs call the address with marketdesk's debugger (EngineDebugRunner) instead
    // of taking the test harness's verdict from /_sandbox/seller.
    bool realDebugger = false;
};

// Opens the store (seeding it when empty), adds the second, smaller tenant and the two
// sellers' tenants (in memory; the first seller's with demo data), and
// listens on 127.0.0.1, over HTTPS with freshly generated certificates when asked; `caPem`
// receives the CA to trust.
std::unique_ptr<SandboxServer> createSandbox(const SandboxOptions &options, QString *error,
                                             QByteArray *caPem = nullptr,
                                             QByteArray *certificatePem = nullptr);

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
    QByteArray caPem() const { return m_caPem; }
    QByteArray certificatePem() const { return m_certPem; }
    // The server's counters read on its own thread: for tests that cannot reach
    // /_sandbox/stats (a refused certificate refuses that too).
    QJsonObject statsNow();

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
    QByteArray m_caPem;
    QByteArray m_certPem;
};
