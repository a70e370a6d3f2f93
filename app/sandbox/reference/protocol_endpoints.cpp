#include "sandbox/reference/protocol_endpoints.h"

#include "sandbox/reference/reference_logging.h"
#include "sandbox/reference/reference_state.h"
#include "seller/body_sign.h"
#include "seller/canonical_json.h"
#include "seller/v1_auth_token.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

ProtocolAnswer authFailed(const QString &why)
{
    return ProtocolAnswer::failure(ReferenceCode::AuthFailed, why);
}

ProtocolAnswer invalid(const QString &why)
{
    return ProtocolAnswer::failure(ReferenceCode::InvalidParameter, why);
}

// The body as a JSON object, or the 000002 answer in `refusal`.
bool bodyObject(const QByteArray &body, QJsonObject *out, ProtocolAnswer *refusal)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal = invalid(e.error != QJsonParseError::NoError
                               ? QStringLiteral("body: not JSON (%1 at byte %2)")
                                     .arg(e.errorString())
                                     .arg(e.offset)
                               : QStringLiteral("body: expected a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace

ProtocolEndpoints::ProtocolEndpoints(ReferenceState &state)
    : m_state(state)
{
}

QString ProtocolEndpoints::kitName(const QString &path) const
{
    const QString base =
        m_state.config.pathPrefix + (m_state.config.mode == ReferenceConfig::Mode::V1
                                         ? QStringLiteral("/produceAPI/")
                                         : QStringLiteral("/produceAPI/v2/"));
    return path.startsWith(base) ? path.mid(base.size()) : QString();
}

bool ProtocolEndpoints::handles(const QString &path) const
{
    const QString &prefix = m_state.config.pathPrefix;
    return path == prefix || path == prefix + u'/' || KitActivities::isKitInterface(kitName(path));
}

void ProtocolEndpoints::answer(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool v1 = m_state.config.mode == ReferenceConfig::Mode::V1;
    const QString name = kitName(request.url().path());
    const bool kit = !name.isEmpty();
    const auto method = request.method();
    const bool wantGet = v1 && !kit;
    QString activity = name;
    QByteArray timeStamp;
    ProtocolAnswer answer;
    int status = 200;
    if (method != (wantGet ? QHttpServerRequest::Method::Get : QHttpServerRequest::Method::Post)) {
        status = 405;
        answer = invalid(QStringLiteral("method: this interface takes %1")
                             .arg(wantGet ? QStringLiteral("GET") : QStringLiteral("POST")));
    } else if (kit) {
        answer = v1 ? kitV1(name, request, &timeStamp) : kitV2(name, request);
    } else {
        answer = v1 ? basicV1(request, &activity, &timeStamp) : basicV2(request, &activity);
    }
    m_state.count(activity, answer.code);
    qCInfo(lcReference).noquote() << (kit ? "kit" : "basic") << activity << "->" << answer.code;
    const QByteArray key = kit ? m_state.config.kitAccessKey : m_state.config.basicAccessKey;
    finish(answer, status, v1 ? QByteArrayView(key) : QByteArrayView(), timeStamp)
        .writeTo(socket, m_state.faults.slow ? m_state.faults.slowMs : 0);
}

HttpAnswer ProtocolEndpoints::finish(const ProtocolAnswer &answer, int status,
                                     QByteArrayView signKey, QByteArrayView timeStamp) const
{
    QJsonObject body = answer.toJson();
    body.insert(QStringLiteral("resultCode"), m_state.faults.answerCode(answer.code));
    HttpAnswer http = HttpAnswer::json(body, status);
    if (!signKey.isEmpty()) {
        // The mistake the FAQ warns of: keying with accessKey + timeStamp as authToken does.
        const QByteArray key =
            m_state.faults.wrongBodySign
                ? signKey.toByteArray() +
                      (timeStamp.isEmpty() ? QByteArray("0") : timeStamp.toByteArray())
                : signKey.toByteArray();
        http.headers.append({"Body-Sign", BodySign::headerValue(key, http.body)});
    }
    return http;
}

ProtocolAnswer ProtocolEndpoints::basicV2(const QHttpServerRequest &request, QString *activity)
{
    const QUrlQuery query = request.query();
    const auto param = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).toUtf8();
    };
    const auto canonical = CanonicalJson::fromBody(request.body());
    QJsonObject body;
    ProtocolAnswer refusal;
    if (!canonical)
        return invalid(QStringLiteral("body: ") + canonical.error());
    if (!bodyObject(request.body(), &body, &refusal))
        return refusal;
    *activity = BasicActivities::activityOf(body);
    if (const QString why = m_state.check.v2(
            V2Signature::Scheme::Basic, m_state.config.basicAccessKey, param("signature"),
            param("timestamp"), param("nonce"), canonical.value(), m_state.faults);
        !why.isEmpty())
        return authFailed(why);
    return m_state.basic.handle(body, m_state.config, m_state.faults);
}

ProtocolAnswer ProtocolEndpoints::basicV1(const QHttpServerRequest &request, QString *activity,
                                          QByteArray *timeStamp)
{
    const QByteArray raw = request.url().query(QUrl::FullyEncoded).toUtf8();
    const auto params = V1AuthToken::fromQuery(raw);
    if (!params)
        return invalid(QStringLiteral("query: ") + params.error());
    QJsonObject object;
    for (const auto &[name, value] : params.value())
        object.insert(name, value);
    *activity = BasicActivities::activityOf(object);
    *timeStamp = object.value(u"timeStamp").toString().toUtf8();
    if (const QString why =
            m_state.check.v1Query(m_state.config.basicAccessKey, raw, m_state.faults);
        !why.isEmpty())
        return authFailed(why);
    return m_state.basic.handle(object, m_state.config, m_state.faults);
}

ProtocolAnswer ProtocolEndpoints::kitV2(const QString &name, const QHttpServerRequest &request)
{
    const auto canonical = CanonicalJson::fromBody(request.body());
    if (!canonical)
        return invalid(QStringLiteral("body: ") + canonical.error());
    QJsonObject body;
    ProtocolAnswer refusal;
    if (!bodyObject(request.body(), &body, &refusal))
        return refusal;
    if (const QString why =
            m_state.check.v2(V2Signature::Scheme::Kit, m_state.config.kitAccessKey,
                             request.value("x-sign"), request.value("x-timestamp"),
                             request.value("x-nonce"), canonical.value(), m_state.faults);
        !why.isEmpty())
        return authFailed(why);
    return m_state.kitActivities.handle(name, body, m_state.config, m_state.faults);
}

ProtocolAnswer ProtocolEndpoints::kitV1(const QString &name, const QHttpServerRequest &request,
                                        QByteArray *timeStamp)
{
    QJsonObject body;
    ProtocolAnswer refusal;
    if (!bodyObject(request.body(), &body, &refusal))
        return refusal;
    *timeStamp = body.value(u"timeStamp").toString().toUtf8();
    if (const QString why = m_state.check.v1Body(m_state.config.kitAccessKey, request.body(),
                                                 request.value("authToken"), m_state.faults);
        !why.isEmpty())
        return authFailed(why);
    return m_state.kitActivities.handle(name, body, m_state.config, m_state.faults);
}
