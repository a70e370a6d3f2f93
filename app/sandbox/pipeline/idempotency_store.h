#pragma once
// The first answer to each Idempotency-Key, kept in the tenant's database beside the change
// it answered, whatever the domain: the same key with the same request gets it again, the
// same key with another request a 422.
#include "sandbox/http/sandbox_reply.h"
#include "sandbox/tenant/sandbox_stats.h"

#include <optional>

class Database;

class IdempotencyStore
{
public:
    IdempotencyStore(Database &db, SandboxStats &stats);

    // The stored answer for the key, or nothing. A key seen with another request fingerprint
    // answers 422.
    std::optional<SandboxReply> replay(const QByteArray &key, const QByteArray &fingerprint);
    void remember(const QByteArray &key, const QByteArray &fingerprint, const SandboxReply &reply);

private:
    Database &m_db;
    SandboxStats &m_stats;
};
