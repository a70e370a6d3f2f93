#pragma once
// The console's apps section for an enterprise account: the Apps page and the License
// inventory page over the account's AppsService, added to the window after the organisation.
// The service shares the organisation service's sign-in (one holder per refresh token) and
// asks the organisation's latest data who is an administrator (the switch's impact names
// them): the two domains meet here, in the composition root, and nowhere else.
#include "org/org_snapshot.h"

#include <QObject>

class AppsPage;
class AppsService;
class InventoryPage;
class MainWindow;
class OrgDirectory;
class OrgService;

class AppsSection : public QObject
{
    Q_OBJECT
public:
    // `apps` and `org` live on the same worker thread already; the pages go into `window`,
    // which owns them (and this section). Opens the service after the organisation's.
    AppsSection(AppsService *apps, OrgService *org, MainWindow *window);

    AppsPage *appsPage() const { return m_apps; }
    InventoryPage *inventoryPage() const { return m_inventory; }

private:
    AppsService *m_service;
    AppsPage *m_apps;
    InventoryPage *m_inventory;
    OrgSnapshotPtr m_org; // the latest, for "is an administrator" and the editor
    std::shared_ptr<const OrgDirectory> m_directory; // over m_directoryOf
    OrgSnapshotPtr m_directoryOf;
};
