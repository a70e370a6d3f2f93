#pragma once
// Opens one account for a command that runs a domain's service (SellerService,
// LicensesService): signs in from the saved tokens, reads the journal's anchor, and hands over
// what every such service's configuration holds alike — server, folder, actor, endpoints,
// tokens, TLS policy, anchor. watch() then wires what every such service needs alike: errors
// to the terminal, the journal's anchor kept, renewed tokens saved, a sign-in that is needed
// said with the command to run. The command connects its own signals and opens the service.
#include "cli/cli_auth.h"
#include "cli/cli_output.h"
#include "identity/journal_anchor_keeper.h"

#include <QObject>

#include <functional>

class AccountServiceOpener : public QObject
{
    Q_OBJECT
public:
    // What a domain service's configuration takes from the account.
    struct Basis
    {
        Account account;
        QString dataDir;
        QString actor;
        TokenSet tokens;
        TlsPolicy tls;
        bool anchorKept = false;
        QByteArray journalAnchor;

        // A service's configuration struct (SellerServiceConfig, LicensesServiceConfig), all
        // of which name these fields alike.
        template <typename Config> Config config() const
        {
            Config c;
            c.server = account.server;
            c.dataDir = dataDir;
            c.actor = actor;
            c.endpoints = account.endpoints;
            c.tokens = tokens;
            c.tls = tls;
            c.anchorKept = anchorKept;
            c.journalAnchor = journalAnchor;
            return c;
        }
    };
    using Ready = std::function<void(const Basis &basis)>;
    using Finish = std::function<void(int code)>;

    explicit AccountServiceOpener(QObject *parent = nullptr);

    // `ready` gets the basis once the account is signed in and its anchor read; `finish` an
    // exit code when the account cannot be opened.
    void open(CliAuth *auth, const QString &account, const QString &actorNote, Ready ready,
              Finish finish);
    // Wires a service's failed, journalAdvanced, tokensChanged and signInRequired signals.
    template <typename Service> void watch(Service *service, const Account &account)
    {
        connect(service, &Service::failed, this, [](const QString &m) { CliOutput::err(m); });
        connect(service, &Service::journalAdvanced, m_auth->anchorKeeper(account),
                &JournalAnchorKeeper::advance);
        connect(service, &Service::tokensChanged, this,
                [this, account](const TokenSet &t) { m_auth->saveTokens(account, t); });
        connect(service, &Service::signInRequired, this,
                [this, account](const QString &why) { onSignInRequired(account, why); });
    }
    // The server asked for a new sign-in meanwhile.
    bool signInNeeded() const { return m_signInNeeded; }

private:
    void onSignInRequired(const Account &account, const QString &why);

    CliAuth *m_auth = nullptr;
    bool m_signInNeeded = false;
};
