#include "seller/client/rotation/key_rotation_step.h"

#include "seller/client/seller_record_json.h"

using Step = KeyRotationState::Step;

KeyRotationStep::Next KeyRotationStep::stop(KeyRotationState &state, const QString &code,
                                            const QString &message)
{
    state.problemCode = code;
    state.problem = message;
    return Next::Stop;
}

KeyRotationStep::Next KeyRotationStep::applyRun(KeyRotationState &s, const SellerDebugRun &run)
{
    s.runId = run.runId;
    s.runVerdict = run.verdict;
    s.checksPassed = run.checksPassed;
    s.checksFailed = run.checksFailed;
    s.runNote = run.note;
    if (run.verdict == u"passed" && run.keyId == s.newKeyId) {
        s.step = Step::Switching;
        return Next::Send;
    }
    // The switch and the retirement wait: the server would refuse the switch anyway (020006).
    return stop(s, QStringLiteral("run-failed"),
                tr("The debugging run %1 with the new key failed (%2 checks passed, %3 failed): "
                   "%4. Check that the new secret is installed on your server, then retry.")
                    .arg(run.runId)
                    .arg(run.checksPassed)
                    .arg(run.checksFailed)
                    .arg(run.note));
}

KeyRotationStep::Next KeyRotationStep::apply(KeyRotationState &s, const SellerOutcome &o)
{
    QString why;
    const QString refused = o.ok() ? QString() : o.message;
    switch (s.step) {
    case Step::Creating: {
        const auto key = o.ok()
                             ? SellerRecordJson::keyFromJson(o.record, QStringLiteral("key"), &why)
                             : std::nullopt;
        if (!key)
            return stop(s, o.code, o.ok() ? why : refused);
        s.newKeyId = key->keyId;
        s.newKeyMasked = key->secretMasked;
        s.step = Step::AwaitingInstall;
        // A secret written to the CLI's file reached it even with nobody listening here.
        if (!s.secretDelivered && !s.secretNote.startsWith(u"file:"))
            return stop(s, QStringLiteral("secret-lost"),
                        tr("Key %1 was created, but its secret was answered while nobody was "
                           "there to receive it and cannot be shown again. Abandon this "
                           "rotation (deleting %1) and start a new one.")
                            .arg(key->keyId));
        return Next::Save;
    }
    case Step::Testing: {
        const auto run = o.ok()
                             ? SellerRecordJson::runFromJson(o.record, QStringLiteral("run"), &why)
                             : std::nullopt;
        if (!run)
            return stop(s, o.code, o.ok() ? why : refused);
        return applyRun(s, *run);
    }
    case Step::Switching: {
        const auto address =
            o.ok() ? SellerRecordJson::addressFromJson(o.record, QStringLiteral("address"), &why)
                   : std::nullopt;
        if (!address)
            return stop(s, o.code, o.ok() ? why : refused);
        const QString bound = s.suite == u"kit" ? address->kitKeyId : address->basicKeyId;
        // Retiring only once the server says the new key is the bound one.
        if (bound != s.newKeyId)
            return stop(s, QStringLiteral("not-switched"),
                        tr("%1 binds %2 for the %3 interfaces, not the new key %4.")
                            .arg(address->url, bound, s.suite, s.newKeyId));
        s.switchedVersion = address->version;
        s.step = Step::Retiring;
        return Next::Send;
    }
    case Step::Retiring:
    case Step::Abandoning:
        // 404 020001: deleted already, which is what was wanted.
        if (!o.ok() && o.code != QLatin1String(SellerCode::KeyNotFound))
            return stop(s, o.code, refused);
        s.retiredAt = QDateTime::currentDateTimeUtc();
        s.step = s.step == Step::Retiring ? Step::Retired : Step::Abandoned;
        return Next::Save;
    default:
        return Next::Save;
    }
}
