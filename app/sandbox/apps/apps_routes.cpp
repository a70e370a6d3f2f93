#include "sandbox/apps/apps_routes.h"

#include "net/result_code.h"
#include "sandbox/apps/app_changes.h"
#include "sandbox/apps/apps_reader.h"
#include "sandbox/apps/grant_changes.h"
#include "sandbox/apps/group_changes.h"
#include "sandbox/apps/revoke_changes.h"
#include "sandbox/http/json_reply.h"

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

AppsRoutes::AppsRoutes(AppsStore &store, const OrgView &org, SandboxStats &stats, qint64 nowMs)
    : m_store(store)
    , m_org(org)
    , m_stats(stats)
    , m_now(nowMs)
{
}

SandboxReply AppsRoutes::handle(const DomainRequest &request)
{
    const QStringList &p = request.path;
    if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p[1].size() > 64))
        return noSuchEndpoint();
    Call call;
    call.method = request.method;
    call.id = p.size() > 1 ? p[1] : QString();
    call.verb = p.size() > 2 ? p[2] : QString();
    call.http = &request.http;
    SandboxReply fail;
    if (call.method != "GET" && !JsonReply::parseBody(request.http, &call.body, &fail))
        return fail;
    return p[0] == u"apps" ? apps(call) : groups(call);
}

SandboxReply AppsRoutes::apps(const Call &call)
{
    const AppsReader reader(m_store);
    ListingPage page;
    if (call.method == "GET")
        if (auto refused = ListingPage::fromUrl(call.http->url(), &page))
            return JsonReply::from(*refused);
    if (call.id.isEmpty())
        return call.method == "GET" ? JsonReply::from(reader.apps(page)) : notAllowed();
    if (call.verb.isEmpty())
        return call.method == "GET" ? JsonReply::from(reader.app(call.id)) : notAllowed();
    if (call.method == "GET") {
        if (call.verb == u"grants")
            return JsonReply::from(reader.grants(call.id, page));
        if (call.verb == u"seats")
            return JsonReply::from(reader.seats(call.id, page));
        if (call.verb == u"seat-history") {
            const QUrlQuery query(call.http->url());
            return JsonReply::from(reader.history(call.id,
                                                  query.queryItemValue(QStringLiteral("from")),
                                                  query.queryItemValue(QStringLiteral("to"))));
        }
    }
    static const QStringList changes = {QStringLiteral("enable"),    QStringLiteral("disable"),
                                        QStringLiteral("agreement"), QStringLiteral("grant"),
                                        QStringLiteral("revoke"),    QStringLiteral("reclaim")};
    if (!changes.contains(call.verb))
        return call.verb == u"grants" || call.verb == u"seats" || call.verb == u"seat-history"
                   ? notAllowed()
                   : noSuchEndpoint();
    if (call.method != "POST")
        return notAllowed();
    if (call.verb == u"enable" || call.verb == u"disable")
        return JsonReply::from(AppChanges(m_store, m_stats)
                                   .setEnabled(call.id, call.verb == u"enable",
                                               call.body.value(u"version").toInteger(0)));
    if (call.verb == u"agreement")
        return JsonReply::from(AppChanges(m_store, m_stats).acceptAgreement(call.id, call.body));
    if (call.verb == u"grant")
        return JsonReply::from(
            GrantChanges(m_store, m_org, m_stats, m_now).grant(call.id, call.body));
    RevokeChanges revokes(m_store, m_org, m_stats, m_now);
    return JsonReply::from(call.verb == u"revoke" ? revokes.revoke(call.id, call.body)
                                                  : revokes.reclaim(call.id, call.body));
}

SandboxReply AppsRoutes::groups(const Call &call)
{
    const AppsReader reader(m_store);
    GroupChanges changes(m_store, m_org, m_stats, m_now);
    if (call.id.isEmpty()) {
        if (call.method == "GET") {
            ListingPage page;
            if (auto refused = ListingPage::fromUrl(call.http->url(), &page))
                return JsonReply::from(*refused);
            return JsonReply::from(reader.groups(page));
        }
        return call.method == "POST" ? JsonReply::from(changes.create(call.body)) : notAllowed();
    }
    if (call.verb.isEmpty())
        return call.method == "GET" ? JsonReply::from(reader.group(call.id)) : notAllowed();
    if (call.verb != u"members")
        return noSuchEndpoint();
    return call.method == "POST" ? JsonReply::from(changes.changeMembers(call.id, call.body))
                                 : notAllowed();
}
