#pragma once
// The one HTTP client of an account: explicit timeouts, bounded retries with full-jitter
// backoff and Retry-After, a bounded number of requests in flight, JSON answers checked.
#include "net/api_types.h"
#include "net/bearer_source.h"
#include "net/retry_policy.h"
#include "net/tls_policy.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <deque>

class QNetworkAccessManager;
class QNetworkReply;
class ApiCall;

class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(const QUrl &baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    // https anywhere; plain http only to a loopback address. Returns a message when refused.
    static QString checkBaseUrl(const QUrl &url);

    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // The account's own CA and public-key pins; a pin mismatch closes the connection before
    // any header (Authorization included) is sent.
    void setTlsPolicy(const TlsPolicy &policy)
    {
        m_tls = policy;
        m_sslConfiguration = policy.configuration(); // once, not per request
    }
    const TlsPolicy &tlsPolicy() const { return m_tls; }

    // Requests with Auth::Session carry this source's bearer token; it is refreshed before
    // expiry and after a 401, and the request is then sent once more.
    void setAuthSession(BearerSource *session);
    BearerSource *authSession() const { return m_session; }

    // The call deletes itself after emitting finished().
    ApiCall *send(const ApiRequest &request);

private:
    friend class ApiCall;
    void enqueue(ApiCall *call);
    void pump();
    void start(ApiCall *call);
    void onReplyFinished(ApiCall *call, QNetworkReply *reply);
    // True when the call must wait for a token refresh (it is parked until it ends).
    bool parkForAuth(ApiCall *call);
    void onRefreshFinished(bool ok);
    QUrl urlFor(const ApiRequest &request) const;

    QUrl m_baseUrl;
    QNetworkAccessManager *m_nam = nullptr;
    RetryPolicy m_policy;
    TlsPolicy m_tls;
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    QRandomGenerator m_random;
    int m_timeoutMs = 30'000;
    int m_maxInFlight = 6;
    qint64 m_maxResponseBytes = 64 * 1024 * 1024;
    int m_inFlight = 0;
    std::deque<QPointer<ApiCall>> m_queue;
    std::vector<QPointer<ApiCall>> m_authWaiting;
    QPointer<BearerSource> m_session;
    QString m_configError;
};

// One logical request, across all its attempts.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    void cancel();

Q_SIGNALS:
    void finished(const ApiResponse &response);
    // Before each retry: which attempt failed and how long the call waits.
    void retryScheduled(int attempt, int delayMs);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, const ApiRequest &request);
    void finish(const ApiResponse &response);

    ApiClient *m_client;
    ApiRequest m_request;
    QByteArray m_requestId;
    int m_attempt = 0;
    bool m_done = false;
    bool m_authReplayed = false;
    QByteArray m_sentToken;
    QPointer<QNetworkReply> m_reply;
};
