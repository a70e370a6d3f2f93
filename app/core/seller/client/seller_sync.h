#pragma once
// Reads the Seller Center into the cache: keys, production addresses and credentials, each by
// its change token (a full listing the first time, then what changed), then every address's
// debugging runs. Each page is read whole before anything is written and written in one
// transaction, so a malformed answer leaves the cache as it was and says which field was wrong.
#include "seller/client/seller_cache.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiCall;
struct ApiResponse;

class SellerSync : public QObject
{
    Q_OBJECT
public:
    SellerSync(ApiClient *client, SellerCache *cache, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    // The debugging runs of one address only (after a run, or for its page).
    void readRuns(const QString &addressId);

Q_SIGNALS:
    void finished(bool ok, const QString &message);
    void runsRead(const QString &addressId, bool ok, const QString &message);

private:
    void requestPage(const QString &cursor);
    void onPage(const ApiResponse &response);
    void nextKind();
    void requestRuns(const QString &cursor);
    void onRuns(const ApiResponse &response);
    // Ends the sync: well when `problem` is empty.
    void end(const QString &problem);

    ApiClient *m_client;
    SellerCache *m_cache;
    bool m_running = false;
    bool m_runsOnly = false;
    bool m_resetDone = false;
    int m_kind = 0; // index into the kinds listed, then the runs
    int m_changes = 0;
    QStringList m_addresses; // whose runs are still to read
    QList<SellerDebugRun> m_runs;
    // Cursors already followed in this read: a server that hands one out again would have the
    // sync go round for ever.
    QSet<QString> m_cursors;
    // Why `cursor` may not be followed (seen before in this list), or "" after noting it.
    QString repeatedCursor(const QString &cursor);
    QPointer<ApiCall> m_call;
};
