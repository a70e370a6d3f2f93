#pragma once
// How a reference SaaS server is set up: the protocol generation it speaks (V1 or V2), the
// two access keys (basic and Kit, which must differ, protocol reference §3.1), the seller's
// RSA private key that decrypts applicationSync's clientSecret (§3.6), where its production
// address, login callback and query endpoint live, and the faults it starts with. Read from a
// JSON object (a --config file or code); key material comes inline or from files, and none of
// it is ever printed: toJson() says only whether each secret is set.
#include "seller/rsa_key.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

struct ReferenceConfig
{
    enum class Mode
    {
        V2, // POST JSON, signature/timestamp/nonce, x-sign headers (§3.4, §3.5)
        V1  // GET with authToken, Kit authToken header, Body-Sign, AES appInfo (§3.1–§3.3)
    };

    Mode mode = Mode::V2;
    QByteArray basicAccessKey;
    QByteArray kitAccessKey;
    RsaKey privateKey; // null: every clientSecret answers 000101
    // The production address's path; Kit interfaces live under
    // <pathPrefix>/produceAPI/v2/<name> (V1: <pathPrefix>/produceAPI/<name>).
    QString pathPrefix = QStringLiteral("/isv/produce");
    // The credential's callback address (§5 step 2): receives code and tenant.
    QString callbackPath = QStringLiteral("/isv/login/callback");
    // The credential's appId: which applicationSync record the login uses. Empty: the
    // tenant's most recently synchronised app.
    QString appId;
    QString encryptType = QStringLiteral("1"); // V1 appInfo: "1" AES-256, "2" AES-128
    int licenseQuota = 5;                      // Licenses per instance before 000900
    QJsonObject faults;                        // as POST /_reference/faults takes them

    // Reads the keys above from `json`. Secrets: "basicAccessKey"/"kitAccessKey" inline, or
    // "basicAccessKeyFile"/"kitAccessKeyFile"; "privateKeyFile" (PEM, PKCS#8 or PKCS#1) with
    // "passphraseFile" when it is encrypted. Relative file names are read from `baseDir`.
    // Fills `error` and returns false on an unknown key, a wrong type or an unreadable file.
    bool read(const QJsonObject &json, const QString &baseDir, QString *error);
    // What makes this set-up unusable (a missing key, the same key twice, a bad path), or
    // empty.
    QString problem() const;
    // POST /_reference/keys: the seller installing a new access key on their server, as a key
    // rotation asks (docs/api.md): {"basicAccessKey"?, "kitAccessKey"?}, each a non-empty
    // string replacing that key. All or nothing: returns what is wrong (an unknown field, a
    // wrong type, nothing given, the two keys alike) and changes nothing, or empty.
    QString replaceAccessKeys(const QJsonObject &body);
    // The set-up without its secrets, for GET /_reference/state.
    QJsonObject toJson() const;

    static QString modeName(Mode mode);
    static bool parseMode(const QString &text, Mode *mode);
};
