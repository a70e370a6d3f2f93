#pragma once
// getLicenseAsync, the seller's side (protocol reference §7.1): one License per (instanceId,
// eventId, deviceFingerprint), the same one again for a repeated request, and the refusals
// 000900–000903 where they apply. The reference product is a period product bound to a
// device: a fingerprint (000903) and an expiry (000902) are required, a License may not start
// after its instance expires (000901), and an instance has `quota` Licenses (000900).
// The License is answered in a `license` field (our addition; the marketplace ignores it,
// and the real upload goes through the open API).
#include "sandbox/reference/instance_store.h"
#include "sandbox/reference/protocol_answer.h"

#include <QDateTime>
#include <QHash>

class LicenseDesk
{
public:
    explicit LicenseDesk(InstanceStore &instances);

    // `alwaysNew`: the newLicenseForRepeatedEvent fault.
    ProtocolAnswer request(const QJsonObject &body, int quota, bool alwaysNew);
    qsizetype issued() const { return m_issued; }
    void clear();

    // "2023-10-27 10:30:15 z" (the document's example), without the zone, or
    // yyyyMMddHHmmss[SSS]; always UTC. Invalid when none fits.
    static QDateTime parseTime(const QString &text);

private:
    struct License
    {
        QString id;
        QString text;
    };

    InstanceStore &m_instances;
    QHash<QString, License> m_licenses; // "instanceId|eventId|fingerprint" → License
    QHash<QString, int> m_perInstance;  // instanceId → Licenses issued
    qsizetype m_issued = 0;
};
