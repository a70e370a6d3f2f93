#pragma once
// Test support: a seeded sandbox and an OrgService running on its own thread, as the console
// runs it, opened and synced, with the snapshot it produced. Utility code: it returns what
// went wrong instead of failing, so that only test slots fail.
#include "identity/token_set.h"
#include "org/org_snapshot.h"
#include "sandbox/sandbox_host.h"

#include <QTemporaryDir>
#include <QThread>

class OrgService;

class ServiceFixture
{
public:
    ServiceFixture() = default;
    ~ServiceFixture();
    ServiceFixture(const ServiceFixture &) = delete;
    ServiceFixture &operator=(const ServiceFixture &) = delete;

    // Returns an empty string when the service is open, synced and its snapshot in hand.
    // Signs in as `account` (through the real flow) before opening the service.
    QString start(int members, int departments, const QString &actor);
    void setAccount(const QString &account) { m_account = account; }
    TokenSet tokens() const { return m_tokens; }

    OrgService *service() const { return m_service; }
    OrgSnapshotPtr snapshot() const { return m_snapshot; }
    QUrl url() const { return m_host.url(); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    SandboxHost m_host;
    QTemporaryDir m_dir;
    QThread m_thread;
    OrgService *m_service = nullptr;
    OrgSnapshotPtr m_snapshot;
    QString m_account = QStringLiteral("zhang.min");
    TokenSet m_tokens;
};
