#pragma once
// The real debugger in the Seller Center's seam: runs marketdesk's integration debugger
// (app/core/seller/debugger/) against the production address, as the marketplace would, with
// the key the run names, and answers how many checks passed. The console's demo uses it so that
// the seeded seller's address — a reference SaaS server on this computer — is really debugged.
//
// The seam is synchronous (the sandbox answers every request before it reads the next), so the
// run goes on a thread of its own with its own event loop while the sandbox's thread waits for
// it: at most `timeoutMs`, a few tens of milliseconds against a server on this computer.
#include "sandbox/seller/debug_runner.h"

#include <QList>
#include <QSslCertificate>

class EngineDebugRunner : public DebugRunner
{
public:
    explicit EngineDebugRunner(int timeoutMs = 30'000);

    DebugRunOutcome run(const DebugRunRequest &request) override;

    // Trusted besides the system's CAs (a reference server on this computer with its own CA).
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_cas = certificates; }

private:
    int m_timeoutMs;
    QList<QSslCertificate> m_cas;
};
