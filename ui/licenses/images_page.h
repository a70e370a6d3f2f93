#pragma once
// The Image subscriptions page (镜像包年包月): each yearly or monthly image with the ECS it
// serves, flagged when it ends within 30, 7 or 1 days, and the consequence in words (protocol
// reference §10: not renewed while the ECS keeps running on that system disk, the image bills
// on demand, hourly, from the account balance). Auto-renew is switched here (switching it off
// asks first), the end dates export as an iCalendar file with reminders, and the list as CSV.
// Talks to LicensesService on its worker thread only through queued calls.
#include "licenses/client/licenses_outcome.h"
#include "licenses/client/licenses_records.h"
#include "ui/shell/page.h"

#include <QSet>

#include <functional>

class ImageTableModel;
class LicensesService;
class QLabel;
class QMessageBox;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

class ImagesPage : public Page
{
    Q_OBJECT
public:
    explicit ImagesPage(LicensesService *service, QWidget *parent = nullptr);

    QString title() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QList<QAction *> pageActions(Place place) const override;
    void setReadOnly(bool readOnly, const QString &why) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

    // What "now" is for the flags; the clock by default. The service's calendar and export
    // take theirs from the service (LicensesService::setClock).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    ImageTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLabel *details() const { return m_details; }
    void selectImage(const QString &subscriptionId);
    QString currentImageId() const;
    QAction *autoRenewOnAction() const { return m_renewOn; }
    QAction *autoRenewOffAction() const { return m_renewOff; }
    // The question before auto-renew goes off, while on screen (tests).
    QMessageBox *pendingConfirmation() const { return m_confirm; }
    // What the export actions do once a file name is chosen (tests call these directly).
    void exportCalendarTo(const QString &path);
    void exportTo(const QString &path);

public Q_SLOTS:
    void requestSync();

private:
    void onSnapshot(const LicensesSnapshotPtr &snapshot);
    void onOutcome(const LicensesOutcome &outcome);
    void updateActions();
    void showDetails();
    void askAutoRenewOff();
    void sendAutoRenew(const QString &subscriptionId, bool on);
    void answerFile(quint64 ticket, const QString &title);

    LicensesService *m_service;
    ImageTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_details;
    QSplitter *m_split;
    QMenu *m_menu;
    QAction *m_renewOn;
    QAction *m_renewOff;
    QAction *m_sync;
    QAction *m_exportIcs;
    QAction *m_export;
    QMessageBox *m_confirm = nullptr;
    QSet<quint64> m_tickets; // renewals sent from here
    LicensesSnapshotPtr m_snapshot;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
    bool m_readOnly = false;
    QString m_readOnlyWhy;
    bool m_syncing = false;
};
