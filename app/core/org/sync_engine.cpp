#include "org/sync_engine.h"

#include "common/logging.h"
#include "net/api_client.h"

SyncEngine::SyncEngine(ApiClient *client, Cache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_resetDone = false;
    m_done = 0;
    m_total = 0;
    m_kind = Cache::Kind::Departments;
    QString error;
    if (!m_cache->syncState(m_kind).inProgress() && !m_cache->beginListing(m_kind, &error)) {
        fail(error);
        return;
    }
    requestPage();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    if (m_call)
        m_call->cancel(); // finishes through onPage with Cancelled
}

void SyncEngine::requestPage(const QString &cursor)
{
    Cache::SyncState state = m_cache->syncState(m_kind);
    if (!cursor.isEmpty())
        state.cursor = cursor;
    ApiRequest r;
    r.path = m_kind == Cache::Kind::Departments ? QStringLiteral("/api/v1/org/departments")
                                                : QStringLiteral("/api/v1/org/members");
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!state.listingSince.isEmpty())
        r.query.addQueryItem(QStringLiteral("since"), state.listingSince);
    if (!state.cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), state.cursor);
    if (m_total == 0) // how much is left, for the progress; the server counts it on request
        r.query.addQueryItem(QStringLiteral("count"), QStringLiteral("1"));
    m_call = m_client->send(r);
    connect(m_call, &ApiCall::finished, this, &SyncEngine::onPage);
}

void SyncEngine::onPage(const ApiResponse &response)
{
    m_call = nullptr;
    QString error;
    if (!response.ok()) {
        if (response.error.resultCode == QLatin1String(ResultCode::TokenExpired) && !m_resetDone) {
            // The server no longer has our starting point (it was reset or pruned): start over.
            qCInfo(lcSync) << "change token no longer valid; full sync";
            m_resetDone = true;
            if (!m_cache->resetForFullSync(&error) ||
                !m_cache->beginListing(Cache::Kind::Departments, &error)) {
                fail(error);
                return;
            }
            m_kind = Cache::Kind::Departments;
            m_total = 0;
            requestPage();
            return;
        }
        if (response.error.kind == ApiError::Kind::Cancelled) {
            fail(tr("Sync cancelled; it continues from here next time."));
            return;
        }
        fail(response.error.message);
        return;
    }
    // Ask for the next page before writing this one, so that the server prepares it while
    // SQLite writes: the two overlap instead of taking turns.
    auto handle = [&](auto page, const QString &what) {
        if (!page) {
            fail(what.arg(error));
            return false;
        }
        if (!page->nextCursor.isEmpty())
            requestPage(page->nextCursor);
        if (!m_cache->applyPage(*page, &error)) {
            if (m_call) {
                m_call->disconnect(this);
                m_call->cancel();
                m_call = nullptr;
            }
            fail(what.arg(error));
            return false;
        }
        if (page->remaining > 0 || m_total == 0)
            m_total = m_done + qint64(page->items.size() + page->deleted.size()) + page->remaining;
        m_done += page->items.size() + page->deleted.size();
        Q_EMIT progress(m_done, std::max(m_total, m_done));
        return true;
    };
    const bool ok =
        m_kind == Cache::Kind::Departments
            ? handle(OrgJson::departmentPageFromJson(response.json, &error),
                     tr("Departments page: %1"))
            : handle(OrgJson::memberPageFromJson(response.json, &error), tr("Members page: %1"));
    if (!ok)
        return;
    if (m_call) // the next page is on its way
        return;
    if (m_kind == Cache::Kind::Departments) {
        m_kind = Cache::Kind::Members;
        m_total = 0; // the member listing reports its own size
        if (!m_cache->syncState(m_kind).inProgress() && !m_cache->beginListing(m_kind, &error)) {
            fail(error);
            return;
        }
        requestPage();
        return;
    }
    m_running = false;
    qCInfo(lcSync) << "sync complete," << m_done << "changes";
    Q_EMIT finished(true, tr("Synced %n change(s).", nullptr, int(m_done)));
}

void SyncEngine::fail(const QString &message)
{
    m_running = false;
    qCWarning(lcSync) << "sync stopped:" << message;
    Q_EMIT finished(false, message);
}
