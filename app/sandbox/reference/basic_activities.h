#pragma once
// The production (basic) interfaces a seller implements, once the request's signature has
// been checked: the `activity` field picks newInstance, refreshInstance,
// updateInstanceStatus, upgradeInstance, releaseInstance, queryInstance or getLicenseAsync
// (V2, protocol reference §6.1, §7.1), or V1's newInstance, refreshInstance, expireInstance,
// instanceStatus, upgrade, releaseInstance and queryInstance (§6.2), whose appInfo userName
// and password go back AES-encrypted (§3.3). Idempotency as §11.7 says; every refusal with
// its §2.3 code and the field it is about.
#include "sandbox/reference/instance_store.h"
#include "sandbox/reference/license_desk.h"
#include "sandbox/reference/reference_config.h"
#include "sandbox/reference/reference_faults.h"

class BasicActivities
{
public:
    BasicActivities(InstanceStore &instances, LicenseDesk &licenses);

    // `params`: V2's JSON body, or V1's query parameters as an object of strings. V1's
    // appInfo is encrypted with the configuration's basic accessKey.
    ProtocolAnswer handle(const QJsonObject &params, const ReferenceConfig &config,
                          const ReferenceFaults &faults);
    // The activity named in `params`, for counting ("" when absent or not a string).
    static QString activityOf(const QJsonObject &params);
    qsizetype instancesCreated() const { return m_created; }
    void resetCount() { m_created = 0; }

private:
    ProtocolAnswer newInstance(const QJsonObject &p, bool v1, const ReferenceConfig &config,
                               const ReferenceFaults &faults);
    ProtocolAnswer refreshInstance(const QJsonObject &p, bool v1);
    ProtocolAnswer changeStatus(const QJsonObject &p, bool v1);
    ProtocolAnswer upgradeInstance(const QJsonObject &p);
    ProtocolAnswer releaseInstance(const QJsonObject &p, bool v1);
    ProtocolAnswer queryInstance(const QJsonObject &p, const ReferenceConfig &config);
    // The live instance `id`, or the 000003 answer in `refusal`.
    Instance *live(const QString &id, ProtocolAnswer *refusal);
    // appInfo as answered: plain in V2, userName and password encrypted in V1.
    static QJsonObject appInfoJson(const AppInfo &app, const ReferenceConfig &config);

    InstanceStore &m_instances;
    LicenseDesk &m_licenses;
    qsizetype m_created = 0;
};
