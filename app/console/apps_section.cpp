#include "console/apps_section.h"

#include "apps/client/apps_service.h"
#include "console/org_directory_adapter.h"
#include "org/org_service.h"
#include "ui/apps/apps_page.h"
#include "ui/apps/inventory_page.h"
#include "ui/shell/main_window.h"
#include "ui/shell/plain_text.h"

#include <QStatusBar>

AppsSection::AppsSection(AppsService *apps, OrgService *org, MainWindow *window)
    : QObject(window)
    , m_service(apps)
    , m_apps(new AppsPage(apps))
    , m_inventory(new InventoryPage(apps))
{
    window->addPage(m_apps);
    window->addPage(m_inventory);
    connect(org, &OrgService::snapshotReady, this,
            [this](const OrgSnapshotPtr &snapshot) { m_org = snapshot; });
    m_apps->setAdministratorCheck([this](const QString &userName) {
        if (!m_org)
            return false;
        const int i = m_org->memberIndex(userName);
        return i >= 0 && m_org->memberAdmin(i);
    });
    m_apps->setDirectoryProvider([this]() -> std::shared_ptr<const OrgDirectory> {
        if (!m_org)
            return nullptr;
        if (!m_directory || m_directoryOf != m_org) {
            m_directory = std::make_shared<OrgDirectoryAdapter>(m_org);
            m_directoryOf = m_org;
        }
        return m_directory;
    });
    connect(apps, &AppsService::opened, window, [this, window](bool ok, const QString &m) {
        if (!ok) {
            PlainText::critical(window, tr("marketdesk"),
                                tr("The apps' local data could not be opened: %1").arg(m));
            return;
        }
        m_apps->requestSync();
    });
    connect(apps, &AppsService::failed, window, [window](const QString &message) {
        window->statusBar()->showMessage(message, 10'000);
    });
    // The organisation's service opens first (queued earlier on the same thread), so its
    // sign-in exists when this one borrows it.
    QMetaObject::invokeMethod(apps, [apps, org] {
        apps->shareSession(org->authSession());
        apps->open();
    });
}
