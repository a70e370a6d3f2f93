#pragma once
// What the answer to a rotation step's change means for the rotation: the step's evidence
// (the new key's id, the run's verdict and checks, the address's version after the switch)
// and what follows — the next step's change, a stop with the reason, or waiting for the
// seller. Apart from KeyRotation so that the rules (nothing is retired before the new key
// passed and the server confirmed the switch) are read in one place, with no I/O.
#include "seller/client/rotation/key_rotation_state.h"
#include "seller/client/seller_outcome.h"

#include <QCoreApplication>

class KeyRotationStep
{
    Q_DECLARE_TR_FUNCTIONS(KeyRotationStep)

public:
    enum class Next
    {
        Save, // the state changed; nothing to send (waits for the seller, or finished)
        Send, // the next step's change goes out
        Stop  // the step failed: `state.problem` says why; retry() sends it again
    };
    // Applies a final answer (not Kept) of the current step to `state`.
    static Next apply(KeyRotationState &state, const SellerOutcome &outcome);

private:
    static Next stop(KeyRotationState &state, const QString &code, const QString &message);
    static Next applyRun(KeyRotationState &state, const SellerDebugRun &run);
};
