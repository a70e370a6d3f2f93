#pragma once
// A listing in the console API's shape (docs/api.md, "Listing and incremental sync") over any
// table a ChangeLog numbers: rows in the order they last changed, the tombstones since the
// token merged in by sequence, `nextCursor`, `changeToken`, `remaining`. The apps and licenses
// domains list every collection through it, each row turned into JSON by the caller.
#include "sandbox/domain/change_log.h"

#include <functional>

class QSqlQuery;
class QUrl;

struct ListingPage
{
    QString since;
    QString cursor;
    int limit = 500;
    bool count = false; // also count what remains on a later page
    // Reads limit, since, cursor and count from the query; answers a refusal naming the
    // parameter, or nothing.
    static std::optional<DomainResult> fromUrl(const QUrl &url, ListingPage *page);
};

struct ListingSpec
{
    QString table;
    QString columns;          // selected after seq: toJson reads them from index 1
    QString kind;             // of its tombstones
    QString scopeColumn = {}; // e.g. "app_id": only the rows of `scope` (an app's seats)
    QString scope = {};
    std::function<QJsonObject(const QSqlQuery &)> toJson;
};

namespace ChangeListing {

DomainResult list(const ChangeLog &log, const ListingSpec &spec, const ListingPage &page);

} // namespace ChangeListing
