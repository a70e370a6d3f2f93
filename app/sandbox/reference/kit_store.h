#pragma once
// What the joint-operation Kit delivered to the seller (protocol reference §4, §11.4): the
// tenants of tenantSync, the apps of applicationSync (with the clientSecret decrypted, kept in
// memory only), the users of authSync and the departments of singleOrgSync and allOrgSync.
// Each row has the idempotency key of its interface — (instanceId, tenantId[, appId
// [, userName]]) or (instanceId, tenantId, orgCode) — inside the namespace of its testFlag,
// so that debugging data never mixes with production data. Adds are upserts and deletes are
// idempotent; the duplicateKitRows fault makes a repeated add append a second row instead.
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

struct KitRow
{
    QString key; // the idempotency key, testFlag first
    int testFlag = 0;
    QString instanceId;
    QString tenantId;
    QJsonObject fields; // as received (clientSecret left out)
    QByteArray secret;  // apps: the decrypted clientSecret
    QDateTime updatedAt;
};

class KitStore
{
public:
    enum class Table
    {
        Tenants,
        Apps,
        Users,
        Departments
    };

    static QString key(int testFlag, const QStringList &parts);

    // Adds the row, or replaces the one with its key (`duplicate`: appends another).
    void upsert(Table table, KitRow row, bool duplicate);
    // Removes every row with `key`; 0 when there was none (still a success).
    int remove(Table table, const QString &key);
    // Sets `inLastFullSync` on the departments of (testFlag, instanceId, tenantId): true for
    // those whose orgCode is in `seen`, false for the others (§4.5: not deleted).
    void markFullSync(int testFlag, const QString &instanceId, const QString &tenantId,
                      const QSet<QString> &seen);
    void clear();

    // The most recently updated row of `table` for tenantId (and appId for apps, when not
    // empty), preferring `testFlag`'s namespace and then the other; nullptr when none.
    const KitRow *latest(Table table, const QString &tenantId, const QString &appId,
                         int testFlag) const;
    // The user `userName` of (testFlag, instanceId, tenantId, appId), or nullptr.
    const KitRow *user(const KitRow &app, const QString &userName) const;

    qsizetype count(Table table) const { return m_tables[int(table)].size(); }
    qsizetype total() const;
    QJsonObject toJson() const;

private:
    QList<KitRow> m_tables[4];
};
