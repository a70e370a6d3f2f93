#pragma once
// Guided rotation of the access key an address binds for one suite (issue 8 §3): create a new
// key → the seller installs its secret on their server and says so → a debugging run with the
// new key → switch the binding → retire (delete) the old key. Every change goes through
// SellerService (so through the seller outbox, each exactly once); nothing is retired before
// the new key passed its run and the server confirmed the switch. The state is saved after
// every step (KeyRotationStore), so a rotation resumes after a restart, picking up the outcome
// of a change still in the outbox, or reading the server when the answer came while nobody
// listened. Before the switch it can be abandoned, deleting the new unused key.
//
// Lives on the service's thread (it reads the service's cache and outbox there); the console
// moves it there and talks to it through queued calls and its signals, as to the service.
#include "seller/client/rotation/key_rotation_state.h"
#include "seller/client/seller_outcome.h"

#include <QObject>

#include <functional>
#include <memory>

class KeyRotationStore;
class SellerService;

class KeyRotation : public QObject
{
    Q_OBJECT
public:
    // `suite` "basic" or "kit". Touches nothing until open().
    KeyRotation(SellerService *service, const QString &addressId, const QString &suite,
                QObject *parent = nullptr);
    ~KeyRotation() override;

    KeyRotationState state() const { return m_state; }

public Q_SLOTS:
    // Reads the rotation kept for this address and suite and, when one is under way, resumes
    // it. The service must be open. Answered by opened() and changed().
    void open();
    // Starts a new rotation (after reading the server); `secretNote` goes with the new key's
    // creation for whoever receives its secret (SellerService::createKey).
    void start(const QString &secretNote = {});
    // The seller has put the new secret on their server: the debugging run follows.
    void confirmInstalled();
    // Sends the step that stopped again.
    void retry();
    // Gives up before the switch; `deleteNewKey` deletes the new unused key first.
    void abandon(bool deleteNewKey);

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    void changed(const KeyRotationState &state);
    // The new key's secret, answered once; kept nowhere here.
    void secretIssued(const SellerSecret &secret);
    // A request that cannot be followed (start while one is under way, abandon after the
    // switch), or the state could not be saved.
    void failed(const QString &message);

private:
    void onQueued(quint64 ticket, qint64 operationId, const QString &action);
    void onFinished(const SellerOutcome &outcome);
    void onSecret(quint64 ticket, const SellerSecret &secret);
    // Saves and announces the state.
    bool commit();
    // Sends the change of the current step (creating, running, switching, deleting).
    void send();
    // Resumes a step found under way at open().
    void resume();
    // The change of the current step was answered while nobody listened: read the server and
    // take the step's outcome from there.
    void reconcile();
    void afterSync(std::function<void(bool ok, const QString &message)> next);
    void stop(const QString &code, const QString &message);

    SellerService *m_service;
    std::unique_ptr<KeyRotationStore> m_store;
    KeyRotationState m_state;
    quint64 m_ticket = 0; // of the change this rotation waits for in this session
    bool m_syncing = false;
};
