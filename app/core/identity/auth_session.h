#pragma once
// The signed-in state of one account while it works: hands the API client the current access
// token, refreshes it shortly before it expires and after a 401 — one refresh at a time, the
// other requests wait for it — and says when only a new interactive sign-in can help. Lives
// on the thread of the ApiClient that uses it.
#include "identity/oauth_endpoints.h"
#include "identity/token_set.h"
#include "net/bearer_source.h"

class ApiClient;

class AuthSession : public BearerSource
{
    Q_OBJECT
public:
    AuthSession(const OAuthEndpoints &endpoints, const TokenSet &tokens, QObject *parent = nullptr);

    // The client that carries the refresh requests (usually the one this session serves).
    void setClient(ApiClient *client) { m_client = client; }

    bool hasTokens() const override { return !m_tokens.isEmpty(); }
    QByteArray accessToken() const override { return m_tokens.accessToken; }
    TokenSet tokens() const { return m_tokens; }
    bool refreshing() const override { return m_refreshing; }
    bool needsRefresh() const override;
    int refreshCount() const { return m_refreshCount; }
    ApiError lastError() const override { return m_lastError; }
    Refresh refresh(const QByteArray &failedToken = {}) override;

    // After an interactive sign-in.
    void setTokens(const TokenSet &tokens);
    // The server refused even a fresh token (or the user signed out): forget the tokens.
    void invalidate(const QString &reason) override;

Q_SIGNALS:
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
