#pragma once
// Finds a rotation step's change again after a restart: in the seller outbox when the program
// stopped before noting its number, and its outcome on the server (a sync's snapshot) when
// the outbox closed it while no rotation listened — the console opened the service long
// before the rotation's dialog, or the program stopped right after the answer. The outcome
// is rebuilt as SellerService would have answered it, so KeyRotationStep reads both alike.
#include "seller/client/rotation/key_rotation_state.h"
#include "seller/client/seller_outcome.h"

#include <QCoreApplication>

class Outbox;

class KeyRotationRecovery
{
    Q_DECLARE_TR_FUNCTIONS(KeyRotationRecovery)

public:
    // The problem code of a step whose change was sent but whose outcome could not be read.
    static constexpr char kUnknown[] = "unknown";

    // The outbox action and target the current step sends; nullptr for a step that sends none.
    static const char *actionOf(KeyRotationState::Step step);
    static QString targetOf(const KeyRotationState &state);
    // The change of the current step recorded since it was asked for, or 0.
    static qint64 findAsked(const Outbox &outbox, const KeyRotationState &state);
    // The outcome of `state.pendingOperation` (finished in the outbox, or gone from it) as the
    // outbox and the server now tell it.
    static SellerOutcome outcome(const Outbox &outbox, const KeyRotationState &state,
                                 const SellerSnapshot &snapshot);
};
