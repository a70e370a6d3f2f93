#pragma once
// The saved accounts (server, tenant, user, how to sign in, what TLS to trust) in
// <root>/accounts.json, each with its own folder for cache, outbox and journal. Holds no
// secret: tokens are in the secret store under secretKey().
#include "identity/oauth_endpoints.h"
#include "identity/secret_store.h"
#include "net/tls_policy.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

#include <optional>

struct Account
{
    QString name;
    QUrl server;
    QString tenant;
    QString tenantName;
    QString userName;
    QString displayName;
    QString role;
    QDateTime lastUsed;
    SecretStore::Kind secretStore = SecretStore::Kind::Keychain;
    bool discover = false; // endpoints from /.well-known/openid-configuration
    bool customEndpoints = false;
    OAuthEndpoints endpoints; // KooGallery's paths on `server` unless custom or discovered
    QString caFile;
    QByteArrayList pins;

    QString secretKey() const
    {
        return QStringLiteral("account/") + name + QStringLiteral("/tokens");
    }
    // What is wrong with it as a draft to sign in with (its name, server URL, CA file, pins,
    // endpoints set one by one), or empty.
    QString problem() const;
    // The CA file read and the pins checked; the message says which one is wrong.
    bool tlsPolicy(TlsPolicy *policy, QString *error) const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Account *out, QString *error);
};

class AccountStore
{
public:
    explicit AccountStore(const QString &root);

    QString root() const { return m_root; }
    QString accountDir(const QString &name) const;
    QString secretFilePath() const;

    bool load(QString *error);
    bool save(QString *error) const;

    // Most recently used first.
    QList<Account> accounts() const;
    std::optional<Account> find(const QString &name) const;
    std::optional<Account> mostRecent() const;
    void upsert(const Account &account);
    bool remove(const QString &name);

    // Letters, digits and . _ @ - (it names a folder); empty when fine.
    static QString checkName(const QString &name);

private:
    QString m_root;
    QList<Account> m_accounts;
};
