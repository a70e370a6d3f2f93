#include "cli/cli_auth.h"

#include "cli/cli_output.h"
#include "identity/file_secret_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <unistd.h>

using CliOutput::err;
using CliOutput::out;

namespace {
// Exit code: the account is not signed in (or no longer accepted); nothing was lost.
constexpr int SignInNeeded = 5;
} // namespace

CliAuth::CliAuth(const QString &root, QObject *parent)
    : QObject(parent)
    , m_manager(root)
{
}

CliAuth::~CliAuth() = default;

bool CliAuth::readPassphrase(QByteArray *passphrase, QString *error) const
{
    if (!m_passphraseFile.isEmpty()) {
        QFile f(m_passphraseFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error =
                tr("--passphrase-file: cannot read %1: %2").arg(m_passphraseFile, f.errorString());
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
    const bool got =
        CliOutput::askHidden(tr("Passphrase for the encrypted secret store: "), passphrase);
    if (!got || passphrase->isEmpty()) {
        *error = tr("no passphrase was given");
        return false;
    }
    return true;
}

bool CliAuth::prepareStore(SecretStore::Kind kind, QString *error)
{
    if (kind != SecretStore::Kind::EncryptedFile || m_manager.fileStore()->isUnlocked())
        return true;
    QByteArray passphrase;
    if (!readPassphrase(&passphrase, error))
        return false;
    const bool ok = m_manager.fileStore()->unlock(passphrase, error);
    passphrase.fill('\0');
    return ok;
}

void CliAuth::login(const LoginOptions &o, Finish done)
{
    QString error;
    if (!m_manager.load(&error)) {
        err(error);
        done(1);
        return;
    }
    Account draft;
    if (!o.account.isEmpty()) {
        if (const auto known = m_manager.store().find(o.account))
            draft = *known;
        draft.name = o.account;
    }
    if (!o.server.isEmpty())
        draft.server = QUrl(o.server, QUrl::StrictMode);
    if (draft.server.isEmpty()) {
        err(tr("login needs --server URL (the account's server, e.g. https://tenant.example.com)"));
        done(2);
        return;
    }
    if (!o.secretStore.isEmpty() && !SecretStore::parseKind(o.secretStore, &draft.secretStore)) {
        err(tr("--secret-store: expected keychain or file, got \"%1\"").arg(o.secretStore));
        done(2);
        return;
    }
    if (!o.caFile.isEmpty())
        draft.caFile = QFileInfo(o.caFile).absoluteFilePath();
    if (!o.pins.isEmpty())
        draft.pins = o.pins;
    draft.discover = draft.discover || o.discover;
    if (!o.authorizeUrl.isEmpty() || !o.tokenUrl.isEmpty() || !o.userinfoUrl.isEmpty() ||
        !o.logoutUrl.isEmpty() || !o.clientId.isEmpty() || !o.scope.isEmpty()) {
        if (!draft.customEndpoints)
            draft.endpoints = OAuthEndpoints::forServer(draft.server);
        draft.customEndpoints = true;
        const struct
        {
            const QString &value;
            QUrl *target;
        } urls[] = {{o.authorizeUrl, &draft.endpoints.authorize},
                    {o.tokenUrl, &draft.endpoints.token},
                    {o.userinfoUrl, &draft.endpoints.userinfo},
                    {o.logoutUrl, &draft.endpoints.logout}};
        for (const auto &u : urls)
            if (!u.value.isEmpty())
                *u.target = QUrl(u.value, QUrl::StrictMode);
        if (!o.clientId.isEmpty())
            draft.endpoints.clientId = o.clientId;
        if (!o.scope.isEmpty())
            draft.endpoints.scope = o.scope;
    }
    if (!prepareStore(draft.secretStore, &error)) {
        err(error);
        done(1);
        return;
    }
    if (const QString p = draft.problem(); !p.isEmpty()) {
        err(p);
        done(2);
        return;
    }
    // The store must be able to keep the tokens before the browser is involved.
    m_manager.checkStore(draft.secretStore, [this, draft, o, done](bool ok, const QString &e) {
        if (!ok) {
            err(draft.secretStore == SecretStore::Kind::Keychain
                    ? tr("cannot keep tokens in the system keychain: %1. Without a keychain "
                         "service, choose the encrypted file store: --secret-store file")
                          .arg(e)
                    : tr("cannot keep tokens in the encrypted file store: %1").arg(e));
            done(1);
            return;
        }
        startSignIn(draft, o, done);
    });
}

void CliAuth::startSignIn(const Account &draft, const LoginOptions &o, Finish done)
{
    QString error;
    SignInFlow *flow = m_manager.signIn(draft, &error);
    if (!flow) {
        err(error);
        done(2);
        return;
    }
    flow->setTimeoutMs(o.timeoutS * 1000);
    connect(flow, &SignInFlow::openUrl, this, [o](const QUrl &url) {
        out(tr("Open this address in your browser to sign in (waiting up to %n minute(s)):",
               nullptr, std::max(1, o.timeoutS / 60)));
        out(QString::fromUtf8(url.toEncoded()));
        if (o.openBrowser) {
            const QString browser = qEnvironmentVariable("BROWSER", QStringLiteral("xdg-open"));
            QProcess p;
            p.setProgram(browser);
            p.setArguments({QString::fromUtf8(url.toEncoded())});
            // The browser has no business with the secret store's passphrase.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("MARKETDESK_PASSPHRASE"));
            p.setProcessEnvironment(env);
            if (!p.startDetached())
                err(tr("could not start %1; open the address above yourself").arg(browser));
        }
    });
    connect(&m_manager, &AccountManager::signInFailed, this, [done](const QString &message) {
        err(message);
        done(1);
    });
    connect(&m_manager, &AccountManager::signedIn, this,
            [this, done](const Account &account, const TokenSet &, const UserInfo &user) {
                QString error;
                SecretStore *store = m_manager.secretStore(account.secretStore, &error);
                out(tr("Signed in as %1 (%2), %3 of %4 [%5].")
                        .arg(user.name, user.userName,
                             user.isAdmin()         ? tr("administrator")
                             : user.isPlainMember() ? tr("member")
                                                    : tr("user"),
                             user.tenantName, user.tenant));
                out(tr("Account \"%1\"; tokens kept in %2.")
                        .arg(account.name, store ? store->describe() : error));
                done(0);
            });
    flow->start();
}

void CliAuth::open(const QString &name, Opened opened, Finish failed)
{
    openStore(
        name,
        [this, opened, failed](const Account &a, const TokenSet &) {
            m_manager.readTokens(
                a, [this, a, opened, failed](bool ok, const TokenSet &tokens, const QString &why) {
                    if (!ok) {
                        err(tr("%1; sign in again: marketdesk-cli login --account %2")
                                .arg(why, a.name));
                        failed(SignInNeeded);
                        return;
                    }
                    m_manager.touch(a.name);
                    opened(a, tokens);
                });
        },
        failed);
}

void CliAuth::openStore(const QString &name, Opened opened, Finish failed)
{
    QString error;
    if (!m_manager.load(&error)) {
        err(error);
        failed(1);
        return;
    }
    const auto account =
        name.isEmpty() ? m_manager.store().mostRecent() : m_manager.store().find(name);
    if (!account) {
        err(name.isEmpty()
                ? tr("no account yet; sign in first: marketdesk-cli login --server URL")
                : tr("there is no account \"%1\"; see marketdesk-cli accounts list").arg(name));
        failed(2);
        return;
    }
    if (!prepareStore(account->secretStore, &error)) {
        err(error);
        failed(1);
        return;
    }
    opened(*account, {});
}

JournalAnchorKeeper *CliAuth::anchorKeeper(const Account &account)
{
    if (!m_keeper) {
        QString error;
        m_keeper = new JournalAnchorKeeper(m_manager.secretStore(account.secretStore, &error),
                                           JournalAnchorKeeper::keyFor(account.name), this);
        connect(m_keeper, &JournalAnchorKeeper::failed, this, [](const QString &m) { err(m); });
    }
    return m_keeper;
}

void CliAuth::saveTokens(const Account &account, const TokenSet &tokens)
{
    ++m_pendingWrites;
    m_manager.writeTokens(account, tokens, [this, name = account.name](bool ok, const QString &e) {
        if (!ok)
            err(tr("the renewed sign-in of \"%1\" could not be kept: %2").arg(name, e));
        writeDone();
    });
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
    // The account list (touch() saves it in the background), then tokens, then the anchor.
    m_manager.whenSaved([this, then = std::move(then)]() mutable { whenTokensWritten(then); });
}

void CliAuth::whenTokensWritten(std::function<void()> then)
{
    if (m_pendingWrites == 0) {
        if (m_keeper)
            m_keeper->whenIdle(std::move(then));
        else
            then();
        return;
    }
    m_afterWrites.push_back([this, then = std::move(then)]() mutable { whenTokensWritten(then); });
}

void CliAuth::logout(const QString &name, Finish done)
{
    open(
        name,
        [this, done](const Account &account, const TokenSet &tokens) {
            m_manager.signOut(account, tokens, [account, done](bool ok, const QString &note) {
                if (!ok) {
                    err(note);
                    done(1);
                    return;
                }
                out(tr("Signed out of \"%1\". %2").arg(account.name, note));
                done(0);
            });
        },
        done);
}

void CliAuth::list(Finish done)
{
    QString error;
    if (!m_manager.load(&error)) {
        err(error);
        done(1);
        return;
    }
    const QList<Account> all = m_manager.store().accounts();
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
    if (!m_manager.load(&error)) {
        err(error);
        done(1);
        return;
    }
    const auto account = m_manager.store().find(name);
    if (!account) {
        err(tr("there is no account \"%1\"; see marketdesk-cli accounts list").arg(name));
        done(2);
        return;
    }
    // Said once the account is removed: before, it would claim a removal that may yet fail.
    const QString unreachable =
        prepareStore(account->secretStore, &error)
            ? QString()
            : tr("%1; the account is removed but its stored tokens could not be reached")
                  .arg(error);
    const QString dir = m_manager.store().accountDir(name);
    m_manager.removeAccount(
        name, deleteCache,
        [name, dir, deleteCache, unreachable, done](bool ok, const QString &note) {
            if (!ok) {
                err(note);
                done(1);
                return;
            }
            if (!unreachable.isEmpty())
                err(unreachable);
            if (!note.isEmpty())
                err(note);
            out(deleteCache ? tr("Removed account \"%1\" and its cache; its "
                                 "audit journal and outbox stay in %2.")
                                  .arg(name, dir)
                            : tr("Removed account \"%1\"; its data stays in "
                                 "%2.")
                                  .arg(name, dir));
            done(0);
        });
}
