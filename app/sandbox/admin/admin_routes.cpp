#include "sandbox/admin/admin_routes.h"

#include "common/logging.h"
#include "net/result_code.h"
#include "sandbox/http/json_reply.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

AdminRoutes::AdminRoutes(FaultInjector &faults, AuthServer &auth, const TenantDirectory &tenants,
                         const std::vector<std::unique_ptr<SandboxDomain>> &domains)
    : m_faults(faults)
    , m_auth(auth)
    , m_tenants(tenants)
    , m_domains(domains)
{
}

bool AdminRoutes::handles(const QString &path)
{
    return path.startsWith(u"/_sandbox/") || path == u"/health";
}

SandboxAnswer AdminRoutes::handle(RequestContext &context, const Next &next)
{
    if (!handles(context.path))
        return next(context);
    return SandboxAnswer::of(answer(context));
}

SandboxReply AdminRoutes::answer(const RequestContext &context)
{
    const QString &path = context.path;
    if (path == u"/health")
        return JsonReply::ok();
    // The switches change what every client of this sandbox sees: only a program may flip
    // them. A page in a browser cannot send application/json to another origin without a
    // preflight, which is never granted here; text/plain or a form would pass.
    if (context.method != "GET" &&
        !context.request.value("Content-Type").startsWith("application/json"))
        return JsonReply::error(
            415, ResultCode::InvalidParameter,
            QStringLiteral("%1 takes a JSON body (Content-Type: application/json)").arg(path));
    if (path == u"/_sandbox/stats")
        return stats(context);
    if (path == u"/_sandbox/auth") {
        if (context.method == "GET")
            return JsonReply::ok(m_auth.toJson());
        QJsonObject body;
        SandboxReply fail;
        if (!JsonReply::parseBody(context.request, &body, &fail))
            return fail;
        if (const QString e = m_auth.configure(body); !e.isEmpty())
            return JsonReply::error(400, ResultCode::InvalidParameter, e);
        return JsonReply::ok(m_auth.toJson());
    }
    if (path == u"/_sandbox/faults") {
        if (context.method == "GET")
            return JsonReply::ok(m_faults.toJson());
        QJsonObject body;
        SandboxReply fail;
        if (!JsonReply::parseBody(context.request, &body, &fail))
            return fail;
        if (const QString e = m_faults.configure(body); !e.isEmpty())
            return JsonReply::error(400, ResultCode::InvalidParameter, e);
        qCInfo(lcSandbox) << "faults configured:"
                          << QJsonDocument(body).toJson(QJsonDocument::Compact);
        return JsonReply::ok(m_faults.toJson());
    }
    // A domain's own switch (e.g. /_sandbox/seller).
    for (const auto &domain : m_domains) {
        const QString name = domain->switchName();
        if (name.isEmpty() || path != u"/_sandbox/" + name)
            continue;
        QJsonObject body;
        SandboxReply fail;
        if (context.method != "GET" && !JsonReply::parseBody(context.request, &body, &fail))
            return fail;
        if (context.method != "GET" && context.method != "POST")
            return JsonReply::error(405, ResultCode::InvalidParameter,
                                    QStringLiteral("%1 takes GET or POST").arg(path));
        return domain->configure(context.method, body);
    }
    return JsonReply::error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
}

SandboxReply AdminRoutes::stats(const RequestContext &context)
{
    const QString id = QUrlQuery(context.request.url()).queryItemValue(QStringLiteral("tenant"));
    SandboxTenant *tenant = id.isEmpty() ? &m_tenants.primary() : m_tenants.find(id);
    if (!tenant)
        return JsonReply::error(404, ResultCode::InvalidParameter,
                                QStringLiteral("no such tenant"));
    QJsonObject o = tenant->stats().toJson();
    for (const auto &domain : m_domains)
        domain->addStats(*tenant, &o);
    o.insert(QStringLiteral("auth"), m_auth.toJson());
    return JsonReply::ok(o);
}
