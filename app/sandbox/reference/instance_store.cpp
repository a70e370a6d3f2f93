#include "sandbox/reference/instance_store.h"

#include "common/secure_random.h"

InstanceStore::Opened InstanceStore::open(int testFlag, const QString &orderId,
                                          const QString &orderLineId, const QString &businessId,
                                          bool alwaysNew)
{
    const QString key = QString::number(testFlag) + u'|' + orderId + u'|' + orderLineId;
    if (!alwaysNew) {
        if (const auto it = m_byOrderLine.constFind(key); it != m_byOrderLine.constEnd())
            return {&m_instances[*it], false};
    }
    QString id = businessId;
    while (id.isEmpty() || m_instances.contains(id))
        id = QStringLiteral("ref-") + QString::fromLatin1(SecureRandom::urlSafeToken(12));
    Instance instance;
    instance.id = id;
    instance.testFlag = testFlag;
    instance.orderId = orderId;
    instance.orderLineId = orderLineId;
    instance.appInfo = makeAppInfo(id);
    m_instances.insert(id, instance);
    m_byOrderLine.insert(key, id);
    return {&m_instances[id], true};
}

AppInfo InstanceStore::makeAppInfo(const QString &id)
{
    AppInfo app;
    const QString base = QStringLiteral("https://saas.reference.example/i/") + id;
    app.frontEndUrl = base;
    app.adminUrl = base + QStringLiteral("/admin");
    app.userName = QStringLiteral("admin-") + id.left(8);
    app.password = QString::fromLatin1(SecureRandom::urlSafeToken(12));
    app.memo = QStringLiteral("opened by the marketdesk reference SaaS server");
    return app;
}

Instance *InstanceStore::find(const QString &id)
{
    const auto it = m_instances.find(id);
    return it == m_instances.end() ? nullptr : &*it;
}

void InstanceStore::clear()
{
    m_instances.clear();
    m_byOrderLine.clear();
}

qsizetype InstanceStore::active() const
{
    qsizetype n = 0;
    for (const Instance &i : m_instances)
        n += i.released ? 0 : 1;
    return n;
}
