#include "net/api_client.h"
#include "net/loopback.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace {

QString describeParseError(const QJsonParseError &error)
{
    return QCoreApplication::translate("ApiClient", "%1 at byte %2")
        .arg(error.errorString())
        .arg(error.offset);
}

} // namespace

ApiClient::ApiClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_nam(new QNetworkAccessManager(this))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_configError = checkBaseUrl(baseUrl);
    // Credentials never follow a redirect to another origin.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

QString ApiClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address \"%1\" is not a valid URL.").arg(url.toString());
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http") {
        if (Loopback::isLoopbackHost(url.host()))
            return {};
        return tr("The server address \"%1\" uses plain http; only https is allowed for a server "
                  "that is not on this computer (loopback).")
            .arg(url.toString());
    }
    return tr("The server address \"%1\" must start with https://.").arg(url.toString());
}

void ApiClient::setAuthSession(BearerSource *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &BearerSource::refreshFinished, this, &ApiClient::onRefreshFinished);
}

QUrl ApiClient::urlFor(const ApiRequest &r) const
{
    if (!r.url.isEmpty())
        return r.url;
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + r.path);
    url.setQuery(r.query);
    return url;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    QString configError = m_configError;
    if (!request.url.isEmpty())
        configError = checkBaseUrl(request.url);
    if (!configError.isEmpty()) {
        ApiResponse response;
        response.error = {ApiError::Kind::Config, 0, {}, configError};
        QMetaObject::invokeMethod(
            call, [call, response] { call->finish(response); }, Qt::QueuedConnection);
        return call;
    }
    enqueue(call);
    return call;
}

void ApiClient::enqueue(ApiCall *call)
{
    m_queue.emplace_back(call);
    // Start asynchronously so the caller connects to finished() first.
    QMetaObject::invokeMethod(this, &ApiClient::pump, Qt::QueuedConnection);
}

void ApiClient::pump()
{
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        QPointer<ApiCall> call = m_queue.front();
        m_queue.pop_front();
        if (call && !call->m_done && !parkForAuth(call))
            start(call);
    }
}

bool ApiClient::parkForAuth(ApiCall *call)
{
    if (call->m_request.auth != ApiRequest::Auth::Session || !m_session)
        return false;
    if (!m_session->hasTokens()) {
        ApiResponse response;
        response.requestId = call->m_requestId;
        response.attempts = call->m_attempt;
        response.error = {
            ApiError::Kind::Auth,
            0,
            {},
            tr("%1 needs a signed-in account; sign in first.").arg(call->m_request.describe())};
        call->finish(response);
        return true;
    }
    if (m_session->refreshing() ||
        (m_session->needsRefresh() && m_session->refresh() == BearerSource::Refresh::Started)) {
        m_authWaiting.emplace_back(call);
        return true;
    }
    return false;
}

void ApiClient::onRefreshFinished(bool ok)
{
    std::vector<QPointer<ApiCall>> waiting;
    waiting.swap(m_authWaiting);
    for (const QPointer<ApiCall> &call : waiting) {
        if (!call || call->m_done)
            continue;
        if (ok) {
            enqueue(call);
            continue;
        }
        ApiResponse response;
        response.requestId = call->m_requestId;
        response.attempts = call->m_attempt;
        response.error = m_session ? m_session->lastError() : ApiError{};
        response.httpStatus = response.error.httpStatus;
        call->finish(response);
    }
}

void ApiClient::start(ApiCall *call)
{
    const ApiRequest &r = call->m_request;
    QNetworkRequest nr(urlFor(r));
    nr.setTransferTimeout(m_timeoutMs);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("X-Request-Id", call->m_requestId);
    if (!r.idempotencyKey.isEmpty())
        nr.setRawHeader("Idempotency-Key", r.idempotencyKey);
    call->m_sentToken.clear();
    if (r.auth == ApiRequest::Auth::Explicit)
        nr.setRawHeader("Authorization", "Bearer " + r.bearer);
    else if (r.auth == ApiRequest::Auth::Session && m_session) {
        call->m_sentToken = m_session->accessToken();
        nr.setRawHeader("Authorization", "Bearer " + call->m_sentToken);
    }
    if (nr.url().scheme() == u"https") {
        nr.setSslConfiguration(m_sslConfiguration);
        // With pins, HTTP/1.1 only: each connection's handshake is then checked on the reply
        // that opened it before any request is written, where an HTTP/2 connection would
        // carry several streams whose order around encrypted() Qt does not promise.
        if (!m_tls.pins.isEmpty())
            nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    ++call->m_attempt;
    ++m_inFlight;

    // The standard verbs through their own calls: QNAM treats sendCustomRequest() as a custom
    // operation and does not keep its connection alive, which costs a new connection a call.
    QNetworkReply *reply = nullptr;
    if (r.method == "GET") {
        reply = m_nam->get(nr);
    } else if (r.method == "DELETE") {
        reply = m_nam->deleteResource(nr);
    } else {
        QByteArray body;
        if (r.isForm) {
            nr.setHeader(QNetworkRequest::ContentTypeHeader,
                         QByteArrayLiteral("application/x-www-form-urlencoded"));
            for (const auto &[name, value] : r.form) {
                if (!body.isEmpty())
                    body += '&';
                body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
            }
        } else {
            nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            body = QJsonDocument(r.body).toJson(QJsonDocument::Compact);
        }
        if (r.method == "POST")
            reply = m_nam->post(nr, body);
        else if (r.method == "PUT")
            reply = m_nam->put(nr, body);
        else
            reply = m_nam->sendCustomRequest(nr, r.method, body);
    }
    call->m_reply = reply;
    // Certificate errors are recorded for the message and never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        reply->setProperty("tlsProblem", TlsPolicy::describe(errors));
    });
    if (!m_tls.pins.isEmpty()) {
        // encrypted() comes after the handshake and before the request is written.
        connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
            const QString problem =
                m_tls.verifyPins(reply->sslConfiguration().peerCertificateChain());
            if (!problem.isEmpty()) {
                reply->setProperty("tlsProblem", problem);
                reply->abort();
                m_nam->clearConnectionCache(); // no refused connection may be reused
            }
        });
    }
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64) {
        if (received > m_maxResponseBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, call = QPointer<ApiCall>(call), reply] {
        --m_inFlight;
        reply->deleteLater();
        if (call && !call->m_done)
            onReplyFinished(call, reply);
        pump();
    });
}

void ApiClient::onReplyFinished(ApiCall *call, QNetworkReply *reply)
{
    const ApiRequest &r = call->m_request;
    ApiResponse response;
    response.attempts = call->m_attempt;
    response.requestId = call->m_requestId;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    const bool httpAnswer = response.httpStatus > 0;
    // Connection-level errors (below 100) mean the answer, if any, did not arrive whole.
    if (!httpAnswer || (netError != QNetworkReply::NoError && netError < 100)) {
        ApiError::Kind kind = ApiError::Kind::Network;
        QString what = reply->errorString();
        const QString tlsProblem = reply->property("tlsProblem").toString();
        if (!tlsProblem.isEmpty()) {
            kind = ApiError::Kind::Tls;
            what = tr("the secure connection was refused: %1").arg(tlsProblem);
        } else if (netError == QNetworkReply::OperationCanceledError) {
            kind = ApiError::Kind::Timeout;
            what = tr("no answer within %1 s").arg(m_timeoutMs / 1000.0);
        } else if (netError == QNetworkReply::TimeoutError) {
            kind = ApiError::Kind::Timeout;
        } else if (netError == QNetworkReply::SslHandshakeFailedError) {
            kind = ApiError::Kind::Tls;
        } else if (httpAnswer) {
            what = tr("the connection closed before the whole answer arrived (%1)").arg(what);
        }
        response.error = {
            kind, response.httpStatus, {}, tr("%1 failed: %2").arg(r.describe(), what)};
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString why = parseError.error != QJsonParseError::NoError
                                    ? describeParseError(parseError)
                                    : tr("not a JSON object");
            response.error = {ApiError::Kind::BadResponse,
                              response.httpStatus,
                              {},
                              tr("The server's answer to %1 (HTTP %2) is not valid JSON: %3.")
                                  .arg(r.describe())
                                  .arg(response.httpStatus)
                                  .arg(why)};
        } else {
            response.json = doc.object();
            if (response.httpStatus >= 400) {
                QString code = response.json.value(u"resultCode").toString();
                QString msg = response.json.value(u"resultMsg").toString();
                // OAuth endpoints answer RFC 6749 §5.2 errors instead.
                if (code.isEmpty())
                    code = response.json.value(u"error").toString().left(64);
                if (msg.isEmpty())
                    msg = response.json.value(u"error_description").toString().left(500);
                if (msg.isEmpty())
                    msg = code.isEmpty() ? tr("HTTP %1").arg(response.httpStatus) : code;
                response.error = {
                    response.httpStatus == 401 ? ApiError::Kind::Auth : ApiError::Kind::Http,
                    response.httpStatus, code, tr("%1 was refused: %2").arg(r.describe(), msg)};
            }
        }
    }

    // A 401 on the account's token: refresh (once for all waiting calls), then send again once.
    if (response.httpStatus == 401 && r.auth == ApiRequest::Auth::Session && m_session &&
        !call->m_authReplayed) {
        call->m_authReplayed = true;
        --call->m_attempt; // the replay is not a retry of a failure of the server's
        switch (m_session->refresh(call->m_sentToken)) {
        case BearerSource::Refresh::Started:
            m_authWaiting.emplace_back(call);
            return;
        case BearerSource::Refresh::AlreadyNewer:
            enqueue(call);
            return;
        case BearerSource::Refresh::Impossible:
            response.error = m_session->lastError();
            call->finish(response);
            return;
        }
    }
    if (response.httpStatus == 401 && r.auth == ApiRequest::Auth::Session && m_session)
        m_session->invalidate(response.error.message);

    const bool retryable = response.error.isError() && r.retrySafe() &&
                           response.error.kind != ApiError::Kind::Tls &&
                           response.error.kind != ApiError::Kind::Auth &&
                           (response.error.kind != ApiError::Kind::Http ||
                            RetryPolicy::isRetryableStatus(response.httpStatus));
    if (retryable && call->m_attempt < m_policy.maxAttempts) {
        int delay = m_policy.backoffMs(call->m_attempt, m_random);
        if (const auto after = m_policy.retryAfterMs(reply->rawHeader("Retry-After"),
                                                     QDateTime::currentDateTimeUtc()))
            delay = *after;
        qCInfo(lcNet) << r.describe() << "attempt" << call->m_attempt << "failed ("
                      << response.error.message << "); retrying in" << delay << "ms";
        Q_EMIT call->retryScheduled(call->m_attempt, delay);
        QTimer::singleShot(delay, call, [this, call] { enqueue(call); });
        return;
    }
    if (response.error.isError())
        qCInfo(lcNet) << r.describe() << "gave up after" << call->m_attempt
                      << "attempt(s):" << response.error.message;
    call->finish(response);
}

ApiCall::ApiCall(ApiClient *client, const ApiRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_requestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    ApiResponse response;
    response.requestId = m_requestId;
    response.attempts = m_attempt;
    response.error = {ApiError::Kind::Cancelled, 0, {}, tr("Cancelled.")};
    if (m_reply)
        m_reply->abort(); // its finished() sees m_done and only releases the slot
    finish(response);
}

void ApiCall::finish(const ApiResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(response);
    deleteLater();
}
