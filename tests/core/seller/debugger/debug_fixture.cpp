#include "core/seller/debugger/debug_fixture.h"

#include "seller/public_key_check.h"

#include <QSslCertificate>

#include <map>

namespace DebugFixture {

namespace {

std::map<QString, std::unique_ptr<Server>> &servers()
{
    static std::map<QString, std::unique_ptr<Server>> all;
    return all;
}

} // namespace

void stopAll()
{
    servers().clear();
}

Server &server(const QString &name)
{
    auto &slot = servers()[name];
    if (!slot) {
        slot = std::make_unique<Server>();
        slot->mode = name.startsWith(u"v1") ? ReferenceConfig::Mode::V1 : ReferenceConfig::Mode::V2;
        slot->tls = name.endsWith(u"https");
        ReferenceOptions o = ReferenceFixture::options(slot->mode);
        o.tls = slot->tls;
        QString error;
        if (!slot->host.start(o, &error))
            qFatal("reference server %s: %s", qPrintable(name), qPrintable(error));
        slot->client = std::make_unique<ReferenceClient>(
            slot->host.url(), ReferenceFixture::kBasicKey, ReferenceFixture::kKitKey);
        if (slot->tls)
            slot->client->trust(slot->host.caPem());
    }
    return *slot;
}

DebugTarget target(Server &server, bool referenceAware)
{
    DebugTarget t;
    t.address = server.host.productionUrl();
    t.mode =
        server.mode == ReferenceConfig::Mode::V1 ? DebugTarget::Mode::V1 : DebugTarget::Mode::V2;
    t.basicKey = ReferenceFixture::kBasicKey;
    t.kitKey = ReferenceFixture::kKitKey;
    t.publicKey =
        PublicKeyCheck::check(QString::fromLatin1(ReferenceFixture::sellerKey().publicKeyBase64()))
            .value();
    if (server.tls)
        t.caCertificates = QSslCertificate::fromData(server.host.caPem(), QSsl::Pem);
    t.referenceAware = referenceAware;
    t.loginCallback = server.host.url();
    t.loginCallback.setPath(ReferenceConfig().callbackPath);
    return t;
}

std::unique_ptr<DebugRun> run(const DebugTarget &target, DebugRun::Suite suite,
                              const QStringList &scenarios, int waitMs)
{
    auto r = std::make_unique<DebugRun>(target, suite);
    r->setScenarios(scenarios);
    QSignalSpy finished(r.get(), &DebugRun::finished);
    r->start();
    if (!finished.wait(waitMs) && finished.isEmpty())
        return nullptr;
    return r;
}

const DebugCheck *find(const DebugRun &run, const QString &id)
{
    for (const DebugCheck &c : run.checks()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString describe(const DebugRun &run)
{
    QString out;
    for (const DebugCheck &c : run.checks())
        out += QStringLiteral("\n  %1: %2 (%3)")
                   .arg(c.id, DebugCheck::verdictName(c.verdict), c.reason);
    return out;
}

} // namespace DebugFixture
