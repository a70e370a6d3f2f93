#pragma once
// The login suite of the integration debugger: plays the marketplace's unified login for an
// OAuth2.0 credential (protocol reference §5). The Kit delivers two fresh tenants whose
// domainName is the run's own OAuth provider (LoginProvider), each with a client_id and a
// random client_secret (RSA-OAEP for the seller's key), and authorises a user; then the
// browser's step is sent to the callback address with a code the provider issued and the
// tenant. Checks: the callback signs that user in for that tenant; the code was exchanged
// with that tenant's client_id and client_secret; userinfo was read with the bearer issued;
// and neither a spent code, nor an unknown one, nor a code of tenant A presented for tenant B
// signs anybody in. Finally the Kit data is deleted again.
#include "seller/debugger/debug_scenario.h"

#include <QCoreApplication>

class LoginScenarios
{
    Q_DECLARE_TR_FUNCTIONS(LoginScenarios)

public:
    // The check ids, in order.
    static const QStringList &checkIds();
    // The scenario; every check skipped with `skipReason` when it is not empty.
    static QList<DebugScenario> build(const ScenarioContext &c, const QString &skipReason = {});
};
