#pragma once
// The V1 basic interfaces as the marketplace drives them (protocol reference §6.2): GET calls
// with authToken (§3.1), mobilePhone and email encrypted with the basic key (§3.3), answers
// with Body-Sign (§3.2, checked on every answer by DebugJudge) and appInfo's userName and
// password encrypted back with the encryptType the answer names. An instance's life — open,
// open again with the same order and product, query, renew, freeze, unfreeze, expire,
// upgrade, release, release again — and the codes for an unknown instance and a malformed
// call.
#include "seller/debugger/debug_scenario.h"

#include <QCoreApplication>

class V1Scenarios
{
    Q_DECLARE_TR_FUNCTIONS(V1Scenarios)

public:
    static QList<DebugScenario> basic(const ScenarioContext &context);

    // appInfo with userName and password decrypted with `key` and the answer's encryptType;
    // fills `why` when they do not decrypt.
    static QJsonObject decryptedAppInfo(const DebugAnswer &answer, const QJsonObject &appInfo,
                                        const QByteArray &key, QString *why);
};
