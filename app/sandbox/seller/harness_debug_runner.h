#pragma once
// TEST HARNESS, not a debugger: the DebugRunner the sandbox uses until the real one (app/core/
// seller/) lands. It sends nothing to the address; the verdict is whatever a test set through
// /_sandbox/seller ({"debugVerdict": "passed"|"failed"|"", "checksPassed": N,
// "checksFailed": N}). With no verdict set, nothing runs and the request is refused.
#include "sandbox/seller/debug_runner.h"

#include <QJsonObject>

class HarnessDebugRunner : public DebugRunner
{
public:
    DebugRunOutcome run(const DebugRunRequest &request) override;

    // Takes the switch's settings; returns a problem, or "".
    QString configure(const QJsonObject &settings);
    QJsonObject toJson() const;

private:
    QString m_verdict;       // "", "passed" or "failed"
    int m_checksPassed = -1; // -1: the suite's count (passed) or all but one (failed)
    int m_checksFailed = -1;
};
