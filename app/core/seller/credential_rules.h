#pragma once
// The rules of the 应用凭证 form (protocol reference §8), for a draft as a person fills it in:
// app name; auth method OAuth2.0 (with its callback address) or SDK; a production address;
// multi-instance binding; login-address type and address; the RSA public key; optional
// platforms. The console's form shows every problem beside its field at once; the sandbox
// refuses with the first. Rules that need the server's records (the address passed debugging,
// the login address is unique, the credential is bound to a listed product) are checked
// there; checkEdit() applies the ones an edit knows from the record it was read from.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct CredentialDraft
{
    QString appName;
    QString authMethod; // "OAuth2.0" or "SDK"
    QString callbackUrl;
    QString addressId;
    bool multiInstance = false;
    QString loginType; // "shared" or "per-tenant"
    QString loginUrl;
    QString publicKey; // bare Base64 of the SubjectPublicKeyInfo
    QStringList platforms;
};

struct FieldProblem
{
    QString field; // the JSON name: "appName", "callbackUrl", …
    QString message;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

class CredentialRules
{
    Q_DECLARE_TR_FUNCTIONS(CredentialRules)

public:
    static constexpr int kMaxAppNameLength = 64; // characters (code points)

    static QStringList authMethods() { return {QStringLiteral("OAuth2.0"), QStringLiteral("SDK")}; }
    static QStringList loginTypes()
    {
        return {QStringLiteral("shared"), QStringLiteral("per-tenant")};
    }
    // WeLink 开放平台 and 工业软件云.
    static QStringList platformNames()
    {
        return {QStringLiteral("WeLink"), QStringLiteral("IndustrialSoftwareCloud")};
    }

    // Every problem of the draft, in the form's order; empty when it may be sent.
    static QList<FieldProblem> check(const CredentialDraft &draft);
    // What an edit may not do: switch multi-instance binding off once on; while bound to a
    // listed product, change anything but the production address, login address and key.
    static QList<FieldProblem> checkEdit(const CredentialDraft &current, bool listed,
                                         const CredentialDraft &wanted);
    // Why `pasted` is not what the form asks for — an RSA public key of at least 3072 bits as
    // bare Base64, without PEM lines — or "" when it is.
    static QString publicKeyProblem(const QString &pasted);
};
