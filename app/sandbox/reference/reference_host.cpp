#include "sandbox/reference/reference_host.h"

#include <QPointer>

#include "sandbox/reference/reference_logging.h"
#include "sandbox/reference/reference_server.h"
#include "sandbox/sandbox_tls.h"

std::unique_ptr<ReferenceServer> createReference(const ReferenceOptions &options, QString *error,
                                                 QByteArray *caPem)
{
    if (const QString problem = options.config.problem(); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    ReferenceFaults check;
    if (const QString problem = check.configure(options.config.faults); !problem.isEmpty()) {
        *error = QStringLiteral("faults: ") + problem;
        return nullptr;
    }
    auto server = std::make_unique<ReferenceServer>(options.config);
    if (options.tls) {
        SandboxTls tls;
        if (const QString e = tls.generate(SandboxTls::Mode::Valid); !e.isEmpty()) {
            *error = e;
            return nullptr;
        }
        server->enableTls(tls.serverConfiguration());
        if (caPem)
            *caPem = tls.caPem();
    }
    if (server->listenLoopback(options.port) == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (in use?)").arg(options.port);
        return nullptr;
    }
    if (options.config.privateKey.isNull())
        qCWarning(lcReference) << "no private key: every applicationSync answers 000101";
    return server;
}

ReferenceHost::ReferenceHost()
{
    m_thread.setObjectName(QStringLiteral("reference-saas"));
}

ReferenceHost::~ReferenceHost()
{
    stop();
}

bool ReferenceHost::start(const ReferenceOptions &options, QString *error)
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
            auto server = createReference(options, &e, &m_caPem);
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
    m_tls = options.tls;
    m_prefix = options.config.pathPrefix;
    return true;
}

void ReferenceHost::stop()
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

QUrl ReferenceHost::url() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

QUrl ReferenceHost::productionUrl() const
{
    QUrl u = url();
    u.setPath(m_prefix);
    return u;
}

void ReferenceHost::replaceAccessKeys(const QJsonObject &keys, QObject *receiver,
                                      std::function<void(const QString &problem)> done)
{
    if (!m_server) {
        QMetaObject::invokeMethod(receiver, [done] { done(QStringLiteral("not running")); });
        return;
    }
    QMetaObject::invokeMethod(
        m_context, [this, keys, receiver = QPointer<QObject>(receiver), done = std::move(done)] {
            const QString problem = m_server->state().config.replaceAccessKeys(keys);
            if (receiver)
                QMetaObject::invokeMethod(receiver.data(), [done, problem] { done(problem); });
        });
}

QJsonObject ReferenceHost::stateNow()
{
    QJsonObject o;
    if (!m_server)
        return o;
    QMetaObject::invokeMethod(
        m_context, [this, &o] { o = m_server->state().toJson(); }, Qt::BlockingQueuedConnection);
    return o;
}
