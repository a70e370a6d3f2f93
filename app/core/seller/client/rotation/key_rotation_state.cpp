#include "seller/client/rotation/key_rotation_state.h"

#include <array>

namespace {
using Step = KeyRotationState::Step;

struct StepName
{
    Step step;
    const char *name;
};
constexpr std::array kNames = {
    StepName{Step::None, "none"},
    StepName{Step::Creating, "creating"},
    StepName{Step::AwaitingInstall, "awaiting-install"},
    StepName{Step::Testing, "testing"},
    StepName{Step::Switching, "switching"},
    StepName{Step::Retiring, "retiring"},
    StepName{Step::Retired, "retired"},
    StepName{Step::Abandoning, "abandoning"},
    StepName{Step::Abandoned, "abandoned"},
};

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
} // namespace

bool KeyRotationState::canAbandon() const
{
    return step == Step::Creating || step == Step::AwaitingInstall || step == Step::Testing ||
           (step == Step::Switching && pendingOperation == 0);
}

QString KeyRotationState::stepName(Step step)
{
    for (const StepName &n : kNames)
        if (n.step == step)
            return QLatin1String(n.name);
    return {};
}

KeyRotationState::Step KeyRotationState::stepFromName(const QString &name)
{
    for (const StepName &n : kNames)
        if (name == QLatin1String(n.name))
            return n.step;
    return Step::None;
}

QJsonObject KeyRotationState::toJson() const
{
    return {{QStringLiteral("addressId"), addressId},
            {QStringLiteral("suite"), suite},
            {QStringLiteral("step"), stepName(step)},
            {QStringLiteral("oldKeyId"), oldKeyId},
            {QStringLiteral("newKeyName"), newKeyName},
            {QStringLiteral("secretNote"), secretNote},
            {QStringLiteral("startedAt"), time(startedAt)},
            {QStringLiteral("updatedAt"), time(updatedAt)},
            {QStringLiteral("pendingOperation"), double(pendingOperation)},
            {QStringLiteral("stepAskedAt"), time(stepAskedAt)},
            {QStringLiteral("newKeyId"), newKeyId},
            {QStringLiteral("newKeyMasked"), newKeyMasked},
            {QStringLiteral("secretDelivered"), secretDelivered},
            {QStringLiteral("installedAt"), time(installedAt)},
            {QStringLiteral("runId"), runId},
            {QStringLiteral("runVerdict"), runVerdict},
            {QStringLiteral("checksPassed"), checksPassed},
            {QStringLiteral("checksFailed"), checksFailed},
            {QStringLiteral("runNote"), runNote},
            {QStringLiteral("switchedVersion"), double(switchedVersion)},
            {QStringLiteral("retiredAt"), time(retiredAt)},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("problemCode"), problemCode},
            {QStringLiteral("held"), held}};
}

KeyRotationState KeyRotationState::fromJson(const QJsonObject &j)
{
    KeyRotationState s;
    const auto str = [&j](const char *k) { return j.value(QLatin1String(k)).toString(); };
    s.addressId = str("addressId");
    s.suite = str("suite");
    s.step = stepFromName(str("step"));
    s.oldKeyId = str("oldKeyId");
    s.newKeyName = str("newKeyName");
    s.secretNote = str("secretNote");
    s.startedAt = timeFrom(j.value(u"startedAt"));
    s.updatedAt = timeFrom(j.value(u"updatedAt"));
    s.pendingOperation = j.value(u"pendingOperation").toInteger();
    s.stepAskedAt = timeFrom(j.value(u"stepAskedAt"));
    s.newKeyId = str("newKeyId");
    s.newKeyMasked = str("newKeyMasked");
    s.secretDelivered = j.value(u"secretDelivered").toBool();
    s.installedAt = timeFrom(j.value(u"installedAt"));
    s.runId = str("runId");
    s.runVerdict = str("runVerdict");
    s.checksPassed = j.value(u"checksPassed").toInt();
    s.checksFailed = j.value(u"checksFailed").toInt();
    s.runNote = str("runNote");
    s.switchedVersion = j.value(u"switchedVersion").toInteger();
    s.retiredAt = timeFrom(j.value(u"retiredAt"));
    s.problem = str("problem");
    s.problemCode = str("problemCode");
    s.held = str("held");
    return s;
}
