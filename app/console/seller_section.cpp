#include "console/seller_section.h"

#include "seller/client/seller_service.h"
#include "ui/seller/seller_addresses_page.h"
#include "ui/seller/seller_credentials_page.h"
#include "ui/seller/seller_debugger_page.h"
#include "ui/seller/seller_keys_page.h"
#include "ui/seller/seller_session.h"
#include "ui/shell/main_window.h"

#include <QStatusBar>

SellerSection::SellerSection(SellerService *service, MainWindow *window)
    : QObject(window)
    , m_session(new SellerSession(service, this))
    , m_keys(new SellerKeysPage(m_session))
    , m_addresses(new SellerAddressesPage(m_session))
    , m_credentials(new SellerCredentialsPage(m_session))
    , m_debugger(new SellerDebuggerPage(m_session))
{
    m_session->setDialogParent(window);
    // The order a seller goes through: keys, then an address that uses them, then the
    // credentials that use the address; the debugger beside them.
    window->addPage(m_keys);
    window->addPage(m_addresses);
    window->addPage(m_credentials);
    window->addPage(m_debugger);
    connect(m_session, &SellerSession::statusMessage, window,
            [window](const QString &text, int timeoutMs) {
                window->statusBar()->showMessage(text, timeoutMs);
            });
}
