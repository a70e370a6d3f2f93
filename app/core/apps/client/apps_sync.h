#pragma once
// Reads the purchased apps into the cache: the apps, the groups (and the members of each group
// that changed), then every app's authorisation list and seats, each listing by its change
// token (whole the first time, then what changed). A page is read whole before anything is
// written and written in one transaction, so a malformed answer leaves the cache as it was and
// says which field was wrong. An app's seat history is read on demand (readHistory).
#include "apps/client/apps_cache.h"
#include "net/json_fields.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class ApiCall;
class ApiClient;
class ListingReader;

class AppsSync : public QObject
{
    Q_OBJECT
public:
    AppsSync(ApiClient *client, AppsCache *cache, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    // The seat history of one app (730 days ending on the server's today) into the cache.
    void readHistory(const QString &appId);

Q_SIGNALS:
    // `changes`: records written (0 when nothing changed since the last sync).
    void finished(bool ok, const QString &message, int changes);
    void historyRead(const QString &appId, bool ok, const QString &message);

private:
    struct Step
    {
        AppsCache::Kind kind;
        QString appId;
    };
    void next();
    void readListing(const Step &step);
    void onListed(bool ok, const QString &message, bool tokenExpired);
    void readGroupMembers();
    bool takePage(const Step &step, const JsonFields::ListingPage &page, bool last, QString *error);
    void end(const QString &problem);

    ApiClient *m_client;
    AppsCache *m_cache;
    ListingReader *m_reader;
    bool m_running = false;
    bool m_resetDone = false;
    int m_changes = 0;
    std::deque<Step> m_steps;
    QStringList m_changedGroups; // whose members are read after the group listing
    QPointer<ApiCall> m_call;
};
