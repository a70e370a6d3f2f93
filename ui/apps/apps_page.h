#pragma once
// The Apps page (应用管理): every purchased app with its switch, seats, period, login address
// and licence agreement; switching one off first says who loses access (administrators named)
// and can be undone (Ctrl+Z) like a member change; the agreement is accepted here; the list
// exports to CSV. Talks to AppsService on its worker thread only through queued calls.
#include "apps/client/apps_records.h"
#include "ui/shell/page.h"

#include <functional>
#include <memory>

class AppTableModel;
class AuthorisationEditor;
class OrgDirectory;
class AppsService;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QSortFilterProxyModel;
class QTableView;

class AppsPage : public Page
{
    Q_OBJECT
public:
    explicit AppsPage(AppsService *service, QWidget *parent = nullptr);
    ~AppsPage() override;

    QString title() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QList<QAction *> pageActions(Place place) const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    // Who is an administrator, from the organisation's data (the switch's impact names them).
    void setAdministratorCheck(std::function<bool(const QString &)> check)
    {
        m_isAdministrator = std::move(check);
    }
    // The organisation's latest data for the authorisation editor (null: not loaded yet).
    void setDirectoryProvider(std::function<std::shared_ptr<const OrgDirectory>()> provider)
    {
        m_directory = std::move(provider);
    }
    QTableView *table() const { return m_table; }
    AppTableModel *model() const { return m_model; }
    // The app of the current row, or empty.
    QString currentAppId() const;
    void selectApp(const QString &appId);
    QAction *switchOnAction() const { return m_switchOn; }
    QAction *switchOffAction() const { return m_switchOff; }
    QAction *undoAction() const { return m_undo; }
    QAction *agreementAction() const { return m_agreement; }
    QAction *authoriseAction() const { return m_authorise; }
    // The authorisation editor on screen, if one is.
    AuthorisationEditor *editor() const { return m_editor; }
    // The confirmation on screen (switch off), for tests.
    QMessageBox *pendingConfirmation() const { return m_confirm; }

public Q_SLOTS:
    void requestSync();

private:
    void onSnapshot(const AppsSnapshotPtr &snapshot);
    void updateActions();
    void showDetails();
    void askSwitchOff();
    // Sends the switch; `undoable` keeps it for Ctrl+Z.
    void sendSwitch(const QString &appId, bool enabled, bool undoable);
    void acceptAgreement();
    void exportList();
    void openEditor();

    AppsService *m_service;
    AppTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_empty;
    QMenu *m_menu;
    QAction *m_switchOn;
    QAction *m_switchOff;
    QAction *m_undo;
    QAction *m_agreement;
    QAction *m_authorise;
    QAction *m_sync;
    QAction *m_export;
    QMessageBox *m_confirm = nullptr;
    bool m_asking = false; // a switch-off question is on its way or on screen
    std::function<bool(const QString &)> m_isAdministrator;
    std::function<std::shared_ptr<const OrgDirectory>()> m_directory;
    AuthorisationEditor *m_editor = nullptr;
    AppsSnapshotPtr m_snapshot;
    bool m_readOnly = false;
    QString m_readOnlyWhy;
    bool m_syncing = false;
    // The last switch sent from here, for Undo.
    struct LastSwitch
    {
        QString appId;
        QString name;
        bool enabled = false;
    };
    std::optional<LastSwitch> m_last;
};
