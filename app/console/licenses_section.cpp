#include "console/licenses_section.h"

#include "licenses/client/licenses_service.h"
#include "org/org_service.h"
#include "ui/licenses/images_page.h"
#include "ui/licenses/licenses_page.h"
#include "ui/licenses/orders_page.h"
#include "ui/shell/main_window.h"
#include "ui/shell/plain_text.h"

#include <QStatusBar>

LicensesSection::LicensesSection(LicensesService *licenses, OrgService *org, MainWindow *window)
    : QObject(window)
    , m_licenses(new LicensesPage(licenses))
    , m_orders(new OrdersPage(licenses))
    , m_images(new ImagesPage(licenses))
{
    window->addPage(m_licenses);
    window->addPage(m_orders);
    window->addPage(m_images);
    connect(licenses, &LicensesService::opened, window, [this, window](bool ok, const QString &m) {
        if (!ok) {
            PlainText::critical(
                window, tr("marketdesk"),
                tr("The orders' and Licenses' local data could not be opened: %1").arg(m));
            return;
        }
        m_licenses->requestSync(); // one sync serves the three pages
    });
    for (auto signal : {&LicensesService::failed, &LicensesService::outboxStalled})
        connect(licenses, signal, window, [window](const QString &message) {
            window->statusBar()->showMessage(message, 10'000);
        });
    // The organisation's service opens first (queued earlier on the same thread), so its
    // sign-in exists when this one borrows it.
    QMetaObject::invokeMethod(licenses, [licenses, org] {
        licenses->shareSession(org->authSession());
        licenses->open();
    });
}
