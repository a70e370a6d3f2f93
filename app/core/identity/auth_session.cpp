#include "identity/auth_session.h"

#include "common/logging.h"
#include "net/api_client.h"

AuthSession::AuthSession(const OAuthEndpoints &endpoints, const TokenSet &tokens, QObject *parent)
    : BearerSource(parent)
    , m_endpoints(endpoints)
    , m_tokens(tokens)
{
}

bool AuthSession::needsRefresh() const
{
    return !m_tokens.refreshToken.isEmpty() &&
           m_tokens.expiresSoon(QDateTime::currentDateTimeUtc());
}

AuthSession::Refresh AuthSession::refresh(const QByteArray &failedToken)
{
    if (m_refreshing)
        return Refresh::Started;
    if (!failedToken.isEmpty() && failedToken != m_tokens.accessToken && !m_tokens.isEmpty())
        return Refresh::AlreadyNewer;
    if (m_tokens.refreshToken.isEmpty() || !m_client) {
        m_lastError = {ApiError::Kind::Auth,
                       401,
                       {},
                       tr("The sign-in has expired and cannot be renewed; sign in again.")};
        invalidate(m_lastError.message);
        return Refresh::Impossible;
    }
    m_refreshing = true;
    ++m_refreshCount;
    qCInfo(lcAuth) << "refreshing the access token";
    connect(m_client->send(m_endpoints.tokenRequest(
                QStringLiteral("refresh_token"),
                {{QStringLiteral("refresh_token"), QString::fromUtf8(m_tokens.refreshToken)}})),
            &ApiCall::finished, this, &AuthSession::onRefreshAnswer);
    return Refresh::Started;
}

void AuthSession::onRefreshAnswer(const ApiResponse &response)
{
    m_refreshing = false;
    if (!response.ok()) {
        // A refused refresh token (used, revoked, expired) ends this sign-in; a network
        // problem does not: the tokens stay and the next request tries again.
        const bool refused = response.httpStatus == 400 || response.httpStatus == 401;
        m_lastError = response.error;
        if (refused) {
            m_lastError.kind = ApiError::Kind::Auth;
            m_lastError.message = tr("The server no longer accepts this sign-in (%1); sign in "
                                     "again. Pending changes are kept and sent afterwards.")
                                      .arg(response.error.message);
            invalidate(m_lastError.message);
        }
        qCInfo(lcAuth) << "token refresh failed:" << response.error.message;
        Q_EMIT refreshFinished(false);
        return;
    }
    TokenSet fresh;
    QString error;
    if (!TokenSet::fromTokenResponse(response.json, QDateTime::currentDateTimeUtc(), &fresh,
                                     &error)) {
        m_lastError = {ApiError::Kind::BadResponse,
                       response.httpStatus,
                       {},
                       tr("The token server's answer cannot be used: %1.").arg(error)};
        qCWarning(lcAuth) << "token refresh answer unusable:" << error;
        Q_EMIT refreshFinished(false);
        return;
    }
    // A server that does not rotate keeps the refresh token it gave before.
    if (fresh.refreshToken.isEmpty())
        fresh.refreshToken = m_tokens.refreshToken;
    m_tokens = fresh;
    m_lastError = {};
    qCInfo(lcAuth) << "access token refreshed; valid for" << fresh.lifetimeS << "s";
    Q_EMIT tokensChanged(m_tokens);
    Q_EMIT refreshFinished(true);
}

void AuthSession::setTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    m_lastError = {};
}

void AuthSession::invalidate(const QString &reason)
{
    const bool had = !m_tokens.isEmpty();
    m_tokens = {};
    if (had) {
        Q_EMIT tokensChanged(m_tokens);
        Q_EMIT signInRequired(reason);
    }
}
