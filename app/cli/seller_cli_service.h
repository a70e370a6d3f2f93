#pragma once
// Opens one account's Seller Center for a `marketdesk-cli seller …` command: signs in from the
// saved tokens, reads the journal's anchor, makes the SellerService with the account's server,
// TLS policy, folder and actor, and wires what every seller command needs alike — errors to
// the terminal, the journal's anchor kept, renewed tokens saved, a sign-in that is needed said
// with the command to run. The command then connects its own signals and opens the service.
#include "identity/token_set.h"

#include <QObject>

#include <functional>

struct Account;
class CliAuth;
class SellerService;

class SellerCliService : public QObject
{
    Q_OBJECT
public:
    using Ready = std::function<void(SellerService *service, const Account &account)>;
    using Finish = std::function<void(int code)>;

    explicit SellerCliService(QObject *parent = nullptr);

    // `ready` gets the service (owned by this object's parent), not yet opened; `finish` an
    // exit code when the account cannot be opened.
    void open(CliAuth *auth, const QString &account, const QString &actorNote, Ready ready,
              Finish finish);
    // The server asked for a new sign-in meanwhile.
    bool signInNeeded() const { return m_signInNeeded; }

private:
    void start(const Account &account, const TokenSet &tokens, const QByteArray &anchor,
               bool anchorKept);

    CliAuth *m_auth = nullptr;
    QString m_actorNote;
    Ready m_ready;
    Finish m_finish;
    bool m_signInNeeded = false;
};
