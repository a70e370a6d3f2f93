#include "licenses/client/licenses_sync.h"

#include "licenses/client/licenses_client_logging.h"
#include "licenses/client/licenses_record_json.h"
#include "net/api_client.h"
#include "net/json_fields.h"
#include "net/result_code.h"

namespace {

using Kind = LicensesCache::Kind;
constexpr Kind kKinds[] = {Kind::Order, Kind::License, Kind::Image};

// A record of the page as the cache keeps it: the client's own JSON of the typed record.
std::optional<LicensesCache::Row> rowOf(Kind kind, const QJsonValue &v, const QString &where,
                                        QString *error)
{
    if (kind == Kind::Order) {
        const auto o = LicensesRecordJson::orderFromJson(v, where, error);
        return o ? std::optional(
                       LicensesCache::Row{o->orderId, o->version, LicensesRecordJson::toJson(*o)})
                 : std::nullopt;
    }
    if (kind == Kind::License) {
        const auto l = LicensesRecordJson::licenseFromJson(v, where, error);
        return l ? std::optional(
                       LicensesCache::Row{l->licenseId, l->version, LicensesRecordJson::toJson(*l)})
                 : std::nullopt;
    }
    const auto i = LicensesRecordJson::imageFromJson(v, where, error);
    return i ? std::optional(LicensesCache::Row{i->subscriptionId, i->version,
                                                LicensesRecordJson::toJson(*i)})
             : std::nullopt;
}

} // namespace

LicensesSync::LicensesSync(ApiClient *client, LicensesCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void LicensesSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_resetDone = false;
    m_kind = 0;
    m_changes = 0;
    requestPage({});
}

void LicensesSync::requestPage(const QString &cursor)
{
    if (cursor.isEmpty())
        m_cursors.clear();
    const Kind kind = kKinds[m_kind];
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/") + LicensesCache::kindName(kind);
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (const QString since = m_cache->changeToken(kind); !since.isEmpty())
        r.query.addQueryItem(QStringLiteral("since"), since);
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, &LicensesSync::onPage);
}

void LicensesSync::onPage(const ApiResponse &response)
{
    m_call = nullptr;
    const Kind kind = kKinds[m_kind];
    const QString name = LicensesCache::kindName(kind);
    QString error;
    if (!response.ok()) {
        if (response.error.resultCode == QLatin1String(ResultCode::TokenExpired) && !m_resetDone) {
            // The server no longer knows where we were (reset, another data set): list again.
            qCInfo(lcLicensesClient) << "change token no longer valid; listing" << name << "again";
            m_resetDone = true;
            if (!m_cache->reset(kind, &error)) {
                end(error);
                return;
            }
            requestPage({});
            return;
        }
        end(response.error.message);
        return;
    }
    // Every record of the page is read before anything is written.
    auto page = JsonFields::listingPage(response.json, &error);
    QList<LicensesCache::Row> rows;
    for (qsizetype i = 0; page && i < page->items.size(); ++i) {
        const auto row = rowOf(kind, page->items.at(i), QStringLiteral("items[%1]").arg(i), &error);
        if (!row)
            page.reset();
        else
            rows.append(*row);
    }
    if (!page) {
        end(tr("The server's %1 listing could not be read: %2").arg(name, error));
        return;
    }
    const bool last = page->nextCursor.isEmpty();
    if (!m_cache->applyPage(kind, rows, page->deleted, last ? page->changeToken : QString(),
                            &error)) {
        end(error);
        return;
    }
    m_changes += int(rows.size() + page->deleted.size());
    if (!last) {
        if (m_cursors.contains(page->nextCursor)) {
            end(tr("The server handed out the page cursor \"%1\" a second time; the list would "
                   "never end, so the sync stopped.")
                    .arg(page->nextCursor.left(64)));
            return;
        }
        m_cursors.insert(page->nextCursor);
        requestPage(page->nextCursor);
        return;
    }
    m_resetDone = false;
    if (++m_kind < int(std::size(kKinds))) {
        requestPage({});
        return;
    }
    end({});
}

void LicensesSync::end(const QString &problem)
{
    m_running = false;
    QString error;
    if (problem.isEmpty() && !m_cache->markSynced(&error)) {
        Q_EMIT finished(false, error, m_changes);
        return;
    }
    if (!problem.isEmpty())
        qCWarning(lcLicensesClient) << "licenses sync stopped:" << problem;
    Q_EMIT finished(problem.isEmpty(),
                    problem.isEmpty() ? tr("Synced %n change(s) to orders, Licenses and images.",
                                           nullptr, m_changes)
                                      : problem,
                    m_changes);
}
