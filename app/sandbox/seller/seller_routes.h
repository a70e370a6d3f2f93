#pragma once
// The Seller Center's console API (docs/api.md, "Seller Center"): maps the method and the
// path under /api/v1/seller/ — keys, addresses (and their debug-runs), credentials (and their
// test-account) — to the reads and the rules, and their results to HTTP answers. Made per
// request over the tenant's store.
#include "sandbox/domain/sandbox_domain.h"
#include "sandbox/seller/debug_runner.h"
#include "sandbox/seller/seller_reader.h"
#include "sandbox/seller/seller_store.h"
#include "sandbox/tenant/sandbox_stats.h"

class SellerRoutes
{
public:
    SellerRoutes(SellerStore &store, SandboxStats &stats, DebugRunner &runner);
    SandboxReply handle(const DomainRequest &request);

private:
    // One request, taken apart: <collection>[/<id>[/<verb>]] and the listing's query.
    struct Call
    {
        QByteArray method;
        QString id;
        QString verb;
        QJsonObject body;
        SellerReader::Page page;
        qint64 version = 0; // a DELETE's expected version, 0 for any
    };
    SandboxReply keys(const Call &call);
    SandboxReply addresses(const Call &call);
    SandboxReply credentials(const Call &call);

    SellerStore &m_store;
    SandboxStats &m_stats;
    DebugRunner &m_runner;
};
