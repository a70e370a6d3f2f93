#pragma once
// The V2 basic interfaces as the marketplace drives them (protocol reference §6.1, §7.1): an
// instance's life — open, open again with the same order, query, renew, freeze, unfreeze,
// upgrade, release, release again — and the codes for an unknown instance and a malformed
// call. Each step is a check of the answer's code (§2.3) and shape, and of idempotency
// exactly as the marketplace relies on it: the same orderId gives the same instanceId and
// appInfo. (Licenses: LicenseScenarios; V1: V1Scenarios.)
#include "seller/debugger/debug_scenario.h"

#include <QCoreApplication>

class BasicScenarios
{
    Q_DECLARE_TR_FUNCTIONS(BasicScenarios)

public:
    static QList<DebugScenario> basic(const ScenarioContext &context);

    // Shape checks shared with V1: an appInfo object (§6.1 queryInstance), and the entry of
    // queryInstance's info[] for `instanceId`.
    static QString checkAppInfo(const QJsonValue &appInfo, const QString &where);
    static QString findInfo(const DebugAnswer &answer, const QString &instanceId,
                            QJsonObject *entry);
    // "yyyyMMddHHmmss" a year from now, UTC.
    static QString nextYear();
};
