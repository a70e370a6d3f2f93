#include "seller/client/rotation/key_rotation_recovery.h"

#include "seller/client/seller_change.h"
#include "seller/client/seller_record_json.h"
#include "storage/outbox.h"

using Step = KeyRotationState::Step;

const char *KeyRotationRecovery::actionOf(Step step)
{
    switch (step) {
    case Step::Creating:
        return SellerChange::KeyCreate;
    case Step::Testing:
        return SellerChange::AddressDebug;
    case Step::Switching:
        return SellerChange::AddressBind;
    case Step::Retiring:
    case Step::Abandoning:
        return SellerChange::KeyDelete;
    default:
        return nullptr;
    }
}

QString KeyRotationRecovery::targetOf(const KeyRotationState &s)
{
    switch (s.step) {
    case Step::Creating:
        return s.newKeyName;
    case Step::Testing:
    case Step::Switching:
        return s.addressId;
    case Step::Retiring:
        return s.oldKeyId;
    case Step::Abandoning:
        return s.newKeyId;
    default:
        return {};
    }
}

qint64 KeyRotationRecovery::findAsked(const Outbox &outbox, const KeyRotationState &s)
{
    const char *action = actionOf(s.step);
    if (!action)
        return 0;
    const QString target = targetOf(s);
    // The outbox keeps whole seconds at best: a change of the same second counts.
    const QDateTime since = s.stepAskedAt.addSecs(-1);
    for (const Outbox::Operation &op : outbox.operations(50)) {
        if (op.createdAt < since)
            break; // newest first
        if (op.action == QLatin1String(action) && outbox.targets(op.id).value(0).key == target)
            return op.id;
    }
    return 0;
}

SellerOutcome KeyRotationRecovery::outcome(const Outbox &outbox, const KeyRotationState &s,
                                           const SellerSnapshot &snapshot)
{
    SellerOutcome o;
    o.operationId = s.pendingOperation;
    o.action = QLatin1String(actionOf(s.step));
    o.target = targetOf(s);
    o.recovered = true;
    const Outbox::Target t = outbox.targets(s.pendingOperation).value(0);
    if (t.state == Outbox::TargetState::Failed) {
        o.state = SellerOutcome::State::Refused;
        o.code = t.resultCode;
        o.message = t.message;
        return o;
    }
    o.state = SellerOutcome::State::Done;
    const auto missing = [&o](const QString &message) {
        o.state = SellerOutcome::State::Refused;
        o.code = QLatin1String(kUnknown);
        o.message = message;
        return o;
    };
    switch (s.step) {
    case Step::Creating:
        for (const AccessKey &k : snapshot.keys)
            if (k.name == s.newKeyName) {
                o.record = SellerRecordJson::toJson(k);
                return o;
            }
        return missing(tr("The server holds no key named %1.").arg(s.newKeyName));
    case Step::Testing: {
        // The new key is this rotation's alone: its latest run of the suite is the step's.
        const QList<SellerDebugRun> runs = snapshot.runs.value(s.addressId);
        for (auto it = runs.crbegin(); it != runs.crend(); ++it)
            if (it->suite == s.suite && it->keyId == s.newKeyId) {
                o.record = SellerRecordJson::toJson(*it);
                return o;
            }
        return missing(tr("The server lists no %1 run of %2 with key %3.")
                           .arg(s.suite, s.addressId, s.newKeyId));
    }
    case Step::Switching:
        for (const ProductionAddress &a : snapshot.addresses)
            if (a.addressId == s.addressId) {
                o.record = SellerRecordJson::toJson(a);
                return o;
            }
        return missing(tr("The server holds no production address %1.").arg(s.addressId));
    default:
        return o; // a deletion: done, or refused above
    }
}
