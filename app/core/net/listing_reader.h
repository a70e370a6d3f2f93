#pragma once
// Reads one listing of the console API page by page (docs/api.md, "Listing and incremental
// sync"): from a change token or from the start, following each page's cursor, refusing a
// cursor the server hands out twice (the read would never end). Each page goes to the caller
// as it arrives; the caller writes it (in one transaction) and says whether to go on. Every
// domain's sync reads its listings with it.
#include "net/json_fields.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ApiCall;
class ApiClient;
struct ApiResponse;

class ListingReader : public QObject
{
    Q_OBJECT
public:
    explicit ListingReader(ApiClient *client, QObject *parent = nullptr);

    // Takes a page; `last` when it carries the change token. Returns false with *error to stop.
    using PageHandler =
        std::function<bool(const JsonFields::ListingPage &page, bool last, QString *error)>;
    // Reads `path` since `since` (empty: everything). One read at a time.
    void read(const QString &path, const QString &since, const PageHandler &onPage,
              int limit = 500);
    void cancel();
    bool isReading() const { return m_call != nullptr; }

Q_SIGNALS:
    // `tokenExpired`: the server no longer knows `since` (410 010011): list from the start.
    void finished(bool ok, const QString &message, bool tokenExpired);

private:
    void request(const QString &cursor);
    void onPage(const ApiResponse &response);

    ApiClient *m_client;
    QString m_path;
    QString m_since;
    int m_limit = 500;
    PageHandler m_onPage;
    QSet<QString> m_cursors;
    QPointer<ApiCall> m_call;
};
