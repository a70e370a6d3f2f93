#include "sandbox_host.h"

#include "logging.h"
#include "sandbox_server.h"

#include <QElapsedTimer>

std::unique_ptr<SandboxServer> createSandbox(const SandboxOptions &options, QString *error)
{
    auto store = SandboxStore::open(options.dataPath, error);
    if (!store)
        return nullptr;
    if (store->isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        const SeedData data = generateEnterprise(options.seed);
        if (!store->insertSeed(data.departments, data.members, error))
            return nullptr;
        qCInfo(lcSandbox) << "seeded" << data.departments.size() << "departments and"
                          << data.members.size() << "members in" << timer.elapsed() << "ms";
    }
    auto server = std::make_unique<SandboxServer>(std::move(store));
    if (server->listenLoopback(options.port) == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (in use?)").arg(options.port);
        return nullptr;
    }
    return server;
}

SandboxHost::SandboxHost()
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options, QString *error)
{
    if (m_server)
        return true;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QString e;
    QMetaObject::invokeMethod(
        m_context,
        [this, &options, &e] {
            auto server = createSandbox(options, &e);
            if (server) {
                m_port = server->serverPorts().value(0);
                m_server = server.release();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!m_server) {
        *error = e;
        stop();
        return false;
    }
    return true;
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
            delete m_context;
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}

QUrl SandboxHost::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}
