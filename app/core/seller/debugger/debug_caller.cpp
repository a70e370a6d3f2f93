#include "seller/debugger/debug_caller.h"

#include "net/tls_policy.h"
#include "seller/debugger/secret_mask.h"
#include "seller/v1_auth_token.h"
#include "seller/v2_signature.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {

QByteArray spoil(QByteArray signature)
{
    if (!signature.isEmpty())
        signature[0] = signature[0] == '0' ? '1' : (signature[0] == 'A' ? 'B' : '0');
    return signature;
}

} // namespace

DebugCaller::DebugCaller(const DebugTarget &target, const SecretMask &mask,
                         QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_mask(mask)
    , m_network(network)
{
}

QString DebugCaller::kitTimeStamp()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyyMMddHHmmsszzz"));
}

QString DebugCaller::utcTimeStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
}

QNetworkReply *DebugCaller::start(const DebugRequest &r, DebugAnswer *answer)
{
    const bool v1 = m_target.mode == DebugTarget::Mode::V1;
    const bool kit = r.kind == DebugRequest::Kind::Kit;
    const QByteArray key = kit ? m_target.kitKey : m_target.basicKey;
    const QByteArray nonce = r.nonce.isEmpty() ? V2Signature::makeNonce() : r.nonce;
    const QByteArray ts =
        QByteArray::number(r.timestampMs ? r.timestampMs : QDateTime::currentMSecsSinceEpoch());
    QUrl url = m_target.address;
    QByteArray method = "POST";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (r.kind == DebugRequest::Kind::ReferenceState) {
        method = "GET";
        url = m_target.originUrl(QStringLiteral("/_reference/state"));
    } else if (r.kind == DebugRequest::Kind::LoginCallback) {
        // The browser's step: the marketplace's 302 lands here, nothing signed (§5 step 2).
        method = "GET";
        url = m_target.loginCallback;
        QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
        for (const auto &[k, v] : r.params)
            query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' +
                     QUrl::toPercentEncoding(v);
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    } else if (!v1) {
        body = QJsonDocument(r.body).toJson(QJsonDocument::Compact);
        const auto scheme = kit ? V2Signature::Scheme::Kit : V2Signature::Scheme::Basic;
        QByteArray sig = V2Signature::signBody(scheme, key, nonce, ts, body).value();
        if (r.wrongSignature)
            sig = spoil(sig);
        if (kit) {
            url = m_target.kitUrl(r.kitName);
            headers = {{"x-sign", sig}, {"x-timestamp", ts}, {"x-nonce", nonce}};
        } else {
            url.setQuery(QStringLiteral("signature=%1&timestamp=%2&nonce=%3")
                             .arg(QString::fromLatin1(sig), QString::fromLatin1(ts),
                                  QString::fromLatin1(nonce)));
        }
    } else if (kit) {
        QJsonObject b = r.body;
        if (!b.contains(u"timeStamp"))
            b.insert(QStringLiteral("timeStamp"), kitTimeStamp());
        body = QJsonDocument(b).toJson(QJsonDocument::Compact);
        QByteArray token = V1AuthToken::sign(key, V1AuthToken::fromBody(body).value()).value();
        if (r.wrongSignature)
            token = spoil(token);
        url = m_target.kitUrl(r.kitName);
        headers = {{"authToken", token}};
    } else {
        method = "GET";
        auto params = r.params;
        if (std::none_of(params.begin(), params.end(),
                         [](const auto &p) { return p.first == u"timeStamp"; }))
            params.append({QStringLiteral("timeStamp"), utcTimeStamp()});
        QByteArray token = V1AuthToken::sign(key, params).value();
        if (r.wrongSignature)
            token = spoil(token);
        QByteArray query;
        for (const auto &[k, v] : params)
            query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' +
                     QUrl::toPercentEncoding(v);
        query += "&authToken=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    if (v1 && r.kind != DebugRequest::Kind::ReferenceState &&
        r.kind != DebugRequest::Kind::LoginCallback)
        answer->bodySignKey = key;

    QNetworkRequest request(url);
    request.setSslConfiguration(m_target.tls());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json;charset=utf-8"));
    DebugExchange &x = answer->exchange;
    x.method = QString::fromLatin1(method);
    x.url = m_mask.url(url);
    for (const auto &[k, v] : headers) {
        request.setRawHeader(k, v);
        x.requestHeaders.append({QString::fromLatin1(k), m_mask.header(k, v)});
    }
    x.requestBody = m_mask.body(body);
    return m_network->sendCustomRequest(request, method, body);
}

void DebugCaller::send(const DebugRequest &request, Done done)
{
    DebugAnswer answer;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = start(request, &answer);
    m_inFlight.insert(reply);
    auto timedOut = std::make_shared<bool>(false);
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : kTimeoutMs;
    QTimer::singleShot(timeoutMs, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    auto tlsProblem = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, reply, [tlsProblem](const QList<QSslError> &errors) {
        *tlsProblem = TlsPolicy::describe(errors);
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, answer, clock, timedOut, tlsProblem, done, timeoutMs]() mutable {
                answer.elapsedMs = clock->elapsed();
                answer.timedOut = *timedOut;
                if (*timedOut && timeoutMs == kTimeoutMs)
                    answer.error = tr("no answer within %1 s (the marketplace's timeout, §2.4)")
                                       .arg(kTimeoutMs / 1000);
                else if (*timedOut)
                    answer.error = tr("no answer within %1 s").arg(timeoutMs / 1000);
                else if (!tlsProblem->isEmpty())
                    answer.error = *tlsProblem;
                finish(reply, std::move(answer), done);
            });
}

void DebugCaller::finish(QNetworkReply *reply, DebugAnswer answer, const Done &done)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.error.isEmpty() && answer.status == 0)
        answer.error = reply->errorString();
    if (!answer.timedOut) {
        answer.body = reply->readAll();
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &e);
        answer.isJsonObject = e.error == QJsonParseError::NoError && doc.isObject();
        answer.json = doc.object();
    }
    for (const auto &[k, v] : reply->rawHeaderPairs())
        answer.headers.insert(k.toLower(), v);
    DebugExchange &x = answer.exchange;
    x.httpStatus = answer.timedOut ? 0 : answer.status;
    x.elapsedMs = answer.elapsedMs;
    x.timedOut = answer.timedOut;
    x.transportError = answer.error;
    x.resultCode = answer.code();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        x.responseHeaders.append({QString::fromLatin1(k), m_mask.header(k, v)});
    // A report keeps the start of a long answer; the judge reads all of it.
    constexpr qsizetype kKeptBytes = 64 * 1024;
    // Masked whole before it is cut: a secret across the cut would escape the mask's pattern.
    x.responseBody = m_mask.body(answer.body);
    if (x.responseBody.size() > kKeptBytes)
        x.responseBody.truncate(kKeptBytes);
    if (answer.body.size() > kKeptBytes)
        x.responseBody += tr("\n… (%1 bytes in all)").arg(answer.body.size());
    done(answer);
}

void DebugCaller::abortAll()
{
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}
