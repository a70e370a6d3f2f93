#pragma once
// The soak's own line to the sandbox, apart from the services it tests: the admin switches
// (faults, the seller's test harness, sign-in settings), each checked for its answer, the
// per-tenant counters, and the state the server holds, read back with a sign-in of its own
// (full listings, not the client's cache, which holds what the client wrote).
#include "soak/soak_ledger.h"

#include <QJsonObject>
#include <QUrl>

class SandboxView
{
public:
    explicit SandboxView(const QUrl &server)
        : m_server(server)
    {
    }

    // POSTs `body` to the admin path; false with `error` unless the sandbox answered 200.
    bool set(const QString &path, const QJsonObject &body, QString *error) const;
    QJsonObject get(const QString &pathAndQuery) const;
    QJsonObject tenantStats(const QString &tenant) const;

    // Every member's switch and name, who holds `grantApp` by hand, and `switchApp`'s switch.
    bool read(const QString &grantApp, const QString &switchApp, ServerState *state,
              QString *error) const;

    // Enables `userName` by a batch of its own, under a fresh key: a change nobody else knows
    // of (the soak's test of its own duplicate check).
    bool sendAside(const QString &userName, QString *error) const;

    // Renews a sign-in with `refreshToken` and throws the answer away: as if the renewal's
    // answer were lost on its way, the refresh token is spent, and the program holding it
    // must sign in again (the server revokes a sign-in whose spent token comes back).
    bool spendRefreshToken(const QUrl &tokenEndpoint, const QByteArray &refreshToken,
                           QString *error, int *status = nullptr) const;

private:
    bool signIn(QString *error) const;
    // Every record of a listing (`path` with `limit`), page by page.
    bool list(const QString &path, QList<QJsonObject> *items, QString *error) const;

    QUrl m_server;
};
