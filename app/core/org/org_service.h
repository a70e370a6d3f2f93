#pragma once
// The organisation capability of one account, as the console and the CLI use it: owns the API
// client, cache, outbox, executor, sync engine and audit journal. The console runs it on a
// worker thread and talks to it only through queued calls and signals, so the UI thread never
// waits on disk or network.
//
// Every call that is answered later takes a ticket (newTicket()) and every answer carries the
// ticket of the call it answers, so that two calls of the same kind in flight — a member saved
// while a department is deleted — never take each other's answers.
#include "identity/journal_anchor_keeper.h"
#include "identity/oauth_endpoints.h"
#include "identity/token_set.h"
#include "net/tls_policy.h"
#include "org/domain.h"
#include "org/impact.h"
#include "org/org_snapshot.h"
#include "storage/audit_export.h"
#include "storage/journal_anchor.h"
#include "storage/outbox.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class ApiClient;
class AuditJournal;
class AuthSession;
class Cache;
class Executor;
class SyncEngine;

struct OrgServiceConfig
{
    QUrl server;
    QString dataDir; // holds cache.sqlite, outbox.sqlite, audit.sqlite
    QString actor;   // who is acting, for the journal
    int timeoutMs = 30'000;
    OAuthEndpoints endpoints; // where tokens are refreshed
    TokenSet tokens;          // the account's sign-in; refreshed tokens come back by signal
    TlsPolicy tls;
    // The journal's anchor as read from the secret store before opening. The journal is
    // checked against it; a journal that does not match keeps the anchor unchanged (so the
    // mismatch stays visible) and says so.
    enum class Anchor
    {
        NotKept,    // nobody keeps one (tests, tools): nothing to check
        Read,       // `journalAnchor` is what was stored (empty: never anchored)
        Unreadable, // the store could not be read: `journalAnchor` holds why
    };
    Anchor anchorState = Anchor::NotKept;
    QByteArray journalAnchor;
    // Sets the two above from what JournalAnchorKeeper::read answered.
    void takeAnchor(JournalAnchorKeeper::Read result, const JournalAnchor &anchor,
                    const QString &why)
    {
        const bool ok = result == JournalAnchorKeeper::Read::Ok;
        anchorState = ok ? Anchor::Read : Anchor::Unreadable;
        journalAnchor = ok ? (anchor.isNull() ? QByteArray() : anchor.serialize()) : why.toUtf8();
    }
};

class OrgService : public QObject
{
    Q_OBJECT
public:
    explicit OrgService(const OrgServiceConfig &config, QObject *parent = nullptr);
    ~OrgService() override;

    // Direct access for the CLI and tests, which run the service on their own thread.
    Cache *cache() const { return m_cache.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    AuditJournal *journal() const { return m_journal.get(); }
    ApiClient *client() const { return m_client; }
    OrgServiceConfig config() const { return m_config; }

    // A fresh ticket for a call; unique in the process, from any thread.
    static quint64 newTicket();
    // The account's sign-in, for the other domains' services of the same account on this
    // thread (one refresh token must have one holder: two would spend it twice). After open().
    AuthSession *authSession() const { return m_auth; }

public Q_SLOTS:
    void open();
    void sync();
    void cancelSync();
    void reloadSnapshot();
    // Records the change in the outbox, then sends it; operationQueued(ticket, …) names the
    // operation, whose progress and end arrive by its id. operationRefused(ticket, …) says why
    // nothing was recorded (a full disk, a locked outbox): nothing was sent either.
    void submit(quint64 ticket, MemberAction action, const QStringList &userNames);
    void cancelOperation(qint64 operationId);
    void retryFailed(quint64 ticket, qint64 operationId);
    void requestResults(qint64 operationId);
    void exportResults(quint64 ticket, qint64 operationId, const QString &path);
    void exportAudit(quint64 ticket, const QString &path, const AuditExportOptions &options);
    void cancelExport() { m_cancelExport = true; }
    // From any thread, before the service is deleted: an export running or still queued ends
    // at once (cancelled) instead of holding up the deletion.
    void closing()
    {
        m_closing = true;
        m_cancelExport = true;
    }
    void saveMember(quint64 ticket, const Member &member, bool isNew);
    // Adds members through the outbox, one call per member (two in flight); each outcome is
    // reported by its position in `members`.
    void importMembers(quint64 ticket, const QList<Member> &members);
    void saveDepartment(quint64 ticket, const Department &department, bool isNew);
    void deleteDepartment(quint64 ticket, const QString &orgCode);
    void resumeOutbox();
    // After a new interactive sign-in: use these tokens and send what is pending.
    void setTokens(const TokenSet &tokens);

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    void snapshotReady(const OrgSnapshotPtr &snapshot);
    void syncProgress(qint64 done, qint64 total);
    void syncFinished(bool ok, const QString &message);
    void onlineChanged(bool online, const QString &why);
    void operationQueued(quint64 ticket, qint64 operationId, MemberAction action, int total);
    void operationRefused(quint64 ticket, const QString &problem);
    void operationProgress(qint64 operationId, int done, int failed, int total);
    void operationFinished(qint64 operationId, int done, int failed);
    void resultsReady(qint64 operationId, const QList<Outbox::Target> &targets);
    void outboxStalled(const QString &message);
    void mutationFinished(quint64 ticket, bool ok, const QString &message);
    void importProgress(quint64 ticket, int index, bool ok, const QString &message);
    void importFinished(quint64 ticket, int added, int failed);
    void exportProgress(quint64 ticket, qint64 rows);
    void exportFinished(quint64 ticket, bool ok, const QString &message);
    void failed(const QString &message);
    // An answer could not be recorded (a full disk, a locked journal): the change stays
    // pending and is recorded again later; the server applies it once whatever happens.
    void localWriteFailed(const QString &message);
    // The session's tokens changed (refreshed, or dropped): write them to the secret store.
    void tokensChanged(const TokenSet &tokens);
    // The server no longer accepts the sign-in; pending changes wait for a new one.
    void signInRequired(const QString &reason);
    // The audit journal grew; `anchor` (JournalAnchor::serialize()) is its new head, to keep
    // outside the journal file. Also sent once when the journal opens.
    void journalAdvanced(const QByteArray &anchor);

private:
    void setOnline(bool online, const QString &why);
    // Compares the journal with its anchor; starts keeping the anchor when they agree.
    void checkJournalAnchor();
    // What is wrong between the journal and `anchor` (empty: it still holds).
    QString anchorProblem(const JournalAnchor &anchor) const;
    // Stops recording new heads for this session and says why.
    void holdAnchor(const QString &problem);
    // A local action (an export) in the journal; changes at the server are journalled by the
    // executor.
    void journal(const QString &action, const QString &target, const QString &result,
                 const QString &detail);
    // Records a change of single records in the outbox (one call, one key per record) and
    // remembers who waits for it.
    void enqueueChange(quint64 ticket, const QString &action, const QList<Outbox::Item> &items,
                       bool isImport);
    void onChunkRecorded(qint64 operationId, const QList<Outbox::Result> &results);
    void onOperationFinished(qint64 operationId);
    // Tells each waiting save that its change is kept (told: why it has not gone through yet).
    void onStalled(const QString &told);

    OrgServiceConfig m_config;
    bool m_holdAnchor = false;  // the journal does not match its anchor: leave the anchor be
    JournalAnchor m_lastAnchor; // checked at open, then the last head recorded
    ApiClient *m_client = nullptr;
    AuthSession *m_auth = nullptr;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditJournal> m_journal;
    SyncEngine *m_sync = nullptr;
    Executor *m_executor = nullptr;
    QTimer m_reloadTimer;
    QTimer m_outboxRetry;
    bool m_online = true;
    // Who waits for an operation's answer: a dialog's save or an import, by operation id.
    struct Waiter
    {
        quint64 ticket = 0;
        bool isImport = false;
        QHash<QString, int> position; // import: the key's row in the caller's list
        bool told = false;            // a save already told "kept, sent later"
    };
    QHash<qint64, Waiter> m_waiting;
    std::atomic_bool m_cancelExport = false;
    std::atomic_bool m_closing = false;
};

Q_DECLARE_METATYPE(MemberAction)
Q_DECLARE_METATYPE(Member)
Q_DECLARE_METATYPE(Department)
Q_DECLARE_METATYPE(AuditExportOptions)
