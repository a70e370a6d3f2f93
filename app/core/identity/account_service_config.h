#pragma once
// What a domain's service needs to act for one account: the server, the account's data folder,
// who acts (for the journal), the sign-in and TLS, and the journal's anchor as kept outside it.
// The seller, apps and licenses services take it as it is.
#include "identity/oauth_endpoints.h"
#include "identity/token_set.h"
#include "net/tls_policy.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

struct AccountServiceConfig
{
    QUrl server;
    QString dataDir; // the account's files: each domain's cache and outbox, audit.sqlite
    QString actor;   // who is acting, for the journal
    int timeoutMs = 30'000;
    OAuthEndpoints endpoints;
    TokenSet tokens; // refreshed tokens come back by the service's tokensChanged()
    TlsPolicy tls;
    // The journal's anchor as kept outside it (JournalAnchor::serialize()), when one is kept:
    // new heads are reported only while the journal still holds it.
    bool anchorKept = false;
    QByteArray journalAnchor;
};
