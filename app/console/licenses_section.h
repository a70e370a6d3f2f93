#pragma once
// The console's licenses section for an enterprise account: the Licenses, Orders and Image
// subscriptions pages over the account's LicensesService, added to the window after the apps.
// The service runs on the organisation service's thread and shares its sign-in (one holder per
// refresh token: a second refresh of the same token would be a reuse and end the session). The
// licenses domain needs nothing from the organisation's data, so only the sign-in meets here.
#include <QObject>

class ImagesPage;
class LicensesPage;
class LicensesService;
class MainWindow;
class OrdersPage;
class OrgService;

class LicensesSection : public QObject
{
    Q_OBJECT
public:
    // `licenses` and `org` live on the same worker thread already; the pages go into `window`,
    // which owns them (and this section). Opens the service after the organisation's.
    LicensesSection(LicensesService *licenses, OrgService *org, MainWindow *window);

    LicensesPage *licensesPage() const { return m_licenses; }
    OrdersPage *ordersPage() const { return m_orders; }
    ImagesPage *imagesPage() const { return m_images; }

private:
    LicensesPage *m_licenses;
    OrdersPage *m_orders;
    ImagesPage *m_images;
};
