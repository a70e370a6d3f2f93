#pragma once
// getLicenseAsync as the marketplace drives it (protocol reference §7.1, V2 only): an instance
// is opened, a License is asked for, the same request (eventId and deviceFingerprint) is sent
// again and must give the same License, never a new one; a request without a fingerprint
// gets 000903 from a product bound to a device. The real License travels through the open API
// (§7.1 step 2): when the answer carries none, sameness cannot be seen and the check says so.
#include "seller/debugger/debug_scenario.h"

#include <QCoreApplication>

class LicenseScenarios
{
    Q_DECLARE_TR_FUNCTIONS(LicenseScenarios)

public:
    static QList<DebugScenario> build(const ScenarioContext &context);

    // "yyyy-MM-dd HH:mm:ss z" (the example's form, UTC) `days` from now.
    static QString licenseTime(int days);
};
