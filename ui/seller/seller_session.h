#pragma once
// What the seller pages share about one account's SellerService, which lives on a worker
// thread: the latest snapshot, the sync, and changes sent with a ticket whose outcome comes
// back to the page that sent it. A secret the server answers once is shown here, in a
// SecretRevealDialog, and kept nowhere. The pages never call the service directly.
#include "seller/client/seller_outcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ClipboardGuard;
class SellerService;
class QWidget;

class SellerSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SellerOutcome &)>;
    using Send = std::function<void(SellerService *, quint64 ticket)>;

    // `service` must already live on its worker thread.
    explicit SellerSession(SellerService *service, QObject *parent = nullptr);
    ~SellerSession() override;

    SellerService *service() const { return m_service; }
    SellerSnapshotPtr snapshot() const { return m_snapshot; }
    bool isSyncing() const { return m_syncing; }
    // Where secret dialogs and messages appear.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // Queues `send` on the service's thread with a fresh ticket; `done` gets the outcome (a
    // Kept one first when the server cannot be reached, then the final one). `context`: the
    // answer is dropped when it is gone. Returns the ticket.
    quint64 change(QObject *context, Send send, Done done);

public Q_SLOTS:
    void sync();

Q_SIGNALS:
    void snapshotChanged(const SellerSnapshotPtr &snapshot);
    void syncStarted();
    void syncFinished(bool ok, const QString &message);
    void statusMessage(const QString &text, int timeoutMs);
    // A secret arrived and was shown (or the person closed it): for tests and the pages.
    void secretShown(SellerSecret::Kind kind, const QString &id);

private:
    void onOutcome(const SellerOutcome &outcome);
    void showSecret(quint64 ticket, const SellerSecret &secret);

    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };

    SellerService *m_service;
    SellerSnapshotPtr m_snapshot;
    QHash<quint64, Waiter> m_waiting;
    QPointer<QWidget> m_dialogParent;
    ClipboardGuard *m_guard;
    bool m_syncing = false;
};
