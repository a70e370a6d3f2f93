#pragma once
// The CLI's accounts and sign-in: `login` (prints the authorize URL or opens the browser,
// then waits for the loopback callback), `logout`, `accounts list|remove`, and, for every
// other command, the account's saved tokens from its secret store. The passphrase of the
// encrypted file store comes from MARKETDESK_PASSPHRASE, --passphrase-file or the terminal.
#include "identity/account_manager.h"
#include "identity/journal_anchor_keeper.h"
#include "identity/token_set.h"

#include <QObject>

#include <functional>

class CliAuth : public QObject
{
    Q_OBJECT
public:
    struct LoginOptions
    {
        QString account; // empty: userName@tenant once known
        QString server;
        QString secretStore; // keychain | file; empty: the account's, or keychain
        QString caFile;
        QByteArrayList pins;
        bool discover = false;
        // Endpoints set one by one (any OAuth 2.0 provider); empty: KooGallery's paths.
        QString authorizeUrl, tokenUrl, userinfoUrl, logoutUrl, clientId, scope;
        bool openBrowser = false;
        int timeoutS = 300;
    };
    using Finish = std::function<void(int code)>;
    using Opened = std::function<void(const Account &, const TokenSet &)>;

    explicit CliAuth(const QString &root, QObject *parent = nullptr);
    ~CliAuth() override;

    void setPassphraseFile(const QString &path) { m_passphraseFile = path; }
    AccountStore &accounts() { return m_manager.store(); }

    void login(const LoginOptions &options, Finish done);
    void logout(const QString &name, Finish done);
    void list(Finish done);
    void remove(const QString &name, bool deleteCache, Finish done);

    // The named (or most recent) account and its tokens; on failure prints why and calls
    // `failed` with the exit code.
    void open(const QString &name, Opened opened, Finish failed);
    // Writes refreshed tokens (or removes them when empty); `whenWritten` waits for these.
    void saveTokens(const Account &account, const TokenSet &tokens);
    // Keeps the account's journal anchor in its secret store (opened by open() or
    // openStore()); `whenWritten` waits for its writes too.
    JournalAnchorKeeper *anchorKeeper(const Account &account);
    // The named (or most recent) account with its secret store ready (unlocked), without
    // reading its tokens: for commands that need the store but no sign-in.
    void openStore(const QString &name, Opened opened, Finish failed);
    void whenWritten(std::function<void()> then);

private:
    void startSignIn(const Account &draft, const LoginOptions &options, Finish done);
    // Unlocks the encrypted file store first when the account uses it.
    bool prepareStore(SecretStore::Kind kind, QString *error);
    bool readPassphrase(QByteArray *passphrase, QString *error) const;
    void writeDone();
    void whenTokensWritten(std::function<void()> then);

    AccountManager m_manager;
    QString m_passphraseFile;
    int m_pendingWrites = 0;
    JournalAnchorKeeper *m_keeper = nullptr;
    std::vector<std::function<void()>> m_afterWrites;
};
