#pragma once
// Where one access-key rotation stands (issue 8 §3): for one production address and one suite
// (basic or kit), the old key, the new one, the step reached with each step's evidence, the
// change still waiting in the seller outbox, and why the last step failed. A plain value that
// KeyRotation persists after every step (KeyRotationStore) and hands to the CLI and the
// dialog. It never holds a secret: the new key's secret is answered once and travels only in
// a SellerSecret.
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

struct KeyRotationState
{
    // The steps in order; `step` is the one under way (or, for Retired and Abandoned, the
    // end). A step's evidence is filled once it is done.
    enum class Step
    {
        None,            // nothing started
        Creating,        // the new key is being created
        AwaitingInstall, // Created: the seller installs its secret on their server, then says so
        Testing,         // a debugging run with the new key (sent, or to be retried)
        Switching,       // Tested: the address is being switched to the new key
        Retiring,        // Switched: the old key is being deleted
        Retired,         // done
        Abandoning,      // given up before the switch: the new key is being deleted
        Abandoned
    };

    QString addressId;
    QString suite; // "basic" or "kit"
    Step step = Step::None;
    QString oldKeyId;
    QString newKeyName; // unique, so that the key can be found again after a crash
    QString secretNote; // given with the creation for whoever receives the secret (a file)
    QDateTime startedAt;
    QDateTime updatedAt;

    // The change sent for the current step and not yet answered (0: none), and when the
    // step's change was asked for (a change recorded but not noted here is found by it).
    qint64 pendingOperation = 0;
    QDateTime stepAskedAt;

    // Evidence. Created:
    QString newKeyId;
    QString newKeyMasked;
    bool secretDelivered = false; // the secret reached the caller (the CLI's file, the dialog)
    QDateTime installedAt;        // the seller said the secret is on their server
    // Tested:
    QString runId;
    QString runVerdict;
    int checksPassed = 0;
    int checksFailed = 0;
    QString runNote;
    // Switched: the address's version with the new key bound.
    qint64 switchedVersion = 0;
    // Retired: the old key deleted (or found gone).
    QDateTime retiredAt;

    // Why the current step stopped (empty: it is under way or waits for the seller); retry()
    // sends it again.
    QString problem;
    QString problemCode;
    // The step's change waits in the outbox: the server could not be reached (it is sent when
    // it answers). Not a failure: nothing is to be retried.
    QString held;

    bool isActive() const { return step != Step::None && !isFinished(); }
    bool isFinished() const { return step == Step::Retired || step == Step::Abandoned; }
    // Before the switch is confirmed the new key can still be given up.
    bool canAbandon() const;
    bool waitsForInstall() const { return step == Step::AwaitingInstall && problem.isEmpty(); }

    static QString stepName(Step step);
    static Step stepFromName(const QString &name);
    // What is persisted: every field above, none of them secret.
    QJsonObject toJson() const;
    static KeyRotationState fromJson(const QJsonObject &json);
};

Q_DECLARE_METATYPE(KeyRotationState)
