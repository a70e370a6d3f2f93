#include "sync_engine.h"

#include "api_client.h"
#include "logging.h"

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

void SyncEngine::requestPage()
{
    const Cache::SyncState state = m_cache->syncState(m_kind);
    ApiRequest r;
    r.path = m_kind == Cache::Kind::Departments ? QStringLiteral("/api/v1/org/departments")
                                                : QStringLiteral("/api/v1/org/members");
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!state.listingSince.isEmpty())
        r.query.addQueryItem(QStringLiteral("since"), state.listingSince);
    if (!state.cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), state.cursor);
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
    bool last = false;
    qint64 remaining = 0;
    int count = 0;
    if (m_kind == Cache::Kind::Departments) {
        auto page = OrgJson::departmentPageFromJson(response.json, &error);
        if (!page || !m_cache->applyPage(*page, &error)) {
            fail(tr("Departments page: %1").arg(error));
            return;
        }
        last = page->nextCursor.isEmpty();
        remaining = page->remaining;
        count = int(page->items.size() + page->deleted.size());
    } else {
        auto page = OrgJson::memberPageFromJson(response.json, &error);
        if (!page || !m_cache->applyPage(*page, &error)) {
            fail(tr("Members page: %1").arg(error));
            return;
        }
        last = page->nextCursor.isEmpty();
        remaining = page->remaining;
        count = int(page->items.size() + page->deleted.size());
    }
    m_done += count;
    Q_EMIT progress(m_done, m_done + remaining);
    if (!last) {
        requestPage();
        return;
    }
    if (m_kind == Cache::Kind::Departments) {
        m_kind = Cache::Kind::Members;
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
