#pragma once
// The purchased apps of one enterprise account, as the console's Apps and License inventory
// pages and `marketdesk-cli apps|licenses` use them: owns the API client, the cache
// (apps.sqlite), the apps outbox (apps-outbox.sqlite), the executor, the sync and the account's
// audit journal (audit.sqlite, shared with the organisation). The console runs it on a worker
// thread and talks to it through queued calls and signals; the CLI on its own thread.
//
// Every change goes into the outbox with its idempotency key before it is sent, and is
// answered by operationFinished() with the operation id that operationQueued() gave the
// caller's ticket (tickets: newTicket()). A finished change brings a sync of what it touched.
#include "apps/client/apps_change.h"
#include "apps/client/apps_records.h"
#include "apps/client/seat_inventory.h"
#include "identity/account_service_config.h"
#include "identity/auth_session.h"
#include "storage/outbox.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class ApiClient;
class AppsCache;
class AppsExecutor;
class AppsSync;
class AuditJournal;
class Outbox;

using AppsServiceConfig = AccountServiceConfig;

class AppsService : public QObject
{
    Q_OBJECT
public:
    explicit AppsService(const AppsServiceConfig &config, QObject *parent = nullptr);
    ~AppsService() override;

    // A fresh ticket for a call; unique in the process, from any thread.
    static quint64 newTicket();

    // Direct access for the CLI and tests, on the service's thread.
    AppsCache *cache() const { return m_cache.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    AuditJournal *journal() const { return m_journal.get(); }
    // Records the last sync wrote (0: nothing had changed since the one before).
    int lastSyncChanges() const { return m_lastSyncChanges; }
    // What "now" is for the inventory (days left, never used within the grace days); the
    // clock by default. Set before open().
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // Uses the sign-in of another service of the same account, on this thread, instead of one
    // of its own: a refresh token spent by one holder would be a reuse for the other. Set
    // before open(); that service renews the tokens and reports them.
    void shareSession(AuthSession *session)
    {
        m_sharedAuth = session;
        m_sharedAuthAsked = true;
    }

public Q_SLOTS:
    void open();
    void sync();
    void reloadSnapshot();
    // The seats of one app from the cache: answered by seatsReady.
    void readSeats(quint64 ticket, const QString &appId);
    // Who holds or waits for a seat of one app: answered by holdingsReady.
    void readHoldings(quint64 ticket, const QString &appId);
    // The daily seat history of one app: the cached days at once (when there are any), then
    // the server's (historyReady twice, the second with `fresh`).
    void readHistory(quint64 ticket, const QString &appId);
    // The License inventory, one row per app (computed here: the seats of every app are read).
    void readInventory(quint64 ticket);
    void readReclaimList(quint64 ticket, const QString &appId);
    void exportApps(quint64 ticket, const QString &path);
    void exportInventory(quint64 ticket, const QString &path);
    void exportReclaimList(quint64 ticket, const QString &appId, const QString &path);
    // Changes. The app's switch and agreement are sent with the cached version.
    void setEnabled(quint64 ticket, const QString &appId, bool enabled);
    void acceptAgreement(quint64 ticket, const QString &appId);
    void grant(quint64 ticket, const QString &appId, const QList<AppsChange::Target> &targets);
    void revoke(quint64 ticket, const QString &appId, const QList<AppsChange::Target> &targets);
    void reclaim(quint64 ticket, const QString &appId, const QStringList &userNames);
    // The authorisation editor's change as one operation: `revokes` first, then `grants`
    // (each target's outcome is journalled as apps.revoke or apps.grant).
    void authorise(quint64 ticket, const QString &appId, const QList<AppsChange::Target> &grants,
                   const QList<AppsChange::Target> &revokes);
    // The failed targets of an operation, as a new operation of the same action.
    void retryFailed(quint64 ticket, qint64 operationId);
    void cancelOperation(qint64 operationId);
    void requestResults(qint64 operationId);
    void exportResults(quint64 ticket, qint64 operationId, const QString &path);
    // Sends what is pending (after a restart, or once the server answers again).
    void resumeOutbox();
    void setTokens(const TokenSet &tokens);
    // The shared sign-in was renewed (a new sign-in after the banner): send what waits.
    void signedInAgain();

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    void snapshotReady(const AppsSnapshotPtr &snapshot);
    void syncFinished(bool ok, const QString &message);
    void seatsReady(quint64 ticket, const QString &appId, const QList<AppSeat> &seats);
    void holdingsReady(quint64 ticket, const QString &appId, const QList<SeatHolding> &holdings);
    void historyReady(quint64 ticket, const QString &appId, const QList<SeatDay> &days, bool fresh,
                      const QString &problem);
    // The change is in the outbox as `operationId` with `total` targets, on its way. Refused
    // before it got there: operationId 0 and `problem` says why.
    void operationQueued(quint64 ticket, qint64 operationId, const QString &action, int total,
                         const QString &problem);
    void operationProgress(qint64 operationId, int done, int failed, int total);
    // Every target has its outcome (Outbox::targets(operationId) lists them).
    void operationFinished(qint64 operationId, int done, int failed);
    void resultsReady(qint64 operationId, const QList<Outbox::Target> &targets);
    void inventoryReady(quint64 ticket, const QList<InventoryRow> &rows);
    void reclaimListReady(quint64 ticket, const QString &appId,
                          const QList<ReclaimCandidate> &candidates);
    void exportFinished(quint64 ticket, bool ok, const QString &message);
    void outboxStalled(const QString &message);
    void failed(const QString &message);
    void tokensChanged(const TokenSet &tokens);
    void signInRequired(const QString &reason);
    // The shared audit journal grew; keep `anchor` outside it (JournalAnchorKeeper).
    void journalAdvanced(const QByteArray &anchor);

private:
    void enqueue(quint64 ticket, const char *action, const QList<Outbox::Item> &items,
                 int chunkSize);
    void batch(quint64 ticket, const char *action, const QString &appId,
               const QList<AppsChange::Target> &targets);
    void onStalled(const QString &message);
    QList<InventoryRow> inventory(QString *error) const;
    // Writes the CSV and journals the export (`action`, e.g. "apps.inventory.export").
    void saveCsv(quint64 ticket, const QString &action, const QString &path,
                 const QStringList &header, const QList<QStringList> &rows,
                 const QList<int> &numeric);

    AppsServiceConfig m_config;
    ApiClient *m_client = nullptr;
    AuthSession *m_auth = nullptr; // its own, when none is shared
    QPointer<AuthSession> m_sharedAuth;
    bool m_sharedAuthAsked = false;
    std::unique_ptr<AppsCache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditJournal> m_journal;
    AppsSync *m_sync = nullptr;
    AppsExecutor *m_executor = nullptr;
    QTimer m_retry;
    QMultiHash<QString, quint64> m_historyReaders; // appId → tickets waiting for the server
    bool m_signedOut = false;
    bool m_syncAgain = false; // a change finished while a sync ran
    int m_lastSyncChanges = 0;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};
