#pragma once
// The joint-operation Kit's sync interfaces, the seller's side (protocol reference §4), once
// the request's signature has been checked: tenantSync, applicationSync (clientSecret
// RSA-OAEP-decrypted with the seller's private key; a failure answers 000101, §2.3, §3.6),
// authSync, singleOrgSync and allOrgSync, into a KitStore by their idempotency keys. Tolerates
// what the documents contradict themselves about: userList and orgInfoList sent as a JSON
// string (V1's form, and V2's own example, even with unquoted keys), orgInfo for orgInfoList,
// OrgName or name for orgName, and V1's nested `extension` of a user.
#include "sandbox/reference/kit_store.h"
#include "sandbox/reference/protocol_answer.h"
#include "sandbox/reference/reference_config.h"
#include "sandbox/reference/reference_faults.h"

class FieldReader;

class KitActivities
{
public:
    explicit KitActivities(KitStore &store);

    // The interface names this server serves under <prefix>/produceAPI[/v2]/.
    static bool isKitInterface(const QString &name);
    ProtocolAnswer handle(const QString &name, const QJsonObject &body,
                          const ReferenceConfig &config, const ReferenceFaults &faults);

private:
    ProtocolAnswer tenantSync(const QJsonObject &b, bool v1, const ReferenceFaults &faults);
    ProtocolAnswer applicationSync(const QJsonObject &b, bool v1, const ReferenceConfig &config,
                                   const ReferenceFaults &faults);
    ProtocolAnswer authSync(const QJsonObject &b, bool v1, const ReferenceFaults &faults);
    ProtocolAnswer singleOrgSync(const QJsonObject &b, const ReferenceFaults &faults);
    ProtocolAnswer allOrgSync(const QJsonObject &b, const ReferenceFaults &faults);
    // The fields every Kit body has: instanceId (may be empty), tenantId, testFlag, timeStamp.
    static void common(FieldReader &f, QString *instanceId, QString *tenantId, int *testFlag);
    // orgName under any of its spellings (orgName, OrgName, V1's name).
    static QString orgNameOf(const QJsonObject &o);

    KitStore &m_store;
};
