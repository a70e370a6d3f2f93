#include "sandbox/reference/kit_store.h"

#include <QSet>

QString KitStore::key(int testFlag, const QStringList &parts)
{
    // A separator that none of the ids may carry (they are printable text).
    return QString::number(testFlag) + u'\x1f' + parts.join(u'\x1f');
}

void KitStore::upsert(Table table, KitRow row, bool duplicate)
{
    row.updatedAt = QDateTime::currentDateTimeUtc();
    QList<KitRow> &rows = m_tables[int(table)];
    if (!duplicate) {
        for (KitRow &existing : rows) {
            if (existing.key == row.key) {
                existing = std::move(row);
                return;
            }
        }
    }
    rows.append(std::move(row));
}

int KitStore::remove(Table table, const QString &key)
{
    return int(m_tables[int(table)].removeIf([&key](const KitRow &r) { return r.key == key; }));
}

void KitStore::markFullSync(int testFlag, const QString &instanceId, const QString &tenantId,
                            const QSet<QString> &seen)
{
    for (KitRow &row : m_tables[int(Table::Departments)]) {
        if (row.testFlag == testFlag && row.instanceId == instanceId && row.tenantId == tenantId)
            row.fields.insert(QStringLiteral("inLastFullSync"),
                              seen.contains(row.fields.value(u"orgCode").toString()));
    }
}

void KitStore::clear()
{
    for (QList<KitRow> &rows : m_tables)
        rows.clear();
}

const KitRow *KitStore::latest(Table table, const QString &tenantId, const QString &appId,
                               int testFlag) const
{
    for (const int flag : {testFlag, 1 - testFlag}) {
        const KitRow *best = nullptr;
        for (const KitRow &row : m_tables[int(table)]) {
            if (row.testFlag != flag || row.tenantId != tenantId)
                continue;
            if (!appId.isEmpty() && row.fields.value(u"appId").toString() != appId)
                continue;
            if (!best || row.updatedAt >= best->updatedAt)
                best = &row;
        }
        if (best)
            return best;
    }
    return nullptr;
}

const KitRow *KitStore::user(const KitRow &app, const QString &userName) const
{
    const QString k = key(app.testFlag, {app.instanceId, app.tenantId,
                                         app.fields.value(u"appId").toString(), userName});
    for (const KitRow &row : m_tables[int(Table::Users)]) {
        if (row.key == k)
            return &row;
    }
    return nullptr;
}

qsizetype KitStore::total() const
{
    qsizetype n = 0;
    for (const QList<KitRow> &rows : m_tables)
        n += rows.size();
    return n;
}

QJsonObject KitStore::toJson() const
{
    return {{QStringLiteral("tenants"), count(Table::Tenants)},
            {QStringLiteral("apps"), count(Table::Apps)},
            {QStringLiteral("users"), count(Table::Users)},
            {QStringLiteral("departments"), count(Table::Departments)},
            {QStringLiteral("total"), total()}};
}
