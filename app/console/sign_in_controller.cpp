#include "console/sign_in_controller.h"

#include "identity/file_secret_store.h"
#include "sandbox/browser_stand_in.h"
#include "ui/shell/plain_text.h"
#include "ui/shell/sign_in_dialog.h"

#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QThread>
#include <QTimer>

SignInController::SignInController(AccountManager *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
}

SignInController::~SignInController()
{
    delete m_dialog;
}

void SignInController::unlockFileStore(const std::function<void(bool)> &then)
{
    FileSecretStore *store = m_accounts->fileStore();
    if (store->isUnlocked()) {
        then(true);
        return;
    }
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        m_parent, tr("Encrypted secret store"),
        store->exists() ? tr("Passphrase for %1:").arg(QDir::toNativeSeparators(store->path()))
                        : tr("Choose a passphrase for the new encrypted secret store %1:")
                              .arg(QDir::toNativeSeparators(store->path())),
        QLineEdit::Password, {}, &ok);
    if (!ok) {
        then(false);
        return;
    }
    // The key derivation takes a few hundred milliseconds: not on the UI thread.
    auto result = std::make_shared<QString>();
    QThread *worker = QThread::create([store, passphrase, result] {
        QByteArray bytes = passphrase.toUtf8();
        QString error;
        if (!store->unlock(bytes, &error))
            *result = error;
        bytes.fill('\0');
    });
    connect(worker, &QThread::finished, this, [this, worker, result, then] {
        worker->deleteLater();
        if (!result->isEmpty()) {
            PlainText::warning(m_parent, tr("Encrypted secret store"), *result);
            then(false);
            return;
        }
        then(true);
    });
    worker->start();
}

void SignInController::signIn(const Account &draft, bool again)
{
    if (draft.secretStore == SecretStore::Kind::EncryptedFile &&
        !m_accounts->fileStore()->isUnlocked()) {
        unlockFileStore([this, draft, again](bool ok) {
            if (ok)
                signIn(draft, again);
            else
                Q_EMIT gaveUp(draft);
        });
        return;
    }
    if (const QString p = draft.problem(); !p.isEmpty()) {
        PlainText::warning(m_parent, tr("Sign in"), p);
        Q_EMIT gaveUp(draft);
        return;
    }
    // The store must be able to keep the tokens before the browser is involved.
    m_accounts->checkStore(draft.secretStore, [this, draft, again](bool ok, const QString &e) {
        if (ok) {
            start(draft, again);
            return;
        }
        const bool keychain = draft.secretStore == SecretStore::Kind::Keychain;
        PlainText::warning(
            m_parent, tr("Sign in"),
            keychain ? tr("The tokens cannot be kept in the system keychain: %1\n\nChoose "
                          "\"Encrypted file\" to keep them in a file protected by a passphrase.")
                           .arg(e)
                     : tr("The tokens cannot be kept in the encrypted file: %1").arg(e));
        // Offered again with the encrypted file preselected: chosen by the user, not silently.
        Account suggestion = draft;
        if (keychain)
            suggestion.secretStore = SecretStore::Kind::EncryptedFile;
        Q_EMIT gaveUp(suggestion);
    });
}

void SignInController::start(const Account &draft, bool again)
{
    // One sign-in at a time: a new one ends the one still waiting for its browser.
    disconnect(m_accounts, &AccountManager::signedIn, this, nullptr);
    disconnect(m_accounts, &AccountManager::signInFailed, this, nullptr);
    if (m_flow)
        m_flow->cancel();
    delete m_dialog;
    QString error;
    SignInFlow *flow = m_accounts->signIn(draft, &error);
    if (!flow) {
        PlainText::warning(m_parent, tr("Sign in"), error);
        Q_EMIT gaveUp(draft);
        return;
    }
    m_flow = flow;
    m_dialog = new SignInDialog(draft.name.isEmpty() ? draft.server.host() : draft.name, m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setOpensBrowser(!m_standIn);
    connect(flow, &SignInFlow::stageChanged, m_dialog, [this](SignInFlow::Stage stage) {
        if (stage == SignInFlow::Stage::ExchangingCode)
            m_dialog->setStatus(tr("Signed in at the server; collecting the tokens…"));
        else if (stage == SignInFlow::Stage::ReadingUser)
            m_dialog->setStatus(tr("Reading who you are…"));
        else if (stage == SignInFlow::Stage::Discovering)
            m_dialog->setStatus(tr("Reading the server's sign-in configuration…"));
    });
    connect(flow, &SignInFlow::openUrl, m_dialog, &SignInDialog::setUrl);
    if (m_standIn)
        connect(flow, &SignInFlow::openUrl, m_standIn, &BrowserStandIn::open);
    connect(m_dialog, &SignInDialog::cancelRequested, flow, &SignInFlow::cancel);
    connect(m_dialog, &SignInDialog::retryRequested, this, [this, draft, again] {
        m_dialog->disconnect(this);
        m_dialog->close();
        signIn(draft, again);
    });
    connect(m_dialog, &QDialog::rejected, this, [this, draft] { Q_EMIT gaveUp(draft); });
    // The manager's outcome signals belong to this flow now.
    connect(m_accounts, &AccountManager::signedIn, this,
            [this, again](const Account &account, const TokenSet &tokens, const UserInfo &) {
                if (m_dialog) {
                    m_dialog->disconnect(this);
                    m_dialog->close();
                }
                Q_EMIT signedIn(account, tokens, again);
            });
    connect(m_accounts, &AccountManager::signInFailed, this, [this](const QString &m) {
        if (m_dialog)
            m_dialog->showFailure(m);
        Q_EMIT failed(m);
    });
    if (!m_quiet)
        m_dialog->show();
    flow->start();
}
