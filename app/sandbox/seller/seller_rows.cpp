#include "sandbox/seller/seller_rows.h"

#include <QSqlQuery>

namespace SellerRows {

QString keyColumns()
{
    return QStringLiteral("key_id, name, secret, created_ms, version");
}

SellerKey keyFromRow(const QSqlQuery &q, int f)
{
    return {q.value(f).toString(), q.value(f + 1).toString(), q.value(f + 2).toString(),
            q.value(f + 3).toLongLong(), q.value(f + 4).toLongLong()};
}

QString addressColumns()
{
    return QStringLiteral("address_id, url, basic_key, kit_key, created_ms, version");
}

SellerAddress addressFromRow(const QSqlQuery &q, int f)
{
    return {q.value(f).toString(),     q.value(f + 1).toString(),   q.value(f + 2).toString(),
            q.value(f + 3).toString(), q.value(f + 4).toLongLong(), q.value(f + 5).toLongLong()};
}

QString runColumns()
{
    return QStringLiteral("run_id, address_id, url, suite, key_id, passed, checks_passed, "
                          "checks_failed, runner, note, at_ms");
}

DebugRunRecord runFromRow(const QSqlQuery &q, int f)
{
    return {q.value(f).toString(),     q.value(f + 1).toString(),   q.value(f + 2).toString(),
            q.value(f + 3).toString(), q.value(f + 4).toString(),   q.value(f + 5).toBool(),
            q.value(f + 6).toInt(),    q.value(f + 7).toInt(),      q.value(f + 8).toString(),
            q.value(f + 9).toString(), q.value(f + 10).toLongLong()};
}

QString credentialColumns()
{
    return QStringLiteral("app_id, app_name, auth_method, callback_url, address_id, "
                          "multi_instance, login_type, login_url, public_key, platforms, listed, "
                          "secret_hash, created_ms, version");
}

SellerCredential credentialFromRow(const QSqlQuery &q, int f)
{
    SellerCredential c;
    c.appId = q.value(f).toString();
    c.appName = q.value(f + 1).toString();
    c.authMethod = q.value(f + 2).toString();
    c.callbackUrl = q.value(f + 3).toString();
    c.addressId = q.value(f + 4).toString();
    c.multiInstance = q.value(f + 5).toBool();
    c.loginType = q.value(f + 6).toString();
    c.loginUrl = q.value(f + 7).toString();
    c.publicKey = q.value(f + 8).toString();
    c.platforms = q.value(f + 9).toString().split(u',', Qt::SkipEmptyParts);
    c.listed = q.value(f + 10).toBool();
    c.secretHash = q.value(f + 11).toString();
    c.createdMs = q.value(f + 12).toLongLong();
    c.version = q.value(f + 13).toLongLong();
    return c;
}

} // namespace SellerRows
