#pragma once
// The Seller Center's records as the client keeps them (docs/api.md, "Seller Center"; protocol
// reference §8): plain values shared by the JSON mapping, the cache, the service and the CLI.
// No record holds a secret: a key's secret, an app secret and a test account's password are
// answered once and travel only in a SellerSecret (seller/client/seller_outcome.h).
#include "seller/seller_codes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// An access key (密钥): only its last characters are ever shown again ("****x7Qa").
struct AccessKey
{
    QString keyId;
    QString name;
    QString secretMasked;
    QDateTime createdAt;
    qint64 version = 0;
};

// A production address (生产地址) with the key bound for each interface type and the state
// of its debugging: "unbound", "untested", "passed" or "failed".
struct ProductionAddress
{
    QString addressId;
    QString url;
    QString basicKeyId;
    QString basicDebug;
    QString kitKeyId;
    QString kitDebug;
    bool ready = false;
    QString notReady; // why credentials may not use it yet; empty when ready
    QDateTime createdAt;
    qint64 version = 0;
};

// One debugging run (应用接入调试) of a suite against an address with one key.
struct SellerDebugRun
{
    QString runId;
    QString addressId;
    QString url;
    QString suite; // "basic" or "kit"
    QString keyId;
    QString verdict; // "passed" or "failed"
    int checksPassed = 0;
    int checksFailed = 0;
    QString runner;
    QString note;
    QDateTime at;
};

// The test account (测试账号) of a credential; its password is never part of it.
struct TestAccount
{
    QString domain;
    QString tenantId;
    QString account;
    QDateTime createdAt;
};

// What a seller fills in to apply for or edit a credential (凭证申请, §8).
struct CredentialForm
{
    QString appName;
    QString authMethod;  // "OAuth2.0" or "SDK"
    QString callbackUrl; // OAuth2.0 only
    QString addressId;
    bool multiInstance = false;
    QString loginType; // "shared" or "per-tenant"
    QString loginUrl;
    QString publicKey; // Base64 SubjectPublicKeyInfo without PEM lines
    QStringList platforms;
    qint64 version = 0; // an edit: the version it was read at
};

// An application credential (应用凭证) with every field §8 names.
struct Credential
{
    QString appId;
    CredentialForm form; // form.version is the record's version
    bool listed = false; // bound to a listed product: only address, login URL and key change
    std::optional<TestAccount> testAccount;
    QDateTime createdAt;
    qint64 version() const { return form.version; }
};

// Everything the cache holds, read at once for a view.
struct SellerSnapshot
{
    QList<AccessKey> keys;
    QList<ProductionAddress> addresses;
    QList<Credential> credentials;
    QHash<QString, QList<SellerDebugRun>> runs; // by addressId, oldest first
    QDateTime syncedAt;                         // invalid before the first complete sync
};
using SellerSnapshotPtr = std::shared_ptr<const SellerSnapshot>;

Q_DECLARE_METATYPE(SellerSnapshotPtr)
Q_DECLARE_METATYPE(CredentialForm)
