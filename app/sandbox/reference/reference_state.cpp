#include "sandbox/reference/reference_state.h"

ReferenceState::ReferenceState(ReferenceConfig configuration)
    : config(std::move(configuration))
{
}

void ReferenceState::count(const QString &activity, const QString &code)
{
    ++requests[activity.isEmpty() ? QStringLiteral("(none)") : activity.left(32)];
    ++answered[code];
}

void ReferenceState::reset()
{
    instances.clear();
    licenses.clear();
    kit.clear();
    check.clear();
    basic.resetCount();
    requests.clear();
    answered.clear();
    loginsSucceeded = loginsFailed = 0;
}

QJsonObject ReferenceState::toJson() const
{
    QJsonObject perActivity, perCode;
    for (auto it = requests.begin(); it != requests.end(); ++it)
        perActivity.insert(it.key(), it.value());
    for (auto it = answered.begin(); it != answered.end(); ++it)
        perCode.insert(it.key(), it.value());
    return {{QStringLiteral("config"), config.toJson()},
            {QStringLiteral("faults"), faults.toJson()},
            {QStringLiteral("requests"), perActivity},
            {QStringLiteral("answered"), perCode},
            {QStringLiteral("instancesCreated"), basic.instancesCreated()},
            {QStringLiteral("instancesActive"), instances.active()},
            {QStringLiteral("licensesIssued"), licenses.issued()},
            {QStringLiteral("kitRows"), kit.toJson()},
            {QStringLiteral("loginsSucceeded"), loginsSucceeded},
            {QStringLiteral("loginsFailed"), loginsFailed}};
}
