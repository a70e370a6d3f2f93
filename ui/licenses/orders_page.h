#pragma once
// The Orders page (订单, 实例): everything the enterprise bought — SaaS, License products and
// images — with its instance, filtered by product type and status and searched; the chosen
// order's resource details below (its instance, period and the seller's appInfo as the server
// gives it to a buyer: the user name masked, the password never). The list, as filtered,
// exports to CSV. Talks to LicensesService on its worker thread only through queued calls.
#include "licenses/client/licenses_records.h"
#include "ui/shell/page.h"

class LicensesService;
class OrderFilterProxy;
class OrderTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

class OrdersPage : public Page
{
    Q_OBJECT
public:
    explicit OrdersPage(LicensesService *service, QWidget *parent = nullptr);

    QString title() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QList<QAction *> pageActions(Place place) const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    OrderTableModel *model() const { return m_model; }
    OrderFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *statusFilter() const { return m_status; }
    QLabel *details() const { return m_details; }
    void selectOrder(const QString &orderId);
    QString currentOrderId() const;
    // Exports the orders the filters let through (tests call it directly).
    void exportTo(const QString &path);

public Q_SLOTS:
    void requestSync();

private:
    void onSnapshot(const LicensesSnapshotPtr &snapshot);
    void applyFilter();
    void showDetails();
    void askExport();

    LicensesService *m_service;
    OrderTableModel *m_model;
    OrderFilterProxy *m_proxy;
    QComboBox *m_type;
    QComboBox *m_status;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_count;
    QSplitter *m_split;
    QMenu *m_menu;
    QAction *m_sync;
    QAction *m_export;
    bool m_syncing = false;
};
