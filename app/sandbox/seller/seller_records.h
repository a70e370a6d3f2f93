#pragma once
// The Seller Center's records as the sandbox keeps them (seller_store.h) — the marketplace's
// side of KooGallery's 密钥管理, 生产地址管理, 应用接入调试 and 应用凭证管理 (protocol
// reference §3.1, §8). Plain values; the rules are in *_changes.h, the JSON in seller_json.h.
#include <QString>
#include <QStringList>

// An access key (密钥): the marketplace signs its calls to the seller with `secret`, so the
// sandbox keeps it; answers show it in full once, when it is created.
struct SellerKey
{
    QString keyId;
    QString name;
    QString secret;
    qint64 createdMs = 0;
    qint64 version = 0;
};

// A production address (生产地址) and the keys bound to it, one per interface type: the
// basic (SaaS production) interfaces and the Kit (联营 sync) interfaces. Empty: none bound.
struct SellerAddress
{
    QString addressId;
    QString url; // fixed once added
    QString basicKeyId;
    QString kitKeyId;
    qint64 createdMs = 0;
    qint64 version = 0;
};

// The outcome of one debugging run (应用接入调试) against an address with one key.
struct DebugRunRecord
{
    QString runId;
    QString addressId;
    QString url;
    QString suite; // "basic" or "kit"
    QString keyId;
    bool passed = false;
    int checksPassed = 0;
    int checksFailed = 0;
    QString runner; // which DebugRunner decided: "test-harness", "seed", the real one's name
    QString note;
    qint64 atMs = 0;
};

// An application credential (应用凭证).
struct SellerCredential
{
    QString appId;
    QString appName;
    QString authMethod;  // "OAuth2.0" or "SDK"
    QString callbackUrl; // OAuth2.0 only
    QString addressId;
    bool multiInstance = false; // once true, never false again
    QString loginType;          // "shared" or "per-tenant"
    QString loginUrl;
    QString publicKey; // base64 SubjectPublicKeyInfo, RSA ≥ 3072 bits, without PEM lines
    QStringList platforms;
    bool listed = false; // bound to a listed product: only address, login URL, key change
    QString secretHash;  // hex SHA-256 of the app secret, which is shown once
    qint64 createdMs = 0;
    qint64 version = 0;
};

// The test account (测试账号) requested for a credential; its password is shown once.
struct SellerTestAccount
{
    QString appId;
    QString domain;
    QString tenantId;
    QString account;
    QString passwordHash; // hex SHA-256
    qint64 createdMs = 0;
};
