#pragma once
// The services a console runs for its accounts, as the soak drives them: an administrator's
// OrgService and AppsService on one worker thread (sharing one sign-in, as the console does),
// a seller's SellerService on another. Every answer is relayed to the soak's thread, where
// the waits below read it; a server that asks for a new sign-in gets one (the sandbox approves
// it), as an administrator would click "Sign in again".
#include "apps/client/apps_service.h"
#include "identity/sign_in_flow.h"
#include "org/org_service.h"
#include "seller/client/seller_outcome.h"
#include "seller/client/seller_service.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QUrl>

#include <functional>
#include <optional>

class SoakServices : public QObject
{
    Q_OBJECT
public:
    struct Finished
    {
        int done = 0;
        int failed = 0;
        qint64 operationId = 0;
    };

    SoakServices(const QUrl &server, const QString &dataDir, QObject *parent = nullptr);
    ~SoakServices() override;

    // Signs both accounts in, opens and syncs every service; false with `error` otherwise.
    bool start(QString *error);
    // Signs in again where the server asked for it; false when that keeps failing.
    bool signInAgainIfAsked(QString *error);
    int signInsAgain() const { return m_signInsAgain; }
    // The sign-in each account's services hold now (renewed ones come by tokensChanged), and
    // where they renew it.
    TokenSet adminTokens() const { return m_adminTokens; }
    TokenSet sellerTokens() const { return m_sellerTokens; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }

    OrgService *org() const { return m_org; }
    AppsService *apps() const { return m_apps; }
    SellerService *seller() const { return m_seller; }

    OrgSnapshotPtr orgSnapshot() const { return m_orgSnapshot; }
    AppsSnapshotPtr appsSnapshot() const { return m_appsSnapshot; }
    SellerSnapshotPtr sellerSnapshot() const { return m_sellerSnapshot; }

    // Each returns nullopt when nothing came within `timeoutMs` (stuck).
    std::optional<bool> orgSync(int timeoutMs);
    std::optional<bool> appsSync(int timeoutMs);
    std::optional<bool> sellerSync(int timeoutMs);
    // A batch or an apps change: the operation's end, or `refused` saying why it never began.
    std::optional<Finished> orgOperation(quint64 ticket, int timeoutMs, QString *refused);
    std::optional<Finished> appsOperation(quint64 ticket, int timeoutMs, QString *refused);
    // A save: its answer (ok, message), which may be "kept, sent later".
    std::optional<std::pair<bool, QString>> orgMutation(quint64 ticket, int timeoutMs);
    std::optional<std::pair<bool, QString>> orgExport(quint64 ticket, int timeoutMs);
    // A Seller Center change, followed through "kept" to its final outcome.
    std::optional<SellerOutcome> sellerChange(quint64 ticket, int timeoutMs);
    // The results of a finished org or apps operation (to say which targets failed and why).
    QList<Outbox::Target> orgResults(qint64 operationId);
    QList<Outbox::Target> appsResults(qint64 operationId);
    // Waits for `ready`, signing in again meanwhile when the server asks: a change can wait
    // for a new sign-in. Every wait above goes through it.
    bool waitFor(const std::function<bool()> &ready, int timeoutMs);
    // Why the last wait ended early (a new sign-in that kept failing), if it did.
    QString waitProblem() const { return m_waitProblem; }

    // Changes still waiting in the three outboxes (read on the services' threads).
    int pending();
    // The journal's problems, checked on the services' thread; empty when the chain holds.
    QStringList journalProblems();
    // Messages the services sent by `failed` and `localWriteFailed`, for the report.
    const QStringList &messages() const { return m_messages; }
    // Waits up to `timeoutMs` for newer snapshots than the ones in hand.
    bool waitForOrgSnapshot(int timeoutMs);

private:
    void relayOrg();
    void relayApps();
    void relaySeller();
    bool signIn(const QString &account, SignInResult *result, QString *error);
    void note(const QString &message);

    QUrl m_server;
    QString m_dataDir;
    QThread m_adminThread;
    QThread m_sellerThread;
    OrgService *m_org = nullptr;
    AppsService *m_apps = nullptr;
    SellerService *m_seller = nullptr;

    OrgSnapshotPtr m_orgSnapshot;
    AppsSnapshotPtr m_appsSnapshot;
    SellerSnapshotPtr m_sellerSnapshot;
    int m_orgSnapshots = 0;
    // Syncs finished so far and how the last one ended.
    struct Syncs
    {
        int count = 0;
        bool ok = false;
    };
    // A service's operations: queued (ticket -> id), refused before queueing, finished.
    struct Operations
    {
        QHash<quint64, qint64> ids;
        QSet<qint64> announced; // queued and not finished yet
        QHash<quint64, QString> refused;
        QHash<qint64, Finished> finished;
    };
    std::optional<bool> awaitSync(Syncs &syncs, const std::function<void()> &start, int timeoutMs);
    std::optional<Finished> awaitOperation(Operations &ops, quint64 ticket, int timeoutMs,
                                           QString *refused);
    Syncs m_orgSyncs, m_appsSyncs, m_sellerSyncs;
    Operations m_orgOps, m_appsOps;
    QHash<quint64, qint64> m_sellerOps; // ticket -> operation
    QHash<quint64, std::pair<bool, QString>> m_mutations, m_exports;
    QHash<qint64, SellerOutcome> m_sellerOutcomes; // final ones, by operation
    QHash<quint64, SellerOutcome> m_sellerRefusedBeforeQueue;
    bool m_adminSignInAsked = false;
    bool m_sellerSignInAsked = false;
    int m_signInsAgain = 0;
    QStringList m_messages;
    QString m_openProblem;
    TokenSet m_adminTokens, m_sellerTokens;
    QUrl m_tokenEndpoint;
    QString m_waitProblem;
};
