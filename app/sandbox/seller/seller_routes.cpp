#include "sandbox/seller/seller_routes.h"

#include "net/result_code.h"
#include "sandbox/http/json_reply.h"
#include "sandbox/seller/address_changes.h"
#include "sandbox/seller/credential_changes.h"
#include "sandbox/seller/key_changes.h"

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

SellerRoutes::SellerRoutes(SellerStore &store, SandboxStats &stats, DebugRunner &runner)
    : m_store(store)
    , m_stats(stats)
    , m_runner(runner)
{
}

SandboxReply SellerRoutes::handle(const DomainRequest &request)
{
    const QStringList &p = request.path;
    if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p[1].size() > 64))
        return noSuchEndpoint();
    Call call;
    call.method = request.method;
    call.id = p.size() > 1 ? p[1] : QString();
    call.verb = p.size() > 2 ? p[2] : QString();
    SandboxReply fail;
    if (call.method != "GET" && !JsonReply::parseBody(request.http, &call.body, &fail))
        return fail;
    call.version = call.body.value(u"version").toInteger(0);
    const QUrlQuery query(request.http.url());
    bool limitOk = true;
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    call.page.limit = limitText.isEmpty() ? 500 : limitText.toInt(&limitOk);
    if (!limitOk)
        return JsonReply::error(
            400, ResultCode::InvalidParameter,
            QStringLiteral("limit: \"%1\" is not a number").arg(limitText.left(32)));
    call.page.since = query.queryItemValue(QStringLiteral("since"));
    call.page.cursor = query.queryItemValue(QStringLiteral("cursor"));
    call.page.count = query.queryItemValue(QStringLiteral("count")) == u"1";

    if (p[0] == u"keys")
        return keys(call);
    if (p[0] == u"addresses")
        return addresses(call);
    if (p[0] == u"credentials")
        return credentials(call);
    return noSuchEndpoint();
}

SandboxReply SellerRoutes::keys(const Call &call)
{
    const SellerReader reader(m_store);
    KeyChanges changes(m_store, m_stats);
    if (call.id.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(reader.keys(call.page));
        if (call.method == "POST")
            return JsonReply::from(changes.create(call.body));
        return notAllowed();
    }
    if (call.verb.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(reader.key(call.id));
        if (call.method == "DELETE")
            return JsonReply::from(changes.remove(call.id, call.version));
        return notAllowed();
    }
    if (call.verb != u"delete")
        return noSuchEndpoint();
    if (call.method != "POST")
        return notAllowed();
    return JsonReply::from(changes.remove(call.id, call.version));
}

SandboxReply SellerRoutes::addresses(const Call &call)
{
    const SellerReader reader(m_store);
    AddressChanges changes(m_store, m_stats);
    if (call.id.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(reader.addresses(call.page));
        if (call.method == "POST")
            return JsonReply::from(changes.add(call.body));
        return notAllowed();
    }
    if (call.verb.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(reader.address(call.id));
        if (call.method == "PUT")
            return JsonReply::from(changes.update(call.id, call.body));
        if (call.method == "DELETE")
            return JsonReply::from(changes.remove(call.id, call.version));
        return notAllowed();
    }
    if (call.verb != u"debug-runs")
        return noSuchEndpoint();
    if (call.method == "GET")
        return JsonReply::from(reader.runs(call.id, call.page));
    if (call.method == "POST")
        return JsonReply::from(changes.recordRun(call.id, call.body, m_runner));
    return notAllowed();
}

SandboxReply SellerRoutes::credentials(const Call &call)
{
    const SellerReader reader(m_store);
    CredentialChanges changes(m_store, m_stats);
    if (call.id.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(reader.credentials(call.page));
        if (call.method == "POST")
            return JsonReply::from(changes.apply(call.body));
        return notAllowed();
    }
    if (call.verb.isEmpty()) {
        if (call.method == "GET")
            return JsonReply::from(reader.credential(call.id));
        if (call.method == "PUT")
            return JsonReply::from(changes.edit(call.id, call.body));
        return notAllowed();
    }
    if (call.verb != u"test-account")
        return noSuchEndpoint();
    if (call.method != "POST")
        return notAllowed();
    return JsonReply::from(changes.requestTestAccount(call.id));
}
