#pragma once
// Applying for a License (在线开通License, protocol reference §7.1) as the buyer's console
// does it: for an instance of a License product, an eventId and the device fingerprint. The
// same order, eventId and fingerprint always answer the same License, never a new one (a
// retry after a lost answer, even with another Idempotency-Key); a new eventId or fingerprint
// is a new License, within the order's quota and validity. The sandbox plays the seller, who
// would upload the License (as characters, ≤ 1024, or a file with its SHA-256): it makes one
// at once, deterministically from the tenant's epoch and the request.
#include "sandbox/domain/domain_result.h"
#include "sandbox/licenses/licenses_store.h"
#include "sandbox/tenant/sandbox_stats.h"

class LicenseIssuer
{
public:
    LicenseIssuer(LicensesStore &store, SandboxStats &stats, qint64 nowMs);

    // {"instanceId", "eventId", "deviceFingerprint"} → {"license": {…}, "created": bool}.
    DomainResult apply(const QJsonObject &body);

private:
    LicenseRecord make(const OrderRecord &order, const QString &eventId,
                       const QString &fingerprint) const;

    LicensesStore &m_store;
    SandboxStats &m_stats;
    qint64 m_now;
};
