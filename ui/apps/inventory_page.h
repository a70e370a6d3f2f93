#pragma once
// The License inventory page: per app the seats bought, assigned, free, held by disabled and
// deleted members, never used and ending soon; for the app chosen, its reclaim list with a
// one-step batch reclaim, and its utilisation chart (two years of daily seats against seats
// bought, with the day they run out at the current trend). Lists export to CSV.
#include "apps/client/seat_inventory.h"
#include "ui/shell/batch_operation_dialog.h"
#include "ui/shell/page.h"

#include <QPointer>

class AppsService;
class InventoryModel;
class QAction;
class QLabel;
class QMenu;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ReclaimListModel;
class UtilisationChart;

class InventoryPage : public Page
{
    Q_OBJECT
public:
    explicit InventoryPage(AppsService *service, QWidget *parent = nullptr);
    ~InventoryPage() override;

    QString title() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QList<QAction *> pageActions(Place place) const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    QTableView *table() const { return m_table; }
    InventoryModel *model() const { return m_model; }
    ReclaimListModel *reclaimModel() const { return m_reclaim; }
    UtilisationChart *chart() const { return m_chart; }
    QLabel *forecastLabel() const { return m_forecast; }
    QAction *reclaimAction() const { return m_reclaimAction; }
    QString currentAppId() const;
    void selectApp(const QString &appId);
    QMessageBox *pendingConfirmation() const { return m_confirm; }
    BatchOperationDialog *operationDialog() const { return m_dialog; }

private:
    void reload();
    void onInventory(const QList<InventoryRow> &rows);
    void onCurrentApp();
    void updateActions();
    void askReclaim();
    void exportCsv(bool reclaimList);

    AppsService *m_service;
    InventoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ReclaimListModel *m_reclaim;
    QSortFilterProxyModel *m_reclaimProxy;
    QLabel *m_headline;
    QTableView *m_table;
    QTableView *m_reclaimTable;
    QPushButton *m_reclaimButton;
    UtilisationChart *m_chart;
    QLabel *m_forecast;
    QMenu *m_menu;
    QAction *m_reclaimAction;
    QAction *m_exportInventory;
    QAction *m_exportReclaim;
    QAction *m_sync;
    QMessageBox *m_confirm = nullptr;
    QPointer<BatchOperationDialog> m_dialog;
    quint64 m_inventoryTicket = 0; // the latest read; older answers are dropped
    quint64 m_reclaimTicket = 0;
    quint64 m_historyTicket = 0;
    bool m_readOnly = false;
    QString m_readOnlyWhy;
};
