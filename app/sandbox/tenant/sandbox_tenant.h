#pragma once
// One tenant's enterprise on the sandbox: a SQLite database (in memory or a file) holding
// every domain's tables, the stored idempotent answers beside them, so that a change and its
// answer commit together, and the primary tenant's sign-ins; and the tenant's counters.
#include "sandbox/tenant/sandbox_stats.h"
#include "storage/database.h"

#include <memory>

class SandboxTenant
{
public:
    static std::unique_ptr<SandboxTenant> open(const QString &id, const QString &path,
                                               QString *error);

    QString id() const { return m_id; }
    Database &database() { return *m_db; }
    SandboxStats &stats() { return m_stats; }

private:
    SandboxTenant(QString id, std::unique_ptr<Database> db);

    QString m_id;
    std::unique_ptr<Database> m_db;
    SandboxStats m_stats;
};
