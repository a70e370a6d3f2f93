#pragma once
// The sandbox as a tenant's authorization server on KooGallery's paths
// (/api/v1/oauth2/authorize|token|userinfo, /api/v1/logout): a sign-in page listing seeded
// accounts of two enterprises and two sellers, authorization codes bound to a PKCE S256 challenge,
// access tokens, and refresh tokens that rotate — a used one presented again revokes its whole
// chain. Only hashes of tokens are kept.
#include "sandbox/http/sandbox_reply.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <optional>

class Database;

struct SandboxAccount
{
    QString userName;
    QString name;
    QString email;
    QString mobile;
    QString role; // "admin" or "user" (an enterprise's), or "seller" (an ISV's Seller Center)
    QString tenant;
    QString tenantName;
    QString orgCode;
    QString orgName;
    QString key() const { return userName + u'@' + tenant; }
    QJsonObject userInfo() const;
};

class AuthServer
{
public:
    AuthServer();

    // Keeps the tokens (their hashes) and revocations in `db`, and reads back what an earlier
    // run left there, so that sign-ins outlive a restart.
    void attach(Database *db);

    static QString primaryTenant() { return QStringLiteral("huadong-tech"); }
    static QString secondTenant() { return QStringLiteral("beifang-cloud"); }
    // The sellers' tenants: the first with demo data in its Seller Center, the second empty.
    static QString sellerTenant() { return QStringLiteral("isv-demo"); }
    static QString secondSellerTenant() { return QStringLiteral("isv-lab"); }
    const QList<SandboxAccount> &accounts() const { return m_accounts; }

    // GET shows the page (or approves at once when auto-approval is on); POST with `account`
    // approves as that account.
    WebReply authorize(const QUrlQuery &query, const QString &approveAs, const QString &issuer);
    SandboxReply token(const QUrlQuery &form);
    SandboxReply userinfo(const QByteArray &authorization);
    WebReply logout(const QUrlQuery &query, const QByteArray &authorization);
    QJsonObject discovery(const QString &issuer) const;

    // Checks a console API request's Authorization header. On failure fills the 401 answer
    // and the WWW-Authenticate value.
    std::optional<SandboxAccount> authenticate(const QByteArray &authorization, SandboxReply *fail,
                                               QByteArray *challenge);

    // {autoApprove, accessTtl, refreshTtl, codeTtl, expireAccessTokens, userinfoStyle:
    // "koogallery"|"oidc", clients: {clientId: clientSecret}}; returns a problem.
    QString configure(const QJsonObject &settings);
    QJsonObject toJson() const;
    void setAutoApprove(const QString &account) { m_autoApprove = account; }

private:
    // The confidential client each sign-in (chain) was issued to; absent: the public client.
    QHash<qint64, QString> m_chainClients;
    struct Code
    {
        QString clientId, redirectUri, challenge, account;
        qint64 expires = 0; // ms since the epoch
        bool used = false;
        qint64 chain = 0;
    };
    struct Token
    {
        QString account;
        qint64 expires = 0; // ms since the epoch
        qint64 chain = 0;
        bool used = false; // refresh tokens: presented once already
    };
    const SandboxAccount *findAccount(const QString &key) const;
    WebReply redirectWith(const QString &redirectUri, QUrlQuery params) const;
    SandboxReply issue(const QString &account, qint64 chain);
    const Token *validAccessToken(const QByteArray &authorization, QString *why) const;
    void revokeChain(qint64 chain);
    void store(const QByteArray &hash, const char *kind, const Token &token);
    void markUsed(const QByteArray &hash);

    QList<SandboxAccount> m_accounts;
    Database *m_db = nullptr;
    QHash<QByteArray, Code> m_codes; // by hash
    QHash<QByteArray, Token> m_access;
    QHash<QByteArray, Token> m_refresh;
    QSet<qint64> m_revoked;
    qint64 m_nextChain = 1;
    QString m_autoApprove;
    int m_accessTtl = 7200;
    int m_refreshTtl = 30 * 24 * 3600;
    int m_codeTtl = 60;
    bool m_oidcUserinfo = false; // answer standard OpenID Connect claims only
    // Confidential clients (a seller's server in the unified login): client_id → SHA-256 of
    // the secret. Set with /_sandbox/auth {"clients": {…}}; "marketdesk" is the public one.
    QHash<QString, QByteArray> m_clients;
    // Counters for tests.
    qint64 m_codesIssued = 0, m_codeExchanges = 0, m_refreshes = 0, m_reuseDetected = 0,
           m_rejectedBearer = 0;
};
