#pragma once
// The apps an enterprise bought, generated deterministically from the seed and the sandbox's
// today: 50 apps by default from twenty products in three editions, each with its order and
// instance, seats scaled to the enterprise, authorisations by hand, by department and by group
// (one app granted to about two thirds of the members, as the figures need), some seats held by
// disabled members and by members deleted since, last-used times (some never), an app or two
// without an accepted agreement or without the seller's per-tenant login address, and two
// years of daily seat history. Set-based SQL: tens of milliseconds at 100,000 members.
#include <QDate>
#include <QString>

class AppsStore;
class OrgView;

struct AppsSeedOptions
{
    int apps = 50;
    quint32 seed = 20261129;
    QDate today; // invalid: the real one (UTC+8)
    QString tenant;
};

namespace AppsSeed {

bool seed(AppsStore &store, const OrgView &org, const AppsSeedOptions &options, QString *error);
// A deterministic id: `prefix` and 12 hex digits of a hash of the seed, tenant and `what`.
QString idOf(const char *prefix, const AppsSeedOptions &options, const QString &what);

} // namespace AppsSeed
