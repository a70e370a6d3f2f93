#include "sandbox/seller/seller_store.h"

#include "common/logging.h"
#include "common/secure_random.h"
#include "sandbox/seller/seller_rows.h"
#include "seller/seller_urls.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace {

bool run(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString ? QVariant(notNull(v.toString())) : v);
    if (q.exec())
        return true;
    qCWarning(lcSandbox) << "seller storage:" << q.lastError().text();
    return false;
}

} // namespace

SellerStore::SellerStore(Database &db)
    : m_db(db)
{
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'seller_epoch'")) && q.next()) {
        m_epoch = q.value(0).toString();
    } else {
        m_epoch = QString::number(QRandomGenerator::system()->generate64() % 1'000'000'000'000, 36);
        m_db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('seller_epoch', '%1')")
                      .arg(m_epoch));
    }
    q.finish();
    if (q.exec(QStringLiteral(
            "SELECT MAX(m) FROM (SELECT MAX(seq) m FROM seller_keys UNION ALL SELECT MAX(seq) "
            "FROM seller_addresses UNION ALL SELECT MAX(seq) FROM seller_runs UNION ALL SELECT "
            "MAX(seq) FROM seller_credentials UNION ALL SELECT MAX(seq) FROM "
            "seller_tombstones)")) &&
        q.next())
        m_seq = q.value(0).toLongLong();
}

QString SellerStore::newId(const char *prefix)
{
    return QLatin1String(prefix) + u'-' + QString::fromLatin1(SecureRandom::bytes(6).toHex());
}

QString SellerStore::hashOf(const QByteArray &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

std::optional<SellerKey> SellerStore::findKey(const QString &keyId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM seller_keys WHERE key_id = ?")
                  .arg(SellerRows::keyColumns()));
    if (run(q, {keyId}) && q.next())
        return SellerRows::keyFromRow(q, 0);
    return std::nullopt;
}

QList<QPair<SellerAddress, QString>> SellerStore::bindingsOf(const QString &keyId) const
{
    QList<QPair<SellerAddress, QString>> found;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM seller_addresses WHERE basic_key = ? OR kit_key = ? "
                             "ORDER BY url")
                  .arg(SellerRows::addressColumns()));
    if (!run(q, {keyId, keyId}))
        return found;
    while (q.next()) {
        const SellerAddress a = SellerRows::addressFromRow(q, 0);
        found.append({a, a.basicKeyId == keyId ? QStringLiteral("basic") : QStringLiteral("kit")});
    }
    return found;
}

std::optional<SellerAddress> SellerStore::findAddress(const QString &addressId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM seller_addresses WHERE address_id = ?")
                  .arg(SellerRows::addressColumns()));
    if (run(q, {addressId}) && q.next())
        return SellerRows::addressFromRow(q, 0);
    return std::nullopt;
}

std::optional<SellerAddress> SellerStore::findAddressByUrl(const QString &url) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM seller_addresses WHERE url_key = ?")
                  .arg(SellerRows::addressColumns()));
    if (run(q, {SellerUrls::normalised(url)}) && q.next())
        return SellerRows::addressFromRow(q, 0);
    return std::nullopt;
}

std::optional<DebugRunRecord> SellerStore::latestRun(const QString &addressId, const QString &suite,
                                                     const QString &keyId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM seller_runs WHERE address_id = ? AND suite = ? AND "
                             "key_id = ? ORDER BY seq DESC LIMIT 1")
                  .arg(SellerRows::runColumns()));
    if (run(q, {addressId, suite, keyId}) && q.next())
        return SellerRows::runFromRow(q, 0);
    return std::nullopt;
}

std::optional<SellerCredential> SellerStore::findCredential(const QString &appId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM seller_credentials WHERE app_id = ?")
                  .arg(SellerRows::credentialColumns()));
    if (run(q, {appId}) && q.next())
        return SellerRows::credentialFromRow(q, 0);
    return std::nullopt;
}

QStringList SellerStore::credentialsUsing(const QString &addressId) const
{
    QStringList ids;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "SELECT app_id FROM seller_credentials WHERE address_id = ? ORDER BY app_id"));
    if (run(q, {addressId}))
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

QString SellerStore::credentialWithLogin(const QString &loginKey, const QString &exceptAppId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "SELECT app_id FROM seller_credentials WHERE login_key = ? AND app_id <> ? LIMIT 1"));
    if (run(q, {loginKey, exceptAppId}) && q.next())
        return q.value(0).toString();
    return {};
}

std::optional<SellerTestAccount> SellerStore::findTestAccount(const QString &appId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT app_id, domain, tenant_id, account, password_hash, "
                             "created_ms FROM seller_test_accounts WHERE app_id = ?"));
    if (run(q, {appId}) && q.next())
        return SellerTestAccount{q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString(), q.value(5).toLongLong()};
    return std::nullopt;
}

qint64 SellerStore::count(const QString &table) const
{
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool SellerStore::writeKey(const SellerKey &k)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO seller_keys(%1, seq) VALUES (?, ?, ?, ?, ?, "
                             "?)")
                  .arg(SellerRows::keyColumns()));
    return run(q, {k.keyId, k.name, k.secret, k.createdMs, k.version, ++m_seq}) &&
           liftTombstone(QStringLiteral("key"), k.keyId);
}

bool SellerStore::removeKey(const QString &keyId)
{
    return remove(QStringLiteral("seller_keys"), QStringLiteral("key_id"), QStringLiteral("key"),
                  keyId);
}

bool SellerStore::writeAddress(const SellerAddress &a)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO seller_addresses(%1, url_key, seq) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(SellerRows::addressColumns()));
    return run(q, {a.addressId, a.url, a.basicKeyId, a.kitKeyId, a.createdMs, a.version,
                   SellerUrls::normalised(a.url), ++m_seq}) &&
           liftTombstone(QStringLiteral("address"), a.addressId);
}

bool SellerStore::removeAddress(const QString &addressId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM seller_runs WHERE address_id = ?"));
    return run(q, {addressId}) &&
           remove(QStringLiteral("seller_addresses"), QStringLiteral("address_id"),
                  QStringLiteral("address"), addressId);
}

bool SellerStore::writeRun(const DebugRunRecord &r)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO seller_runs(%1, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?)")
                  .arg(SellerRows::runColumns()));
    return run(q, {r.runId, r.addressId, r.url, r.suite, r.keyId, int(r.passed), r.checksPassed,
                   r.checksFailed, r.runner, r.note, r.atMs, ++m_seq});
}

bool SellerStore::writeCredential(const SellerCredential &c)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO seller_credentials(%1, login_key, seq) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(SellerRows::credentialColumns()));
    return run(q, {c.appId, c.appName, c.authMethod, c.callbackUrl, c.addressId,
                   int(c.multiInstance), c.loginType, c.loginUrl, c.publicKey,
                   c.platforms.join(u','), int(c.listed), c.secretHash, c.createdMs, c.version,
                   SellerUrls::normalised(c.loginUrl), ++m_seq}) &&
           liftTombstone(QStringLiteral("credential"), c.appId);
}

bool SellerStore::writeTestAccount(const SellerTestAccount &t)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO seller_test_accounts(app_id, domain, tenant_id, account, "
                             "password_hash, created_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    return run(q, {t.appId, t.domain, t.tenantId, t.account, t.passwordHash, t.createdMs});
}

bool SellerStore::remove(const QString &table, const QString &idColumn, const QString &kind,
                         const QString &id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, idColumn));
    if (!run(q, {id}))
        return false;
    QSqlQuery t = m_db.query();
    t.prepare(
        QStringLiteral("INSERT OR REPLACE INTO seller_tombstones(kind, id, seq) VALUES (?, ?, ?)"));
    return run(t, {kind, id, ++m_seq});
}

bool SellerStore::liftTombstone(const QString &kind, const QString &id)
{
    QSqlQuery t = m_db.query();
    t.prepare(QStringLiteral("DELETE FROM seller_tombstones WHERE kind = ? AND id = ?"));
    return run(t, {kind, id});
}
