#include "sandbox/org/org_routes.h"

#include "sandbox/http/json_reply.h"
#include "sandbox/org/department_changes.h"
#include "sandbox/org/member_changes.h"
#include "sandbox/org/org_reader.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

namespace {

SandboxReply noSuchEndpoint()
{
    return JsonReply::error(404, ResultCode::InvalidParameter, QStringLiteral("no such endpoint"));
}

SandboxReply notAllowed()
{
    return JsonReply::error(405, ResultCode::InvalidParameter,
                            QStringLiteral("method not allowed here"));
}

} // namespace

OrgRoutes::OrgRoutes(OrgStore &store, SandboxStats &stats)
    : m_store(store)
    , m_stats(stats)
{
}

SandboxReply OrgRoutes::handle(const DomainRequest &request)
{
    const QStringList &p = request.path;
    if (p.isEmpty() || p.size() > 3)
        return noSuchEndpoint();
    Call call;
    call.method = request.method;
    call.id = p.size() > 1 ? p[1] : QString();
    call.verb = p.size() > 2 ? p[2] : QString();
    SandboxReply fail;
    if (call.method != "GET" && !JsonReply::parseBody(request.http, &call.body, &fail))
        return fail;
    // Checked on every request, as a listing's would be.
    const QUrlQuery query(request.http.url());
    bool limitOk = true;
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    call.limit = limitText.isEmpty() ? 500 : limitText.toInt(&limitOk);
    if (!limitOk)
        return JsonReply::error(
            400, ResultCode::InvalidParameter,
            QStringLiteral("limit: \"%1\" is not a number").arg(limitText.left(32)));
    call.since = query.queryItemValue(QStringLiteral("since"));
    call.cursor = query.queryItemValue(QStringLiteral("cursor"));
    call.count = query.queryItemValue(QStringLiteral("count")) == u"1";

    if (p[0] == u"departments")
        return departments(call);
    if (p[0] == u"members")
        return members(call);
    return noSuchEndpoint();
}

SandboxReply OrgRoutes::departments(const Call &call)
{
    DepartmentChanges changes(m_store, m_stats);
    if (call.id.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(
                OrgReader(m_store).departments(call.since, call.cursor, call.limit, call.count));
        if (call.method == "POST")
            return JsonReply::from(changes.create(call.body));
        return notAllowed();
    }
    if (!call.verb.isEmpty())
        return noSuchEndpoint();
    if (call.method == "PUT")
        return JsonReply::from(changes.update(call.id, call.body));
    if (call.method == "DELETE")
        return JsonReply::from(changes.remove(call.id));
    return notAllowed();
}

SandboxReply OrgRoutes::members(const Call &call)
{
    MemberChanges changes(m_store, m_stats);
    const qint64 version = call.body.value(u"version").toInteger(0);
    if (call.id.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(
                OrgReader(m_store).members(call.since, call.cursor, call.limit, call.count));
        if (call.method == "POST")
            return JsonReply::from(changes.create(call.body));
        return notAllowed();
    }
    if (call.id == u"batch" && call.verb.isEmpty()) {
        if (call.method == "POST")
            return JsonReply::from(changes.batch(call.body));
        return notAllowed();
    }
    if (call.verb.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(OrgReader(m_store).member(call.id));
        if (call.method == "PUT")
            return JsonReply::from(changes.update(call.id, call.body));
        if (call.method == "DELETE")
            return JsonReply::from(changes.remove(call.id, version));
        return notAllowed();
    }
    if (call.method != "POST")
        return notAllowed();
    if (call.verb == u"enable")
        return JsonReply::from(changes.setEnabled(call.id, true, version));
    if (call.verb == u"disable")
        return JsonReply::from(changes.setEnabled(call.id, false, version));
    if (call.verb == u"delete")
        return JsonReply::from(changes.remove(call.id, version));
    return noSuchEndpoint();
}
