#pragma once
// Opens one account's Seller Center for a `marketdesk-cli seller …` command: the account
// opened as every domain service's is (AccountServiceOpener: signed in from the saved tokens,
// the journal's anchor read, errors, anchor, renewed tokens and a needed sign-in wired), made
// into a SellerService. The command then connects its own signals and opens the service.
#include <QObject>

#include <functional>

struct Account;
class AccountServiceOpener;
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
    bool signInNeeded() const;

private:
    AccountServiceOpener *m_opener = nullptr;
};
