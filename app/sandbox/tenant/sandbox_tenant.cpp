#include "sandbox/tenant/sandbox_tenant.h"

namespace {

// One schema for the tenant's database, whatever domain a table belongs to: its version
// counts them all, and a data file written by an earlier run opens at the step it reached. A
// new domain with tables of its own appends a migration here.
const Database::Migrations kMigrations = {
    {
        // The organisation (org/org_store.h) and the stored idempotent answers
        // (pipeline/idempotency_store.h).
        QStringLiteral("CREATE TABLE departments(org_code TEXT PRIMARY KEY, org_name TEXT NOT "
                       "NULL, parent_code TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER "
                       "NOT NULL)"),
        QStringLiteral("CREATE INDEX departments_seq ON departments(seq)"),
        QStringLiteral("CREATE INDEX departments_parent ON departments(parent_code)"),
        QStringLiteral("CREATE TABLE members(user_name TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "email TEXT NOT NULL, mobile TEXT NOT NULL, org_code TEXT NOT NULL, admin "
                       "INTEGER NOT NULL, enabled INTEGER NOT NULL, version INTEGER NOT NULL, seq "
                       "INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX members_seq ON members(seq)"),
        QStringLiteral("CREATE INDEX members_org ON members(org_code)"),
        QStringLiteral("CREATE TABLE tombstones(kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER "
                       "NOT NULL, PRIMARY KEY(kind, id))"),
        QStringLiteral("CREATE INDEX tombstones_seq ON tombstones(kind, seq)"),
        QStringLiteral("CREATE TABLE idempotency(key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, "
                       "status INTEGER NOT NULL, body BLOB NOT NULL)"),
    },
    {
        // Sign-ins outlive a restart, as a real server's do. Hashes only, never the tokens.
        QStringLiteral(
            "CREATE TABLE oauth_tokens(hash BLOB PRIMARY KEY, kind TEXT NOT NULL, "
            "account TEXT NOT NULL, expires_ms INTEGER NOT NULL, chain INTEGER NOT NULL, "
            "used INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE oauth_revoked(chain INTEGER PRIMARY KEY)"),
    },
    {
        // The Seller Center (seller/seller_store.h). Key secrets in plain: the sandbox plays
        // the marketplace, which signs its calls with them. `url_key` and `login_key` are the
        // normalised URLs that uniqueness is checked on (SellerUrls::normalised).
        QStringLiteral("CREATE TABLE seller_keys(key_id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "secret TEXT NOT NULL, created_ms INTEGER NOT NULL, version INTEGER NOT "
                       "NULL, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX seller_keys_seq ON seller_keys(seq)"),
        QStringLiteral("CREATE TABLE seller_addresses(address_id TEXT PRIMARY KEY, url TEXT NOT "
                       "NULL, url_key TEXT NOT NULL UNIQUE, basic_key TEXT NOT NULL, kit_key TEXT "
                       "NOT NULL, created_ms INTEGER NOT NULL, version INTEGER NOT NULL, seq "
                       "INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX seller_addresses_seq ON seller_addresses(seq)"),
        QStringLiteral("CREATE TABLE seller_runs(run_id TEXT PRIMARY KEY, address_id TEXT NOT "
                       "NULL, url TEXT NOT NULL, suite TEXT NOT NULL, key_id TEXT NOT NULL, passed "
                       "INTEGER NOT NULL, checks_passed INTEGER NOT NULL, checks_failed INTEGER "
                       "NOT NULL, runner TEXT NOT NULL, note TEXT NOT NULL, at_ms INTEGER NOT "
                       "NULL, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX seller_runs_address ON seller_runs(address_id, seq)"),
        QStringLiteral("CREATE TABLE seller_credentials(app_id TEXT PRIMARY KEY, app_name TEXT NOT "
                       "NULL, auth_method TEXT NOT NULL, callback_url TEXT NOT NULL, address_id "
                       "TEXT NOT NULL, multi_instance INTEGER NOT NULL, login_type TEXT NOT NULL, "
                       "login_url TEXT NOT NULL, login_key TEXT NOT NULL, public_key TEXT NOT "
                       "NULL, platforms TEXT NOT NULL, listed INTEGER NOT NULL, secret_hash TEXT "
                       "NOT NULL, created_ms INTEGER NOT NULL, version INTEGER NOT NULL, seq "
                       "INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX seller_credentials_seq ON seller_credentials(seq)"),
        QStringLiteral("CREATE INDEX seller_credentials_login ON seller_credentials(login_key)"),
        QStringLiteral("CREATE TABLE seller_test_accounts(app_id TEXT PRIMARY KEY, domain TEXT NOT "
                       "NULL, tenant_id TEXT NOT NULL, account TEXT NOT NULL, password_hash TEXT "
                       "NOT NULL, created_ms INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE seller_tombstones(kind TEXT NOT NULL, id TEXT NOT NULL, seq "
                       "INTEGER NOT NULL, PRIMARY KEY(kind, id))"),
        QStringLiteral("CREATE INDEX seller_tombstones_seq ON seller_tombstones(kind, seq)"),
    },
};

} // namespace

SandboxTenant::SandboxTenant(QString id, std::unique_ptr<Database> db)
    : m_id(std::move(id))
    , m_db(std::move(db))
{
}

std::unique_ptr<SandboxTenant> SandboxTenant::open(const QString &id, const QString &path,
                                                   QString *error)
{
    auto db = Database::open(path, Database::Durability::Normal, kMigrations, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<SandboxTenant>(new SandboxTenant(id, std::move(db)));
}
