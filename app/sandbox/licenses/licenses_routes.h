#pragma once
// The licenses domain's console API (docs/api.md, "Orders, Licenses and images"): orders and
// their instances, License products' Licenses (apply, read, the file), image subscriptions
// and their renewal setting, under /api/v1/orders/, /api/v1/licenses/ and /api/v1/images/.
// Made per request over the tenant's store.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/licenses/licenses_store.h"
#include "sandbox/tenant/sandbox_stats.h"

class LicensesRoutes
{
public:
    LicensesRoutes(LicensesStore &store, SandboxStats &stats, qint64 nowMs);
    SandboxReply handle(const DomainRequest &request);

private:
    DomainResult list(const QString &collection, const QUrl &url) const;
    DomainResult one(const QString &collection, const QString &id) const;
    DomainResult licenseFile(const QString &licenseId) const;
    DomainResult setRenewal(const QString &subscriptionId, const QJsonObject &body);

    LicensesStore &m_store;
    SandboxStats &m_stats;
    qint64 m_now;
};
