#pragma once
// The Licenses page (License 类商品): the enterprise's License products with their quota, the
// Licenses issued for the chosen one, and the chosen License — its validity, and its
// characters to copy (Ctrl+C) or the License saved to a file (Ctrl+S; a file License is
// fetched and checked against its SHA-256). Apply for a License… (Ctrl+N) opens the apply
// dialog; the list exports to CSV. Talks to LicensesService on its worker thread only
// through queued calls; answers come back by ticket.
#include "licenses/client/licenses_outcome.h"
#include "licenses/client/licenses_records.h"
#include "ui/shell/page.h"

#include <QPointer>

#include <functional>

class ApplyLicenseDialog;
class LicenseDetailsPane;
class LicenseTableModel;
class LicensesService;
class OrderFilterProxy;
class OrderTableModel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

class LicensesPage : public Page
{
    Q_OBJECT
public:
    explicit LicensesPage(LicensesService *service, QWidget *parent = nullptr);

    QString title() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QList<QAction *> pageActions(Place place) const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    // What "now" is for validity; the clock by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    OrderTableModel *productModel() const { return m_products; }
    LicenseTableModel *model() const { return m_licenses; }
    LicenseDetailsPane *details() const { return m_details; }
    void selectProduct(const QString &orderId);
    void selectLicense(const QString &licenseId);
    QString currentProductId() const;
    QString currentLicenseId() const;
    QAction *applyAction() const { return m_apply; }
    QAction *copyAction() const { return m_copy; }
    QAction *saveAction() const { return m_save; }
    ApplyLicenseDialog *applyDialog() const;
    // What the actions do once a file name is chosen (tests call these directly).
    void saveLicenseTo(const QString &path);
    void exportTo(const QString &path);

public Q_SLOTS:
    void requestSync();

private:
    void onSnapshot(const LicensesSnapshotPtr &snapshot);
    void onOutcome(const LicensesOutcome &outcome);
    void updateActions();
    void showLicense();
    void openApplyDialog();
    void sendApplication();
    void copyLicense();
    void askSaveLicense();
    void askExport();
    // Shows a file's answer: a note in the status bar, or a warning box titled `title`.
    void answerFile(quint64 ticket, const QString &title);

    LicensesService *m_service;
    OrderTableModel *m_products;
    OrderFilterProxy *m_productProxy;
    LicenseTableModel *m_licenses;
    QSortFilterProxyModel *m_licenseProxy;
    QTableView *m_productTable;
    QTableView *m_licenseTable;
    LicenseDetailsPane *m_details;
    QSplitter *m_split;
    QMenu *m_menu;
    QAction *m_apply;
    QAction *m_copy;
    QAction *m_save;
    QAction *m_sync;
    QAction *m_export;
    QPointer<ApplyLicenseDialog> m_dialog;
    quint64 m_applyTicket = 0;
    LicensesSnapshotPtr m_snapshot;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
    bool m_readOnly = false;
    QString m_readOnlyWhy;
    bool m_syncing = false;
};
