#include "identity/account_store.h"

#include "common/private_files.h"
#include "common/save_file.h"
#include "net/api_client.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

QString Account::problem() const
{
    if (!name.isEmpty()) {
        if (const QString e = AccountStore::checkName(name); !e.isEmpty())
            return e;
    }
    if (const QString p = ApiClient::checkBaseUrl(server); !p.isEmpty())
        return p;
    TlsPolicy tls;
    QString error;
    if (!tlsPolicy(&tls, &error))
        return error;
    if (customEndpoints && !discover)
        return endpoints.problem();
    return {};
}

bool Account::tlsPolicy(TlsPolicy *policy, QString *error) const
{
    TlsPolicy p;
    if (!caFile.isEmpty() && !p.loadCaFile(caFile, error))
        return false;
    for (const QByteArray &pin : pins) {
        if (const QString e = TlsPolicy::checkPin(pin); !e.isEmpty()) {
            *error = e;
            return false;
        }
    }
    p.pins = pins;
    *policy = p;
    return true;
}

QJsonObject Account::toJson() const
{
    QJsonArray pinArray;
    for (const QByteArray &p : pins)
        pinArray.append(QString::fromLatin1(p));
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("server"), server.toString()},
                  {QStringLiteral("tenant"), tenant},
                  {QStringLiteral("tenantName"), tenantName},
                  {QStringLiteral("userName"), userName},
                  {QStringLiteral("displayName"), displayName},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("lastUsed"), lastUsed.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("secretStore"), SecretStore::kindName(secretStore)},
                  {QStringLiteral("discover"), discover},
                  {QStringLiteral("caFile"), caFile},
                  {QStringLiteral("pins"), pinArray}};
    if (customEndpoints || discover)
        o.insert(QStringLiteral("endpoints"), endpoints.toJson());
    return o;
}

bool Account::fromJson(const QJsonObject &o, Account *out, QString *error)
{
    Account a;
    a.name = o.value(u"name").toString();
    a.server = QUrl(o.value(u"server").toString(), QUrl::StrictMode);
    if (const QString e = AccountStore::checkName(a.name); !e.isEmpty()) {
        *error = e;
        return false;
    }
    if (!a.server.isValid() || a.server.isEmpty()) {
        *error = QCoreApplication::translate("AccountStore", "account \"%1\" has no valid server")
                     .arg(a.name);
        return false;
    }
    a.tenant = o.value(u"tenant").toString();
    a.tenantName = o.value(u"tenantName").toString();
    a.userName = o.value(u"userName").toString();
    a.displayName = o.value(u"displayName").toString();
    a.role = o.value(u"role").toString();
    a.lastUsed = QDateTime::fromString(o.value(u"lastUsed").toString(), Qt::ISODateWithMs);
    if (!SecretStore::parseKind(o.value(u"secretStore").toString(QStringLiteral("keychain")),
                                &a.secretStore)) {
        *error = QCoreApplication::translate("AccountStore",
                                             "account \"%1\": unknown secret store \"%2\"")
                     .arg(a.name, o.value(u"secretStore").toString());
        return false;
    }
    a.discover = o.value(u"discover").toBool();
    a.caFile = o.value(u"caFile").toString();
    for (const QJsonValue &p : o.value(u"pins").toArray())
        a.pins.append(p.toString().toLatin1());
    a.customEndpoints = o.contains(u"endpoints") && !a.discover;
    a.endpoints = OAuthEndpoints::fromJson(o.value(u"endpoints").toObject(), a.server);
    *out = a;
    return true;
}

AccountStore::AccountStore(const QString &root)
    : m_root(root)
{
}

QString AccountStore::accountDir(const QString &name) const
{
    return m_root + QStringLiteral("/accounts/") + name;
}

QString AccountStore::secretFilePath() const
{
    return m_root + QStringLiteral("/secrets.enc");
}

QString AccountStore::checkName(const QString &name)
{
    // anchoredPattern: "$" alone would also match before a trailing line break.
    static const QRegularExpression valid(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._@-]{1,64}")));
    if (!valid.match(name).hasMatch() || name.startsWith(u'.'))
        return QCoreApplication::translate(
                   "AccountStore",
                   "\"%1\" is not a usable account name: 1 to 64 letters, digits and . _ @ - "
                   "(not starting with a dot)")
            .arg(name.left(80));
    return {};
}

bool AccountStore::load(QString *error)
{
    QFile f(m_root + QStringLiteral("/accounts.json"));
    if (!f.exists()) {
        m_accounts.clear();
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("AccountStore", "cannot read %1: %2")
                     .arg(f.fileName(), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("AccountStore", "%1 is damaged: %2 at byte %3")
                     .arg(f.fileName(), pe.errorString())
                     .arg(pe.offset);
        return false;
    }
    const QJsonArray list = doc.object().value(u"accounts").toArray();
    QList<Account> loaded; // all or nothing: a bad entry leaves what was there before
    for (qsizetype i = 0; i < list.size(); ++i) {
        Account a;
        QString e;
        if (!Account::fromJson(list.at(i).toObject(), &a, &e)) {
            *error = QCoreApplication::translate("AccountStore", "%1, account %2: %3")
                         .arg(f.fileName())
                         .arg(i + 1)
                         .arg(e);
            return false;
        }
        loaded.append(a);
    }
    m_accounts = loaded;
    return true;
}

bool AccountStore::save(QString *error) const
{
    if (!PrivateFiles::makeDir(m_root, error))
        return false;
    QJsonArray list;
    for (const Account &a : m_accounts)
        list.append(a.toJson());
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                      {QStringLiteral("accounts"), list}})
                                .toJson(QJsonDocument::Indented);
    QSaveFile f(m_root + QStringLiteral("/accounts.json"));
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(data) != data.size() || !SaveFile::commit(f)) {
        *error = QCoreApplication::translate("AccountStore", "cannot write %1: %2")
                     .arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> sorted = m_accounts;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Account &a, const Account &b) { return a.lastUsed > b.lastUsed; });
    return sorted;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    for (const Account &a : m_accounts)
        if (a.name == name)
            return a;
    return std::nullopt;
}

std::optional<Account> AccountStore::mostRecent() const
{
    const QList<Account> sorted = accounts();
    if (sorted.isEmpty())
        return std::nullopt;
    return sorted.first();
}

void AccountStore::upsert(const Account &account)
{
    for (Account &a : m_accounts) {
        if (a.name == account.name) {
            a = account;
            return;
        }
    }
    m_accounts.append(account);
}

bool AccountStore::remove(const QString &name)
{
    return m_accounts.removeIf([&name](const Account &a) { return a.name == name; }) > 0;
}
