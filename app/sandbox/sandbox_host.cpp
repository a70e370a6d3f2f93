#include "sandbox/sandbox_host.h"

#include "common/logging.h"
#include "sandbox/apps/apps_domain.h"
#include "sandbox/apps/apps_seed.h"
#include "sandbox/licenses/licenses_domain.h"
#include "sandbox/licenses/licenses_seed.h"
#include "sandbox/org/org_domain.h"
#include "sandbox/sandbox_server.h"
#include "sandbox/seller/engine_debug_runner.h"
#include "sandbox/seller/seller_domain.h"
#include "sandbox/seller/seller_seed.h"

#include <QElapsedTimer>

std::unique_ptr<SandboxServer> createSandbox(const SandboxOptions &options, QString *error,
                                             QByteArray *caPem, QByteArray *certificatePem)
{
    auto primary = SandboxTenant::open(AuthServer::primaryTenant(), options.dataPath, error);
    if (!primary)
        return nullptr;
    auto server = std::make_unique<SandboxServer>(std::move(primary));
    // The console API's domains: each registers here.
    OrgDomain &org = server->addDomain(std::make_unique<OrgDomain>());
    SellerDomain &seller = server->addDomain(std::make_unique<SellerDomain>());
    AppsDomain &apps = server->addDomain(std::make_unique<AppsDomain>());
    LicensesDomain &licenses = server->addDomain(std::make_unique<LicensesDomain>());
    // What an enterprise bought, after its organisation (grants need its members); also into
    // a data file of an earlier version, which had none.
    const auto seedPurchases = [&](SandboxTenant &tenant, int count, quint32 seed) {
        if (!apps.store(tenant).isEmpty())
            return true;
        QElapsedTimer timer;
        timer.start();
        const AppsSeedOptions o{count, seed, options.today, tenant.id()};
        if (!AppsSeed::seed(apps.store(tenant), apps.org(tenant), o, error) ||
            !LicensesSeed::seed(licenses.store(tenant), o, error))
            return false;
        qCInfo(lcSandbox) << "seeded" << count << "apps with their orders, Licenses and images for"
                          << tenant.id() << "in" << timer.elapsed() << "ms";
        return true;
    };
    if (options.realDebugger)
        seller.setRunner(std::make_unique<EngineDebugRunner>());
    if (OrgStore &store = org.store(server->primaryTenant()); store.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        const SeedData data = generateEnterprise(options.seed);
        if (!store.insertSeed(data.departments, data.members, error))
            return nullptr;
        qCInfo(lcSandbox) << "seeded" << data.departments.size() << "departments and"
                          << data.members.size() << "members in" << timer.elapsed() << "ms";
    }
    if (!seedPurchases(server->primaryTenant(), options.apps, options.seed.seed))
        return nullptr;
    // The second tenant: small, in memory, its own people and departments.
    auto second =
        SandboxTenant::open(AuthServer::secondTenant(), QStringLiteral(":memory:"), error);
    if (!second)
        return nullptr;
    SeedOptions small;
    small.members = 150;
    small.departments = 15;
    small.seed = options.seed.seed + 7;
    small.companyName = QStringLiteral("北方云联科技 Beifang Cloud Technology");
    const SeedData data = generateEnterprise(small);
    SandboxTenant &secondTenant = server->addTenant(std::move(second));
    if (!org.store(secondTenant).insertSeed(data.departments, data.members, error) ||
        !seedPurchases(secondTenant, 8, small.seed))
        return nullptr;
    // The sellers' tenants, in memory: the first with demo data in its Seller Center.
    for (const QString &id : {AuthServer::sellerTenant(), AuthServer::secondSellerTenant()}) {
        auto tenant = SandboxTenant::open(id, QStringLiteral(":memory:"), error);
        if (!tenant)
            return nullptr;
        SandboxTenant &added = server->addTenant(std::move(tenant));
        if (id == AuthServer::sellerTenant() &&
            !SellerSeed::seed(seller.store(added), options.demoSeller, error))
            return nullptr;
    }
    if (!options.autoApprove.isEmpty()) {
        const QString e =
            server->auth().configure({{QStringLiteral("autoApprove"), options.autoApprove}});
        if (!e.isEmpty()) {
            *error = e;
            return nullptr;
        }
    }
    if (options.tls) {
        SandboxTls tls;
        if (const QString e = tls.generate(options.tlsMode); !e.isEmpty()) {
            *error = e;
            return nullptr;
        }
        server->enableTls(tls.serverConfiguration());
        if (caPem)
            *caPem = tls.caPem();
        if (certificatePem)
            *certificatePem = tls.certificatePem();
    }
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
            auto server = createSandbox(options, &e, &m_caPem, &m_certPem);
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

QJsonObject SandboxHost::statsNow()
{
    QJsonObject o;
    if (!m_server)
        return o;
    QMetaObject::invokeMethod(
        m_context,
        [this, &o] {
            o = m_server->primaryTenant().stats().toJson();
            o.insert(QStringLiteral("auth"), m_server->auth().toJson());
        },
        Qt::BlockingQueuedConnection);
    return o;
}

QUrl SandboxHost::url() const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}
