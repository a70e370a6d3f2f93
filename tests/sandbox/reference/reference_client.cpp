#include "sandbox/reference/reference_client.h"

#include "seller/canonical_json.h"
#include "seller/client_secret_cipher.h"
#include "seller/v1_auth_token.h"
#include "seller/v2_signature.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

namespace {

QByteArray spoil(QByteArray signature)
{
    if (!signature.isEmpty())
        signature[0] = signature[0] == '0' ? '1' : '0';
    return signature;
}

} // namespace

ReferenceClient::ReferenceClient(const QUrl &server, QByteArray basicKey, QByteArray kitKey,
                                 QString prefix)
    : m_server(server)
    , m_basicKey(std::move(basicKey))
    , m_kitKey(std::move(kitKey))
    , m_prefix(std::move(prefix))
{
}

QUrl ReferenceClient::url(const QString &path) const
{
    return QUrl(m_server.toString() + path);
}

QString ReferenceClient::kitTimeStamp()
{
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyyMMddHHmmsszzz"));
}

QString ReferenceClient::utcTimeStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
}

QNetworkReply *ReferenceClient::send(const QByteArray &method, const QUrl &url,
                                     const QByteArray &body,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers,
                                     int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json;charset=utf-8"));
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    if (!m_caPem.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(m_caPem, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    return m_network.sendCustomRequest(request, method, body);
}

Reply ReferenceClient::wait(QNetworkReply *reply, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.timedOut = !reply->isFinished() || reply->error() == QNetworkReply::OperationCanceledError;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &[k, v] : reply->rawHeaderPairs())
        r.headers.insert(k.toLower(), v);
    reply->abort();
    reply->deleteLater();
    return r;
}

Reply ReferenceClient::basicRaw(const QByteArray &body, const Signing &s)
{
    const QByteArray key = s.key.isEmpty() ? m_basicKey : s.key;
    const QByteArray nonce = s.nonce.isEmpty() ? V2Signature::makeNonce() : s.nonce;
    const QByteArray ts =
        QByteArray::number(s.timestampMs ? s.timestampMs : QDateTime::currentMSecsSinceEpoch());
    const auto canonical = CanonicalJson::fromBody(body);
    QByteArray sig = V2Signature::sign(V2Signature::Scheme::Basic, key, nonce, ts,
                                       canonical ? canonical.value() : body);
    if (s.corruptSignature)
        sig = spoil(sig);
    if (s.upperCase)
        sig = sig.toUpper();
    QUrlQuery q;
    if (!s.omitSignature)
        q.addQueryItem(QStringLiteral("signature"), QString::fromLatin1(sig));
    if (!s.omitTimestamp)
        q.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(ts));
    if (!s.omitNonce)
        q.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(nonce));
    QUrl u = url(m_prefix);
    u.setQuery(q);
    return wait(send("POST", u, body, {}, s.timeoutMs), s.timeoutMs);
}

Reply ReferenceClient::basic(const QJsonObject &body, const Signing &s)
{
    return basicRaw(QJsonDocument(body).toJson(QJsonDocument::Compact), s);
}

QNetworkReply *ReferenceClient::startBasic(const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray nonce = V2Signature::makeNonce();
    const QByteArray ts = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray sig =
        V2Signature::signBody(V2Signature::Scheme::Basic, m_basicKey, nonce, ts, bytes).value();
    QUrl u = url(m_prefix);
    u.setQuery(
        QStringLiteral("signature=%1&timestamp=%2&nonce=%3")
            .arg(QString::fromLatin1(sig), QString::fromLatin1(ts), QString::fromLatin1(nonce)));
    return send("POST", u, bytes, {}, 60'000);
}

Reply ReferenceClient::kit(const QString &name, const QJsonObject &body, const Signing &s)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray key = s.key.isEmpty() ? m_kitKey : s.key;
    const QByteArray nonce = s.nonce.isEmpty() ? V2Signature::makeNonce() : s.nonce;
    const QByteArray ts =
        QByteArray::number(s.timestampMs ? s.timestampMs : QDateTime::currentMSecsSinceEpoch());
    QByteArray sig = V2Signature::signBody(V2Signature::Scheme::Kit, key, nonce, ts, bytes).value();
    if (s.corruptSignature)
        sig = spoil(sig);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!s.omitSignature)
        headers.append({"x-sign", sig});
    if (!s.omitTimestamp)
        headers.append({"x-timestamp", ts});
    if (!s.omitNonce)
        headers.append({"x-nonce", nonce});
    return wait(send("POST", url(m_prefix + QStringLiteral("/produceAPI/v2/") + name), bytes,
                     headers, s.timeoutMs),
                s.timeoutMs);
}

Reply ReferenceClient::v1Basic(QList<std::pair<QString, QString>> params, const Signing &s)
{
    const bool hasTs = std::any_of(params.begin(), params.end(),
                                   [](const auto &p) { return p.first == u"timeStamp"; });
    if (!hasTs)
        params.append({QStringLiteral("timeStamp"), utcTimeStamp()});
    const QByteArray key = s.key.isEmpty() ? m_basicKey : s.key;
    QByteArray token = V1AuthToken::sign(key, params).value();
    if (s.corruptSignature)
        token = spoil(token);
    QByteArray query;
    for (const auto &[k, v] : params)
        query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' +
                 QUrl::toPercentEncoding(v);
    if (!s.omitSignature)
        query += "&authToken=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
    QUrl u = url(m_prefix);
    u.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return wait(send("GET", u, {}, {}, s.timeoutMs), s.timeoutMs);
}

Reply ReferenceClient::v1Kit(const QString &name, QJsonObject body, const Signing &s)
{
    if (!body.contains(u"timeStamp"))
        body.insert(QStringLiteral("timeStamp"), kitTimeStamp());
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray key = s.key.isEmpty() ? m_kitKey : s.key;
    QByteArray token = V1AuthToken::sign(key, V1AuthToken::fromBody(bytes).value()).value();
    if (s.corruptSignature)
        token = spoil(token);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!s.omitSignature)
        headers.append({"authToken", token});
    return wait(send("POST", url(m_prefix + QStringLiteral("/produceAPI/") + name), bytes, headers,
                     s.timeoutMs),
                s.timeoutMs);
}

void ReferenceClient::trust(const QByteArray &caPem)
{
    m_caPem = caPem;
}

Reply ReferenceClient::get(const QString &pathAndQuery, int timeoutMs)
{
    return wait(send("GET", url(pathAndQuery), {}, {}, timeoutMs), timeoutMs);
}

Reply ReferenceClient::postJson(const QString &path, const QJsonObject &body)
{
    return wait(
        send("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 10'000));
}

QJsonObject ReferenceClient::state()
{
    return get(QStringLiteral("/_reference/state")).json;
}

void ReferenceClient::setFaults(const QJsonObject &faults)
{
    postJson(QStringLiteral("/_reference/faults"), faults);
}

void ReferenceClient::reset()
{
    postJson(QStringLiteral("/_reference/reset"), {});
}

namespace ReferenceFixture {

const RsaKey &sellerKey()
{
    static const RsaKey key = RsaKey::generate(3072).value();
    return key;
}

ReferenceOptions options(ReferenceConfig::Mode mode)
{
    ReferenceOptions o;
    o.config.mode = mode;
    o.config.basicAccessKey = kBasicKey;
    o.config.kitAccessKey = kKitKey;
    o.config.privateKey = sellerKey();
    return o;
}

QJsonObject newInstance(const QString &orderId, const QString &line, const QString &businessId)
{
    return {{QStringLiteral("activity"), QStringLiteral("newInstance")},
            {QStringLiteral("orderId"), orderId},
            {QStringLiteral("orderLineId"), line},
            {QStringLiteral("businessId"), businessId},
            {QStringLiteral("testFlag"), QStringLiteral("0")}};
}

QJsonObject tenantSync(const QString &tenantId, const QString &domainName,
                       const QString &instanceId)
{
    return {{QStringLiteral("instanceId"), instanceId},
            {QStringLiteral("orderId"), QString(QStringLiteral("CS-") + instanceId)},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("tenantCode"), QString(tenantId + QStringLiteral("-code"))},
            {QStringLiteral("name"), QString(QStringLiteral("Tenant ") + tenantId)},
            {QStringLiteral("domainName"), domainName},
            {QStringLiteral("flag"), 1},
            {QStringLiteral("testFlag"), 0},
            {QStringLiteral("timeStamp"), ReferenceClient::kitTimeStamp()}};
}

QJsonObject applicationSync(const QString &tenantId, const QString &appId, const QString &clientId,
                            const QByteArray &clientSecret, const QString &instanceId)
{
    const QByteArray cipher = ClientSecretCipher::encrypt(sellerKey(), clientSecret).value();
    return {{QStringLiteral("instanceId"), instanceId},
            {QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("appId"), appId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("clientSecret"), QString::fromLatin1(cipher)},
            {QStringLiteral("flag"), 1},
            {QStringLiteral("testFlag"), 0},
            {QStringLiteral("timeStamp"), ReferenceClient::kitTimeStamp()}};
}

} // namespace ReferenceFixture
