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
    {
        // Apps and their authorisations (apps/apps_store.h), groups (群组) for automatic
        // grants, and each app's daily seat history. `assigned` and `waiting` count the app's
        // seats, kept with every seat change so that the listing of 50 apps counts nothing.
        QStringLiteral("CREATE TABLE apps(app_id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "name TEXT NOT NULL, seller TEXT NOT NULL, edition TEXT NOT NULL, "
                       "instance_id TEXT NOT NULL, order_id TEXT NOT NULL, seats INTEGER NOT "
                       "NULL, assigned INTEGER NOT NULL, waiting INTEGER NOT NULL, start_ms "
                       "INTEGER NOT NULL, end_ms INTEGER NOT NULL, enabled INTEGER NOT NULL, "
                       "login_type TEXT NOT NULL, login_url TEXT NOT NULL, agreement INTEGER NOT "
                       "NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX apps_seq ON apps(seq)"),
        QStringLiteral("CREATE TABLE app_grants(app_id TEXT NOT NULL, kind TEXT NOT NULL, target "
                       "TEXT NOT NULL, granted_ms INTEGER NOT NULL, version INTEGER NOT NULL, seq "
                       "INTEGER NOT NULL, PRIMARY KEY(app_id, kind, target))"),
        QStringLiteral("CREATE INDEX app_grants_seq ON app_grants(app_id, seq)"),
        QStringLiteral("CREATE TABLE app_seats(app_id TEXT NOT NULL, user_name TEXT NOT NULL, "
                       "source TEXT NOT NULL, source_id TEXT NOT NULL, seated INTEGER NOT NULL, "
                       "member_state TEXT NOT NULL, granted_ms INTEGER NOT NULL, last_used_ms "
                       "INTEGER NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL, "
                       "PRIMARY KEY(app_id, user_name))"),
        QStringLiteral("CREATE INDEX app_seats_seq ON app_seats(app_id, seq)"),
        QStringLiteral("CREATE INDEX app_seats_source ON app_seats(app_id, source_id)"),
        QStringLiteral("CREATE INDEX app_seats_user ON app_seats(user_name)"),
        QStringLiteral("CREATE TABLE member_groups(group_id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "version INTEGER NOT NULL, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX member_groups_seq ON member_groups(seq)"),
        QStringLiteral("CREATE TABLE group_members(group_id TEXT NOT NULL, user_name TEXT NOT "
                       "NULL, PRIMARY KEY(group_id, user_name))"),
        QStringLiteral("CREATE INDEX group_members_user ON group_members(user_name)"),
        QStringLiteral("CREATE TABLE app_history(app_id TEXT NOT NULL, day TEXT NOT NULL, bought "
                       "INTEGER NOT NULL, assigned INTEGER NOT NULL, used INTEGER NOT NULL, "
                       "PRIMARY KEY(app_id, day)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE apps_tombstones(kind TEXT NOT NULL, scope TEXT NOT NULL, id "
                       "TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(kind, scope, id))"),
        QStringLiteral("CREATE INDEX apps_tombstones_seq ON apps_tombstones(kind, scope, seq)"),
        // Orders and instances, License products and the Licenses issued, image subscriptions
        // (licenses/licenses_store.h). Amounts in fen (0.01 CNY), times in ms UTC.
        QStringLiteral("CREATE TABLE orders(order_id TEXT PRIMARY KEY, order_type TEXT NOT NULL, "
                       "product_type TEXT NOT NULL, product_name TEXT NOT NULL, seller TEXT NOT "
                       "NULL, sku TEXT NOT NULL, period_type TEXT NOT NULL, period_number INTEGER "
                       "NOT NULL, amount_fen INTEGER NOT NULL, status TEXT NOT NULL, created_ms "
                       "INTEGER NOT NULL, instance_id TEXT NOT NULL, instance_status TEXT NOT "
                       "NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, app_id TEXT NOT "
                       "NULL, license_type TEXT NOT NULL, license_quota INTEGER NOT NULL, "
                       "app_info TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX orders_seq ON orders(seq)"),
        QStringLiteral("CREATE INDEX orders_instance ON orders(instance_id)"),
        QStringLiteral("CREATE TABLE licenses(license_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, "
                       "instance_id TEXT NOT NULL, event_id TEXT NOT NULL, fingerprint TEXT NOT "
                       "NULL, type TEXT NOT NULL, characters TEXT NOT NULL, file_name TEXT NOT "
                       "NULL, file_sha256 TEXT NOT NULL, file BLOB NOT NULL, effective_ms INTEGER "
                       "NOT NULL, expire_ms INTEGER NOT NULL, created_ms INTEGER NOT NULL, version "
                       "INTEGER NOT NULL, seq INTEGER NOT NULL, UNIQUE(order_id, event_id, "
                       "fingerprint))"),
        QStringLiteral("CREATE INDEX licenses_seq ON licenses(seq)"),
        QStringLiteral("CREATE TABLE images(subscription_id TEXT PRIMARY KEY, order_id TEXT NOT "
                       "NULL, image_name TEXT NOT NULL, seller TEXT NOT NULL, ecs_id TEXT NOT "
                       "NULL, ecs_name TEXT NOT NULL, region TEXT NOT NULL, period_type TEXT NOT "
                       "NULL, start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, auto_renew "
                       "INTEGER NOT NULL, in_use INTEGER NOT NULL, monthly_fen INTEGER NOT NULL, "
                       "yearly_fen INTEGER NOT NULL, hourly_fen INTEGER NOT NULL, version INTEGER "
                       "NOT NULL, seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX images_seq ON images(seq)"),
        QStringLiteral("CREATE TABLE licenses_tombstones(kind TEXT NOT NULL, scope TEXT NOT NULL, "
                       "id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(kind, scope, id))"),
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
