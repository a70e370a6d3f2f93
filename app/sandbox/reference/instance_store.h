#pragma once
// The seller's instances as the basic interfaces create and change them (protocol reference
// §6.1, §11.7): one per order line (the first request's businessId becomes the instanceId),
// frozen and unfrozen, renewed, released and kept as released so that a second release
// still succeeds. Each keeps the appInfo answered when it was opened, so a replayed
// newInstance answers the same instanceId and the same appInfo. In memory.
#include <QHash>
#include <QString>

struct AppInfo
{
    QString frontEndUrl;
    QString adminUrl;
    QString userName;
    QString password;
    QString memo;
};

struct Instance
{
    QString id;
    int testFlag = 0;
    QString orderId;
    QString orderLineId; // V1: the productId, which keys an order's instance there
    QString expireTime;  // yyyyMMddHHmmss from refreshInstance; empty until then
    bool frozen = false;
    bool released = false;
    AppInfo appInfo;
};

class InstanceStore
{
public:
    struct Opened
    {
        const Instance *instance = nullptr;
        bool created = false;
    };
    // The instance of (testFlag, orderId, orderLineId): the one opened before for them, or a
    // new one whose id is `businessId` (or a made-up one if that id is taken). With
    // `alwaysNew` (the newInstanceForRepeatedOrder fault) a new one every time.
    Opened open(int testFlag, const QString &orderId, const QString &orderLineId,
                const QString &businessId, bool alwaysNew);
    // The instance, released ones included; nullptr when none has that id.
    Instance *find(const QString &id);
    void clear();

    qsizetype total() const { return m_instances.size(); }
    qsizetype active() const;

private:
    static AppInfo makeAppInfo(const QString &id);

    QHash<QString, Instance> m_instances;  // by id
    QHash<QString, QString> m_byOrderLine; // "testFlag|orderId|orderLineId" → id
};
