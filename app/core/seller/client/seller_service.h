#pragma once
// The Seller Center of one account, as the console's Seller pages and `marketdesk-cli seller
// keys|addresses|credentials` use it: owns the API client, the cache (seller.sqlite), the
// seller outbox (seller-outbox.sqlite), the executor, the sync and the account's audit journal
// (audit.sqlite, shared with the organisation). The console runs it on a worker thread and
// talks to it through queued calls and signals; the CLI runs it on its own thread.
//
// Every change goes into the outbox with its idempotency key before it is sent, and is
// answered later by changeFinished() carrying the caller's ticket (newTicket()). A secret the
// server answers once arrives by secretIssued() and is kept nowhere. The seller outbox is a
// file of its own: the organisation's executor refuses actions it does not know, and must
// never see these.
#include "identity/account_service_config.h"
#include "seller/client/seller_outcome.h"
#include "storage/audit_export.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class ApiClient;
class AuditJournal;
class AuthSession;
class Outbox;
class SellerCache;
class SellerDebugDesk;
class SellerExecutor;
class SellerSync;

// The Seller Center's config is an account's (seller.sqlite, seller-outbox.sqlite, audit.sqlite).
using SellerServiceConfig = AccountServiceConfig;

class SellerService : public QObject
{
    Q_OBJECT
public:
    explicit SellerService(const SellerServiceConfig &config, QObject *parent = nullptr);
    ~SellerService() override;

    // A fresh ticket for a call; unique in the process, from any thread.
    static quint64 newTicket();

    // Direct access for the CLI and tests, on the service's thread.
    SellerCache *cache() const { return m_cache.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    AuditJournal *journal() const { return m_journal.get(); }
    // The integration debugger run here (a child: it lives on the service's thread). Exists
    // from construction, so that a view can connect to it before open().
    SellerDebugDesk *debugDesk() const { return m_debugDesk; }
    // From any thread, before the service is deleted: a running export ends soon.
    void closing()
    {
        m_closing = true;
        m_cancelExport = true;
    }
    // From any thread (an atomic flag).
    void cancelExport() { m_cancelExport = true; }

public Q_SLOTS:
    void open();
    // Reads every seller record (keys, addresses, credentials, runs) into the cache.
    void sync();
    void reloadSnapshot();
    // The debugging runs of one address, from the server; answered by debugRunsReady.
    void readDebugRuns(quint64 ticket, const QString &addressId);
    // Changes. `note` is kept with the change for whoever receives its secret (the CLI's
    // --secret-out file), never sent.
    void createKey(quint64 ticket, const QString &name, const QString &note = {});
    void deleteKey(quint64 ticket, const QString &keyId);
    void addAddress(quint64 ticket, const QString &url, const QString &basicKeyId = {},
                    const QString &kitKeyId = {});
    // The bindings as they should be; an empty id unbinds. Sent with the cached version.
    void bindKeys(quint64 ticket, const QString &addressId, const QString &basicKeyId,
                  const QString &kitKeyId);
    // `suite` "basic" or "kit"; an empty keyId: the key bound for that suite.
    void startDebugRun(quint64 ticket, const QString &addressId, const QString &suite,
                       const QString &keyId = {});
    void applyCredential(quint64 ticket, const CredentialForm &form, const QString &note = {});
    // `form.version`: the version it was read at (0: the cached one).
    void editCredential(quint64 ticket, const QString &appId, const CredentialForm &form);
    void requestTestAccount(quint64 ticket, const QString &appId, const QString &note = {});
    // Sends what is pending (after a restart, or once the server answers again).
    void resumeOutbox();
    void setTokens(const TokenSet &tokens);
    // The account's audit journal (shared with the organisation) to CSV, as OrgService does.
    void exportAudit(quint64 ticket, const QString &path, const AuditExportOptions &options);

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    void snapshotReady(const SellerSnapshotPtr &snapshot);
    void syncFinished(bool ok, const QString &message);
    void debugRunsReady(quint64 ticket, const QString &addressId, bool ok, const QString &message);
    // The change is in the outbox as `operationId` and on its way.
    void changeQueued(quint64 ticket, qint64 operationId, const QString &action);
    // Sent to the server (again, after a restart): its answer is awaited.
    void changeSent(qint64 operationId);
    // How it ended, or Kept once when the server cannot be reached (sent when it answers).
    void changeFinished(const SellerOutcome &outcome);
    // A secret answered once, before changeFinished of the same change; ticket 0 after a
    // restart (the note the caller gave says where it goes).
    void secretIssued(quint64 ticket, const SellerSecret &secret);
    void outboxStalled(const QString &message);
    void failed(const QString &message);
    void tokensChanged(const TokenSet &tokens);
    void signInRequired(const QString &reason);
    // The shared audit journal grew; keep `anchor` outside it (JournalAnchorKeeper).
    void journalAdvanced(const QByteArray &anchor);
    void exportProgress(quint64 ticket, qint64 rows);
    void exportFinished(quint64 ticket, bool ok, const QString &message);

private:
    // A local action (a debugging run, an export) in the journal.
    bool journalLocal(const QString &action, const QString &target, const QString &result,
                      const QString &detail, QString *error);
    bool enqueue(quint64 ticket, const char *action, const QString &target, const QJsonObject &body,
                 const QString &note = {});
    void onAnswered(SellerOutcome outcome);
    void onStalled(const QString &message);

    SellerServiceConfig m_config;
    ApiClient *m_client = nullptr;
    AuthSession *m_auth = nullptr;
    std::unique_ptr<SellerCache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditJournal> m_journal;
    SellerSync *m_sync = nullptr;
    SellerExecutor *m_executor = nullptr;
    QTimer m_retry;
    struct Waiter
    {
        quint64 ticket = 0;
        bool told = false; // already answered Kept
    };
    QHash<qint64, Waiter> m_waiting;           // by operation id
    QMultiHash<QString, quint64> m_runReaders; // readDebugRuns: addressId → tickets
    bool m_signedOut = false;                  // the server wants a new sign-in
    SellerDebugDesk *m_debugDesk = nullptr;
    std::atomic_bool m_cancelExport = false;
    std::atomic_bool m_closing = false;
};
