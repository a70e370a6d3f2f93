#pragma once
// The console's side of an interactive sign-in: makes the account's secret store usable
// (asks for the encrypted file's passphrase, derives the key off the UI thread), proves it can
// keep tokens, then runs the flow behind a SignInDialog — the system browser, or in demo mode
// the browser stand-in. One sign-in at a time; the outcome comes as a signal.
#include "identity/account_manager.h"
#include "ui/shell/sign_in_dialog.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class BrowserStandIn;

class SignInController : public QObject
{
    Q_OBJECT
public:
    explicit SignInController(AccountManager *accounts, QObject *parent = nullptr);
    ~SignInController() override;

    void setDialogParent(QWidget *parent) { m_parent = parent; }
    // Demo mode: something in the process plays the browser; the dialog opens none.
    void setBrowserStandIn(BrowserStandIn *browser) { m_standIn = browser; }
    // Screenshots: the dialog is not shown.
    void setQuiet(bool quiet) { m_quiet = quiet; }

    // Asks for the passphrase when the file store is locked; `then(false)` if it stays locked.
    void unlockFileStore(const std::function<void(bool)> &then);
    // `again`: a saved account whose sign-in ended; it must come back as the same user.
    void signIn(const Account &draft, bool again);

Q_SIGNALS:
    void signedIn(const Account &account, const TokenSet &tokens, bool again);
    // The sign-in could not start (bad draft, store unusable) or was given up; the dialog has
    // shown why. `draft` is what was tried, for "add account" to start from.
    void gaveUp(const Account &draft);
    void failed(const QString &message);

private:
    void start(const Account &draft, bool again);

    AccountManager *m_accounts;
    QPointer<QWidget> m_parent;
    QPointer<SignInDialog> m_dialog;
    QPointer<SignInFlow> m_flow;
    BrowserStandIn *m_standIn = nullptr;
    bool m_quiet = false;
};
