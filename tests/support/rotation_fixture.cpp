#include "support/rotation_fixture.h"

#include "seller/client/seller_service.h"
#include "storage/outbox.h"
#include "support/queued_spy.h"
#include "support/sandbox_fixture.h"

#include <QDirIterator>
#include <QTest>

namespace {
constexpr int kWaitMs = 20'000;
} // namespace

RotationFixture::~RotationFixture()
{
    stopService();
    m_thread.quit();
    m_thread.wait();
    TestSupport::useBearer({});
}

QString RotationFixture::start()
{
    ReferenceOptions r;
    r.config.basicAccessKey = "rotation-test-basic-key-0123456789";
    r.config.kitAccessKey = "rotation-test-kit-key-9876543210";
    QString error;
    if (!m_reference.start(r, &error))
        return error;
    SandboxOptions o;
    o.seed.members = 5;
    o.seed.departments = 2;
    o.realDebugger = true;
    o.demoSeller.productionUrl = m_reference.productionUrl().toString();
    o.demoSeller.basicKey = r.config.basicAccessKey;
    o.demoSeller.kitKey = r.config.kitAccessKey;
    if (!m_host.start(o, &error))
        return error;
    m_thread.start();
    return {};
}

QString RotationFixture::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("account")) : QString();
}

SellerService *RotationFixture::startService(bool fresh,
                                             const std::function<void(SellerService *)> &made,
                                             const std::function<void()> &atOpen)
{
    stopService();
    SignInResult signedIn;
    if (const QString e = TestSupport::signIn(m_host.url(), QStringLiteral("liu.yang"), &signedIn);
        !e.isEmpty()) {
        qWarning() << e;
        return nullptr;
    }
    TestSupport::useBearer(signedIn.tokens.accessToken);
    if (fresh || !m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    SellerServiceConfig c;
    c.server = m_host.url();
    c.dataDir = dataDir();
    c.actor = QStringLiteral("liu.yang@test");
    c.endpoints = signedIn.endpoints;
    c.tokens = signedIn.tokens;
    m_service = new SellerService(c);
    m_service->moveToThread(&m_thread);
    if (made)
        made(m_service);
    QueuedSpy opened(m_service, &SellerService::opened);
    QueuedSpy synced(m_service, &SellerService::syncFinished);
    QMetaObject::invokeMethod(m_service, [s = m_service, atOpen] {
        s->open();
        if (atOpen)
            atOpen();
        s->sync();
    });
    if (!QTest::qWaitFor([&] { return opened.count() > 0 && synced.count() > 0; }, kWaitMs) ||
        !opened.last().first().toBool() || !synced.last().first().toBool()) {
        qWarning() << "the service did not open and sync";
        return nullptr;
    }
    return m_service;
}

void RotationFixture::stopService()
{
    if (m_service)
        QMetaObject::invokeMethod(
            m_service, [s = m_service] { delete s; }, Qt::BlockingQueuedConnection);
    m_service = nullptr;
}

int RotationFixture::outboxPending()
{
    int pending = -1;
    if (m_service)
        QMetaObject::invokeMethod(
            m_service,
            [s = m_service, &pending] { pending = s->outbox() ? s->outbox()->pendingCount() : -1; },
            Qt::BlockingQueuedConnection);
    return pending;
}

QJsonObject RotationFixture::get(const QString &path)
{
    return TestSupport::httpJson(m_host.url().resolved(QUrl(path)));
}

QJsonObject RotationFixture::address()
{
    return get(QStringLiteral("/api/v1/seller/addresses"))
        .value(u"items")
        .toArray()
        .first()
        .toObject();
}

QString RotationFixture::boundKey(const QString &suite)
{
    return address().value(suite == u"kit" ? u"kitKeyId" : u"basicKeyId").toString();
}

bool RotationFixture::keyExists(const QString &keyId)
{
    int status = 0;
    TestSupport::httpJson(
        m_host.url().resolved(QUrl(QStringLiteral("/api/v1/seller/keys/") + keyId)), "GET", {},
        &status);
    return status == 200;
}

QJsonArray RotationFixture::runsWith(const QString &keyId)
{
    QJsonArray mine;
    const QJsonArray all =
        get(QStringLiteral("/api/v1/seller/addresses/%1/debug-runs").arg(addressId()))
            .value(u"items")
            .toArray();
    for (const QJsonValue &r : all)
        if (r.toObject().value(u"keyId").toString() == keyId)
            mine.append(r);
    return mine;
}

bool RotationFixture::install(const QString &suite, const QByteArray &secret)
{
    int status = 0;
    TestSupport::httpJson(
        m_reference.url().resolved(QUrl(QStringLiteral("/_reference/keys"))), "POST",
        {{suite == u"kit" ? QStringLiteral("kitAccessKey") : QStringLiteral("basicAccessKey"),
          QString::fromUtf8(secret)}},
        &status);
    return status == 200;
}

void RotationFixture::holdNextAnswer(const QString &pathPrefix)
{
    TestSupport::setFaults(
        m_host.url(),
        pathPrefix.isEmpty()
            ? QJsonObject()
            : QJsonObject{{QStringLiteral("slowMs"), 30000},
                          {QStringLiteral("script"), QJsonArray{QStringLiteral("slow")}},
                          {QStringLiteral("pathPrefix"), pathPrefix}});
}

qint64 RotationFixture::executedTargets()
{
    return get(QStringLiteral("/_sandbox/stats?tenant=isv-demo"))
        .value(u"executedTargets")
        .toInteger();
}

QByteArray RotationFixture::filesBytes() const
{
    QByteArray all;
    if (!m_dir)
        return all;
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
