#pragma once
// GET /isv/jointApps?tenantId=…&appId=…[&testFlag=1]: what the Kit delivered about one
// tenant's app, the seller-side lookup that KooGallery's login pages call "查询联营应用信息"
// (protocol reference §4.6). The shape is our design, not Huawei's: {tenantId, tenantCode,
// tenantName, domainName, appId, clientId, hasSecret, testFlag, instanceId,
// updatedAt}. The clientSecret itself is never answered.
#include "sandbox/reference/http_answer.h"

class QHttpServerRequest;
struct ReferenceState;

class JointAppQuery
{
public:
    explicit JointAppQuery(ReferenceState &state);

    static QString path() { return QStringLiteral("/isv/jointApps"); }
    HttpAnswer answer(const QHttpServerRequest &request);

private:
    ReferenceState &m_state;
};
