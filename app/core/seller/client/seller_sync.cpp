#include "seller/client/seller_sync.h"

#include "net/api_client.h"
#include "net/json_fields.h"
#include "net/result_code.h"
#include "seller/client/seller_client_logging.h"
#include "seller/client/seller_record_json.h"

#include <QUrl>

namespace {

using Kind = SellerCache::Kind;
constexpr Kind kKinds[] = {Kind::Key, Kind::Address, Kind::Credential};

QString listPath(Kind kind)
{
    switch (kind) {
    case Kind::Key:
        return QStringLiteral("/api/v1/seller/keys");
    case Kind::Address:
        return QStringLiteral("/api/v1/seller/addresses");
    case Kind::Credential:
        return QStringLiteral("/api/v1/seller/credentials");
    }
    return {};
}

// A record of the page as the cache keeps it: the client's own JSON of the typed record.
std::optional<SellerCache::Row> rowOf(Kind kind, const QJsonValue &v, const QString &where,
                                      QString *error)
{
    if (kind == Kind::Key) {
        const auto k = SellerRecordJson::keyFromJson(v, where, error);
        return k ? std::optional(
                       SellerCache::Row{k->keyId, k->version, SellerRecordJson::toJson(*k)})
                 : std::nullopt;
    }
    if (kind == Kind::Address) {
        const auto a = SellerRecordJson::addressFromJson(v, where, error);
        return a ? std::optional(
                       SellerCache::Row{a->addressId, a->version, SellerRecordJson::toJson(*a)})
                 : std::nullopt;
    }
    const auto c = SellerRecordJson::credentialFromJson(v, where, error);
    return c ? std::optional(SellerCache::Row{c->appId, c->version(), SellerRecordJson::toJson(*c)})
             : std::nullopt;
}

} // namespace

SellerSync::SellerSync(ApiClient *client, SellerCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void SellerSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_runsOnly = false;
    m_resetDone = false;
    m_kind = 0;
    m_changes = 0;
    requestPage({});
}

void SellerSync::readRuns(const QString &addressId)
{
    if (m_running) {
        Q_EMIT runsRead(addressId, false, tr("A sync is running; its end brings the runs too."));
        return;
    }
    m_running = true;
    m_runsOnly = true;
    m_kind = int(std::size(kKinds));
    m_addresses = {addressId};
    m_runs = {}; // clear() would keep the buffer sized for every run read
    requestRuns({});
}

QString SellerSync::repeatedCursor(const QString &cursor)
{
    if (m_cursors.contains(cursor))
        return tr("The server handed out the page cursor \"%1\" a second time; the list would "
                  "never end, so the sync stopped.")
            .arg(cursor.left(64));
    m_cursors.insert(cursor);
    return {};
}

void SellerSync::requestPage(const QString &cursor)
{
    if (cursor.isEmpty())
        m_cursors.clear();
    const Kind kind = kKinds[m_kind];
    ApiRequest r;
    r.path = listPath(kind);
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
    if (const QString since = m_cache->changeToken(kind); !since.isEmpty())
        r.query.addQueryItem(QStringLiteral("since"), since);
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, &SellerSync::onPage);
}

void SellerSync::onPage(const ApiResponse &response)
{
    m_call = nullptr;
    const Kind kind = kKinds[m_kind];
    QString error;
    if (!response.ok()) {
        if (response.error.resultCode == QLatin1String(ResultCode::TokenExpired) && !m_resetDone) {
            // The server no longer knows where we were (reset, another data set): list again.
            qCInfo(lcSellerClient) << "change token no longer valid; listing"
                                   << SellerCache::kindName(kind) << "again";
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
    const auto page = JsonFields::listingPage(response.json, &error);
    if (!page) {
        end(tr("The server's %1 listing could not be read: %2")
                .arg(SellerCache::kindName(kind), error));
        return;
    }
    QList<SellerCache::Row> rows;
    for (qsizetype i = 0; i < page->items.size(); ++i) {
        const auto row = rowOf(kind, page->items.at(i), QStringLiteral("items[%1]").arg(i), &error);
        if (!row) {
            end(tr("The server's %1 listing could not be read: %2")
                    .arg(SellerCache::kindName(kind), error));
            return;
        }
        rows.append(*row);
    }
    const bool last = page->nextCursor.isEmpty();
    if (!m_cache->applyPage(kind, rows, page->deleted, last ? page->changeToken : QString(),
                            &error)) {
        end(error);
        return;
    }
    m_changes += int(rows.size() + page->deleted.size());
    if (!last) {
        if (const QString why = repeatedCursor(page->nextCursor); !why.isEmpty()) {
            end(why);
            return;
        }
        requestPage(page->nextCursor);
        return;
    }
    nextKind();
}

void SellerSync::nextKind()
{
    m_resetDone = false;
    if (++m_kind < int(std::size(kKinds))) {
        requestPage({});
        return;
    }
    // Every address's runs: few, and a run changes its address, so they are read whole.
    QString error;
    const auto snapshot = m_cache->snapshot(&error);
    if (!snapshot) {
        end(error);
        return;
    }
    m_addresses.clear();
    for (const ProductionAddress &a : snapshot->addresses)
        m_addresses.append(a.addressId);
    m_runs = {}; // clear() would keep the buffer sized for every run read
    if (m_addresses.isEmpty()) {
        end({});
        return;
    }
    requestRuns({});
}

void SellerSync::requestRuns(const QString &cursor)
{
    if (cursor.isEmpty())
        m_cursors.clear();
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/seller/addresses/") +
             QString::fromLatin1(QUrl::toPercentEncoding(m_addresses.first())) +
             QStringLiteral("/debug-runs");
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, &SellerSync::onRuns);
}

void SellerSync::onRuns(const ApiResponse &response)
{
    m_call = nullptr;
    const QString addressId = m_addresses.first();
    QString error;
    auto page = response.ok() ? JsonFields::listingPage(response.json, &error) : std::nullopt;
    if (!response.ok())
        error = response.error.message;
    for (qsizetype i = 0; page && i < page->items.size(); ++i) {
        const auto run = SellerRecordJson::runFromJson(page->items.at(i),
                                                       QStringLiteral("items[%1]").arg(i), &error);
        if (!run)
            page.reset();
        else
            m_runs.append(*run);
    }
    if (!page) {
        const QString why =
            tr("The debugging runs of %1 could not be read: %2").arg(addressId, error);
        if (m_runsOnly) {
            m_running = false;
            Q_EMIT runsRead(addressId, false, why);
        } else {
            end(why);
        }
        return;
    }
    if (!page->nextCursor.isEmpty()) {
        if (const QString why = repeatedCursor(page->nextCursor); !why.isEmpty()) {
            if (m_runsOnly) {
                m_running = false;
                Q_EMIT runsRead(addressId, false, why);
            } else {
                end(why);
            }
            return;
        }
        requestRuns(page->nextCursor);
        return;
    }
    if (!m_cache->replaceRuns(addressId, m_runs, &error)) {
        if (!m_runsOnly) {
            end(error);
            return;
        }
        m_running = false;
        Q_EMIT runsRead(addressId, false, error);
        return;
    }
    m_runs = {}; // clear() would keep the buffer sized for every run read
    m_addresses.removeFirst();
    if (m_runsOnly) {
        m_running = false;
        Q_EMIT runsRead(addressId, true, {});
        return;
    }
    if (!m_addresses.isEmpty()) {
        requestRuns({});
        return;
    }
    end({});
}

void SellerSync::end(const QString &problem)
{
    // No problem: the sync is complete.
    const QString &message = problem;
    m_running = false;
    QString error;
    if (message.isEmpty() && !m_cache->markSynced(&error)) {
        Q_EMIT finished(false, error);
        return;
    }
    if (!message.isEmpty())
        qCWarning(lcSellerClient) << "seller sync stopped:" << message;
    Q_EMIT finished(message.isEmpty(), message.isEmpty()
                                           ? tr("Synced %n seller change(s).", nullptr, m_changes)
                                           : message);
}
