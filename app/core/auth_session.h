#pragma once
// The signed-in state of one account while it works: hands the API client the current access
// token, refreshes it shortly before it expires and after a 401 — one refresh at a time, the
// other requests wait for it — and says when only a new interactive sign-in can help. Lives
// on the thread of the ApiClient that uses it.
#include "api_types.h"
#include "oauth_endpoints.h"
#include "token_set.h"

#include <QObject>

class ApiClient;

class AuthSession : public QObject
{
    Q_OBJECT
public:
    AuthSession(const OAuthEndpoints &endpoints, const TokenSet &tokens, QObject *parent = nullptr);

    // The client that carries the refresh requests (usually the one this session serves).
    void setClient(ApiClient *client) { m_client = client; }

    bool hasTokens() const { return !m_tokens.isEmpty(); }
    QByteArray accessToken() const { return m_tokens.accessToken; }
    TokenSet tokens() const { return m_tokens; }
    bool refreshing() const { return m_refreshing; }
    bool needsRefresh() const;
    int refreshCount() const { return m_refreshCount; }
    // Why the last refresh failed: Kind::Auth when the server refused it, else transient.
    ApiError lastError() const { return m_lastError; }

    enum class Refresh
    {
        Started,      // wait for refreshFinished()
        AlreadyNewer, // the failed token was replaced meanwhile: send again now
        Impossible    // no refresh token, or the server refused: lastError() says why
    };
    // `failedToken` is the token a 401 answered; empty for a refresh before expiry.
    Refresh refresh(const QByteArray &failedToken = {});

    // After an interactive sign-in.
    void setTokens(const TokenSet &tokens);
    // The server refused even a fresh token (or the user signed out): forget the tokens.
    void invalidate(const QString &reason);

Q_SIGNALS:
    void refreshFinished(bool ok);
    void tokensChanged(const TokenSet &tokens); // to be written to the secret store
    void signInRequired(const QString &reason);

private:
    void onRefreshAnswer(const ApiResponse &response);

    OAuthEndpoints m_endpoints;
    TokenSet m_tokens;
    ApiClient *m_client = nullptr;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    ApiError m_lastError;
};
