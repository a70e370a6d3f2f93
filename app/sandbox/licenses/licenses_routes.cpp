#include "sandbox/licenses/licenses_routes.h"

#include "licenses/licenses_codes.h"
#include "net/result_code.h"
#include "sandbox/apps/apps_codes.h"
#include "sandbox/domain/change_listing.h"
#include "sandbox/http/json_reply.h"
#include "sandbox/licenses/license_issuer.h"
#include "sandbox/licenses/licenses_json.h"

#include <QHttpServerRequest>
#include <QSqlQuery>

using Kind = DomainResult::Kind;

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

LicensesRoutes::LicensesRoutes(LicensesStore &store, SandboxStats &stats, qint64 nowMs)
    : m_store(store)
    , m_stats(stats)
    , m_now(nowMs)
{
}

SandboxReply LicensesRoutes::handle(const DomainRequest &request)
{
    const QStringList &p = request.path;
    if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p[1].size() > 64))
        return noSuchEndpoint();
    const QString collection = p[0];
    const QString id = p.value(1);
    const QString verb = p.value(2);
    QJsonObject body;
    SandboxReply fail;
    if (request.method != "GET" && !JsonReply::parseBody(request.http, &body, &fail))
        return fail;
    if (id.isEmpty()) {
        if (request.method == "GET")
            return JsonReply::from(list(collection, request.http.url()));
        if (request.method == "POST" && collection == u"licenses")
            return JsonReply::from(LicenseIssuer(m_store, m_stats, m_now).apply(body));
        return notAllowed();
    }
    if (verb.isEmpty())
        return request.method == "GET" ? JsonReply::from(one(collection, id)) : notAllowed();
    if (collection == u"licenses" && verb == u"file")
        return request.method == "GET" ? JsonReply::from(licenseFile(id)) : notAllowed();
    if (collection == u"images" && verb == u"renewal")
        return request.method == "POST" ? JsonReply::from(setRenewal(id, body)) : notAllowed();
    return noSuchEndpoint();
}

DomainResult LicensesRoutes::list(const QString &collection, const QUrl &url) const
{
    ListingPage page;
    if (auto refused = ListingPage::fromUrl(url, &page))
        return *refused;
    if (collection == u"orders")
        return ChangeListing::list(
            m_store.log(),
            {QStringLiteral("orders"),
             LicensesStore::orderColumns() +
                 QStringLiteral(", (SELECT COUNT(*) FROM licenses l WHERE l.order_id = "
                                "orders.order_id)"),
             QStringLiteral("order"),
             {},
             {},
             [](const QSqlQuery &q) {
                 return LicensesJson::order(LicensesStore::orderFromRow(q, 1), q.value(21).toInt());
             }},
            page);
    if (collection == u"licenses")
        return ChangeListing::list(m_store.log(),
                                   {QStringLiteral("licenses"),
                                    LicensesStore::licenseColumns(),
                                    QStringLiteral("license"),
                                    {},
                                    {},
                                    [](const QSqlQuery &q) {
                                        return LicensesJson::license(
                                            LicensesStore::licenseFromRow(q, 1));
                                    }},
                                   page);
    const qint64 now = m_now;
    return ChangeListing::list(m_store.log(),
                               {QStringLiteral("images"),
                                LicensesStore::imageColumns(),
                                QStringLiteral("image"),
                                {},
                                {},
                                [now](const QSqlQuery &q) {
                                    return LicensesJson::image(LicensesStore::imageFromRow(q, 1),
                                                               now);
                                }},
                               page);
}

DomainResult LicensesRoutes::one(const QString &collection, const QString &id) const
{
    if (collection == u"orders") {
        if (const auto o = m_store.findOrder(id))
            return DomainResult::done(
                {{QStringLiteral("order"), LicensesJson::order(*o, m_store.issuedCount(id))}});
        return DomainResult::fail(Kind::NotFound, ResultCode::OrderNotFound,
                                  QStringLiteral("order \"%1\" does not exist").arg(id));
    }
    if (collection == u"licenses") {
        if (const auto l = m_store.findLicense(id))
            return DomainResult::done({{QStringLiteral("license"), LicensesJson::license(*l)}});
        return DomainResult::fail(Kind::NotFound, ResultCode::LicenseNotFound,
                                  QStringLiteral("License \"%1\" does not exist").arg(id));
    }
    if (const auto i = m_store.findImage(id))
        return DomainResult::done({{QStringLiteral("image"), LicensesJson::image(*i, m_now)}});
    return DomainResult::fail(Kind::NotFound, ResultCode::ImageNotFound,
                              QStringLiteral("image subscription \"%1\" does not exist").arg(id));
}

DomainResult LicensesRoutes::licenseFile(const QString &licenseId) const
{
    const auto l = m_store.findLicense(licenseId);
    if (!l)
        return DomainResult::fail(Kind::NotFound, ResultCode::LicenseNotFound,
                                  QStringLiteral("License \"%1\" does not exist").arg(licenseId));
    if (l->type != u"FILE")
        return DomainResult::fail(Kind::NotFound, ResultCode::LicenseNotFound,
                                  QStringLiteral("License \"%1\" is issued as characters, not as "
                                                 "a file; its record holds them")
                                      .arg(licenseId));
    return DomainResult::done(
        {{QStringLiteral("fileName"), l->fileName},
         {QStringLiteral("sha256"), l->fileSha256},
         {QStringLiteral("size"), int(l->file.size())},
         {QStringLiteral("contentBase64"), QString::fromLatin1(l->file.toBase64())}});
}

DomainResult LicensesRoutes::setRenewal(const QString &subscriptionId, const QJsonObject &body)
{
    for (const QString &key : body.keys())
        if (key != u"autoRenew" && key != u"version")
            return AppsResult::invalid(
                key, QStringLiteral("not a field of this request (autoRenew, version)"));
    if (!body.value(u"autoRenew").isBool())
        return AppsResult::invalid(QStringLiteral("autoRenew"),
                                   QStringLiteral("expected true or false"));
    ++m_stats.executedTargets;
    auto image = m_store.findImage(subscriptionId);
    if (!image)
        return DomainResult::fail(
            Kind::NotFound, ResultCode::ImageNotFound,
            QStringLiteral("image subscription \"%1\" does not exist").arg(subscriptionId));
    const qint64 expected = body.value(u"version").toInteger(0);
    if (expected > 0 && expected != image->version)
        return DomainResult::fail(
            Kind::Conflict, ResultCode::VersionConflict,
            QStringLiteral("image subscription \"%1\" is at version %2, not %3")
                .arg(subscriptionId)
                .arg(image->version)
                .arg(expected),
            {{QStringLiteral("current"), LicensesJson::image(*image, m_now)}});
    const bool autoRenew = body.value(u"autoRenew").toBool();
    if (image->autoRenew != autoRenew) {
        image->autoRenew = autoRenew;
        ++image->version;
        if (!m_store.writeImage(*image))
            return AppsResult::storageError();
        ++m_stats.appliedChanges;
    }
    return DomainResult::done({{QStringLiteral("image"), LicensesJson::image(*image, m_now)}});
}
