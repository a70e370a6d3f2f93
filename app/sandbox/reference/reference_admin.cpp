#include "sandbox/reference/reference_admin.h"

#include "sandbox/reference/reference_logging.h"
#include "sandbox/reference/reference_state.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

ReferenceAdmin::ReferenceAdmin(ReferenceState &state)
    : m_state(state)
{
}

bool ReferenceAdmin::handles(const QString &path)
{
    return path == u"/health" || path.startsWith(u"/_reference/");
}

HttpAnswer ReferenceAdmin::answer(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const auto ok = [](QJsonObject o) {
        o.insert(QStringLiteral("resultCode"), QStringLiteral("000000"));
        o.insert(QStringLiteral("resultMsg"), QStringLiteral("success"));
        return HttpAnswer::json(o);
    };
    if (path == u"/health" && get)
        return ok({});
    if (path == u"/_reference/state" && get)
        return ok(m_state.toJson());
    if (path == u"/_reference/faults" && get)
        return ok(m_state.faults.toJson());
    const bool known = path == u"/_reference/faults" || path == u"/_reference/reset" ||
                       path == u"/_reference/keys";
    if (!known)
        return HttpAnswer::error(404, "000002", QStringLiteral("no such endpoint"));
    if (!post)
        return HttpAnswer::error(405, "000002", QStringLiteral("%1 takes POST").arg(path));
    if (!request.value("Content-Type").startsWith("application/json"))
        return HttpAnswer::error(
            415, "000002",
            QStringLiteral("%1 takes a JSON body (Content-Type: application/json)").arg(path));
    QJsonParseError e;
    const QByteArray bytes = request.body().trimmed().isEmpty() ? "{}" : request.body();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (!doc.isObject())
        return HttpAnswer::error(400, "000002", QStringLiteral("body: expected a JSON object"));
    if (path == u"/_reference/reset") {
        m_state.reset();
        qCInfo(lcReference) << "data, nonces and counters reset";
        return ok({});
    }
    if (path == u"/_reference/keys") {
        if (const QString problem = m_state.config.replaceAccessKeys(doc.object());
            !problem.isEmpty())
            return HttpAnswer::error(400, "000002", problem);
        // Which keys changed, never their values.
        qCInfo(lcReference).noquote()
            << "access keys replaced:" << doc.object().keys().join(QStringLiteral(", "));
        return ok(m_state.config.toJson());
    }
    if (const QString problem = m_state.faults.configure(doc.object()); !problem.isEmpty())
        return HttpAnswer::error(400, "000002", problem);
    qCInfo(lcReference).noquote()
        << "faults:" << QJsonDocument(m_state.faults.toJson()).toJson(QJsonDocument::Compact);
    return ok(m_state.faults.toJson());
}
