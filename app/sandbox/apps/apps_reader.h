#pragma once
// What the apps domain's GETs answer: listings of apps, of one app's authorisation list and
// seats, and of groups, in the organisation's shape (ChangeListing: incremental by change
// token); single records; and an app's daily seat history, two years of it.
#include "sandbox/apps/apps_store.h"
#include "sandbox/domain/change_listing.h"

#include <QDate>

class AppsReader
{
public:
    explicit AppsReader(const AppsStore &store);

    DomainResult apps(const ListingPage &page) const;
    DomainResult app(const QString &appId) const;
    DomainResult grants(const QString &appId, const ListingPage &page) const;
    DomainResult seats(const QString &appId, const ListingPage &page) const;
    DomainResult groups(const ListingPage &page) const;
    DomainResult group(const QString &groupId) const;
    // Days from `from` to `to` (either may be invalid: the whole history), oldest first; the
    // last day, the sandbox's today, is counted live from the seats.
    DomainResult history(const QString &appId, const QString &from, const QString &to) const;

private:
    std::optional<DomainResult> missingApp(const QString &appId) const;

    const AppsStore &m_store;
};
