#include "cli_auth.h"

#include "api_client.h"
#include "cli_output.h"
#include "file_secret_store.h"
#include "keychain_secret_store.h"
#include "sign_in_flow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using CliOutput::err;
using CliOutput::out;

namespace {

// Exit code: the account is not signed in (or no longer accepted); nothing was lost.
constexpr int SignInNeeded = 5;

} // namespace

CliAuth::CliAuth(const QString &root, QObject *parent)
    : QObject(parent)
    , m_accounts(root)
{
}

CliAuth::~CliAuth() = default;

bool CliAuth::readPassphrase(QByteArray *passphrase, QString *error) const
{
    if (!m_passphraseFile.isEmpty()) {
        QFile f(m_passphraseFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("--passphrase-file: cannot read %1: %2").arg(m_passphraseFile, f.errorString());
            return false;
        }
        *passphrase = f.readLine(4096).trimmed();
        return true;
    }
    if (qEnvironmentVariableIsSet("MARKETDESK_PASSPHRASE")) {
        *passphrase = qgetenv("MARKETDESK_PASSPHRASE");
        return true;
    }
    if (!isatty(STDIN_FILENO)) {
        *error = tr("the encrypted secret store needs its passphrase: set MARKETDESK_PASSPHRASE "
                    "or pass --passphrase-file FILE");
        return false;
    }
    std::fputs(qPrintable(tr("Passphrase for the encrypted secret store: ")), stderr);
    std::fflush(stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char line[1024] = {};
    const bool got = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputc('\n', stderr);
    *passphrase = QByteArray(line).trimmed();
    std::fill(std::begin(line), std::end(line), '\0');
    if (!got || passphrase->isEmpty()) {
        *error = tr("no passphrase was given");
        return false;
    }
    return true;
}

SecretStore *CliAuth::secretStore(SecretStore::Kind kind, QString *error)
{
    if (m_store && m_store->kind() == kind)
        return m_store.get();
    if (kind == SecretStore::Kind::Keychain) {
        m_store = std::make_unique<KeychainSecretStore>();
        return m_store.get();
    }
    if (kind != SecretStore::Kind::EncryptedFile) {
        *error = tr("this account keeps its secrets in memory only (a demo account)");
        return nullptr;
    }
    auto file = std::make_unique<FileSecretStore>(m_accounts.secretFilePath());
    QByteArray passphrase;
    if (!readPassphrase(&passphrase, error))
        return nullptr;
    const bool ok = file->unlock(passphrase, error);
    passphrase.fill('\0');
    if (!ok)
        return nullptr;
    m_store = std::move(file);
    return m_store.get();
}

void CliAuth::login(const LoginOptions &o, Finish done)
{
    QString error;
    if (!m_accounts.load(&error)) {
        err(error);
        done(1);
        return;
    }
    Account account;
    if (!o.account.isEmpty()) {
        if (const QString e = AccountStore::checkName(o.account); !e.isEmpty()) {
            err(QStringLiteral("--account: ") + e);
            done(2);
            return;
        }
        if (const auto known = m_accounts.find(o.account))
            account = *known;
        account.name = o.account;
    }
    if (!o.server.isEmpty())
        account.server = QUrl(o.server, QUrl::StrictMode);
    if (account.server.isEmpty()) {
        err(tr("login needs --server URL (the account's server, e.g. https://tenant.example.com)"));
        done(2);
        return;
    }
    if (const QString problem = ApiClient::checkBaseUrl(account.server); !problem.isEmpty()) {
        err(problem);
        done(2);
        return;
    }
    if (!o.secretStore.isEmpty() && !SecretStore::parseKind(o.secretStore, &account.secretStore)) {
        err(tr("--secret-store: expected keychain or file, got \"%1\"").arg(o.secretStore));
        done(2);
        return;
    }
    if (!o.caFile.isEmpty())
        account.caFile = QFileInfo(o.caFile).absoluteFilePath();
    if (!o.pins.isEmpty())
        account.pins = o.pins;
    account.discover = account.discover || o.discover;
    if (!account.customEndpoints && !account.discover)
        account.endpoints = OAuthEndpoints::forServer(account.server);
    TlsPolicy tls;
    if (!account.tlsPolicy(&tls, &error)) {
        err(error);
        done(2);
        return;
    }
    // The store opens (and its passphrase is checked) before the browser is involved.
    SecretStore *store = secretStore(account.secretStore, &error);
    if (!store) {
        err(error);
        done(1);
        return;
    }

    auto *flow = new SignInFlow(account.server, account.endpoints, this);
    flow->setDiscover(account.discover);
    flow->setTlsPolicy(tls);
    flow->setTimeoutMs(o.timeoutS * 1000);
    connect(flow, &SignInFlow::openUrl, this, [o](const QUrl &url) {
        out(tr("Open this address in your browser to sign in (waiting up to %n minute(s)):",
               nullptr, std::max(1, o.timeoutS / 60)));
        out(QString::fromUtf8(url.toEncoded()));
        if (o.openBrowser) {
            const QString browser = qEnvironmentVariable("BROWSER", QStringLiteral("xdg-open"));
            if (!QProcess::startDetached(browser, {QString::fromUtf8(url.toEncoded())}))
                err(tr("could not start %1; open the address above yourself").arg(browser));
        }
    });
    connect(flow, &SignInFlow::finished, this,
            [this, flow, account, store, done](const SignInResult &r) mutable {
                flow->deleteLater();
                if (!r.ok) {
                    err(r.message);
                    done(1);
                    return;
                }
                if (account.name.isEmpty())
                    account.name = r.user.userName + u'@' + r.user.tenant;
                if (const QString e = AccountStore::checkName(account.name); !e.isEmpty()) {
                    err(tr("cannot name the account after the user: %1; pass --account NAME").arg(e));
                    done(2);
                    return;
                }
                account.tenant = r.user.tenant;
                account.tenantName = r.user.tenantName;
                account.userName = r.user.userName;
                account.displayName = r.user.name;
                account.role = r.user.role;
                account.lastUsed = QDateTime::currentDateTimeUtc();
                if (account.discover)
                    account.endpoints = r.endpoints;
                store->write(account.secretKey(), r.tokens.serialize(),
                             [this, account, store, done, r](bool ok, const QString &error) {
                                 if (!ok) {
                                     err(tr("signed in, but the tokens could not be kept: %1")
                                             .arg(error));
                                     done(1);
                                     return;
                                 }
                                 m_accounts.upsert(account);
                                 QString e;
                                 if (!m_accounts.save(&e)) {
                                     err(e);
                                     done(1);
                                     return;
                                 }
                                 out(tr("Signed in as %1 (%2), %3 of %4 [%5].")
                                         .arg(r.user.name, r.user.userName,
                                              r.user.isAdmin() ? tr("administrator")
                                                               : tr("member"),
                                              r.user.tenantName, r.user.tenant));
                                 out(tr("Account \"%1\"; tokens kept in %2.")
                                         .arg(account.name, store->describe()));
                                 done(0);
                             });
            });
    flow->start();
}

void CliAuth::open(const QString &name, Opened opened, Finish failed)
{
    QString error;
    if (!m_accounts.load(&error)) {
        err(error);
        failed(1);
        return;
    }
    const auto account = name.isEmpty() ? m_accounts.mostRecent() : m_accounts.find(name);
    if (!account) {
        if (name.isEmpty())
            err(tr("no account yet; sign in first: marketdesk-cli login --server URL"));
        else
            err(tr("there is no account \"%1\"; see marketdesk-cli accounts list").arg(name));
        failed(2);
        return;
    }
    SecretStore *store = secretStore(account->secretStore, &error);
    if (!store) {
        err(error);
        failed(1);
        return;
    }
    const Account a = *account;
    store->read(a.secretKey(), [this, a, opened, failed](bool ok, const QByteArray &value,
                                                          const QString &error) {
        TokenSet tokens;
        QString why = error;
        if (ok && value.isEmpty())
            why = tr("account \"%1\" is signed out").arg(a.name);
        else if (ok && !TokenSet::deserialize(value, &tokens, &why))
            ok = false;
        if (!ok || tokens.isEmpty()) {
            err(tr("%1; sign in again: marketdesk-cli login --account %2").arg(why, a.name));
            failed(SignInNeeded);
            return;
        }
        Account used = a;
        used.lastUsed = QDateTime::currentDateTimeUtc();
        m_accounts.upsert(used);
        QString e;
        m_accounts.save(&e);
        opened(used, tokens);
    });
}

void CliAuth::saveTokens(const Account &account, const TokenSet &tokens)
{
    if (!m_store)
        return;
    ++m_pendingWrites;
    auto done = [this, name = account.name](bool ok, const QString &error) {
        if (!ok)
            err(tr("the renewed sign-in of \"%1\" could not be kept: %2").arg(name, error));
        writeDone();
    };
    if (tokens.isEmpty())
        m_store->remove(account.secretKey(), done);
    else
        m_store->write(account.secretKey(), tokens.serialize(), done);
}

void CliAuth::writeDone()
{
    if (--m_pendingWrites > 0)
        return;
    auto waiting = std::move(m_afterWrites);
    m_afterWrites.clear();
    for (auto &f : waiting)
        f();
}

void CliAuth::whenWritten(std::function<void()> then)
{
    if (m_pendingWrites == 0) {
        then();
        return;
    }
    m_afterWrites.push_back(std::move(then));
}

void CliAuth::logout(const QString &name, Finish done)
{
    open(
        name,
        [this, done](const Account &account, const TokenSet &tokens) {
            auto forget = [this, account, done](const QString &serverNote) {
                m_store->remove(account.secretKey(), [account, done, serverNote](
                                                         bool ok, const QString &error) {
                    if (!ok) {
                        err(error);
                        done(1);
                        return;
                    }
                    out(tr("Signed out of \"%1\"; its tokens were removed. %2")
                            .arg(account.name, serverNote));
                    done(0);
                });
            };
            if (account.endpoints.logout.isEmpty()) {
                forget(tr("The server has no sign-out address."));
                return;
            }
            auto *client = new ApiClient(account.server, this);
            TlsPolicy tls;
            QString error;
            if (account.tlsPolicy(&tls, &error))
                client->setTlsPolicy(tls);
            ApiRequest r;
            r.url = account.endpoints.logout;
            r.auth = ApiRequest::Auth::Explicit;
            r.bearer = tokens.accessToken;
            // The sandbox and KooGallery answer a redirect or JSON; either ends the session.
            connect(client->send(r), &ApiCall::finished, this,
                    [client, forget](const ApiResponse &a) {
                        client->deleteLater();
                        const bool ended = a.ok() || (a.httpStatus >= 200 && a.httpStatus < 400);
                        forget(ended ? tr("The session at the server was ended.")
                                     : tr("The server could not end the session (%1).")
                                           .arg(a.error.message));
                    });
        },
        done);
}

void CliAuth::list(Finish done)
{
    QString error;
    if (!m_accounts.load(&error)) {
        err(error);
        done(1);
        return;
    }
    const QList<Account> all = m_accounts.accounts();
    if (all.isEmpty()) {
        out(tr("No accounts. Sign in with: marketdesk-cli login --server URL"));
        done(0);
        return;
    }
    bool first = true;
    for (const Account &a : all) {
        out(QStringLiteral("%1 %2\t%3 (%4)\t%5 [%6]\t%7\t%8\t%9")
                .arg(first ? QStringLiteral("*") : QStringLiteral(" "), a.name, a.displayName,
                     a.userName, a.tenantName, a.tenant, a.server.toString(),
                     SecretStore::kindName(a.secretStore),
                     a.lastUsed.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        first = false;
    }
    out(tr("* = used when no --account is given (the most recent)."));
    done(0);
}

void CliAuth::remove(const QString &name, bool deleteCache, Finish done)
{
    QString error;
    if (!m_accounts.load(&error)) {
        err(error);
        done(1);
        return;
    }
    const auto account = m_accounts.find(name);
    if (!account) {
        err(tr("there is no account \"%1\"; see marketdesk-cli accounts list").arg(name));
        done(2);
        return;
    }
    auto finishRemoval = [this, name, deleteCache, done] {
        m_accounts.remove(name);
        QString e;
        if (!m_accounts.save(&e)) {
            err(e);
            done(1);
            return;
        }
        if (deleteCache) {
            // Only the cache: the outbox and the audit journal are not rebuildable.
            const QString cache = m_accounts.accountDir(name) + QStringLiteral("/cache.sqlite");
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(cache + QLatin1String(suffix));
        }
        out(deleteCache ? tr("Removed account \"%1\" and its cache; its audit journal and outbox "
                             "stay in %2.")
                              .arg(name, m_accounts.accountDir(name))
                        : tr("Removed account \"%1\"; its data stays in %2.")
                              .arg(name, m_accounts.accountDir(name)));
        done(0);
    };
    SecretStore *store = secretStore(account->secretStore, &error);
    if (!store) {
        err(tr("%1; the account is removed but its stored tokens could not be reached").arg(error));
        finishRemoval();
        return;
    }
    store->remove(account->secretKey(), [finishRemoval](bool ok, const QString &error) {
        if (!ok)
            err(error);
        finishRemoval();
    });
}
