#pragma once
// Accounts and their sign-ins, for the console and the CLI alike: the saved accounts, the
// secret store each uses (the keychain, the encrypted file once unlocked, or memory for the
// demo), interactive sign-in that saves the account only once the server has answered and
// the tokens are kept, reading and writing tokens, and signing out at the server.
#include "identity/account_store.h"
#include "identity/secret_store.h"
#include "identity/sign_in_flow.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

class FileSecretStore;

class AccountManager : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &message)>;
    using TokensRead = std::function<void(bool ok, const TokenSet &tokens, const QString &why)>;

    explicit AccountManager(const QString &root, QObject *parent = nullptr);
    ~AccountManager() override;

    // The account list as last read or saved; read and written on a pool thread, never on
    // this object's (the UI's) thread, so a slow disk or a lock held by the CLI never
    // freezes the window.
    AccountStore &store() { return m_store; }
    bool load(QString *error) { return m_store.load(error); } // for the CLI, which may wait
    void loadAsync(Done done);
    // Runs `then` once every change to the list has been saved (at once when none is pending).
    void whenSaved(std::function<void()> then);

    // The store for `kind`; the encrypted file store must have been unlocked first (the error
    // says so). The demo uses Kind::Memory.
    SecretStore *secretStore(SecretStore::Kind kind, QString *error);
    FileSecretStore *fileStore();

    // Proves the store can keep a secret (a keychain service may not be running) before a
    // sign-in relies on it: writes a probe entry and removes it.
    void checkStore(SecretStore::Kind kind, Done done);

    // Starts a sign-in for `draft` (server, endpoints, TLS, secret store; name optional).
    // Connect to the flow's openUrl and stageChanged; the outcome comes as signedIn() or
    // signInFailed(). Returns nullptr after saying why in `error`.
    SignInFlow *signIn(const Account &draft, QString *error);

    void readTokens(const Account &account, TokensRead done);
    void writeTokens(const Account &account, const TokenSet &tokens, Done done);
    // Ends the session at the server (when it has a sign-out address) and removes the tokens.
    void signOut(const Account &account, const TokenSet &tokens, Done done);
    // Forgets the account and its tokens; with deleteCache also its cache file (never its
    // outbox or audit journal, which cannot be rebuilt).
    void removeAccount(const QString &name, bool deleteCache, Done done);
    // Marks the account as just used (the switcher lists the most recent first); saved in
    // the background.
    void touch(const QString &name);

Q_SIGNALS:
    void signedIn(const Account &account, const TokenSet &tokens, const UserInfo &user);
    void signInFailed(const QString &message);

private:
    void onSignInFinished(Account account, const SignInResult &result);
    // Reloads, changes and saves the account list under a lock, on a pool thread; `done`
    // runs here afterwards, when m_store already holds what was saved.
    void modify(std::function<void(AccountStore &)> change, Done done);
    void savedOne();

    AccountStore m_store;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<FileSecretStore> m_file;
    std::unique_ptr<SecretStore> m_memory;
    QThreadPool m_io; // one thread: the list's reads and writes, in order
    int m_pendingSaves = 0;
    std::vector<std::function<void()>> m_whenSaved;
};

Q_DECLARE_METATYPE(Account)
