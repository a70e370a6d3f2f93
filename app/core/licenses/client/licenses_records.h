#pragma once
// What the enterprise bought, as the licenses client keeps it (docs/api.md, "Orders, Licenses
// and images"; protocol reference §6.3, §7, §10): plain values shared by the JSON mapping, the
// cache, the service and the CLI. The sandbox's rows have names of their own (OrderRecord,
// LicenseRecord, ImageRecord), and licenses/image_renewal.h owns ImageSubscription (what a
// renewal notice needs), so these are named apart: two types of one name in two static
// libraries break the one-definition rule without a word (tests/check_unique_types.py).
#include "licenses/image_renewal.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

// The seller's answer about a SaaS instance, as a buyer sees it: the user name already masked
// by the server, and only whether a password was given — never a password, even one a server
// sent by mistake.
struct MaskedAppInfo
{
    QString frontEndUrl;
    QString adminUrl;
    QString userName; // masked ("ad****ch")
    bool passwordGiven = false;
    QString memo;
};

struct OrderInstance
{
    QString instanceId;
    QString status; // "normal", "frozen" (period over) or "expired" (images)
    QDateTime periodStart;
    QDateTime periodEnd;
    std::optional<MaskedAppInfo> appInfo; // SaaS instances whose seller answered one
};

// A License product's quota: how many Licenses the order allows and how many are issued.
struct LicenseQuota
{
    QString type; // "CHARACTERS" or "FILE"
    int quota = 0;
    int issued = 0;
};

struct Order
{
    QString orderId;
    QString orderType;   // NEW, RENEW, …
    QString productType; // "saas", "license" or "image"
    QString productName;
    QString seller;
    QString skuCode;
    QString chargingMode;
    QString periodType; // "year" or "month"
    int periodNumber = 1;
    QString amount; // decimal string, as the server sends money
    QString currency;
    QString status;
    QDateTime createdAt;
    QString appId; // saas: the app it bought
    OrderInstance instance;
    std::optional<LicenseQuota> license; // License products only
    qint64 version = 0;
};

struct LicenseFileInfo
{
    QString fileName;
    QString sha256; // hex, lower case
    qint64 size = 0;
};

// A License issued for a License product (the sandbox's row is LicenseRecord).
struct IssuedLicense
{
    QString licenseId;
    QString orderId;
    QString instanceId;
    QString eventId;
    QString deviceFingerprint;
    QString type;                        // "CHARACTERS" or "FILE"
    QString characters;                  // CHARACTERS
    std::optional<LicenseFileInfo> file; // FILE: its bytes come from …/file
    QDateTime effectiveTime;
    QDateTime expireTime;
    QDateTime createdAt;
    qint64 version = 0;
};

// A yearly or monthly image subscription with every field the API gives.
struct ImageSubscriptionRecord
{
    QString subscriptionId;
    QString orderId;
    QString imageName;
    QString seller;
    QString ecsInstanceId;
    QString ecsName;
    QString region;
    QString periodType; // "year" or "month"
    QDateTime periodStart;
    QDateTime periodEnd;
    bool autoRenew = false;
    bool inUse = true;
    QString status;          // "active" or "expired"
    QString billing;         // "prepaid", "on-demand" or "none"
    QDateTime onDemandSince; // invalid unless billing on demand
    QString monthlyPrice;
    QString yearlyPrice;
    QString onDemandHourlyPrice;
    QString currency;
    qint64 version = 0;

    // What ImageRenewal needs to judge its end.
    ImageSubscription forRenewal() const;
};

// Everything the cache holds, read at once for a view.
struct LicensesSnapshot
{
    QList<Order> orders;
    QList<IssuedLicense> licenses;
    QList<ImageSubscriptionRecord> images;
    QDateTime syncedAt; // invalid before the first complete sync
};
using LicensesSnapshotPtr = std::shared_ptr<const LicensesSnapshot>;

Q_DECLARE_METATYPE(LicensesSnapshotPtr)
