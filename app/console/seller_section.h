#pragma once
// The console's seller section for a seller account: the SellerSession over the account's
// SellerService and the four pages — access keys, production addresses, credentials and the
// integration debugger — added to the window and wired to each other's needs (a sync when
// the service opened, the session's notes in the status bar). The organisation's pages are
// not shown to a seller: the Seller Center is all a seller may use.
#include <QObject>

class MainWindow;
class SellerAddressesPage;
class SellerCredentialsPage;
class SellerDebuggerPage;
class SellerKeysPage;
class SellerService;
class SellerSession;

class SellerSection : public QObject
{
    Q_OBJECT
public:
    // `service` lives on its worker thread already; the pages go into `window`, which owns
    // them (and this section).
    SellerSection(SellerService *service, MainWindow *window);

    SellerSession *session() const { return m_session; }
    SellerKeysPage *keysPage() const { return m_keys; }
    SellerAddressesPage *addressesPage() const { return m_addresses; }
    SellerCredentialsPage *credentialsPage() const { return m_credentials; }
    SellerDebuggerPage *debuggerPage() const { return m_debugger; }

private:
    SellerSession *m_session;
    SellerKeysPage *m_keys;
    SellerAddressesPage *m_addresses;
    SellerCredentialsPage *m_credentials;
    SellerDebuggerPage *m_debugger;
};
