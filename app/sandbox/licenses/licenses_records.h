#pragma once
// The rows of the licenses domain as the store reads and writes them: an order with its
// instance (SaaS, License and image products alike), a License issued for a License product,
// and a yearly/monthly image subscription.
#include <QByteArray>
#include <QString>

struct OrderRecord
{
    QString orderId;
    QString orderType;   // NEW, RENEW, … (protocol reference §6.3)
    QString productType; // "saas", "license", "image"
    QString productName;
    QString seller;
    QString sku;
    QString periodType; // "year", "month"
    int periodNumber = 1;
    qint64 amountFen = 0; // 0.01 CNY
    QString status;       // "paid", "refunded"
    qint64 createdMs = 0;
    QString instanceId;
    QString instanceStatus; // "normal", "frozen", "released"
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString appId;        // saas: the app it bought
    QString licenseType;  // license: "CHARACTERS" or "FILE"
    int licenseQuota = 0; // license: Licenses the order allows
    QString appInfo;      // saas: JSON as the seller answered it (masked when answered)
    qint64 version = 1;
};

struct LicenseRecord
{
    QString licenseId;
    QString orderId;
    QString instanceId;
    QString eventId;
    QString fingerprint;
    QString type; // "CHARACTERS" or "FILE"
    QString characters;
    QString fileName;
    QString fileSha256;
    QByteArray file;
    qint64 effectiveMs = 0;
    qint64 expireMs = 0;
    qint64 createdMs = 0;
    qint64 version = 1;
};

struct ImageRecord
{
    QString subscriptionId;
    QString orderId;
    QString imageName;
    QString seller;
    QString ecsId;
    QString ecsName;
    QString region;
    QString periodType; // "month" or "year"
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool autoRenew = false;
    bool inUse = true; // the ECS still runs on this system disk
    qint64 monthlyFen = 0;
    qint64 yearlyFen = 0;
    qint64 hourlyFen = 0; // on demand, past expiry
    qint64 version = 1;
};
