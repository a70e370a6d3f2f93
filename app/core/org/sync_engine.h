#pragma once
// Brings the cache up to date: a full paged listing the first time, then incremental by change
// token; departments first, then members. Reports progress, can be cancelled, and resumes an
// interrupted listing from the last page the cache holds.
#include "org/cache.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiCall;
struct ApiResponse;

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(ApiClient *client, Cache *cache, QObject *parent = nullptr);

    void setPageSize(int n) { m_pageSize = n; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok=false with a message a person can act on; cancelled syncs finish with ok=false too.
    void finished(bool ok, const QString &message);

private:
    void requestPage(const QString &cursor = {});
    void onPage(const ApiResponse &response);
    void fail(const QString &message);

    ApiClient *m_client;
    Cache *m_cache;
    int m_pageSize = 1000;
    bool m_running = false;
    bool m_resetDone = false;
    Cache::Kind m_kind = Cache::Kind::Departments;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QPointer<ApiCall> m_call;
};
