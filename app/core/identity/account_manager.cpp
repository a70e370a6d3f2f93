#include "identity/account_manager.h"

#include "common/logging.h"
#include "common/private_files.h"
#include "identity/file_secret_store.h"
#include "identity/keychain_secret_store.h"
#include "identity/memory_secret_store.h"
#include "net/api_client.h"
#include "storage/storage_problem.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QPointer>
#include <QThreadPool>

AccountManager::AccountManager(const QString &root, QObject *parent)
    : QObject(parent)
    , m_store(root)
{
    qRegisterMetaType<Account>();
    m_io.setMaxThreadCount(1);
}

AccountManager::~AccountManager() = default;

FileSecretStore *AccountManager::fileStore()
{
    if (!m_file)
        m_file = std::make_unique<FileSecretStore>(m_store.secretFilePath());
    return m_file.get();
}

SecretStore *AccountManager::secretStore(SecretStore::Kind kind, QString *error)
{
    switch (kind) {
    case SecretStore::Kind::Keychain:
        if (!m_keychain)
            m_keychain = std::make_unique<KeychainSecretStore>();
        return m_keychain.get();
    case SecretStore::Kind::Memory:
        if (!m_memory)
            m_memory = std::make_unique<MemorySecretStore>();
        return m_memory.get();
    case SecretStore::Kind::EncryptedFile:
        if (!fileStore()->isUnlocked()) {
            *error = tr("the encrypted secret store %1 is locked; its passphrase is needed")
                         .arg(m_file->path());
            return nullptr;
        }
        return m_file.get();
    }
    return nullptr;
}

void AccountManager::checkStore(SecretStore::Kind kind, Done done)
{
    QString error;
    SecretStore *s = secretStore(kind, &error);
    if (!s) {
        done(false, error);
        return;
    }
    const QString probe = QStringLiteral("marketdesk/probe");
    s->write(probe, "probe", [s, probe, done](bool ok, const QString &error) {
        if (!ok) {
            done(false, error);
            return;
        }
        s->remove(probe, done);
    });
}

SignInFlow *AccountManager::signIn(const Account &draft, QString *error)
{
    if (const QString p = draft.problem(); !p.isEmpty()) {
        *error = p;
        return nullptr;
    }
    TlsPolicy tls;
    draft.tlsPolicy(&tls, error);
    // The store is usable (unlocked) before the browser is involved.
    if (!secretStore(draft.secretStore, error))
        return nullptr;
    Account account = draft;
    if (!account.customEndpoints && !account.discover)
        account.endpoints = OAuthEndpoints::forServer(account.server);
    if (const QString p = account.endpoints.problem(); !p.isEmpty() && !account.discover) {
        *error = p;
        return nullptr;
    }
    auto *flow = new SignInFlow(account.server, account.endpoints, this);
    flow->setDiscover(account.discover);
    flow->setTlsPolicy(tls);
    connect(flow, &SignInFlow::finished, this, [this, flow, account](const SignInResult &r) {
        flow->deleteLater();
        onSignInFinished(account, r);
    });
    return flow;
}

void AccountManager::onSignInFinished(Account account, const SignInResult &r)
{
    if (!r.ok) {
        Q_EMIT signInFailed(r.message);
        return;
    }
    // Signing in again to a saved account must bring back the same person of the same tenant.
    if (!account.userName.isEmpty() &&
        (account.userName != r.user.userName || account.tenant != r.user.tenant)) {
        Q_EMIT signInFailed(tr("You signed in as %1 of %2, but the account \"%3\" belongs to %4 "
                               "of %5. Sign in as that user, or add a new account.")
                                .arg(r.user.userName, r.user.tenant, account.name, account.userName,
                                     account.tenant));
        return;
    }
    if (account.name.isEmpty())
        account.name = r.user.userName + u'@' +
                       (r.user.tenant.isEmpty() ? account.server.host() : r.user.tenant);
    if (const QString e = AccountStore::checkName(account.name); !e.isEmpty()) {
        Q_EMIT signInFailed(
            tr("Signed in, but the account cannot be named after the user: %1").arg(e));
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
    writeTokens(account, r.tokens, [this, account, r](bool ok, const QString &error) {
        if (!ok) {
            Q_EMIT signInFailed(tr("Signed in, but the tokens could not be kept: %1").arg(error));
            return;
        }
        // Demo accounts live for the run only; everything else is remembered.
        if (account.secretStore == SecretStore::Kind::Memory) {
            Q_EMIT signedIn(account, r.tokens, r.user);
            return;
        }
        modify([account](AccountStore &s) { s.upsert(account); },
               [this, account, r](bool saved, const QString &e) {
                   if (saved)
                       Q_EMIT signedIn(account, r.tokens, r.user);
                   else
                       Q_EMIT signInFailed(e);
               });
    });
}

void AccountManager::readTokens(const Account &account, TokensRead done)
{
    QString error;
    SecretStore *s = secretStore(account.secretStore, &error);
    if (!s) {
        done(false, {}, error);
        return;
    }
    s->read(account.secretKey(),
            [account, done](bool ok, const QByteArray &value, const QString &error) {
                TokenSet tokens;
                QString why = error;
                if (ok && value.isEmpty()) {
                    ok = false;
                    why = tr("account \"%1\" is signed out").arg(account.name);
                } else if (ok && !TokenSet::deserialize(value, &tokens, &why)) {
                    ok = false;
                }
                done(ok, tokens, why);
            });
}

void AccountManager::writeTokens(const Account &account, const TokenSet &tokens, Done done)
{
    QString error;
    SecretStore *s = secretStore(account.secretStore, &error);
    if (!s) {
        done(false, error);
        return;
    }
    if (tokens.isEmpty())
        s->remove(account.secretKey(), done);
    else
        s->write(account.secretKey(), tokens.serialize(), done);
}

void AccountManager::signOut(const Account &account, const TokenSet &tokens, Done done)
{
    auto forget = [this, account, done](const QString &serverNote) {
        writeTokens(account, {}, [done, serverNote](bool ok, const QString &error) {
            done(ok, ok ? serverNote : error);
        });
    };
    if (account.endpoints.logout.isEmpty() || tokens.isEmpty()) {
        forget(tr("The server has no sign-out address; the tokens were removed here."));
        return;
    }
    TlsPolicy tls;
    QString error;
    if (!account.tlsPolicy(&tls, &error)) {
        // Fail closed: without the account's CA and pins the bearer is not sent anywhere.
        forget(tr("The session at the server could not be ended (%1); the tokens were removed "
                  "here.")
                   .arg(error));
        return;
    }
    auto *client = new ApiClient(account.server, this);
    client->setTlsPolicy(tls);
    ApiRequest r;
    r.url = account.endpoints.logout;
    r.auth = ApiRequest::Auth::Explicit;
    r.bearer = tokens.accessToken;
    connect(client->send(r), &ApiCall::finished, this, [client, forget](const ApiResponse &a) {
        client->deleteLater();
        // KooGallery answers the sign-out with a redirect or JSON: either ends the session.
        const bool ended = a.ok() || (a.httpStatus >= 200 && a.httpStatus < 400);
        forget(ended ? tr("The session at the server was ended and the tokens removed.")
                     : tr("The server could not end the session (%1); the tokens were "
                          "removed here.")
                           .arg(a.error.message));
    });
}

void AccountManager::removeAccount(const QString &name, bool deleteCache, Done done)
{
    const auto account = m_store.find(name);
    if (!account) {
        done(false, tr("there is no account \"%1\"").arg(name));
        return;
    }
    auto finish = [this, name, deleteCache, done](const QString &note) {
        const QString cache = m_store.accountDir(name) + QStringLiteral("/cache.sqlite");
        modify(
            [name, deleteCache, cache](AccountStore &s) {
                s.remove(name);
                if (deleteCache) // on the pool thread too: a large cache takes a moment
                    for (const char *suffix : {"", "-wal", "-shm"})
                        QFile::remove(cache + QLatin1String(suffix));
            },
            [done, note](bool ok, const QString &e) { done(ok, ok ? note : e); });
    };
    writeTokens(*account, {}, [finish](bool ok, const QString &error) {
        finish(ok ? QString() : tr("Its stored tokens could not be removed: %1").arg(error));
    });
}

void AccountManager::touch(const QString &name)
{
    modify(
        [name](AccountStore &s) {
            if (auto account = s.find(name)) {
                account->lastUsed = QDateTime::currentDateTimeUtc();
                s.upsert(*account);
            }
        },
        [](bool ok, const QString &e) {
            if (!ok)
                qCWarning(lcAuth) << "cannot record the account's use:" << e;
        });
}

namespace {

struct Saved
{
    bool ok = false;
    QString error;
    AccountStore store{QString()};
};

// The console and the CLI may both be running: read what is there now, change it, write it
// back, under a lock, so that neither drops what the other just saved.
Saved modifyOnDisk(const QString &root, const std::function<void(AccountStore &)> &change)
{
    Saved out;
    out.store = AccountStore(root);
    if (!change) {
        // A plain read takes no lock: the list is replaced whole (QSaveFile renames it into
        // place), so a reader sees the old list or the new one. The cold start saves the lock
        // file's creation, its sync to disk and its removal.
        out.ok = out.store.load(&out.error);
        return out;
    }
    if (!PrivateFiles::makeDir(root, &out.error))
        return out;
    QLockFile lock(root + QStringLiteral("/accounts.lock"));
    if (!lock.tryLock(5000)) {
        out.error =
            lock.error() == QLockFile::LockFailedError
                ? AccountManager::tr("the account list in %1 is locked by another program")
                      .arg(root)
                : AccountManager::tr("cannot create the lock file %1/accounts.lock: %2")
                      .arg(root,
                           StorageProblem::folderReason(root, AccountManager::tr("no permission")));
        return out;
    }
    if (!out.store.load(&out.error))
        return out;
    if (change)
        change(out.store);
    out.ok = !change || out.store.save(&out.error);
    return out;
}

} // namespace

void AccountManager::modify(std::function<void(AccountStore &)> change, Done done)
{
    ++m_pendingSaves;
    QPointer<AccountManager> self(this);
    const QString root = m_store.root();
    // One thread of its own: changes are saved in the order they were made, and the list
    // delivered last is the one saved last.
    m_io.start([self, root, change = std::move(change), done] {
        Saved saved = modifyOnDisk(root, change);
        // Back on the manager's thread; if it is gone, nobody waits for the answer.
        QMetaObject::invokeMethod(self.data(), [self, saved = std::move(saved), done] {
            if (!self)
                return;
            if (saved.ok)
                self->m_store = saved.store;
            done(saved.ok, saved.error);
            self->savedOne();
        });
    });
}

void AccountManager::loadAsync(Done done)
{
    modify({}, std::move(done));
}

void AccountManager::savedOne()
{
    if (--m_pendingSaves > 0)
        return;
    auto waiting = std::move(m_whenSaved);
    m_whenSaved.clear();
    for (auto &f : waiting)
        f();
}

void AccountManager::whenSaved(std::function<void()> then)
{
    if (m_pendingSaves == 0)
        then();
    else
        m_whenSaved.push_back(std::move(then));
}
