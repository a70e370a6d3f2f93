#pragma once
// Reads orders, Licenses and image subscriptions into the cache, each by its change token (a
// full listing the first time, then what changed). Each page is read whole before anything is
// written and written in one transaction, so a malformed answer leaves the cache as it was and
// says which field was wrong. A token the server no longer knows (410 010011) resets that kind
// and lists it again, once; a cursor handed out twice stops the sync rather than loop.
#include "licenses/client/licenses_cache.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiCall;
struct ApiResponse;

class LicensesSync : public QObject
{
    Q_OBJECT
public:
    LicensesSync(ApiClient *client, LicensesCache *cache, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    // `changes`: records written or removed by this sync.
    void finished(bool ok, const QString &message, int changes);

private:
    void requestPage(const QString &cursor);
    void onPage(const ApiResponse &response);
    // Ends the sync: well when `problem` is empty.
    void end(const QString &problem);

    ApiClient *m_client;
    LicensesCache *m_cache;
    bool m_running = false;
    bool m_resetDone = false;
    int m_kind = 0; // index into the kinds listed
    int m_changes = 0;
    // Cursors already followed in this listing: a server that hands one out again would have
    // the sync go round for ever.
    QSet<QString> m_cursors;
    QPointer<ApiCall> m_call;
};
