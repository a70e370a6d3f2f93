#pragma once
// Test support for key rotations: a reference SaaS server (the seller's server) and a sandbox
// whose Seller Center runs the real debugger against it (the console's demo set-up), a seller
// signed in, and a SellerService on a thread of its own that can be destroyed and made again
// on the same folder (a restart). Utility code: it returns what went wrong instead of failing.
#include "sandbox/reference/reference_host.h"
#include "sandbox/sandbox_host.h"
#include "seller/client/seller_records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>

class SellerService;

class RotationFixture
{
public:
    RotationFixture() = default;
    ~RotationFixture();
    RotationFixture(const RotationFixture &) = delete;
    RotationFixture &operator=(const RotationFixture &) = delete;

    // Starts both servers and signs in; empty, or what went wrong.
    QString start();
    // A service over a new folder (`fresh`) or the previous one, opened and synced. `made`
    // runs here once it exists, `atOpen` on its thread right after it opened (in the same
    // call, before anything the outbox resends can be answered).
    SellerService *startService(bool fresh = true,
                                const std::function<void(SellerService *)> &made = {},
                                const std::function<void()> &atOpen = {});
    // Changes still pending in the service's outbox.
    int outboxPending();
    // Deletes the service on its thread, as a program that ends does.
    void stopService();
    SellerService *service() const { return m_service; }
    QThread *thread() { return &m_thread; }
    QString dataDir() const;

    // The seeded address, as the server has it now.
    QJsonObject address();
    QString addressId() { return address().value(u"addressId").toString(); }
    // The key the address binds for `suite`, at the server.
    QString boundKey(const QString &suite);
    bool keyExists(const QString &keyId);
    // The runs of the address with `keyId`, at the server.
    QJsonArray runsWith(const QString &keyId);
    // The seller installs `secret` on their server for `suite` (POST /_reference/keys).
    bool install(const QString &suite, const QByteArray &secret);
    // Holds the next answer of the sandbox under `pathPrefix` for 30 s: made and stored, not
    // answered yet. `{}` switches it off.
    void holdNextAnswer(const QString &pathPrefix);
    qint64 executedTargets();
    // Every byte of every file in the service's folder.
    QByteArray filesBytes() const;
    QUrl sandboxUrl() const { return m_host.url(); }
    QUrl referenceUrl() const { return m_reference.url(); }

private:
    QJsonObject get(const QString &path);

    ReferenceHost m_reference;
    SandboxHost m_host;
    QThread m_thread;
    std::unique_ptr<QTemporaryDir> m_dir;
    SellerService *m_service = nullptr;
};
